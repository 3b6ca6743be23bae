package cn.jixiao.platform.opendata;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.jixiao.infra.disclosure.PublicationKind;
import cn.jixiao.platform.disclosure.DisclosureQueries;
import cn.jixiao.platform.portal.PortalTenants;
import cn.jixiao.platform.workflow.PublicationChanged;
import cn.jixiao.templates.disclosure.Disclosure;
import tools.jackson.databind.json.JsonMapper;

/**
 * Renders a disclosure's open data files once, when it is published, inside the publication's
 * transaction (a failure undoes the publication); a withdrawal removes them. The year's zip is
 * rebuilt from the stored files either way.
 */
@Component
class OpenDataPublisher {

    static final String JSON = "application/json";
    static final String CSV = "text/csv; charset=utf-8";
    static final String ZIP = "application/zip";

    private final DisclosureQueries disclosures;
    private final Lineage lineage;
    private final OpenDataFiles files;
    private final LicenceStore licences;
    private final PortalTenants districts;
    private final JsonMapper json;

    OpenDataPublisher(DisclosureQueries disclosures, Lineage lineage, OpenDataFiles files, LicenceStore licences,
                      PortalTenants districts, JsonMapper json) {
        this.disclosures = disclosures;
        this.lineage = lineage;
        this.files = files;
        this.licences = licences;
        this.districts = districts;
        this.json = json;
    }

    @EventListener
    void on(PublicationChanged change) {
        if (change.kind() == PublicationKind.PUBLISHED) {
            publish(change);
        } else {
            files.deleteDepartment(change.fiscalYear(), change.departmentCode());
        }
        rebuildZip(change.fiscalYear());
    }

    private void publish(PublicationChanged change) {
        Disclosure content = disclosures.atRevision(change.departmentCode(), change.fiscalYear(), change.revision())
                .orElseThrow(() -> new IllegalStateException("published revision not found: " + change));
        StableIds ids = lineage.assign(change.disclosureId(), change.revision(), content);
        String publishedAt = OffsetDateTime.now(ZoneOffset.ofHours(8)).truncatedTo(ChronoUnit.SECONDS).toString();
        OpenDataDocument document = OpenDataDocument.of(districts.current(), content, change.revision(), publishedAt, ids);
        String base = OpenDataPaths.department(change.fiscalYear(), change.departmentCode());
        String title = content.department().name();
        files.put(base + "data.json", change.fiscalYear(), change.departmentCode(), title, JSON,
                json.writerWithDefaultPrettyPrinter().writeValueAsBytes(document));
        files.put(base + "indicators.csv", change.fiscalYear(), change.departmentCode(), title, CSV,
                Csv.write(IndicatorTable.header(), IndicatorTable.rows(content, ids)));
    }

    /** The year's zip from its stored department files (and the current licence); gone with the last of them. */
    void rebuildZip(int fiscalYear) {
        // publications of two departments at once: the second waits and sees the first's files
        files.lockYear(fiscalYear);
        List<StoredFile> departments = files.ofDepartments(fiscalYear);
        String path = OpenDataPaths.zip(fiscalYear);
        if (departments.isEmpty()) {
            files.delete(path);
            return;
        }
        Licence licence = licences.find().orElse(Licence.DEFAULT);
        files.put(path, fiscalYear, null, fiscalYear + " 年度全部部门", ZIP,
                DataPackage.zip(json, districts.current(), fiscalYear, licence, departments));
    }

    /** After a licence change: every year's zip carries the new one. */
    void rebuildZips() {
        files.years().forEach(this::rebuildZip);
    }
}
