package cn.jixiao.platform.disclosure;

import static cn.jixiao.infra.jooq.Tables.CONTENT_PART;
import static cn.jixiao.infra.jooq.Tables.DEPARTMENT;
import static cn.jixiao.infra.jooq.Tables.DISCLOSURE;
import static cn.jixiao.infra.jooq.Tables.REVISION;
import static cn.jixiao.infra.jooq.Tables.TENANT;
import static cn.jixiao.infra.jooq.Tables.UNIT;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

import cn.jixiao.infra.disclosure.DisclosureStatus;
import cn.jixiao.platform.forms.TemplateRefs;
import cn.jixiao.templates.disclosure.Department;
import cn.jixiao.templates.disclosure.DepartmentGoals;
import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.disclosure.District;
import cn.jixiao.templates.disclosure.Project;
import cn.jixiao.templates.disclosure.Unit;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one read path of content: a revision's manifest and its parts, composed with the department
 * and units of the directory. One disclosure is three queries (disclosure with its revision,
 * units, parts); every disclosure of a year is the same three queries.
 */
@Repository
class DisclosureReader {

    private static final TypeReference<Map<String, String>> CUSTOM_FIELDS = new TypeReference<>() {
    };

    private final DSLContext dsl;
    private final JsonMapper json;

    DisclosureReader(DSLContext dsl, JsonMapper json) {
        this.dsl = dsl;
        this.json = json;
    }

    Optional<StoredDisclosure> find(String departmentCode, int fiscalYear) {
        return current(departmentCode, fiscalYear).map(CurrentContent::stored);
    }

    Optional<CurrentContent> current(String departmentCode, int fiscalYear) {
        return currentContents(DEPARTMENT.CODE.eq(departmentCode).and(DISCLOSURE.FISCAL_YEAR.eq(fiscalYear))).stream().findFirst();
    }

    /** Every department's disclosure of the year at its current revision, ordered by department code. */
    List<CurrentContent> allOfYear(int fiscalYear) {
        return currentContents(DISCLOSURE.FISCAL_YEAR.eq(fiscalYear));
    }

    private List<CurrentContent> currentContents(Condition condition) {
        var rows = dsl.select(DISCLOSURE.ID, DISCLOSURE.FISCAL_YEAR, DISCLOSURE.STATUS, DISCLOSURE.TEMPLATE_VERSION,
                        DISCLOSURE.CUSTOM_FIELDS, DEPARTMENT.ID, DEPARTMENT.CODE, DEPARTMENT.NAME, REVISION.REVISION_NO,
                        REVISION.CONTENT_HASH, REVISION.CREATED_AT, REVISION.CREATED_BY, REVISION.NOTE, REVISION.MANIFEST)
                .from(DISCLOSURE)
                .join(DEPARTMENT).on(DEPARTMENT.TENANT_ID.eq(DISCLOSURE.TENANT_ID), DEPARTMENT.ID.eq(DISCLOSURE.DEPARTMENT_ID))
                .join(REVISION).on(REVISION.TENANT_ID.eq(DISCLOSURE.TENANT_ID), REVISION.DISCLOSURE_ID.eq(DISCLOSURE.ID),
                        REVISION.REVISION_NO.eq(DISCLOSURE.REVISION_NO))
                .where(condition)
                .orderBy(DEPARTMENT.CODE)
                .fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Manifest> manifests = rows.map(r -> manifest(r.get(REVISION.MANIFEST)));
        Map<UUID, List<Unit>> units = units(rows.map(r -> r.get(DEPARTMENT.ID)));
        Parts parts = parts(manifests.stream().flatMap(m -> m.hashes().stream()).collect(Collectors.toSet()));
        return IntStream.range(0, rows.size()).mapToObj(i -> {
            var r = rows.get(i);
            Manifest manifest = manifests.get(i);
            UUID departmentId = r.get(DEPARTMENT.ID);
            Department department = new Department(r.get(DEPARTMENT.CODE), r.get(DEPARTMENT.NAME),
                    units.getOrDefault(departmentId, List.of()));
            Revision revision = new Revision(r.get(REVISION.REVISION_NO), r.get(REVISION.CONTENT_HASH), r.get(REVISION.CREATED_AT),
                    r.get(REVISION.CREATED_BY), r.get(REVISION.NOTE));
            StoredDisclosure stored = new StoredDisclosure(r.get(DISCLOSURE.ID), r.get(DISCLOSURE.STATUS),
                    revision, TemplateRefs.parse(r.get(DISCLOSURE.TEMPLATE_VERSION)),
                    json.readValue(r.get(DISCLOSURE.CUSTOM_FIELDS).data(), CUSTOM_FIELDS),
                    parts.compose(department, r.get(DISCLOSURE.FISCAL_YEAR), manifest));
            return new CurrentContent(stored, manifest, departmentId);
        }).toList();
    }

    /** The content of a disclosure as it was at one of its revisions (department and units as the directory has them now). */
    Optional<Disclosure> content(UUID disclosureId, int number) {
        Record row = dsl.select(DISCLOSURE.FISCAL_YEAR, DEPARTMENT.ID, DEPARTMENT.CODE, DEPARTMENT.NAME, REVISION.MANIFEST)
                .from(REVISION)
                .join(DISCLOSURE).on(DISCLOSURE.TENANT_ID.eq(REVISION.TENANT_ID), DISCLOSURE.ID.eq(REVISION.DISCLOSURE_ID))
                .join(DEPARTMENT).on(DEPARTMENT.TENANT_ID.eq(DISCLOSURE.TENANT_ID), DEPARTMENT.ID.eq(DISCLOSURE.DEPARTMENT_ID))
                .where(REVISION.DISCLOSURE_ID.eq(disclosureId), REVISION.REVISION_NO.eq(number))
                .fetchOne();
        if (row == null) {
            return Optional.empty();
        }
        Manifest manifest = manifest(row.get(REVISION.MANIFEST));
        UUID departmentId = row.get(DEPARTMENT.ID);
        Department department = new Department(row.get(DEPARTMENT.CODE), row.get(DEPARTMENT.NAME),
                units(List.of(departmentId)).getOrDefault(departmentId, List.of()));
        return Optional.of(parts(new HashSet<>(manifest.hashes())).compose(department, row.get(DISCLOSURE.FISCAL_YEAR), manifest));
    }

    /** The revisions after {@code after} up to {@code upTo}, oldest first: who changed what meanwhile. */
    List<Revision> revisionsBetween(UUID disclosureId, int after, int upTo) {
        return dsl.select(REVISION.REVISION_NO, REVISION.CONTENT_HASH, REVISION.CREATED_AT, REVISION.CREATED_BY, REVISION.NOTE)
                .from(REVISION)
                .where(REVISION.DISCLOSURE_ID.eq(disclosureId), REVISION.REVISION_NO.gt(after), REVISION.REVISION_NO.le(upTo))
                .orderBy(REVISION.REVISION_NO)
                .fetch(mapping(Revision::new));
    }

    List<String> departmentsWithDisclosure(int fiscalYear) {
        return dsl.select(DEPARTMENT.CODE).from(DISCLOSURE)
                .join(DEPARTMENT).on(DEPARTMENT.TENANT_ID.eq(DISCLOSURE.TENANT_ID), DEPARTMENT.ID.eq(DISCLOSURE.DEPARTMENT_ID))
                .where(DISCLOSURE.FISCAL_YEAR.eq(fiscalYear))
                .orderBy(DEPARTMENT.CODE)
                .fetch(DEPARTMENT.CODE);
    }

    /** The district's disclosures in one status, oldest change first (a queue). */
    List<DisclosureSummary> withStatus(DisclosureStatus status) {
        return dsl.select(DEPARTMENT.CODE, DEPARTMENT.NAME, DISCLOSURE.FISCAL_YEAR, DISCLOSURE.REVISION_NO, DISCLOSURE.UPDATED_AT)
                .from(DISCLOSURE)
                .join(DEPARTMENT).on(DEPARTMENT.TENANT_ID.eq(DISCLOSURE.TENANT_ID), DEPARTMENT.ID.eq(DISCLOSURE.DEPARTMENT_ID))
                .where(DISCLOSURE.STATUS.eq(status))
                .orderBy(DISCLOSURE.UPDATED_AT, DEPARTMENT.CODE)
                .fetch(mapping(DisclosureSummary::new));
    }

    /** The fiscal years that have any disclosure, newest first. */
    List<Integer> years() {
        return dsl.selectDistinct(DISCLOSURE.FISCAL_YEAR).from(DISCLOSURE)
                .orderBy(DISCLOSURE.FISCAL_YEAR.desc())
                .fetch(DISCLOSURE.FISCAL_YEAR);
    }

    private Map<UUID, List<Unit>> units(Collection<UUID> departmentIds) {
        return dsl.select(UNIT.DEPARTMENT_ID, UNIT.CODE, UNIT.NAME).from(UNIT)
                .where(UNIT.DEPARTMENT_ID.in(departmentIds))
                .orderBy(UNIT.DEPARTMENT_ID, UNIT.POSITION)
                .fetchGroups(UNIT.DEPARTMENT_ID, r -> new Unit(r.value2(), r.value3()));
    }

    private Parts parts(Set<String> hashes) {
        return new Parts(dsl.select(CONTENT_PART.HASH, CONTENT_PART.BODY).from(CONTENT_PART)
                .where(CONTENT_PART.HASH.in(hashes))
                .fetchMap(CONTENT_PART.HASH, CONTENT_PART.BODY));
    }

    private Manifest manifest(JSONB manifest) {
        return json.readValue(manifest.data(), Manifest.class);
    }

    /** Parts read once, composed into any number of disclosures. */
    private final class Parts {
        private final Map<String, JSONB> bodies;

        Parts(Map<String, JSONB> bodies) {
            this.bodies = bodies;
        }

        Disclosure compose(Department department, int fiscalYear, Manifest manifest) {
            return new Disclosure(department, fiscalYear, read(manifest.goals(), DepartmentGoals.class),
                    manifest.projects().stream().map(h -> read(h, Project.class)).toList());
        }

        private <T> T read(String hash, Class<T> type) {
            JSONB body = bodies.get(hash);
            if (body == null) {
                throw new IllegalStateException("content part " + hash + " is missing");
            }
            return json.readValue(body.data(), type);
        }
    }

    /** The current revision's hash, without reading the content: one indexed lookup. */
    Optional<CurrentRevision> currentRevision(String departmentCode, int fiscalYear) {
        return dsl.select(DISCLOSURE.ID, DISCLOSURE.REVISION_NO, REVISION.CONTENT_HASH)
                .from(DISCLOSURE)
                .join(DEPARTMENT).on(DEPARTMENT.TENANT_ID.eq(DISCLOSURE.TENANT_ID), DEPARTMENT.ID.eq(DISCLOSURE.DEPARTMENT_ID))
                .join(REVISION).on(REVISION.TENANT_ID.eq(DISCLOSURE.TENANT_ID), REVISION.DISCLOSURE_ID.eq(DISCLOSURE.ID),
                        REVISION.REVISION_NO.eq(DISCLOSURE.REVISION_NO))
                .where(DEPARTMENT.CODE.eq(departmentCode), DISCLOSURE.FISCAL_YEAR.eq(fiscalYear))
                .fetchOptional(mapping(CurrentRevision::new));
    }

    /**
     * The head of a disclosure's JSON in one statement (units as a correlated MULTISET), without the content
     * parts: what the read path needs to tell whether its cached JSON is still the JSON.
     */
    Optional<DisclosureHead> head(String departmentCode, int fiscalYear) {
        return dsl.select(DISCLOSURE.ID, DISCLOSURE.STATUS, DISCLOSURE.TEMPLATE_VERSION, DISCLOSURE.CUSTOM_FIELDS,
                        DEPARTMENT.CODE, DEPARTMENT.NAME,
                        multiset(select(UNIT.CODE, UNIT.NAME).from(UNIT)
                                .where(UNIT.TENANT_ID.eq(DEPARTMENT.TENANT_ID), UNIT.DEPARTMENT_ID.eq(DEPARTMENT.ID))
                                .orderBy(UNIT.POSITION)).convertFrom(r -> r.map(u -> new Unit(u.value1(), u.value2()))),
                        REVISION.REVISION_NO, REVISION.CONTENT_HASH, REVISION.CREATED_AT, REVISION.CREATED_BY, REVISION.NOTE,
                        TENANT.SLUG, TENANT.NAME, TENANT.REGION_CODE)
                .from(DISCLOSURE)
                .join(DEPARTMENT).on(DEPARTMENT.TENANT_ID.eq(DISCLOSURE.TENANT_ID), DEPARTMENT.ID.eq(DISCLOSURE.DEPARTMENT_ID))
                .join(REVISION).on(REVISION.TENANT_ID.eq(DISCLOSURE.TENANT_ID), REVISION.DISCLOSURE_ID.eq(DISCLOSURE.ID),
                        REVISION.REVISION_NO.eq(DISCLOSURE.REVISION_NO))
                .join(TENANT).on(TENANT.ID.eq(DISCLOSURE.TENANT_ID))
                .where(DEPARTMENT.CODE.eq(departmentCode), DISCLOSURE.FISCAL_YEAR.eq(fiscalYear))
                .fetchOptional(r -> new DisclosureHead(r.value1(), r.value2(), r.value3(), r.value4().data(), r.value5(), r.value6(),
                        r.value7(), new Revision(r.value8(), r.value9(), r.value10(), r.value11(), r.value12()),
                        new District(r.value13(), r.value14(), r.value15())));
    }

    /** A stored disclosure from its head and the revision's content (read on a cache miss). */
    StoredDisclosure stored(DisclosureHead head, Disclosure content) {
        return new StoredDisclosure(head.disclosureId(), head.status(), head.revision(), TemplateRefs.parse(head.templateVersion()),
                json.readValue(head.customFields(), CUSTOM_FIELDS), content);
    }

    /** The published revision of a PUBLISHED disclosure (not its current one: that may be a later draft). */
    Optional<CurrentRevision> publishedRevision(String departmentCode, int fiscalYear) {
        return dsl.select(DISCLOSURE.ID, DISCLOSURE.PUBLISHED_REVISION_NO, REVISION.CONTENT_HASH)
                .from(DISCLOSURE)
                .join(DEPARTMENT).on(DEPARTMENT.TENANT_ID.eq(DISCLOSURE.TENANT_ID), DEPARTMENT.ID.eq(DISCLOSURE.DEPARTMENT_ID))
                .join(REVISION).on(REVISION.TENANT_ID.eq(DISCLOSURE.TENANT_ID), REVISION.DISCLOSURE_ID.eq(DISCLOSURE.ID),
                        REVISION.REVISION_NO.eq(DISCLOSURE.PUBLISHED_REVISION_NO))
                .where(DEPARTMENT.CODE.eq(departmentCode), DISCLOSURE.FISCAL_YEAR.eq(fiscalYear),
                        DISCLOSURE.STATUS.eq(DisclosureStatus.PUBLISHED))
                .fetchOptional(mapping(CurrentRevision::new));
    }

    Optional<OffsetDateTime> publishedAt(UUID disclosureId) {
        return dsl.select(DISCLOSURE.PUBLISHED_AT).from(DISCLOSURE).where(DISCLOSURE.ID.eq(disclosureId))
                .fetchOptional(DISCLOSURE.PUBLISHED_AT);
    }

    /** Every PUBLISHED disclosure of the district, newest year first, then by department code. */
    List<PublishedEntry> published() {
        return dsl.select(DISCLOSURE.FISCAL_YEAR, DEPARTMENT.CODE, DEPARTMENT.NAME, DISCLOSURE.PUBLISHED_AT)
                .from(DISCLOSURE)
                .join(DEPARTMENT).on(DEPARTMENT.TENANT_ID.eq(DISCLOSURE.TENANT_ID), DEPARTMENT.ID.eq(DISCLOSURE.DEPARTMENT_ID))
                .where(DISCLOSURE.STATUS.eq(DisclosureStatus.PUBLISHED))
                .orderBy(DISCLOSURE.FISCAL_YEAR.desc(), DEPARTMENT.CODE)
                .fetch(mapping(PublishedEntry::new));
    }
}
