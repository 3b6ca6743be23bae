package cn.jixiao.platform.opendata;

import static cn.jixiao.infra.jooq.Tables.OPENDATA_INDICATOR_ID;
import static cn.jixiao.infra.jooq.Tables.OPENDATA_LINEAGE_YEAR;
import static cn.jixiao.infra.jooq.Tables.OPENDATA_PROJECT_ID;
import static cn.jixiao.infra.jooq.Tables.OPENDATA_UNIT_ID;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import cn.jixiao.platform.tenancy.CurrentTenant;

/** The V25 lineage tables: which revision a year's ids came from, and the ids. */
@Component
class LineageStore {

    /** The publication a year's identifiers were assigned from. */
    record Source(int fiscalYear, int revision) {
    }

    private final DSLContext dsl;

    LineageStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The earlier publication to carry ids over from: this year's (a republication), else the latest earlier year's. */
    Optional<Source> predecessor(String departmentCode, int fiscalYear) {
        var y = OPENDATA_LINEAGE_YEAR;
        return dsl.select(y.FISCAL_YEAR, y.REVISION_NO).from(y)
                .where(y.DEPARTMENT_CODE.eq(departmentCode).and(y.FISCAL_YEAR.le(fiscalYear)))
                .orderBy(y.FISCAL_YEAR.desc()).limit(1)
                .fetchOptional(r -> new Source(r.value1(), r.value2()));
    }

    Map<String, UUID> projectIds(String departmentCode, int fiscalYear) {
        var p = OPENDATA_PROJECT_ID;
        return dsl.select(p.PROJECT_CODE, p.STABLE_ID).from(p)
                .where(p.DEPARTMENT_CODE.eq(departmentCode).and(p.FISCAL_YEAR.eq(fiscalYear)))
                .fetchMap(p.PROJECT_CODE, p.STABLE_ID);
    }

    /** By project code, in row order. */
    Map<String, List<UUID>> indicatorIds(String departmentCode, int fiscalYear) {
        var i = OPENDATA_INDICATOR_ID;
        Map<String, List<UUID>> ids = new LinkedHashMap<>();
        dsl.select(i.PROJECT_CODE, i.STABLE_ID).from(i)
                .where(i.DEPARTMENT_CODE.eq(departmentCode).and(i.FISCAL_YEAR.eq(fiscalYear)))
                .orderBy(i.PROJECT_CODE, i.ROW_NO)
                .forEach(r -> ids.computeIfAbsent(r.value1(), c -> new ArrayList<>()).add(r.value2()));
        return ids;
    }

    /** The units' ids, minted for codes seen for the first time. */
    Map<String, UUID> unitIds(String departmentCode, Collection<String> unitCodes) {
        var u = OPENDATA_UNIT_ID;
        var tenant = CurrentTenant.require().value();
        var insert = dsl.insertInto(u, u.TENANT_ID, u.DEPARTMENT_CODE, u.UNIT_CODE);
        for (String code : unitCodes) {
            insert = insert.values(tenant, departmentCode, code);
        }
        if (!unitCodes.isEmpty()) {
            insert.onConflictDoNothing().execute();
        }
        return dsl.select(u.UNIT_CODE, u.STABLE_ID).from(u)
                .where(u.DEPARTMENT_CODE.eq(departmentCode).and(u.UNIT_CODE.in(unitCodes)))
                .fetchMap(u.UNIT_CODE, u.STABLE_ID);
    }

    /** Replaces the year's ids with those assigned from {@code revision}. */
    void replace(String departmentCode, int fiscalYear, UUID disclosureId, int revision, StableIds ids) {
        var tenant = CurrentTenant.require().value();
        var y = OPENDATA_LINEAGE_YEAR;
        dsl.deleteFrom(y).where(y.DEPARTMENT_CODE.eq(departmentCode).and(y.FISCAL_YEAR.eq(fiscalYear))).execute();
        dsl.insertInto(y, y.TENANT_ID, y.DEPARTMENT_CODE, y.FISCAL_YEAR, y.DISCLOSURE_ID, y.REVISION_NO)
                .values(tenant, departmentCode, fiscalYear, disclosureId, revision).execute();
        var p = OPENDATA_PROJECT_ID;
        var projects = dsl.insertInto(p, p.TENANT_ID, p.DEPARTMENT_CODE, p.FISCAL_YEAR, p.PROJECT_CODE, p.STABLE_ID);
        ids.projects().forEach((code, id) -> projects.values(tenant, departmentCode, fiscalYear, code, id));
        if (!ids.projects().isEmpty()) {
            projects.execute();
        }
        var i = OPENDATA_INDICATOR_ID;
        var rows = dsl.insertInto(i, i.TENANT_ID, i.DEPARTMENT_CODE, i.FISCAL_YEAR, i.PROJECT_CODE, i.ROW_NO, i.STABLE_ID);
        boolean any = false;
        for (var e : ids.indicators().entrySet()) {
            for (int n = 0; n < e.getValue().size(); n++) {
                rows.values(tenant, departmentCode, fiscalYear, e.getKey(), n, e.getValue().get(n));
                any = true;
            }
        }
        if (any) {
            rows.execute();
        }
    }
}
