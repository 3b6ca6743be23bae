package cn.jixiao.platform.disclosure;

import java.util.List;

import cn.jixiao.templates.disclosure.DepartmentGoals;
import cn.jixiao.templates.disclosure.Department;
import cn.jixiao.templates.disclosure.District;
import cn.jixiao.templates.disclosure.Project;

/**
 * The JSON of {@code GET /api/v1/disclosures/{deptCode}/{year}}. Field names are part of the API
 * contract (docs/api.md): add fields, never rename them.
 */
record DisclosureResponse(
        District district,
        Department department,
        int fiscalYear,
        DisclosureStatus status,
        Revision revision,
        DepartmentGoals goals,
        List<Project> projects) {

    static DisclosureResponse of(District district, StoredDisclosure stored) {
        var content = stored.content();
        return new DisclosureResponse(district, content.department(), content.fiscalYear(), stored.status(),
                stored.revision(), content.goals(), content.projects());
    }
}
