package cn.jixiao.platform.importer;

import static cn.jixiao.infra.jooq.Tables.DEPARTMENT;
import static cn.jixiao.infra.jooq.Tables.UNIT;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** Which department of the current tenant each already stored unit belongs to. */
@Component
class UnitOwners {

    /** A unit's department, by code and name. */
    record Owner(String departmentCode, String departmentName) {
    }

    private final DSLContext dsl;

    UnitOwners(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Stored units among {@code unitCodes}, each with its department; RLS keeps it to the current tenant. */
    Map<String, Owner> of(Collection<String> unitCodes) {
        Map<String, Owner> owners = new LinkedHashMap<>();
        dsl.select(UNIT.CODE, DEPARTMENT.CODE, DEPARTMENT.NAME)
                .from(UNIT)
                .join(DEPARTMENT).on(DEPARTMENT.TENANT_ID.eq(UNIT.TENANT_ID), DEPARTMENT.ID.eq(UNIT.DEPARTMENT_ID))
                .where(UNIT.CODE.in(unitCodes))
                .forEach(r -> owners.put(r.value1(), new Owner(r.value2(), r.value3())));
        return owners;
    }
}
