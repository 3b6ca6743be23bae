package cn.jixiao.platform.disclosure;

import static cn.jixiao.infra.jooq.Tables.DEPARTMENT;
import static cn.jixiao.infra.jooq.Tables.DISCLOSURE;
import static cn.jixiao.infra.jooq.Tables.GOAL_SECTION;
import static cn.jixiao.infra.jooq.Tables.INDICATOR;
import static cn.jixiao.infra.jooq.Tables.PROJECT;
import static cn.jixiao.infra.jooq.Tables.SPEND_CHECKPOINT;
import static cn.jixiao.infra.jooq.Tables.UNIT;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.Record2;
import org.jooq.TableRecord;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import cn.jixiao.infra.jooq.tables.records.DisclosureRecord;
import cn.jixiao.infra.jooq.tables.records.GoalSectionRecord;
import cn.jixiao.infra.jooq.tables.records.IndicatorRecord;
import cn.jixiao.infra.jooq.tables.records.ProjectRecord;
import cn.jixiao.infra.jooq.tables.records.SpendCheckpointRecord;
import cn.jixiao.platform.forms.TemplateRefs;
import cn.jixiao.platform.tenancy.CurrentTenant;
import cn.jixiao.platform.usage.UsageMeter;
import cn.jixiao.templates.disclosure.Department;
import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.disclosure.Indicator;
import cn.jixiao.templates.disclosure.ItemizedGoal;
import cn.jixiao.templates.disclosure.Project;
import cn.jixiao.templates.disclosure.SpendCheckpoint;
import cn.jixiao.templates.disclosure.Unit;
import cn.jixiao.templates.forms.TemplateRef;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a whole disclosure into the tables of the current tenant: department and units upserted
 * by code, the disclosure row bumped to its next revision number, its content rows replaced.
 * Runs inside the caller's transaction.
 */
@Repository
class DisclosureWriter {

    private final DSLContext dsl;
    private final JsonMapper json;
    private final UsageMeter usage;

    DisclosureWriter(DSLContext dsl, JsonMapper json, UsageMeter usage) {
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
     * Writes the content as the revision after {@code baseRevision} (0 = the disclosure is new).
     * Optimistic: the revision number moves only if it still is {@code baseRevision}, atomically
     * in the same statement, so two editors of one revision cannot both win.
     *
     * @throws RevisionConflictException when the stored revision is not {@code baseRevision}
     */
    WrittenDisclosure write(Disclosure disclosure, TemplateRef template, Map<String, String> customFields, int baseRevision,
                            Origin origin) {
        UUID tenant = CurrentTenant.require().value();
        var department = upsertDepartment(tenant, disclosure.department());
        UUID departmentId = department.value1();
        Map<String, UUID> unitIds = upsertUnits(tenant, departmentId, disclosure.department().units());

        var row = baseRevision == 0
                ? create(tenant, departmentId, disclosure.fiscalYear(), template, customFields, origin)
                : dsl.update(DISCLOSURE)
                        .set(DISCLOSURE.REVISION_NO, DISCLOSURE.REVISION_NO.plus(1))
                        .set(DISCLOSURE.TEMPLATE_VERSION, TemplateRefs.format(template))
                        .set(DISCLOSURE.CUSTOM_FIELDS, JSONB.valueOf(json.writeValueAsString(customFields)))
                        .set(DISCLOSURE.UPDATED_AT, OffsetDateTime.now())
                        .where(DISCLOSURE.DEPARTMENT_ID.eq(departmentId), DISCLOSURE.FISCAL_YEAR.eq(disclosure.fiscalYear()),
                                DISCLOSURE.REVISION_NO.eq(baseRevision))
                        .returning(DISCLOSURE.ID, DISCLOSURE.REVISION_NO)
                        .fetchOptional();
        var written = row.orElseThrow(() -> new RevisionConflictException(baseRevision,
                currentRevision(departmentId, disclosure.fiscalYear())));
        UUID disclosureId = written.getId();
        usage.added(department.value2() ? 1 : 0, baseRevision == 0 ? 1 : 0);

        dsl.deleteFrom(GOAL_SECTION).where(GOAL_SECTION.DISCLOSURE_ID.eq(disclosureId)).execute();
        dsl.deleteFrom(PROJECT).where(PROJECT.DISCLOSURE_ID.eq(disclosureId)).execute(); // cascades to checkpoints, indicators
        insertGoals(tenant, disclosureId, disclosure);
        insertProjects(tenant, disclosureId, disclosure.projects(), unitIds);
        return new WrittenDisclosure(disclosureId, written.getRevisionNo());
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

    record WrittenDisclosure(UUID id, int revisionNumber) {
    }

    /** The department's id, and whether it is new (PostgreSQL: a row the upsert inserted has xmax 0). */
    private Record2<UUID, Boolean> upsertDepartment(UUID tenant, Department department) {
        return dsl.insertInto(DEPARTMENT)
                .set(DEPARTMENT.TENANT_ID, tenant)
                .set(DEPARTMENT.CODE, department.code())
                .set(DEPARTMENT.NAME, department.name())
                .onConflict(DEPARTMENT.TENANT_ID, DEPARTMENT.CODE)
                .doUpdate().set(DEPARTMENT.NAME, department.name())
                .returningResult(DEPARTMENT.ID, DSL.field("xmax = 0", Boolean.class))
                .fetchOne();
    }

    private Map<String, UUID> upsertUnits(UUID tenant, UUID departmentId, List<Unit> units) {
        Map<String, UUID> ids = new HashMap<>();
        for (int i = 0; i < units.size(); i++) {
            Unit unit = units.get(i);
            UUID id = dsl.insertInto(UNIT)
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
                    .returning(UNIT.ID)
                    .fetchOne(UNIT.ID);
            ids.put(unit.code(), id);
        }
        return ids;
    }

    private void insertGoals(UUID tenant, UUID disclosureId, Disclosure disclosure) {
        List<GoalSectionRecord> rows = new ArrayList<>();
        var goals = disclosure.goals();
        for (int i = 0; i < goals.overall().size(); i++) {
            rows.add(new GoalSectionRecord(tenant, disclosureId, GoalSectionKind.OVERALL.name(), i + 1, null, goals.overall().get(i), null));
        }
        for (int i = 0; i < goals.itemized().size(); i++) {
            ItemizedGoal g = goals.itemized().get(i);
            rows.add(new GoalSectionRecord(tenant, disclosureId, GoalSectionKind.ITEMIZED.name(), i + 1, g.title(), g.goal(), g.indicator()));
        }
        for (int i = 0; i < goals.measures().size(); i++) {
            rows.add(new GoalSectionRecord(tenant, disclosureId, GoalSectionKind.MEASURE.name(), i + 1, null, goals.measures().get(i), null));
        }
        insertAll(rows);
    }

    private void insertProjects(UUID tenant, UUID disclosureId, List<Project> projects, Map<String, UUID> unitIds) {
        List<ProjectRecord> projectRows = new ArrayList<>();
        List<SpendCheckpointRecord> checkpointRows = new ArrayList<>();
        List<IndicatorRecord> indicatorRows = new ArrayList<>();
        for (int p = 0; p < projects.size(); p++) {
            Project project = projects.get(p);
            UUID unitId = unitIds.get(project.unitCode());
            if (unitId == null) {
                throw new UnknownUnitException(p + 1, project.name(), project.unitCode());
            }
            UUID projectId = UUID.randomUUID();
            projectRows.add(new ProjectRecord(tenant, projectId, disclosureId, unitId, p + 1, project.code(), project.name(),
                    project.budget().total(), project.budget().fiscal(), project.budget().other(), project.purpose(), project.goal()));
            for (int i = 0; i < project.spendPlan().size(); i++) {
                SpendCheckpoint c = project.spendPlan().get(i);
                checkpointRows.add(new SpendCheckpointRecord(tenant, projectId, i + 1, c.label(), c.cumulativePercent()));
            }
            for (int i = 0; i < project.indicators().size(); i++) {
                Indicator ind = project.indicators().get(i);
                indicatorRows.add(new IndicatorRecord(tenant, projectId, i + 1, ind.level1(), ind.level2(), ind.level3(),
                        ind.description(), ind.value().text(), ind.basis()));
            }
        }
        insertAll(projectRows);
        insertAll(checkpointRows);
        insertAll(indicatorRows);
    }

    /** One JDBC batch per table rather than a round trip per row. */
    private void insertAll(List<? extends TableRecord<?>> rows) {
        if (!rows.isEmpty()) {
            dsl.batchInsert(rows).execute();
        }
    }
}
