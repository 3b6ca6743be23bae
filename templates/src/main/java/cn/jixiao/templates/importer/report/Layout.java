package cn.jixiao.templates.importer.report;

/** A layout a file was read as (docs/import.md lists each with an example header row). */
public enum Layout {
    /** Part 1 as headed paragraphs: 第一部分 部门整体绩效目标, 一、总体绩效目标 …. */
    PART_ONE_PARAGRAPHS("第一部分段落（部门整体绩效目标）"),
    /** One goal table per project (项目编码 / 项目名称 / 预算数 … rows) with its indicator table, split or fused. */
    PROJECT_TABLES("项目绩效目标表（目标表与指标表）"),
    /** A budget system's export, one row per indicator with the project's columns repeated or merged. */
    FLAT_EXPORT("预算系统平铺导出表（每个指标一行）"),
    /** The department-level form (部门整体绩效目标表). */
    DEPARTMENT_FORM("部门整体绩效目标表");

    private final String label;

    Layout(String label) {
        this.label = label;
    }

    /** The Chinese name shown in the report. */
    public String label() {
        return label;
    }
}
