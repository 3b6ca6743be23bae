package cn.jixiao.templates.disclosure;

import java.util.Objects;

/**
 * One itemized performance goal (分项绩效目标); its number is its position in {@link DepartmentGoals#itemized()}.
 *
 * @param title     item title without the number prefix, e.g. "综合协调"
 * @param goal      text after "绩效目标："
 * @param indicator text after "绩效指标："
 */
public record ItemizedGoal(String title, String goal, String indicator) {
    public ItemizedGoal {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(indicator, "indicator");
    }
}
