package cn.jixiao.templates.importer;

import static cn.jixiao.templates.importer.fixtures.Cell.below;
import static cn.jixiao.templates.importer.fixtures.Cell.of;
import static cn.jixiao.templates.importer.fixtures.Cell.span;
import static cn.jixiao.templates.importer.fixtures.Cell.top;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.jixiao.templates.disclosure.IndicatorValue;
import cn.jixiao.templates.disclosure.Project;
import cn.jixiao.templates.importer.fixtures.Cell;
import cn.jixiao.templates.importer.fixtures.DocxBuilder;
import cn.jixiao.templates.importer.report.Finding;
import cn.jixiao.templates.importer.report.FindingKind;
import cn.jixiao.templates.importer.report.ImportReport;
import cn.jixiao.templates.importer.report.SourceEntry;
import cn.jixiao.templates.importer.report.SourceLocation;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** What a person must check is reported with its place and the importer's decision; the draft keeps the rest. */
class AmbiguityReportTest {

    /** A project table with no amount unit, an unknown row, and values that do not parse. */
    private static byte[] doubtfulProject() {
        return new DocxBuilder()
                .heading("1.档案数字化经费绩效目标表")
                .table(5)
                .row(of("202001中共唐山市路南区委唐山市路南区人民政府督查室本级"), span("", 4))
                .row(of("项目编码"), of("13020225P000000000001"), of("项目名称"), span("档案数字化经费", 2))
                .row(top("预算规模及资金用途"), of("预算数"), of("12.50"), of("财政资金"), of("约十万"))
                .row(below(), span("档案扫描与著录", 4))
                .row(top("资金支出计划（%）"), of("6月底"), span("12月底", 3))
                .row(below(), of("约一半"), span("100%", 3))
                .row(of("备 注"), span("由办公室负责", 4))
                .row(of("绩效目标"), span("完成历史档案数字化。", 4))
                .row(Cell.row("一级指标", "二级指标", "三级指标", "指标值", "指标值确定依据"))
                .row(of("产出指标"), of("数量指标"), of("扫描页数"), of("≥十万页"), of("工作计划"))
                .endTable()
                .build();
    }

    @Test
    void guessesUnparsableValuesAndUnknownRowsAreReportedWithTheirPlace() {
        ImportResult result = DisclosureImporter.importFile("doubtful.docx", doubtfulProject(),
                new ImportTarget("202", Fixtures.DEPARTMENT, 2025), ImportLimits.defaults());
        Project project = result.draft().projects().get(0);
        ImportReport report = result.report();

        assertThat(project.budget().total()).isEqualTo(new BigDecimal("12.50"));
        assertThat(project.budget().fiscal()).isNull();
        assertThat(project.spendPlan()).extracting(s -> s.label(), s -> s.cumulativePercent())
                .containsExactly(tuple("6月底", null), tuple("12月底", new BigDecimal("100")));
        assertThat(project.indicators().get(0).value().kind()).isEqualTo(IndicatorValue.Kind.QUALITATIVE);

        assertThat(report.findings()).extracting(Finding::kind, Finding::problem, Finding::decision).containsExactlyInAnyOrder(
                tuple(FindingKind.HEADER_NOT_RECOGNIZED, "项目表中的栏目“备 注”无法识别", "该行未导入，列在未导入清单中"),
                tuple(FindingKind.COLUMN_MISSING, "绩效指标表没有“绩效指标描述”列", "该项按空白导入"),
                tuple(FindingKind.VALUE_NOT_PARSED, "资金支出计划“约一半”不是百分比", "该时间点的累计比例留空"),
                tuple(FindingKind.VALUE_NOT_PARSED, "指标值“≥十万页”以比较符号开头，但不是“符号+数值+单位”的形式", "按文字（定性）保存原文"),
                tuple(FindingKind.UNIT_GUESSED, "金额没有注明单位（表中没有“单位：万元”，列标题也没有写单位）", "按万元导入"),
                tuple(FindingKind.VALUE_NOT_PARSED, "财政资金“约十万”不是数字", "该金额留空，请核对后补录"));
        Finding notNumber = report.findings().stream().filter(f -> f.problem().startsWith("财政资金")).findFirst().orElseThrow();
        assertThat(notNumber.location()).isEqualTo(new SourceLocation.TableCell("doubtful.docx", 1, 3, 5, 0));
        assertThat(notNumber.describe()).isEqualTo("doubtful.docx 第1个表格 第3行 第5格：财政资金“约十万”不是数字 → 该金额留空，请核对后补录");

        assertThat(report.notMapped()).extracting(SourceEntry::text, SourceEntry::note).containsExactlyInAnyOrder(
                tuple("约十万", "财政资金不是数字"),
                tuple("约一半", "不是百分比"),
                tuple("备 注", "未识别的栏目，未导入"),
                tuple("由办公室负责", "未识别的栏目，未导入"));
        assertThat(report.toText())
                .contains("非空段落和单元格共", "需要核对（6）", "未导入（4）", "“由办公室负责” 未识别的栏目，未导入");
    }
}
