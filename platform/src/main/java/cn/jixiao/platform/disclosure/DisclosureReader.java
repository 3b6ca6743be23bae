package cn.jixiao.platform.disclosure;

import static cn.jixiao.infra.jooq.Tables.DEPARTMENT;
import static cn.jixiao.infra.jooq.Tables.DISCLOSURE;
import static cn.jixiao.infra.jooq.Tables.GOAL_SECTION;
import static cn.jixiao.infra.jooq.Tables.INDICATOR;
import static cn.jixiao.infra.jooq.Tables.PROJECT;
import static cn.jixiao.infra.jooq.Tables.REVISION;
import static cn.jixiao.infra.jooq.Tables.SPEND_CHECKPOINT;
import static cn.jixiao.infra.jooq.Tables.UNIT;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Repository;

import cn.jixiao.infra.disclosure.DisclosureStatus;
import cn.jixiao.platform.forms.TemplateRefs;
import cn.jixiao.templates.disclosure.Budget;
import cn.jixiao.templates.disclosure.Department;
import cn.jixiao.templates.disclosure.DepartmentGoals;
import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.disclosure.Indicator;
import cn.jixiao.templates.disclosure.IndicatorValue;
import cn.jixiao.templates.disclosure.ItemizedGoal;
import cn.jixiao.templates.disclosure.Project;
import cn.jixiao.templates.disclosure.SpendCheckpoint;
import cn.jixiao.templates.disclosure.Unit;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads a department's disclosure for a year from the tables (the system of record) into the domain model. */
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
        var row = dsl.select(DISCLOSURE.ID, DISCLOSURE.STATUS, DISCLOSURE.REVISION_NO, DISCLOSURE.TEMPLATE_VERSION,
                        DISCLOSURE.CUSTOM_FIELDS, DEPARTMENT.ID, DEPARTMENT.CODE, DEPARTMENT.NAME)
                .from(DISCLOSURE)
                .join(DEPARTMENT).on(DEPARTMENT.TENANT_ID.eq(DISCLOSURE.TENANT_ID), DEPARTMENT.ID.eq(DISCLOSURE.DEPARTMENT_ID))
                .where(DEPARTMENT.CODE.eq(departmentCode), DISCLOSURE.FISCAL_YEAR.eq(fiscalYear))
                .fetchOne();
        if (row == null) {
            return Optional.empty();
        }
        UUID disclosureId = row.get(DISCLOSURE.ID);
        Department department = new Department(row.get(DEPARTMENT.CODE), row.get(DEPARTMENT.NAME), units(row.get(DEPARTMENT.ID)));
        Disclosure content = new Disclosure(department, fiscalYear, goals(disclosureId), projects(disclosureId));
        return Optional.of(new StoredDisclosure(disclosureId, row.get(DISCLOSURE.STATUS),
                revision(disclosureId, row.get(DISCLOSURE.REVISION_NO)), TemplateRefs.parse(row.get(DISCLOSURE.TEMPLATE_VERSION)),
                json.readValue(row.get(DISCLOSURE.CUSTOM_FIELDS).data(), CUSTOM_FIELDS), content));
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

    List<Unit> units(UUID departmentId) {
        return dsl.select(UNIT.CODE, UNIT.NAME).from(UNIT)
                .where(UNIT.DEPARTMENT_ID.eq(departmentId))
                .orderBy(UNIT.POSITION)
                .fetch(mapping(Unit::new));
    }

    private DepartmentGoals goals(UUID disclosureId) {
        var sections = dsl.selectFrom(GOAL_SECTION)
                .where(GOAL_SECTION.DISCLOSURE_ID.eq(disclosureId))
                .orderBy(GOAL_SECTION.KIND, GOAL_SECTION.POSITION)
                .fetch();
        return new DepartmentGoals(
                sections.stream().filter(s -> s.getKind().equals(GoalSectionKind.OVERALL.name())).map(s -> s.getBody()).toList(),
                sections.stream().filter(s -> s.getKind().equals(GoalSectionKind.ITEMIZED.name()))
                        .map(s -> new ItemizedGoal(s.getTitle(), s.getBody(), s.getIndicator())).toList(),
                sections.stream().filter(s -> s.getKind().equals(GoalSectionKind.MEASURE.name())).map(s -> s.getBody()).toList());
    }

    private List<Project> projects(UUID disclosureId) {
        Field<List<SpendCheckpoint>> spendPlan = multiset(
                select(SPEND_CHECKPOINT.LABEL, SPEND_CHECKPOINT.CUMULATIVE_PERCENT)
                        .from(SPEND_CHECKPOINT)
                        .where(SPEND_CHECKPOINT.TENANT_ID.eq(PROJECT.TENANT_ID), SPEND_CHECKPOINT.PROJECT_ID.eq(PROJECT.ID))
                        .orderBy(SPEND_CHECKPOINT.POSITION))
                .convertFrom(r -> r.map(mapping(SpendCheckpoint::new)));
        Field<List<Indicator>> indicators = multiset(
                select(INDICATOR.LEVEL1, INDICATOR.LEVEL2, INDICATOR.LEVEL3, INDICATOR.DESCRIPTION, INDICATOR.VALUE_TEXT, INDICATOR.BASIS)
                        .from(INDICATOR)
                        .where(INDICATOR.TENANT_ID.eq(PROJECT.TENANT_ID), INDICATOR.PROJECT_ID.eq(PROJECT.ID))
                        .orderBy(INDICATOR.POSITION))
                .convertFrom(r -> r.map(i -> new Indicator(i.value1(), i.value2(), i.value3(), i.value4(),
                        IndicatorValue.parse(i.value5()), i.value6())));
        return dsl.select(UNIT.CODE, PROJECT.CODE, PROJECT.NAME, PROJECT.BUDGET_TOTAL, PROJECT.BUDGET_FISCAL, PROJECT.BUDGET_OTHER,
                        PROJECT.PURPOSE, spendPlan, PROJECT.GOAL, indicators)
                .from(PROJECT)
                .join(UNIT).on(UNIT.TENANT_ID.eq(PROJECT.TENANT_ID), UNIT.ID.eq(PROJECT.UNIT_ID))
                .where(PROJECT.DISCLOSURE_ID.eq(disclosureId))
                .orderBy(PROJECT.POSITION)
                .fetch(r -> new Project(r.value1(), r.value2(), r.value3(), new Budget(r.value4(), r.value5(), r.value6()),
                        r.value7(), r.value8(), r.value9(), r.value10()));
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

    private Revision revision(UUID disclosureId, int number) {
        return dsl.select(REVISION.REVISION_NO, REVISION.CONTENT_HASH, REVISION.CREATED_AT, REVISION.CREATED_BY, REVISION.NOTE)
                .from(REVISION)
                .where(REVISION.DISCLOSURE_ID.eq(disclosureId), REVISION.REVISION_NO.eq(number))
                .fetchOptional(mapping(Revision::new))
                .orElse(null);
    }
}
