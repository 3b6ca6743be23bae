package cn.jixiao.templates.validation;

import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.disclosure.Indicator;
import cn.jixiao.templates.disclosure.ItemizedGoal;
import cn.jixiao.templates.disclosure.Project;
import cn.jixiao.templates.disclosure.SpendCheckpoint;
import cn.jixiao.templates.forms.FormTemplate;

/** Chinese description of a {@link Location}, e.g. "项目4（13020225P008973100016，…）绩效指标第3行（…）「指标值」". */
final class Places {

    private Places() {}

    static String describe(Location loc, Disclosure d, FormTemplate t) {
        String column = loc.column() == null ? "" : "「" + t.label(loc.column()) + "」";
        return switch (loc.section()) {
            case Locations.CUSTOM_FIELDS -> "自定义字段" + column;
            case Locations.GOALS_ITEMIZED -> itemized(loc, d, t);
            case Locations.GOALS_OVERALL, Locations.GOALS_MEASURES -> "部门整体绩效目标" + column;
            case Locations.PROJECTS -> project(loc, d) + column;
            case Locations.SPEND_PLAN -> project(loc, d) + spendPlan(loc, d);
            case Locations.INDICATORS -> project(loc, d) + indicator(loc, d, column);
            default -> loc.section() + column;
        };
    }

    private static String itemized(Location loc, Disclosure d, FormTemplate t) {
        if (loc.row() == null) {
            return "部门整体绩效目标「" + t.label(loc.column()) + "」";
        }
        ItemizedGoal g = d.goals().itemized().get(loc.row() - 1);
        String title = g.title().isBlank() ? "" : "（" + g.title() + "）";
        return "分项绩效目标第" + loc.row() + "项" + title + "「" + t.label(loc.column()) + "」";
    }

    private static String project(Location loc, Disclosure d) {
        Project p = d.projects().get(loc.project() - 1);
        return "项目" + loc.project() + "（" + p.code() + "，" + p.name() + "）";
    }

    private static String spendPlan(Location loc, Disclosure d) {
        if (loc.row() == null) {
            return "资金支出计划";
        }
        SpendCheckpoint c = d.projects().get(loc.project() - 1).spendPlan().get(loc.row() - 1);
        String label = c.label().isBlank() ? "" : "（" + c.label() + "）";
        return "资金支出计划第" + loc.row() + "个节点" + label;
    }

    private static String indicator(Location loc, Disclosure d, String column) {
        if (loc.row() == null) {
            return "绩效指标表";
        }
        Indicator i = d.projects().get(loc.project() - 1).indicators().get(loc.row() - 1);
        return "绩效指标第" + loc.row() + "行（" + i.level1() + "/" + i.level2() + "/" + i.level3() + "）" + column;
    }
}
