package cn.jixiao.templates.importer;

import static cn.jixiao.templates.importer.fixtures.Cell.below;
import static cn.jixiao.templates.importer.fixtures.Cell.of;
import static cn.jixiao.templates.importer.fixtures.Cell.span;
import static cn.jixiao.templates.importer.fixtures.Cell.top;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.jixiao.templates.disclosure.Comparator;
import cn.jixiao.templates.disclosure.Indicator;
import cn.jixiao.templates.disclosure.IndicatorValue;
import cn.jixiao.templates.disclosure.Project;
import cn.jixiao.templates.importer.fixtures.Cell;
import cn.jixiao.templates.importer.fixtures.DocxBuilder;
import cn.jixiao.templates.importer.fixtures.XlsxBuilder;
import cn.jixiao.templates.importer.report.Finding;
import cn.jixiao.templates.importer.report.FindingKind;
import cn.jixiao.templates.importer.report.Layout;
import cn.jixiao.templates.importer.report.SourceLocation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Files laid out as other provinces' offices write them (issue 14): values that used to be read wrongly without a finding. */
class RealDistrictFilesTest {

    private static final ImportTarget TARGET = new ImportTarget("346", "某某区文化和旅游局", 2025);

    private static DocxBuilder project(String unitLine, String... indicatorValues) {
        DocxBuilder docx = goalTable(unitLine).row(Cell.row("一级指标", "二级指标", "三级指标", "指标值", "指标值确定依据"));
        for (String value : indicatorValues) {
            docx.row(of("产出指标"), of("数量指标"), of("演出场次"), of(value), of("工作计划"));
        }
        return docx.endTable();
    }

    private static DocxBuilder goalTable(String unitLine) {
        return new DocxBuilder()
                .heading("1.文化惠民工程绩效目标表")
                .table(5)
                .row(of(unitLine), span("单位：万元", 4))
                .row(of("项目编码"), of("34600125P000000000001"), of("项目名称"), span("文化惠民工程", 2))
                .row(top("预算规模及资金用途"), of("预算数"), of("12.50"), of("财政资金"), of("12.50"))
                .row(below(), span("送戏下乡", 4))
                .row(of("绩效目标"), span("完成送戏下乡演出。", 4));
    }

    private static ImportResult read(String name, byte[] file) {
        return DisclosureImporter.importFile(name, file, TARGET, ImportLimits.defaults());
    }

    @Test
    void valuesWithTheirComparatorWrittenAfterOrInWordsAreQuantitative() {
        Project project = read("values.docx", project("346001某某区文化馆", "90%以上", "95%及以上", "至少2次").build())
                .draft().projects().get(0);

        assertThat(project.indicators()).extracting(Indicator::value).extracting(
                        IndicatorValue::text, IndicatorValue::kind, IndicatorValue::comparator, IndicatorValue::number, IndicatorValue::unit)
                .containsExactly(
                        tuple("90%以上", IndicatorValue.Kind.QUANTITATIVE, Comparator.GE, new BigDecimal("90"), "%"),
                        tuple("95%及以上", IndicatorValue.Kind.QUANTITATIVE, Comparator.GE, new BigDecimal("95"), "%"),
                        tuple("至少2次", IndicatorValue.Kind.QUANTITATIVE, Comparator.GE, new BigDecimal("2"), "次"));
    }

    @Test
    void aUnitLineOfOnlyDigitsIsTheUnitCodeWithoutAName() {
        ImportResult result = read("code-only.docx", project("346001", "≥2次").build());

        assertThat(result.draft().projects().get(0).unitCode()).isEqualTo("346001");
        assertThat(result.draft().department().units()).extracting(u -> u.code(), u -> u.name())
                .containsExactly(tuple("346001", ""));
    }

    @Test
    void aFormulaSavedWithoutItsResultIsReportedAndLeftEmptyNotZero() throws IOException {
        byte[] written = new XlsxBuilder().sheet("项目1")
                .row(of("1.文化惠民工程绩效目标表"))
                .row(of("346001某某区文化馆"), span("单位：万元", 4))
                .row(of("项目编码"), of("34600125P000000000001"), of("项目名称"), span("文化惠民工程", 2))
                .row(top("预算规模及资金用途"), of("预算数"), of("=n:12.5"), of("财政资金"), of("=n:12.5"))
                .row(below(), span("送戏下乡", 4))
                .row(of("绩效目标"), span("完成送戏下乡演出。", 4))
                .row(Cell.row("一级指标", "二级指标", "三级指标", "指标值", "指标值确定依据"))
                .row(Cell.row("产出指标", "数量指标", "演出场次", "≥2次", "工作计划"))
                .build();
        byte[] file = withFormulaWithoutResult(written, 3, 2, "E4");

        ImportResult result = read("formula.xlsx", file);

        assertThat(result.draft().projects().get(0).budget().total()).isNull();
        assertThat(result.draft().projects().get(0).budget().fiscal()).isEqualByComparingTo("12.5");
        assertThat(result.report().findings(FindingKind.VALUE_NOT_PARSED)).extracting(Finding::location, Finding::problem)
                .contains(tuple(new SourceLocation.SheetCell("formula.xlsx", 1, "项目1", 4, 3),
                        "公式“=E4”没有保存计算结果（文件未经Excel计算后保存）"));
        // the cell is in the report like every other: not mapped, with its formula and why
        assertThat(result.report().notMapped()).extracting(e -> e.location(), e -> e.text(), e -> e.note())
                .contains(tuple(new SourceLocation.SheetCell("formula.xlsx", 1, "项目1", 4, 3), "=E4", "公式没有保存计算结果，未导入"));
        assertThat(result.report().entries()).hasSize(cn.jixiao.templates.importer.fixtures.SourceCounter.xlsx(file));
    }

    /** As a program that writes formulas but never calculates saves them: {@code <f>} and no {@code <v>}. */
    private static byte[] withFormulaWithoutResult(byte[] xlsx, int row, int column, String formula) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFCell cell = workbook.getSheetAt(0).getRow(row).getCell(column);
            cell.setCellFormula(formula);
            if (cell.getCTCell().isSetV()) {
                cell.getCTCell().unsetV();
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** Hubei style: 项目资金 rows with the unit written in each amount, long-term and annual goals, no 一级指标 column. */
    private static DocxBuilder hubeiProject(boolean headerRepeated) {
        DocxBuilder docx = new DocxBuilder()
                .heading("1.文化惠民工程绩效目标表")
                .table(4)
                .row(of("项目名称"), of("文化惠民工程"), of("项目编码"), of("34600125P000000000001"))
                .row(of("主管部门"), of("某某区文化和旅游局"), of("实施单位"), of("346001某某区文化馆"))
                .row(top("项目资金（万元）"), of("年度资金总额"), span("10606.7522万元", 2))
                .row(below(), of("其中：财政拨款"), span("150万", 2))
                .row(below(), of("上年结转"), span("12.3万元", 2))
                .row(below(), of("其他资金"), span("10444.4522万元", 2))
                .row(top("绩效目标"), of("长期目标"), span("三年内实现文化服务全覆盖。", 2))
                .row(below(), of("年度目标"), span("完成送戏下乡演出100场。", 2))
                .endTable()
                .paragraph("")
                .table(4)
                .row(Cell.row("二级指标", "三级指标", "绩效标准", "评（扣）分标准"))
                .row(of("数量指标"), of("演出场次"), of("≥100场"), of("每少1场扣1分"))
                .endTable()
                .paragraph("");
        docx.table(4);
        if (headerRepeated) {
            docx.row(Cell.row("二级指标", "三级指标", "绩效标准", "评（扣）分标准"));
        }
        return docx.row(of("服务对象满意度指标"), of("群众满意度"), of("90%以上"), of("低于90%不得分"))
                .endTable();
    }

    @Test
    void fundRowsWithWrittenUnitsAreAmountsAndTheAnnualGoalStandsAlone() {
        ImportResult result = read("hubei.docx", hubeiProject(true).build());
        Project project = result.draft().projects().get(0);

        assertThat(project.budget().total()).isEqualByComparingTo("10606.7522");
        assertThat(project.budget().fiscal()).isEqualByComparingTo("150");
        assertThat(project.budget().other()).isEqualByComparingTo("10444.4522");
        assertThat(project.purpose()).isEmpty();
        assertThat(project.goal()).isEqualTo("完成送戏下乡演出100场。");
        assertThat(result.report().findings(FindingKind.NOT_MODELLED)).extracting(Finding::problem).containsExactly(
                "上年结转资金“12.3万元”在数据模型中没有单独字段", "长期目标“三年内实现文化服务全覆盖。”在数据模型中没有字段");
        assertThat(result.report().findings(FindingKind.UNIT_GUESSED)).isEmpty();
    }

    @Test
    void anIndicatorTableWithoutLevelOneAndContinuedAfterAPageBreakIsRead() {
        for (boolean repeated : new boolean[]{true, false}) {
            ImportResult result = read("hubei.docx", hubeiProject(repeated).build());
            Project project = result.draft().projects().get(0);

            assertThat(project.indicators()).as("header repeated: " + repeated)
                    .extracting(Indicator::level1, Indicator::level2, Indicator::level3, i -> i.value().text())
                    .containsExactly(tuple("产出指标", "数量指标", "演出场次", "≥100场"),
                            tuple("满意度指标", "服务对象满意度指标", "群众满意度", "90%以上"));
            assertThat(project.indicators().get(1).value().comparator()).isEqualTo(Comparator.GE);
            assertThat(result.report().notMapped()).extracting(e -> e.text(), e -> e.note()).contains(
                    tuple("每少1场扣1分", "评（扣）分标准在数据模型中没有字段，未导入"));
            assertThat(result.report().notMapped()).noneMatch(e -> e.note().equals("未识别的内容"));
        }
    }

    @Test
    void headersNamingTheIndicatorAndItsTargetInOtherWordsAreRecognised() {
        byte[] file = goalTable("346001某某区文化馆").row(Cell.row("一级指标", "二级指标", "指标内容", "当年预期实现值", "指标值确定依据"))
                .row(Cell.row("产出指标", "质量指标", "演出合格率", "95%及以上", "行业标准"))
                .endTable().build();
        Project project = read("hunan.docx", file).draft().projects().get(0);

        assertThat(project.indicators()).extracting(Indicator::level3, i -> i.value().text(), Indicator::basis)
                .containsExactly(tuple("演出合格率", "95%及以上", "行业标准"));
    }

    /** A budget system's flat export: a department total row, unit cells merged down over projects, dashes. */
    private static byte[] flatExport() {
        return new XlsxBuilder().sheet("项目绩效目标")
                .row(of("2025年项目支出绩效目标表"))
                .row(of("单位：元"))
                .row(Cell.row("单位名称", "项目编码", "项目名称", "预算数", "一级指标", "二级指标", "三级指标", "指标值"))
                .row(Cell.row("820-某某区农业农村局", "", "", "8,827,620.53"))
                .row(top("820001-某某区农业农村局本级"), of("82000125P000000000001"), of("农村道路养护"), of("3309840"),
                        of("产出指标"), of("数量指标"), of("养护里程"), of("≥120公里"))
                .row(below(), of("82000125P000000000001"), of("农村道路养护"), of("3309840"),
                        of("满意度指标"), of("服务对象满意度指标"), of("群众满意度"), of("90%以上"))
                .row(below(), of("82000125P000000000002"), of("高标准农田建设"), of("5517780.53"),
                        of("产出指标"), of("质量指标"), of("验收合格率"), of("100%"))
                .row(Cell.row("-某某区农业技术推广站", "82000125P000000000003", "农技推广", "0", "产出指标", "数量指标",
                        "培训人次", "至少200人次"))
                .build();
    }

    @Test
    void aFlatExportsTotalRowIsNoProjectAndMergedUnitsAreCarriedDown() {
        ImportResult result = DisclosureImporter.importFile("flat.xlsx", flatExport(), new ImportTarget(null, null, 2025),
                ImportLimits.defaults());

        assertThat(result.draft().department().code()).isEqualTo("820");
        assertThat(result.draft().department().name()).isEqualTo("某某区农业农村局");
        assertThat(result.draft().projects()).extracting(Project::unitCode, Project::code, p -> p.budget().total())
                .containsExactly(tuple("820001", "82000125P000000000001", new BigDecimal("330.98")),
                        tuple("820001", "82000125P000000000002", new BigDecimal("551.78")),
                        tuple("", "82000125P000000000003", new BigDecimal("0.00")));
        assertThat(result.draft().department().units()).extracting(u -> u.code(), u -> u.name())
                .containsExactly(tuple("820001", "某某区农业农村局本级"));
        assertThat(result.report().notMapped()).extracting(e -> e.text(), e -> e.note())
                .contains(tuple("8,827,620.53", "部门或单位的合计行，不作为项目导入"));
        // the form keeps two decimals of 万元: the import rounds what the conversion makes finer, and says so
        assertThat(result.report().findings(FindingKind.AMOUNT_CONVERTED)).extracting(Finding::problem, Finding::decision)
                .contains(tuple("预算数写作3309840元", "换算为330.984万元，按表单保留两位小数四舍五入为330.98万元，请核对"));
        assertThat(result.report().findings(FindingKind.VALUE_MISSING)).extracting(Finding::problem)
                .contains("单位“-某某区农业技术推广站”没有单位编码");
        assertThat(result.report().notMapped()).noneMatch(e -> e.note().equals(cn.jixiao.templates.importer.report.ReportBuilder.UNCLAIMED));
    }

    @Test
    void theReportSaysWhichLayoutEachFileWasReadAs() {
        ImportTarget seed = new ImportTarget("202", Fixtures.DEPARTMENT, 2025);
        assertThat(Fixtures.importBytes("s.docx", Fixtures.fixture("seed-two-tables.docx"), seed).report().layouts())
                .containsExactly(Layout.PART_ONE_PARAGRAPHS, Layout.PROJECT_TABLES);
        assertThat(Fixtures.importBytes("f.xlsx", Fixtures.fixture("flat-budget-system.xlsx"), seed).report().layouts())
                .containsExactly(Layout.FLAT_EXPORT);
        ImportResult form = Fixtures.importBytes("d.docx", Fixtures.fixture("department-form.docx"), seed);
        assertThat(form.report().layouts()).contains(Layout.DEPARTMENT_FORM);
        assertThat(read("hubei.docx", hubeiProject(true).build()).report().toText())
                .contains("按版式读取：项目绩效目标表（目标表与指标表）");
    }
}
