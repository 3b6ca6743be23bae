package cn.jixiao.platform.department;

import java.util.List;

/**
 * Where a unit's projects stand in the district's disclosures. The disclosures implement it, so the
 * directory can refuse changes that would strand them without depending on how content is stored.
 */
public interface UnitUsage {

    /** The disclosures with projects of the unit, as "部门 202 的 2025 年度" phrases, oldest first. */
    List<String> disclosuresWithProjectsOf(String departmentCode, String unitCode);
}
