package cn.jixiao.templates.diff;

/** Why two projects of different versions were taken to be the same project, strongest first. */
public enum MatchReason {
    /** A {@link MatchOverride} said so. */
    OVERRIDE("人工指定"),
    /** Same 项目编码 apart from its year digits. */
    CODE("项目编码一致"),
    /** Similar 项目名称 in the same unit. */
    NAME("项目名称相近"),
    /** Similar 资金用途. */
    PURPOSE("资金用途相近");

    private final String label;

    MatchReason(String label) {
        this.label = label;
    }

    /** Chinese label for display. */
    public String label() {
        return label;
    }
}
