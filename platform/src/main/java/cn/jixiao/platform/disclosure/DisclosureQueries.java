package cn.jixiao.platform.disclosure;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jixiao.infra.digest.Sha256;
import cn.jixiao.infra.disclosure.DisclosureStatus;
import cn.jixiao.platform.forms.FormTemplateCatalog;
import cn.jixiao.platform.security.CanReadDisclosures;
import cn.jixiao.platform.security.CanReadPublished;
import cn.jixiao.platform.tenancy.CurrentTenant;
import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.validation.ValidationReport;
import cn.jixiao.templates.validation.Validator;
import tools.jackson.databind.json.JsonMapper;

/** Reads disclosures of the current tenant. */
@Service
public class DisclosureQueries {

    private final DisclosureReader reader;
    private final FormTemplateCatalog templates;
    private final DisclosureJsonCache cache;
    private final JsonMapper json;

    DisclosureQueries(DisclosureReader reader, FormTemplateCatalog templates, DisclosureJsonCache cache, JsonMapper json) {
        this.reader = reader;
        this.templates = templates;
        this.cache = cache;
        this.json = json;
    }

    /**
     * The JSON of {@code GET /api/v1/disclosures/{dept}/{year}}: one statement for the head under the tenant's
     * row-level security, then the cached bytes of that head; content parts are read only on a miss.
     */
    @Transactional(readOnly = true)
    @CanReadDisclosures
    public DisclosureJson json(String departmentCode, int fiscalYear) {
        DisclosureHead head = reader.head(departmentCode, fiscalYear)
                .orElseThrow(() -> new DisclosureNotFoundException(departmentCode, fiscalYear));
        String fingerprint = Sha256.hex(json.writeValueAsBytes(head));
        byte[] body = cache.get(new DisclosureJsonCache.Key(CurrentTenant.require().value(), fingerprint), () -> {
            Disclosure content = reader.content(head.disclosureId(), head.revision().number())
                    .orElseThrow(() -> new IllegalStateException("revision " + head.revision() + " not found"));
            return json.writeValueAsBytes(DisclosureResponse.of(head.district(), reader.stored(head, content)));
        });
        return new DisclosureJson("\"" + fingerprint + "\"", body);
    }

    /** The current revision of a department's disclosure, without its content. */
    @Transactional(readOnly = true)
    @CanReadDisclosures
    public Optional<CurrentRevision> currentRevision(String departmentCode, int fiscalYear) {
        return reader.currentRevision(departmentCode, fiscalYear);
    }

    /** The content of a revision, from its manifest and parts. */
    @Transactional(readOnly = true)
    @CanReadDisclosures
    public Disclosure content(CurrentRevision revision) {
        return reader.content(revision.disclosureId(), revision.number())
                .orElseThrow(() -> new IllegalStateException("revision " + revision + " not found"));
    }

    /** The content of a department's disclosure as it was at one of its revisions. */
    @Transactional(readOnly = true)
    @CanReadDisclosures
    public Optional<Disclosure> atRevision(String departmentCode, int fiscalYear, int revision) {
        return reader.currentRevision(departmentCode, fiscalYear).flatMap(d -> reader.content(d.disclosureId(), revision));
    }

    /** The findings of the disclosure's own form template on its current content. */
    @Transactional(readOnly = true)
    @CanReadDisclosures
    public ValidationReport validate(String departmentCode, int fiscalYear) {
        StoredDisclosure stored = reader.find(departmentCode, fiscalYear)
                .orElseThrow(() -> new DisclosureNotFoundException(departmentCode, fiscalYear));
        return Validator.validate(stored.content(), stored.customFields(), templates.get(stored.template()));
    }

    @Transactional(readOnly = true)
    @CanReadDisclosures
    public Optional<StoredDisclosure> find(String departmentCode, int fiscalYear) {
        return reader.find(departmentCode, fiscalYear);
    }

    /** Every department's disclosure of the year, ordered by department code; a constant number of queries. */
    @Transactional(readOnly = true)
    @CanReadDisclosures
    public List<StoredDisclosure> allOfYear(int fiscalYear) {
        return reader.allOfYear(fiscalYear).stream().map(CurrentContent::stored).toList();
    }

    /** The district's disclosures in one status, oldest change first. */
    @Transactional(readOnly = true)
    @CanReadDisclosures
    public List<DisclosureSummary> withStatus(DisclosureStatus status) {
        return reader.withStatus(status);
    }

    /** The fiscal years that have any disclosure, newest first. */
    @Transactional(readOnly = true)
    @CanReadDisclosures
    public List<Integer> years() {
        return reader.years();
    }

    /** Codes of the departments that have a disclosure for the year, ordered by code. */
    @Transactional(readOnly = true)
    @CanReadDisclosures
    public List<String> departmentsWithDisclosure(int fiscalYear) {
        return reader.departmentsWithDisclosure(fiscalYear);
    }

    /** A PUBLISHED disclosure's published revision, for the public pages; nothing for any other status. */
    @Transactional(readOnly = true)
    @CanReadPublished
    public Optional<PublishedDisclosure> published(String departmentCode, int fiscalYear) {
        return reader.publishedRevision(departmentCode, fiscalYear).map(r -> new PublishedDisclosure(r,
                reader.publishedAt(r.disclosureId()).orElse(null),
                reader.content(r.disclosureId(), r.number())
                        .orElseThrow(() -> new IllegalStateException("revision " + r + " not found"))));
    }

    /** The district's PUBLISHED disclosures, for its public page. */
    @Transactional(readOnly = true)
    @CanReadPublished
    public List<PublishedEntry> publishedList() {
        return reader.published();
    }
}
