package cn.jixiao.templates.forms;

import java.util.Arrays;
import java.util.Optional;

/**
 * The fields of the disclosure model a template can describe, in document order; the template gives them
 * labels, required flags and limits, but their ids, sections and types are fixed by the model.
 */
public enum BuiltInField {
    GOALS_OVERALL("goals.overall", "goals", FieldType.TEXT_LIST),
    GOALS_ITEMIZED("goals.itemized", "goals", FieldType.LIST),
    ITEMIZED_TITLE("goals.itemized.title", "goals", FieldType.TEXT),
    ITEMIZED_GOAL("goals.itemized.goal", "goals", FieldType.TEXT),
    ITEMIZED_INDICATOR("goals.itemized.indicator", "goals", FieldType.TEXT),
    GOALS_MEASURES("goals.measures", "goals", FieldType.TEXT_LIST),
    PROJECT_UNIT_CODE("project.unitCode", "projects", FieldType.TEXT),
    PROJECT_CODE("project.code", "projects", FieldType.TEXT),
    PROJECT_NAME("project.name", "projects", FieldType.TEXT),
    BUDGET_TOTAL("project.budget.total", "projects", FieldType.MONEY),
    BUDGET_FISCAL("project.budget.fiscal", "projects", FieldType.MONEY),
    BUDGET_OTHER("project.budget.other", "projects", FieldType.MONEY),
    PROJECT_PURPOSE("project.purpose", "projects", FieldType.TEXT),
    PROJECT_SPEND_PLAN("project.spendPlan", "projects", FieldType.LIST),
    PROJECT_GOAL("project.goal", "projects", FieldType.TEXT),
    PROJECT_INDICATORS("project.indicators", "projects", FieldType.LIST),
    SPEND_LABEL("spendPlan.label", "projects.spendPlan", FieldType.TEXT),
    SPEND_PERCENT("spendPlan.percent", "projects.spendPlan", FieldType.PERCENT),
    INDICATOR_LEVEL1("indicator.level1", "projects.indicators", FieldType.TEXT),
    INDICATOR_LEVEL2("indicator.level2", "projects.indicators", FieldType.TEXT),
    INDICATOR_LEVEL3("indicator.level3", "projects.indicators", FieldType.TEXT),
    INDICATOR_DESCRIPTION("indicator.description", "projects.indicators", FieldType.TEXT),
    INDICATOR_VALUE("indicator.value", "projects.indicators", FieldType.INDICATOR_VALUE),
    INDICATOR_BASIS("indicator.basis", "projects.indicators", FieldType.TEXT);

    private final String id;
    private final String section;
    private final FieldType type;

    BuiltInField(String id, String section, FieldType type) {
        this.id = id;
        this.section = section;
        this.type = type;
    }

    /** Field id used in templates and in {@code Location.column}. */
    public String id() {
        return id;
    }

    /** Id of the section the field belongs to. */
    public String section() {
        return section;
    }

    /** Its fixed type. */
    public FieldType type() {
        return type;
    }

    /** The built-in field with this id. */
    public static Optional<BuiltInField> byId(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
    }
}
