package cn.jixiao.templates.validation;

import cn.jixiao.templates.disclosure.Project;

/** Builds {@link Location}s; one place for the section names. */
final class Locations {

    static final String CUSTOM_FIELDS = "customFields";
    static final String GOALS_OVERALL = "goals.overall";
    static final String GOALS_ITEMIZED = "goals.itemized";
    static final String GOALS_MEASURES = "goals.measures";
    static final String PROJECTS = "projects";
    static final String SPEND_PLAN = "projects.spendPlan";
    static final String INDICATORS = "projects.indicators";

    private Locations() {}

    static Location customField(String fieldId) {
        return new Location(CUSTOM_FIELDS, null, null, null, fieldId);
    }

    static Location goals(String section, String column) {
        return new Location(section, null, null, null, column);
    }

    static Location itemized(int itemNo, String column) {
        return new Location(GOALS_ITEMIZED, null, null, itemNo, column);
    }

    static Location project(int projectNo, Project project, String column) {
        return new Location(PROJECTS, projectNo, project.code(), null, column);
    }

    static Location spendPlan(int projectNo, Project project, Integer checkpointNo, String column) {
        return new Location(SPEND_PLAN, projectNo, project.code(), checkpointNo, column);
    }

    static Location indicatorTable(int projectNo, Project project, String column) {
        return new Location(INDICATORS, projectNo, project.code(), null, column);
    }

    static Location indicator(int projectNo, Project project, int rowNo, String column) {
        return new Location(INDICATORS, projectNo, project.code(), rowNo, column);
    }
}
