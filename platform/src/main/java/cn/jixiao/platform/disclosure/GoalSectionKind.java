package cn.jixiao.platform.disclosure;

/** The three parts of 部门整体绩效目标, as stored in {@code goal_section.kind}. */
enum GoalSectionKind {
    /** 总体绩效目标 paragraphs. */
    OVERALL,
    /** 分项绩效目标 with title, goal and indicator. */
    ITEMIZED,
    /** 工作保障措施 paragraphs. */
    MEASURE
}
