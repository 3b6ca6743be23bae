package cn.jixiao.platform.disclosure;

import java.util.List;
import java.util.Map;

import cn.jixiao.infra.disclosure.DisclosureStatus;
import cn.jixiao.templates.disclosure.DepartmentGoals;
import cn.jixiao.templates.disclosure.Department;
import cn.jixiao.templates.disclosure.District;
import cn.jixiao.templates.disclosure.Project;
import cn.jixiao.templates.forms.TemplateRef;

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
        TemplateRef template,
        Map<String, String> customFields,
        DepartmentGoals goals,
        List<Project> projects) {

    static DisclosureResponse of(District district, StoredDisclosure stored) {
        var content = stored.content();
        return new DisclosureResponse(district, content.department(), content.fiscalYear(), stored.status(),
                stored.revision(), stored.template(), stored.customFields(), content.goals(), content.projects());
    }
}
