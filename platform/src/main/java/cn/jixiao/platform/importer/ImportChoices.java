package cn.jixiao.platform.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.jixiao.templates.disclosure.Department;
import cn.jixiao.templates.disclosure.Unit;

/**
 * What the import review page sends on accept: the department chosen from the directory (or a new one typed), and
 * per project, in draft order, a unit of the directory (or a new one typed). A blank choice keeps what the file says.
 *
 * @param department  "" (as the file says), a department code of the directory, or {@link #NEW}
 * @param newDeptCode the new department's code, when {@code department} is {@link #NEW}
 * @param newDeptName the new department's name, when {@code department} is {@link #NEW}
 * @param unit        per project: "", a unit code of the directory, or {@link #NEW}
 * @param newUnitCode per project: the new unit's code
 * @param newUnitName per project: the new unit's name
 */
public record ImportChoices(String department, String newDeptCode, String newDeptName, List<String> unit,
                     List<String> newUnitCode, List<String> newUnitName) {

    static final String NEW = "__new";

    static final ImportChoices NONE = new ImportChoices("", "", "", List.of(), List.of(), List.of());

    public ImportChoices {
        department = department == null ? "" : department.strip();
        newDeptCode = newDeptCode == null ? "" : newDeptCode.strip();
        newDeptName = newDeptName == null ? "" : newDeptName.strip();
        unit = unit == null ? List.of() : unit;
        newUnitCode = newUnitCode == null ? List.of() : newUnitCode;
        newUnitName = newUnitName == null ? List.of() : newUnitName;
    }

    /** The choice for project {@code i} (for the page to show it again), "" when none. */
    public String unitAt(int i) {
        return at(unit, i);
    }

    public String newUnitCodeAt(int i) {
        return at(newUnitCode, i);
    }

    public String newUnitNameAt(int i) {
        return at(newUnitName, i);
    }

    /**
     * The assignment these choices make against the district's directory.
     *
     * @throws InvalidImportRequestException naming what is missing (a new department or unit without code or name, a
     *                                       code that is not in the directory)
     */
    ImportAssignment assignment(List<Department> directory) {
        String deptCode = null;
        String deptName = null;
        if (NEW.equals(department)) {
            if (newDeptCode.isEmpty() || newDeptName.isEmpty()) {
                throw new InvalidImportRequestException("选择了“新建部门”，请填写新部门的编码和名称");
            }
            deptCode = newDeptCode;
            deptName = newDeptName;
        } else if (!department.isEmpty()) {
            Department chosen = find(directory, department)
                    .orElseThrow(() -> new InvalidImportRequestException("部门 " + department + " 不在本区的部门目录中"));
            deptCode = chosen.code();
            deptName = chosen.name();
        }
        List<ImportAssignment.ProjectUnit> projects = new ArrayList<>();
        for (int i = 0; i < unit.size(); i++) {
            String choice = unitAt(i).strip();
            int number = i + 1;
            if (choice.isEmpty()) {
                projects.add(null);
            } else if (NEW.equals(choice)) {
                String code = newUnitCodeAt(i).strip();
                String name = newUnitNameAt(i).strip();
                if (code.isEmpty() || name.isEmpty()) {
                    throw new InvalidImportRequestException("第 " + number + " 个项目选择了“新建单位”，请填写新单位的编码和名称");
                }
                projects.add(new ImportAssignment.ProjectUnit(code, name));
            } else {
                Unit known = directory.stream().flatMap(d -> d.units().stream()).filter(u -> u.code().equals(choice))
                        .findFirst().orElseThrow(() -> new InvalidImportRequestException(
                                "第 " + number + " 个项目的单位 " + choice + " 不在本区的单位目录中"));
                projects.add(new ImportAssignment.ProjectUnit(known.code(), known.name()));
            }
        }
        return new ImportAssignment(deptCode, deptName, projects.isEmpty() ? null : projects);
    }

    private static Optional<Department> find(List<Department> directory, String code) {
        return directory.stream().filter(d -> d.code().equals(code)).findFirst();
    }

    private static String at(List<String> values, int i) {
        return i < values.size() && values.get(i) != null ? values.get(i) : "";
    }
}
