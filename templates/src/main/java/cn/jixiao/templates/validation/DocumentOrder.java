package cn.jixiao.templates.validation;

import cn.jixiao.templates.forms.BuiltInField;
import cn.jixiao.templates.forms.FieldDef;
import cn.jixiao.templates.forms.FormTemplate;
import java.util.Comparator;
import java.util.List;

/** Orders findings as a reader meets them: department first, then each project top to bottom. */
final class DocumentOrder {

    private DocumentOrder() {}

    /** Comparator for one template (custom fields in its display order); ties keep their order. */
    static Comparator<Finding> comparator(FormTemplate template) {
        List<String> custom = template.customFields().stream().map(FieldDef::id).toList();
        return Comparator
                .comparingInt((Finding f) -> orZero(f.location().project()))
                .thenComparingInt(f -> block(f.location()))
                .thenComparingInt(f -> orZero(f.location().row()))
                .thenComparingInt(f -> column(f.location(), custom));
    }

    // Blocks within the department part and within a project, in the order of the printed document
    private static int block(Location loc) {
        return switch (loc.section()) {
            case Locations.CUSTOM_FIELDS -> 0;
            case Locations.GOALS_OVERALL -> 1;
            case Locations.GOALS_ITEMIZED -> 2;
            case Locations.GOALS_MEASURES -> 3;
            case Locations.PROJECTS -> BuiltInField.PROJECT_GOAL.id().equals(loc.column()) ? 12 : 10;
            case Locations.SPEND_PLAN -> 11;
            case Locations.INDICATORS -> 13;
            default -> 20;
        };
    }

    private static int column(Location loc, List<String> custom) {
        if (loc.column() == null) {
            return -1;
        }
        int customIndex = custom.indexOf(loc.column());
        return BuiltInField.byId(loc.column()).map(Enum::ordinal)
                .orElse(1000 + (customIndex < 0 ? custom.size() : customIndex));
    }

    private static int orZero(Integer n) {
        return n == null ? 0 : n;
    }
}
