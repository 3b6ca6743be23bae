package cn.jixiao.templates.diff;

/**
 * An edited 分项绩效目标; aligned in order, so it never moves. A part that did not change is {@code null}.
 *
 * @param fromIndex position in the old list
 * @param toIndex   position in the new list
 * @param title     change of the title
 * @param goal      change of 绩效目标
 * @param indicator change of 绩效指标
 */
public record ItemizedGoalChange(int fromIndex, int toIndex, TextChange title, TextChange goal, TextChange indicator)
        implements MatchedChange {

    @Override
    public boolean moved() {
        return false;
    }
}
