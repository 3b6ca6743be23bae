package cn.jixiao.templates.importer.layout;

import cn.jixiao.templates.importer.ImportRejectedException;
import cn.jixiao.templates.importer.RejectionReason;
import cn.jixiao.templates.importer.grid.DocumentBlock;
import cn.jixiao.templates.importer.grid.GridCell;
import cn.jixiao.templates.importer.grid.GridParagraph;
import cn.jixiao.templates.importer.grid.GridRow;
import cn.jixiao.templates.importer.grid.GridTable;
import java.util.List;
import java.util.Set;

/**
 * A 绩效自评表 looks like a goal table (项目名称, 一级…三级指标, 年度指标值) but reports what was achieved: it has a
 * 实际完成值 / 得分 column or says 自评 in its title. Refused as such, so nobody accepts it as this year's goals.
 */
final class SelfEvaluation {

    private static final Set<String> RESULT_HEADERS = Set.of("实际完成值", "全年实际完成值", "完成值", "实际完成情况", "得分",
            "自评得分", "全年执行数", "执行率", "偏差原因分析及改进措施");

    private SelfEvaluation() {}

    static void refuseIfSelfEvaluation(List<DocumentBlock> blocks) {
        for (DocumentBlock block : blocks) {
            if (block instanceof GridParagraph p && isTitle(p.text())) {
                throw refused("“" + p.text().strip() + "”");
            }
            if (block instanceof GridTable table) {
                for (GridRow row : table.rows()) {
                    for (GridCell cell : row.filled()) {
                        if (isTitle(cell.text()) || RESULT_HEADERS.contains(Labels.base(cell.text())) && HeaderRow.isIndicatorHeader(row)) {
                            throw refused("含“" + cell.text().strip() + "”的表格");
                        }
                    }
                }
            }
        }
    }

    private static boolean isTitle(String text) {
        // a title ("项目支出绩效自评表"), not a sentence that mentions self-evaluation ("做好绩效自评工作")
        return Labels.base(text).endsWith("自评表");
    }

    private static ImportRejectedException refused(String what) {
        return new ImportRejectedException(RejectionReason.SELF_EVALUATION,
                "这是绩效自评表（" + what + "），记录的是实际完成情况和得分，不是预算绩效目标表，不能导入为绩效目标；"
                        + "请上传当年的预算绩效目标表");
    }
}
