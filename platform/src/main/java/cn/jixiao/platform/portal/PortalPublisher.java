package cn.jixiao.platform.portal;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.jixiao.platform.disclosure.PublishedEntry;
import cn.jixiao.platform.tenancy.TenantId;
import cn.jixiao.platform.workflow.PublicationChanged;

/**
 * Renders the portal's pages into {@code portal_page} when a disclosure is published or withdrawn,
 * inside that move's transaction (a failed render undoes the move; a rolled-back move leaves the
 * pages as they were): the disclosure's page and its 与上年相比 pages in every year it is published
 * (the comparison base may have changed), its year, the home, the feed, the sitemap and the widget.
 * A withdrawn disclosure's pages are deleted, and its year's page when nothing of the year is public
 * any more (the home and the sitemap list only public years). A district that published before the
 * portal existed gets all its pages on the first request ({@link #renderAll}), and a district whose
 * pages an earlier build drew gets them again on the first read of one ({@link #renderOutdated}). One
 * district's renderings take turns (an advisory lock), so none writes pages from what another replaced.
 */
@Component
class PortalPublisher {

    static final String HOME = "";
    static final String FEED = "feed.atom";
    static final String SITEMAP = "sitemap.xml";
    static final String WIDGET = "widget";

    private final PortalPages pages;
    private final PortalPageStore store;
    private final TransactionTemplate tx;

    PortalPublisher(PortalPages pages, PortalPageStore store, PlatformTransactionManager txManager) {
        this.pages = pages;
        this.store = store;
        this.tx = new TransactionTemplate(txManager);
    }

    @EventListener
    void publicationChanged(PublicationChanged change) {
        PortalTenants.asVisitor(change.tenant(), () -> {
            tx.executeWithoutResult(s -> {
                store.lockDistrict();
                int year = change.fiscalYear();
                String dept = change.departmentCode();
                List<Integer> years = pages.publishedYears(dept);
                if (!years.contains(year)) {
                    store.delete(PortalLinks.disclosurePath(year, dept));
                    store.delete(PortalLinks.changesPath(year, dept));
                }
                PortalLinks links = links();
                for (int y : years) {
                    disclosurePages(y, dept, links);
                }
                if (pages.yearPublished(year)) {
                    store.put(PortalPage.of(String.valueOf(year), PortalPage.HTML, pages.year(year, links)));
                } else {
                    // the year's last department withdrawn: its page goes (404), not a stored empty one
                    store.deleteYear(year);
                }
                commonPages(links);
            });
            return null;
        });
    }

    /** Every page of the district (the ones it published before the portal stored pages); idempotent. */
    void renderAll(TenantId tenant) {
        PortalTenants.asVisitor(tenant, () -> {
            tx.executeWithoutResult(s -> {
                store.lockDistrict();
                allPages();
            });
            return null;
        });
    }

    /**
     * Every page of the district again when some were rendered by another version of the renderer
     * (a deploy changed how pages look), once across instances: whoever waited on the lock finds
     * them current and renders nothing.
     */
    void renderOutdated(TenantId tenant) {
        PortalTenants.asVisitor(tenant, () -> {
            tx.executeWithoutResult(s -> {
                store.lockDistrict();
                if (store.anyOutdated()) {
                    allPages();
                }
            });
            return null;
        });
    }

    private void allPages() {
        PortalLinks links = links();
        List<PublishedEntry> entries = pages.entries();
        entries.forEach(e -> disclosurePages(e.fiscalYear(), e.departmentCode(), links));
        Set.copyOf(entries.stream().map(PublishedEntry::fiscalYear).toList())
                .forEach(y -> store.put(PortalPage.of(String.valueOf(y), PortalPage.HTML, pages.year(y, links))));
        commonPages(links); // the home last: its row says the district's pages are there
    }

    private void disclosurePages(int year, String dept, PortalLinks links) {
        put(PortalLinks.disclosurePath(year, dept), pages.disclosure(year, dept, links));
        put(PortalLinks.changesPath(year, dept), pages.changes(year, dept, links));
    }

    private void commonPages(PortalLinks links) {
        store.put(PortalPage.of(FEED, PortalPage.ATOM, pages.feed()));
        store.put(PortalPage.of(SITEMAP, PortalPage.XML, pages.sitemap()));
        store.put(PortalPage.of(WIDGET, PortalPage.HTML, pages.widget(links)));
        store.put(PortalPage.of(HOME, PortalPage.HTML, pages.home(links)));
    }

    private void put(String path, Optional<String> html) {
        html.ifPresentOrElse(h -> store.put(PortalPage.of(path, PortalPage.HTML, h)), () -> store.delete(path));
    }

    private PortalLinks links() {
        return PortalLinks.site(pages.district().slug());
    }
}
