package cn.jixiao.platform.department;

import static cn.jixiao.infra.jooq.Tables.DEPARTMENT;
import static cn.jixiao.infra.jooq.Tables.UNIT;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

import java.util.List;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jixiao.platform.security.CanReadDisclosures;
import cn.jixiao.templates.disclosure.Department;
import cn.jixiao.templates.disclosure.Unit;

/** The current tenant's departments (部门) with their units (单位), ordered by code. */
@Service
public class DepartmentDirectory {

    private final DSLContext dsl;

    DepartmentDirectory(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Transactional(readOnly = true)
    @CanReadDisclosures
    public List<Department> list() {
        return fetch(DSL.noCondition());
    }

    @Transactional(readOnly = true)
    @CanReadDisclosures
    public Optional<Department> find(String code) {
        return fetch(DEPARTMENT.CODE.eq(code)).stream().findFirst();
    }

    private List<Department> fetch(Condition condition) {
        return dsl.select(DEPARTMENT.CODE, DEPARTMENT.NAME,
                        multiset(select(UNIT.CODE, UNIT.NAME)
                                .from(UNIT)
                                .where(UNIT.TENANT_ID.eq(DEPARTMENT.TENANT_ID), UNIT.DEPARTMENT_ID.eq(DEPARTMENT.ID))
                                .orderBy(UNIT.POSITION))
                                .convertFrom(r -> r.map(mapping(Unit::new))))
                .from(DEPARTMENT)
                .where(condition)
                .orderBy(DEPARTMENT.CODE)
                .fetch(mapping(Department::new));
    }
}
