package cn.jixiao.platform.department;

import static cn.jixiao.infra.jooq.Tables.DEPARTMENT;
import static cn.jixiao.infra.jooq.Tables.UNIT;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import cn.jixiao.platform.security.CanManageUsers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jixiao.platform.audit.AuditLog;
import cn.jixiao.platform.tenancy.CurrentTenant;
import cn.jixiao.platform.usage.UsageMeter;
import cn.jixiao.templates.disclosure.Department;

/**
 * The district admin's changes to its departments (部门) and units (单位): create, rename, and move a
 * unit to another department. Codes never change (content and history refer to them). A unit whose
 * projects stand in its department's disclosures is not moved: those disclosures would lose it.
 */
@Service
public class DepartmentAdministration {

    private final DSLContext dsl;
    private final DepartmentDirectory directory;
    private final UnitUsage usage;
    private final AuditLog audit;
    private final UsageMeter meter;

    DepartmentAdministration(DSLContext dsl, DepartmentDirectory directory, UnitUsage usage, AuditLog audit, UsageMeter meter) {
        this.dsl = dsl;
        this.directory = directory;
        this.usage = usage;
        this.audit = audit;
        this.meter = meter;
    }

    /** The departments with their units, as the admin's page shows them for changing. */
    @Transactional(readOnly = true)
    @CanManageUsers
    public List<Department> departments() {
        return directory.list();
    }

    @Transactional
    @CanManageUsers
    public void createDepartment(String code, String name) {
        int created = dsl.insertInto(DEPARTMENT)
                .set(DEPARTMENT.TENANT_ID, CurrentTenant.require().value())
                .set(DEPARTMENT.CODE, code)
                .set(DEPARTMENT.NAME, name)
                .onConflictDoNothing()
                .execute();
        if (created == 0) {
            throw new DirectoryChangeRefusedException("部门编码 " + code + " 已存在");
        }
        audit.record("DEPARTMENT_CREATED", "department/" + code, Map.of("name", name));
        meter.added(1, 0);
    }

    @Transactional
    @CanManageUsers
    public void renameDepartment(String code, String name) {
        departmentId(code);
        dsl.update(DEPARTMENT).set(DEPARTMENT.NAME, name).where(DEPARTMENT.CODE.eq(code)).execute();
        audit.record("DEPARTMENT_RENAMED", "department/" + code, Map.of("name", name));
    }

    @Transactional
    @CanManageUsers
    public void createUnit(String departmentCode, String code, String name) {
        UUID department = departmentId(departmentCode);
        int created = dsl.insertInto(UNIT)
                .set(UNIT.TENANT_ID, CurrentTenant.require().value())
                .set(UNIT.DEPARTMENT_ID, department)
                .set(UNIT.CODE, code)
                .set(UNIT.NAME, name)
                .set(UNIT.POSITION, nextPosition(department))
                .onConflictDoNothing()
                .execute();
        if (created == 0) {
            throw new DirectoryChangeRefusedException("单位编码 " + code + " 已存在（属于部门 " + departmentOf(code) + "）");
        }
        audit.record("UNIT_CREATED", "unit/" + code, Map.of("department", departmentCode, "name", name));
    }

    @Transactional
    @CanManageUsers
    public void renameUnit(String code, String name) {
        if (dsl.update(UNIT).set(UNIT.NAME, name).where(UNIT.CODE.eq(code)).execute() == 0) {
            throw new DirectoryEntryNotFoundException("单位 " + code);
        }
        audit.record("UNIT_RENAMED", "unit/" + code, Map.of("name", name));
    }

    /** @throws DirectoryChangeRefusedException while the unit has projects in its department's disclosures */
    @Transactional
    @CanManageUsers
    public void moveUnit(String code, String toDepartmentCode) {
        String from = departmentOf(code);
        if (from.equals(toDepartmentCode)) {
            return;
        }
        UUID target = departmentId(toDepartmentCode);
        List<String> using = usage.disclosuresWithProjectsOf(from, code);
        if (!using.isEmpty()) {
            throw new DirectoryChangeRefusedException("单位 " + code + " 在部门 " + from + " 的 " + String.join("、", using)
                    + "公开文件中有项目，不能移到其他部门；请先在草稿中删除或转移这些项目");
        }
        dsl.update(UNIT).set(UNIT.DEPARTMENT_ID, target).set(UNIT.POSITION, nextPosition(target))
                .where(UNIT.CODE.eq(code)).execute();
        audit.record("UNIT_MOVED", "unit/" + code, Map.of("from", from, "to", toDepartmentCode));
    }

    private UUID departmentId(String code) {
        return dsl.select(DEPARTMENT.ID).from(DEPARTMENT).where(DEPARTMENT.CODE.eq(code))
                .fetchOptional(DEPARTMENT.ID)
                .orElseThrow(() -> new DirectoryEntryNotFoundException("部门 " + code));
    }

    private String departmentOf(String unitCode) {
        return dsl.select(DEPARTMENT.CODE).from(UNIT)
                .join(DEPARTMENT).on(DEPARTMENT.TENANT_ID.eq(UNIT.TENANT_ID), DEPARTMENT.ID.eq(UNIT.DEPARTMENT_ID))
                .where(UNIT.CODE.eq(unitCode))
                .fetchOptional(DEPARTMENT.CODE)
                .orElseThrow(() -> new DirectoryEntryNotFoundException("单位 " + unitCode));
    }

    private int nextPosition(UUID departmentId) {
        return dsl.select(DSL.coalesce(DSL.max(UNIT.POSITION), 0).plus(1)).from(UNIT)
                .where(UNIT.DEPARTMENT_ID.eq(departmentId))
                .fetchSingle().value1();
    }
}
