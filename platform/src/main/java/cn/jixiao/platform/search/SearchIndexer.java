package cn.jixiao.platform.search;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.jixiao.infra.disclosure.PublicationKind;
import cn.jixiao.platform.disclosure.DisclosureQueries;
import cn.jixiao.platform.workflow.PublicationChanged;

/** Keeps the search table to what is public: a publication replaces the disclosure's entries, a withdrawal removes them. */
@Component
class SearchIndexer {

    private final DisclosureQueries disclosures;
    private final SearchEntries entries;

    SearchIndexer(DisclosureQueries disclosures, SearchEntries entries) {
        this.disclosures = disclosures;
        this.entries = entries;
    }

    @EventListener
    void on(PublicationChanged change) {
        if (change.kind() == PublicationKind.WITHDRAWN) {
            entries.delete(change.disclosureId());
            return;
        }
        entries.replace(change.disclosureId(),
                disclosures.atRevision(change.departmentCode(), change.fiscalYear(), change.revision())
                        .orElseThrow(() -> new IllegalStateException("published revision not found: " + change)));
    }
}
