package cn.jixiao.platform.portal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import cn.jixiao.platform.diff.Diffs;
import cn.jixiao.platform.disclosure.DisclosureNotFoundException;
import cn.jixiao.platform.disclosure.PublishedDisclosure;
import cn.jixiao.platform.disclosure.PublishedEntry;
import cn.jixiao.platform.publish.Documents;
import cn.jixiao.platform.publish.Documents.PublishedArticle;
import cn.jixiao.platform.tenancy.CurrentTenant;
import cn.jixiao.templates.diff.DisclosureDiffResult;
import cn.jixiao.templates.diff.view.DiffHtmlRenderer;
import cn.jixiao.templates.disclosure.District;

/**
 * Each portal page of the current district as text, from what is published now, with the links of
 * the live portal or of the export. Called as the district's public visitor, so it can only read
 * published revisions.
 */
@Component
class PortalPages {

    /** How many publications the widget lists. */
    static final int WIDGET_ENTRIES = 10;
    static final int FEED_ENTRIES = 50;

    private final PublishedSite site;
    private final Documents documents;
    private final Diffs diffs;
    private final PublicationLog log;
    private final PortalRenderer renderer;
    private final String origin;

    PortalPages(PublishedSite site, Documents documents, Diffs diffs, PublicationLog log, PortalRenderer renderer,
                @Value("${jixiao.portal.public-url:${jixiao.security.issuer:http://localhost:8080}}") String origin) {
        this.site = site;
        this.documents = documents;
        this.diffs = diffs;
        this.log = log;
        this.renderer = renderer;
        this.origin = origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin;
    }

    District district() {
        return site.district();
    }

    List<PublishedEntry> entries() {
        return site.entries();
    }

    String home(PortalLinks links) {
        return renderer.home(site.district(), site.years(), links);
    }

    String year(int year, PortalLinks links) {
        return renderer.year(site.district(), year, site.departments(year), links);
    }

    Optional<String> disclosure(int year, String departmentCode, PortalLinks links) {
        return article(year, departmentCode).map(a -> renderer.disclosure(a, previousYear(departmentCode, year).isPresent(), links));
    }

    /** 与上年相比: against the department's latest published year before this one. */
    Optional<String> changes(int year, String departmentCode, PortalLinks links) {
        return article(year, departmentCode).map(a -> {
            Optional<PublishedDisclosure> before = previousYear(departmentCode, year).flatMap(y -> site.disclosure(departmentCode, y));
            PortalRenderer.Changes changes = before.map(b -> {
                DisclosureDiffResult diff = diffs.betweenPublished(b.content(), a.disclosure().content());
                return new PortalRenderer.Changes(b.content().fiscalYear(), diff.summary(),
                        new DiffHtmlRenderer().renderFragment(a.district(), a.disclosure().content().department(), diff),
                        DiffHtmlRenderer.stylesheet());
            }).orElse(new PortalRenderer.Changes(null, null, "", ""));
            return renderer.changes(a.district(), a, changes, links);
        });
    }

    String widget(PortalLinks links) {
        List<PublishedEntry> latest = site.entries().stream()
                .sorted(Comparator.comparing(PublishedEntry::publishedAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .limit(WIDGET_ENTRIES).toList();
        return renderer.widget(site.district(), latest, links);
    }

    String feed() {
        return PortalXml.feed(CurrentTenant.require(), site.district(), origin, site(), log.latest(FEED_ENTRIES), OffsetDateTime.now());
    }

    /** The home, the years and the disclosures published now (and their 与上年相比 pages). */
    String sitemap() {
        PortalLinks.Site links = site();
        List<String> paths = new ArrayList<>();
        paths.add(links.home());
        site.years().forEach(y -> paths.add(links.year(y.year())));
        for (PublishedEntry e : site.entries()) {
            paths.add(links.disclosure(e.fiscalYear(), e.departmentCode()));
            if (previousYear(e.departmentCode(), e.fiscalYear()).isPresent()) {
                paths.add(links.changes(e.fiscalYear(), e.departmentCode()));
            }
        }
        return PortalXml.sitemap(origin, paths);
    }

    /** Whether anything of the year is published now. */
    boolean yearPublished(int year) {
        return site.entries().stream().anyMatch(e -> e.fiscalYear() == year);
    }

    /** The years the department is published in now, oldest first. */
    List<Integer> publishedYears(String departmentCode) {
        return site.entries().stream().filter(e -> e.departmentCode().equals(departmentCode))
                .map(PublishedEntry::fiscalYear).sorted().toList();
    }

    private Optional<Integer> previousYear(String departmentCode, int year) {
        return publishedYears(departmentCode).stream().filter(y -> y < year).max(Integer::compare);
    }

    private Optional<PublishedArticle> article(int year, String departmentCode) {
        try {
            return Optional.of(documents.publishedArticle(departmentCode, year));
        } catch (DisclosureNotFoundException e) {
            return Optional.empty();
        }
    }

    private PortalLinks.Site site() {
        return (PortalLinks.Site) PortalLinks.site(site.district().slug());
    }
}
