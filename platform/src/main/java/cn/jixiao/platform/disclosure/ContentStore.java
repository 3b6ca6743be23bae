package cn.jixiao.platform.disclosure;

import static cn.jixiao.infra.jooq.Tables.CONTENT_PART;
import static cn.jixiao.infra.jooq.Tables.DEPARTMENT;
import static cn.jixiao.infra.jooq.Tables.DISCLOSURE;
import static cn.jixiao.infra.jooq.Tables.REVISION;
import static cn.jixiao.infra.jooq.Tables.UNIT;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.impl.DSL;
import org.jooq.JSONB;
import org.springframework.stereotype.Repository;

import cn.jixiao.infra.jooq.tables.records.DisclosureRecord;
import cn.jixiao.infra.digest.Sha256;
import cn.jixiao.platform.forms.TemplateRefs;
import cn.jixiao.platform.tenancy.CurrentTenant;
import cn.jixiao.platform.usage.UsageMeter;
import cn.jixiao.templates.disclosure.Department;
import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.disclosure.Project;
import cn.jixiao.templates.disclosure.Unit;
import cn.jixiao.templates.forms.TemplateRef;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one write path of content: a new immutable revision whose manifest names its parts, each
 * part stored once per district under the SHA-256 of its JSON (parts equal to the base revision's
 * are not written again), and the disclosure row moved to it optimistically. Runs inside the
 * caller's transaction. An edit of one indicator row is a constant handful of statements.
 */
@Repository
class ContentStore {

    private final DSLContext dsl;
    private final JsonMapper json;

    private final UsageMeter usage;

    ContentStore(DSLContext dsl, JsonMapper json, UsageMeter usage) {
        this.dsl = dsl;
        this.json = json;
        this.usage = usage;
    }

    /** Puts a disclosure under another form template version (an explicit migration). */
    void changeTemplate(UUID disclosureId, TemplateRef template) {
        dsl.update(DISCLOSURE).set(DISCLOSURE.TEMPLATE_VERSION, TemplateRefs.format(template))
                .set(DISCLOSURE.UPDATED_AT, OffsetDateTime.now())
                .where(DISCLOSURE.ID.eq(disclosureId))
                .execute();
    }

    /**
     * Stores the content as the revision after {@code base} (none: the disclosure is new).
     * Optimistic: the revision number moves only if it still is the base's, atomically in the same
     * statement, so two editors of one revision cannot both win.
     *
     * @throws RevisionConflictException when the stored revision is not {@code baseRevision}
     * @throws UnknownUnitException      when a project names a unit the department does not have
     */
    Revision write(Disclosure content, Optional<CurrentContent> base, int baseRevision, TemplateRef template,
                   Map<String, String> customFields, Origin origin, String actor, String note) {
        requireKnownUnits(content);
        UUID tenant = CurrentTenant.require().value();
        boolean sameDepartment = base.isPresent() && base.get().stored().content().department().equals(content.department());
        Record2<UUID, Boolean> department = sameDepartment ? null : upsertDepartment(tenant, content.department());
        UUID departmentId = sameDepartment ? base.get().departmentId() : department.value1();
        var row = baseRevision == 0
                ? create(tenant, departmentId, content.fiscalYear(), template, customFields, origin)
                : dsl.update(DISCLOSURE)
                        .set(DISCLOSURE.REVISION_NO, DISCLOSURE.REVISION_NO.plus(1))
                        .set(DISCLOSURE.TEMPLATE_VERSION, TemplateRefs.format(template))
                        .set(DISCLOSURE.CUSTOM_FIELDS, JSONB.valueOf(json.writeValueAsString(customFields)))
                        .set(DISCLOSURE.UPDATED_AT, OffsetDateTime.now())
                        .where(DISCLOSURE.DEPARTMENT_ID.eq(departmentId), DISCLOSURE.FISCAL_YEAR.eq(content.fiscalYear()),
                                DISCLOSURE.REVISION_NO.eq(baseRevision))
                        .returning(DISCLOSURE.ID, DISCLOSURE.REVISION_NO)
                        .fetchOptional();
        DisclosureRecord written = row.orElseThrow(() -> new RevisionConflictException(baseRevision,
                currentRevision(departmentId, content.fiscalYear()), null));
        usage.added(department != null && department.value2() ? 1 : 0, baseRevision == 0 ? 1 : 0);
        Manifest manifest = storeParts(tenant, content, base);
        String whole = json.writeValueAsString(content);
        String hash = Sha256.hex(whole);
        int number = written.getRevisionNo();
        Revision revision = dsl.insertInto(REVISION)
                .set(REVISION.TENANT_ID, tenant)
                .set(REVISION.DISCLOSURE_ID, written.getId())
                .set(REVISION.REVISION_NO, number)
                .set(REVISION.CONTENT_HASH, hash)
                .set(REVISION.MANIFEST, JSONB.valueOf(json.writeValueAsString(manifest)))
                .set(REVISION.CREATED_BY, actor)
                .set(REVISION.NOTE, note)
                .returning(REVISION.CREATED_AT)
                .fetchOne(r -> new Revision(number, hash, r.getCreatedAt(), actor, note));
        usage.stored(REVISION.MANIFEST, REVISION.DISCLOSURE_ID.eq(written.getId()).and(REVISION.REVISION_NO.eq(number)));
        return revision;
    }

    /** The manifest of the content; parts that the base revision does not have are inserted in one statement. */
    private Manifest storeParts(UUID tenant, Disclosure content, Optional<CurrentContent> base) {
        Map<Object, String> known = new HashMap<>();
        base.ifPresent(b -> {
            known.put(b.stored().content().goals(), b.manifest().goals());
            for (int i = 0; i < b.manifest().projects().size(); i++) {
                known.put(b.stored().content().projects().get(i), b.manifest().projects().get(i));
            }
        });
        Map<String, String> missing = new LinkedHashMap<>();
        String goals = hashOf(content.goals(), known, missing);
        List<String> projects = content.projects().stream().map(p -> hashOf(p, known, missing)).toList();
        if (!missing.isEmpty()) {
            var insert = dsl.insertInto(CONTENT_PART, CONTENT_PART.TENANT_ID, CONTENT_PART.HASH, CONTENT_PART.BODY);
            for (var part : missing.entrySet()) {
                insert = insert.values(tenant, part.getKey(), JSONB.valueOf(part.getValue()));
            }
            List<String> inserted = insert.onConflictDoNothing().returning(CONTENT_PART.HASH).fetch(CONTENT_PART.HASH);
            if (!inserted.isEmpty()) {
                usage.stored(CONTENT_PART.BODY, CONTENT_PART.HASH.in(inserted));
            }
        }
        return new Manifest(goals, projects);
    }

    private String hashOf(Object part, Map<Object, String> known, Map<String, String> missing) {
        String stored = known.get(part);
        if (stored != null) {
            return stored;
        }
        String body = json.writeValueAsString(part);
        String hash = Sha256.hex(body);
        missing.put(hash, body);
        return hash;
    }

    private static void requireKnownUnits(Disclosure content) {
        Set<String> units = content.department().units().stream().map(Unit::code).collect(Collectors.toSet());
        for (int p = 0; p < content.projects().size(); p++) {
            Project project = content.projects().get(p);
            if (!units.contains(project.unitCode())) {
                throw new UnknownUnitException(p + 1, project.name(), project.unitCode());
            }
        }
    }

    private Optional<DisclosureRecord> create(UUID tenant, UUID departmentId, int fiscalYear, TemplateRef template,
                                              Map<String, String> customFields, Origin origin) {
        return dsl.insertInto(DISCLOSURE)
                .set(DISCLOSURE.TENANT_ID, tenant)
                .set(DISCLOSURE.TEMPLATE_VERSION, TemplateRefs.format(template))
                .set(DISCLOSURE.CUSTOM_FIELDS, JSONB.valueOf(json.writeValueAsString(customFields)))
                .set(DISCLOSURE.DEPARTMENT_ID, departmentId)
                .set(DISCLOSURE.FISCAL_YEAR, fiscalYear)
                .set(DISCLOSURE.REVISION_NO, 1)
                .set(DISCLOSURE.ORIGIN, origin == null ? null : origin.kind().name())
                .set(DISCLOSURE.ORIGIN_FISCAL_YEAR, origin == null ? null : origin.fiscalYear())
                .set(DISCLOSURE.ORIGIN_REVISION_NO, origin == null ? null : origin.revision())
                .set(DISCLOSURE.ORIGIN_FILE, origin == null ? null : origin.fileName())
                .onConflictDoNothing()
                .returning(DISCLOSURE.ID, DISCLOSURE.REVISION_NO)
                .fetchOptional();
    }

    private int currentRevision(UUID departmentId, int fiscalYear) {
        return dsl.select(DISCLOSURE.REVISION_NO).from(DISCLOSURE)
                .where(DISCLOSURE.DEPARTMENT_ID.eq(departmentId), DISCLOSURE.FISCAL_YEAR.eq(fiscalYear))
                .fetchOptional(DISCLOSURE.REVISION_NO)
                .orElse(0);
    }

    /** The department and its units as the directory's records, by code (they are the district's, not a revision's). */
    /** The department's id, and whether the upsert created it (PostgreSQL: a row an upsert inserted has xmax 0). */
    private Record2<UUID, Boolean> upsertDepartment(UUID tenant, Department department) {
        Record2<UUID, Boolean> upserted = dsl.insertInto(DEPARTMENT)
                .set(DEPARTMENT.TENANT_ID, tenant)
                .set(DEPARTMENT.CODE, department.code())
                .set(DEPARTMENT.NAME, department.name())
                .onConflict(DEPARTMENT.TENANT_ID, DEPARTMENT.CODE)
                .doUpdate().set(DEPARTMENT.NAME, department.name())
                .returningResult(DEPARTMENT.ID, DSL.field("xmax = 0", Boolean.class))
                .fetchOne();
        UUID departmentId = upserted.value1();
        List<Unit> units = department.units();
        for (int i = 0; i < units.size(); i++) {
            Unit unit = units.get(i);
            dsl.insertInto(UNIT)
                    .set(UNIT.TENANT_ID, tenant)
                    .set(UNIT.DEPARTMENT_ID, departmentId)
                    .set(UNIT.CODE, unit.code())
                    .set(UNIT.NAME, unit.name())
                    .set(UNIT.POSITION, i + 1)
                    .onConflict(UNIT.TENANT_ID, UNIT.CODE)
                    .doUpdate()
                    .set(UNIT.NAME, unit.name())
                    .set(UNIT.POSITION, i + 1)
                    .set(UNIT.DEPARTMENT_ID, departmentId)
                    .execute();
        }
        return upserted;
    }

}
