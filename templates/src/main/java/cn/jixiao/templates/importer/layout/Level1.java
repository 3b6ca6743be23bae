package cn.jixiao.templates.importer.layout;

import java.util.Map;

/** The 一级指标 a standard 二级指标 belongs to, for tables that leave the 一级指标 column out. */
final class Level1 {

    static final String RULE = "数量、质量、时效、成本指标→产出指标，经济、社会、生态效益和可持续影响指标→效益指标，满意度指标→满意度指标";

    private static final Map<String, String> BY_LEVEL2 = Map.ofEntries(
            Map.entry("数量指标", "产出指标"), Map.entry("质量指标", "产出指标"), Map.entry("时效指标", "产出指标"),
            Map.entry("成本指标", "产出指标"), Map.entry("经济效益指标", "效益指标"), Map.entry("社会效益指标", "效益指标"),
            Map.entry("生态效益指标", "效益指标"), Map.entry("可持续影响指标", "效益指标"),
            Map.entry("服务对象满意度指标", "满意度指标"), Map.entry("满意度指标", "满意度指标"));

    private Level1() {}

    /** The 一级指标 of {@code level2}, sourced from its cell; empty for a 二级指标 outside the standard list. */
    static Sourced of(Sourced level2) {
        String level1 = BY_LEVEL2.get(Labels.normalize(level2.text()));
        return level1 == null ? Sourced.EMPTY : new Sourced(level1, level2.cells());
    }
}
