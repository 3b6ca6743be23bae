package cn.jixiao.platform.diff;

import static cn.jixiao.infra.jooq.Tables.MATCH_OVERRIDE;

import java.util.List;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import cn.jixiao.platform.tenancy.CurrentTenant;
import cn.jixiao.templates.diff.MatchOverride;

/** The district's project-matching decisions, per department and pair of years. */
@Repository
class MatchOverrideStore {

    private final DSLContext dsl;

    MatchOverrideStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<MatchOverride> find(String departmentCode, int fromYear, int toYear) {
        return dsl.select(MATCH_OVERRIDE.FROM_CODE, MATCH_OVERRIDE.TO_CODE).from(MATCH_OVERRIDE)
                .where(MATCH_OVERRIDE.DEPARTMENT_CODE.eq(departmentCode), MATCH_OVERRIDE.FROM_YEAR.eq(fromYear),
                        MATCH_OVERRIDE.TO_YEAR.eq(toYear))
                .orderBy(MATCH_OVERRIDE.POSITION)
                .fetch(r -> new MatchOverride(r.value1(), r.value2()));
    }

    /** Replaces the decisions for that department and pair of years. */
    void replace(String departmentCode, int fromYear, int toYear, List<MatchOverride> overrides, String actor) {
        dsl.deleteFrom(MATCH_OVERRIDE)
                .where(MATCH_OVERRIDE.DEPARTMENT_CODE.eq(departmentCode), MATCH_OVERRIDE.FROM_YEAR.eq(fromYear),
                        MATCH_OVERRIDE.TO_YEAR.eq(toYear))
                .execute();
        for (int i = 0; i < overrides.size(); i++) {
            dsl.insertInto(MATCH_OVERRIDE)
                    .set(MATCH_OVERRIDE.TENANT_ID, CurrentTenant.require().value())
                    .set(MATCH_OVERRIDE.DEPARTMENT_CODE, departmentCode)
                    .set(MATCH_OVERRIDE.FROM_YEAR, fromYear)
                    .set(MATCH_OVERRIDE.TO_YEAR, toYear)
                    .set(MATCH_OVERRIDE.POSITION, i + 1)
                    .set(MATCH_OVERRIDE.FROM_CODE, overrides.get(i).fromCode())
                    .set(MATCH_OVERRIDE.TO_CODE, overrides.get(i).toCode())
                    .set(MATCH_OVERRIDE.CREATED_BY, actor)
                    .execute();
        }
    }
}
