package cn.jixiao.platform.importer;

/** Accepting would move a unit away from the department that owns it: refused, nothing stored. */
public class ImportUnitConflictException extends ImportNotAcceptableException {

    ImportUnitConflictException(String unitCode, String unitName, UnitOwners.Owner owner, String departmentCode) {
        super("单位 " + unitCode + (unitName.isEmpty() ? "" : "（" + unitName + "）") + " 属于部门 " + owner.departmentCode()
                + "（" + owner.departmentName() + "），不能作为部门 " + departmentCode + " 的单位导入；"
                + "请在接受时为该单位的项目选择本部门的单位，或改为导入到部门 " + owner.departmentCode());
    }
}
