package cn.jixiao.templates.diff;

/** How a target value (指标值) changed, judged on its parsed form. */
public enum ValueChangeKind {
    /** Harder to meet: a higher number for ≥, >, = (a bare target is met by reaching it), a lower one for ≤, <. */
    TIGHTENED("目标提高"),
    /** Easier to meet: the opposite of {@link #TIGHTENED}. */
    LOOSENED("目标降低"),
    /** Same unit, different comparator (e.g. ≥ → >): not comparable as a direction. */
    COMPARATOR_CHANGED("比较符号变化"),
    /** Different unit (e.g. 次 → 人次); % and 百分比 count as one unit. */
    UNIT_CHANGED("计量单位变化"),
    /** Quantitative ↔ qualitative ↔ empty. */
    KIND_CHANGED("定量定性变化"),
    /** Both qualitative with different text. */
    QUALITATIVE_CHANGED("定性表述变化"),
    /** Written differently, same comparator, number and unit (e.g. ≥90% → ≥90百分比). */
    REWORDED("写法变化");

    private final String label;

    ValueChangeKind(String label) {
        this.label = label;
    }

    /** Chinese label for display. */
    public String label() {
        return label;
    }
}
