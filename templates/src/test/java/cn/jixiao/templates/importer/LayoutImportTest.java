package cn.jixiao.templates.importer;

import static cn.jixiao.templates.importer.Fixtures.DEPARTMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.jixiao.templates.disclosure.Budget;
import cn.jixiao.templates.disclosure.Comparator;
import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.disclosure.Indicator;
import cn.jixiao.templates.disclosure.IndicatorValue;
import cn.jixiao.templates.disclosure.ItemizedGoal;
import cn.jixiao.templates.disclosure.Project;
import cn.jixiao.templates.disclosure.SpendCheckpoint;
import cn.jixiao.templates.disclosure.Unit;
import cn.jixiao.templates.importer.fixtures.ImportFixtures;
import cn.jixiao.templates.importer.fixtures.LayoutFixtures;
import cn.jixiao.templates.importer.report.Finding;
import cn.jixiao.templates.importer.report.FindingKind;
import cn.jixiao.templates.importer.report.ImportReport;
import cn.jixiao.templates.importer.report.SourceEntry;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each supported layout other than the seed's, against values written out by hand. */
class LayoutImportTest {

    private static final Unit UNIT_202001 = new Unit("202001", "中共唐山市路南区委唐山市路南区人民政府督查室本级");
    private static final Unit UNIT_202003 = new Unit("202003", "唐山市路南区便民服务中心");

    private static Indicator indicator(String l1, String l2, String l3, String description, String value, String basis) {
        return new Indicator(l1, l2, l3, description, IndicatorValue.parse(value), basis);
    }

    // ---- flat export: one row per indicator, split value columns, amounts in 元 ----

    private static final List<Project> FLAT_PROJECTS = List.of(
            new Project("202001", "13020225P008969100011", "督查车辆租用经费",
                    new Budget(new BigDecimal("3.60"), new BigDecimal("3.60"), null), "", List.of(),
                    "满足督查用车需求，完成督促检查工作。", List.of(
                    indicator("产出指标", "成本指标", "资金成本", "", "≤3.6万元", "年初安排"),
                    indicator("产出指标", "数量指标", "车辆", "", "≥1辆", "工作需求"),
                    indicator("产出指标", "质量指标", "合格率", "", "≥90％", "经验标准"),
                    indicator("效益指标", "社会效益指标", "按时完成督导检查", "", "较好", "经验标准"),
                    indicator("满意度指标", "服务对象满意度指标", "用户满意度", "", "≥90%", "经验标准"))),
            new Project("202003", "13020225P008973100016", "区12345政务服务便民热线整合优化工作经费",
                    new Budget(new BigDecimal("50.00"), new BigDecimal("45.00"), new BigDecimal("5.00")), "", List.of(),
                    "稳步推进我区政务服务便民热线整合优化工作。", List.of(
                    indicator("产出指标", "数量指标", "话务员人数", "", "=4人", "合同"),
                    indicator("产出指标", "时效指标", "工单办结时限", "", "≤3个工作日", "工作要求"),
                    indicator("满意度指标", "服务对象满意度指标", "群众满意度", "", "≥90%", "经验标准"))));

    @ParameterizedTest
    @ValueSource(strings = {"flat-budget-system.docx", "flat-budget-system.xlsx"})
    void flatExportIsReadRowPerIndicatorWithAmountsConvertedFromYuan(String fixture) {
        ImportResult result = Fixtures.importBytes(fixture, Fixtures.fixture(fixture), new ImportTarget("202", DEPARTMENT, 2025));
        Disclosure d = result.draft();
        ImportReport report = result.report();

        assertThat(d.department().units()).containsExactly(UNIT_202001, UNIT_202003);
        assertThat(d.projects()).containsExactlyElementsOf(FLAT_PROJECTS);
        assertThat(d.projects().get(0).budget().total()).isEqualTo(new BigDecimal("3.60")); // scale 2, exact
        assertThat(d.projects().get(0).indicators().get(2).value())
                .extracting(IndicatorValue::comparator, IndicatorValue::number, IndicatorValue::unit)
                .containsExactly(Comparator.GE, new BigDecimal("90"), "%");

        assertThat(report.findings(FindingKind.AMOUNT_CONVERTED)).extracting(Finding::problem, Finding::decision).containsExactly(
                tuple("预算数写作36000.00元", "换算为3.60万元（精确换算，未舍入）"),
                tuple("财政资金写作36000.00元", "换算为3.60万元（精确换算，未舍入）"),
                tuple("预算数写作500000.00元", "换算为50.00万元（精确换算，未舍入）"),
                tuple("财政资金写作450000.00元", "换算为45.00万元（精确换算，未舍入）"),
                tuple("其他资金写作50000.00元", "换算为5.00万元（精确换算，未舍入）"));
        assertThat(report.findings(FindingKind.UNIT_GUESSED)).singleElement()
                .extracting(Finding::decision).isEqualTo("按百分比理解，单位记为“%”");
        assertThat(report.findings(FindingKind.VALUE_COMPOSED)).extracting(Finding::decision).contains("比较符号取“≥”");
        assertThat(report.findings(FindingKind.HEADER_NOT_RECOGNIZED)).singleElement()
                .extracting(Finding::problem).isEqualTo("项目绩效目标表的列标题“备注”无法识别");
        assertThat(report.findings(FindingKind.COLUMN_MISSING)).extracting(Finding::problem)
                .containsExactly("项目绩效目标表没有“绩效指标描述”列");

        // weights, sequence numbers, the unknown column and the totals row are listed, each with its reason
        assertThat(report.notMapped()).extracting(SourceEntry::text).contains("20", "40", "新增项目", "备注");
        assertThat(report.notMapped()).filteredOn(e -> e.note().startsWith("权重")).hasSize(8);
        assertThat(report.notMapped()).filteredOn(e -> e.note().startsWith("序号")).hasSize(8);
        // the composed value names its three cells
        assertThat(report.sourcesOf("projects[0].indicators[0].value")).hasSize(3);
    }

    @Test
    void flatExportTakesTheDepartmentFromItsUnitsWhenNotGiven() {
        ImportResult result = Fixtures.importBytes("flat.xlsx", Fixtures.fixture("flat-budget-system.xlsx"),
                new ImportTarget(null, null, 2025));

        assertThat(result.draft().department().code()).isEqualTo("202");
        assertThat(result.draft().department().name()).isEqualTo(DEPARTMENT);
        assertThat(result.report().findings(FindingKind.DEPARTMENT_INFERRED)).hasSize(2);
    }

    // ---- 2021 template: 成本指标 is its own 一级指标; other labels and order ----

    @Test
    void layout2021ReadsCostAsALevelOneIndicatorAndTheDepartmentFromItsTables() {
        ImportResult result = Fixtures.importBytes("2021.docx", Fixtures.fixture("layout-2021.docx"),
                new ImportTarget("202", null, 2021));
        Disclosure d = result.draft();

        assertThat(d.fiscalYear()).isEqualTo(2021);
        assertThat(d.department().name()).isEqualTo(DEPARTMENT);
        assertThat(d.department().units()).containsExactly(UNIT_202001, UNIT_202003);
        assertThat(d.projects()).containsExactly(
                new Project("202001", "13020221P00897110001T", "招商引资专项业务费",
                        new Budget(new BigDecimal("10.00"), new BigDecimal("10.00"), null), "", List.of(),
                        "按照领导部署要求，始终把招商引资放在全区经济发展的首位来抓。", List.of(
                        indicator("产出指标", "数量指标", "招商活动次数", "", "≥1次", ""),
                        indicator("产出指标", "质量指标", "招商完成情况", "", "能参与招商活动", ""),
                        indicator("产出指标", "时效指标", "完成时间", "", "截至年底完成", ""),
                        indicator("效益指标", "经济效益指标", "招商成果", "", "较好", ""),
                        indicator("效益指标", "社会效益指标", "为招商引资提供支持", "", "较好", ""),
                        indicator("成本指标", "经济成本指标", "资金成本", "", "≤10万元", ""),
                        indicator("成本指标", "社会成本指标", "社会成本", "", "无", ""),
                        indicator("满意度指标", "服务对象满意度指标", "企业满意度", "", "≥90%", ""))),
                new Project("202003", "13020221P008973100016", "区12345政务服务便民热线工作经费",
                        new Budget(new BigDecimal("50.00"), new BigDecimal("50.00"), null), "", List.of(),
                        "稳步推进我区政务服务便民热线整合优化工作。", List.of(
                        indicator("产出指标", "数量指标", "话务员人数", "", "=4人", ""),
                        indicator("成本指标", "经济成本指标", "劳务外包费用", "", "≤38万元", ""),
                        indicator("满意度指标", "服务对象满意度指标", "服务对象满意度", "", "≥90%", ""))));
        assertThat(result.report().findings(FindingKind.UNIT_GUESSED)).isEmpty(); // "项目资金（万元）" states it
        assertThat(result.report().findings(FindingKind.COLUMN_MISSING)).extracting(Finding::problem)
                .containsExactly("绩效指标表没有“绩效指标描述”列", "绩效指标表没有“指标值确定依据”列",
                        "绩效指标表没有“绩效指标描述”列", "绩效指标表没有“指标值确定依据”列");
        assertThat(result.report().findings(FindingKind.DEPARTMENT_INFERRED)).singleElement()
                .extracting(Finding::decision).isEqualTo("采用文件中的部门名称“" + DEPARTMENT + "”");
    }

    // ---- department-level form ----

    @Test
    void departmentFormBecomesPartOneAndWhatTheModelLacksIsListed() {
        Disclosure seed = ImportFixtures.seed();
        ImportResult result = Fixtures.importBytes("form.docx", Fixtures.fixture("department-form.docx"),
                new ImportTarget(null, null, 2025));
        Disclosure d = result.draft();

        assertThat(d.department().code()).isEqualTo("202");
        assertThat(d.department().name()).isEqualTo(DEPARTMENT);
        assertThat(d.goals().overall()).containsExactly(
                LayoutFixtures.FORM_OVERALL.get(0), LayoutFixtures.FORM_OVERALL.get(1),
                LayoutFixtures.FORM_ANNUAL.get(0), LayoutFixtures.FORM_ANNUAL.get(1));
        assertThat(d.goals().itemized()).containsExactly(
                new ItemizedGoal("督查事项办理数", "全年办理督查事项数量", "≥100件"),
                new ItemizedGoal("督查事项办结率", "督查事项按期办结的比例", "≥90%"),
                new ItemizedGoal("群众反映问题办结率", "群众反映问题线索办结的比例", "≥90%"),
                new ItemizedGoal("服务对象满意度", "服务对象对督查工作的满意程度", "≥90%"));
        assertThat(d.goals().measures()).isEmpty();
        assertThat(d.projects()).containsExactly(seed.projects().get(0));

        ImportReport report = result.report();
        assertThat(report.findings(FindingKind.NOT_MODELLED)).hasSize(2);
        assertThat(report.notMapped()).extracting(SourceEntry::text)
                .contains("76.60", "产出指标", "数量指标", "问卷调查");
        assertThat(report.mapped()).anySatisfy(e -> assertThat(e.text()).isEqualTo("总 体 目 标"));
    }

    // ---- other column orders, labels with blanks and line breaks, full-width symbols ----

    @Test
    void columnsInAnyOrderAndLabelsWithBlanksOrLineBreaksAreRecognised() {
        ImportResult result = Fixtures.importBytes("variants.docx", Fixtures.fixture("variants.docx"),
                new ImportTarget("202", DEPARTMENT, 2025));
        Disclosure d = result.draft();

        assertThat(d.goals().overall()).containsExactly("做好全区招商引资督导工作。");
        assertThat(d.goals().itemized()).containsExactly(
                new ItemizedGoal("综合协调", "做好全区督导检查工作的谋划、推进与管理。", "完成率大于90%。"));
        assertThat(d.goals().measures()).containsExactly("1.加强组织领导。");
        assertThat(d.projects()).singleElement().isEqualTo(new Project("202001", "13020225P00897110001T", "招商引资专项业务费",
                new Budget(new BigDecimal("10.00"), new BigDecimal("8.00"), new BigDecimal("2.00")), "用于招商活动及相关业务",
                List.of(new SpendCheckpoint("3月底", new BigDecimal("20")), new SpendCheckpoint("6月底", new BigDecimal("50")),
                        new SpendCheckpoint("10月底", new BigDecimal("80")), new SpendCheckpoint("12月底", new BigDecimal("100"))),
                "按照领导部署要求，优化企业发展环境。", List.of(
                indicator("产出指标", "数量指标", "招商活动次数", "招商活动次数", "＞＝1次", "工作经验"),
                indicator("产出指标", "质量指标", "招商完成率", "招商任务完成比例", "≥ 95%", "工作经验"),
                indicator("产出指标", "成本指标", "资金成本", "根据实际情况使用资金", "<=10万元", "招商需求"),
                indicator("满意度指标", "服务对象满意度指标", "企业满意度", "企业满意度", "＞90％", "工作经验"))));
        assertThat(d.projects().get(0).indicators()).extracting(i -> i.value().comparator())
                .containsExactly(Comparator.GE, Comparator.GE, Comparator.LE, Comparator.GT);
        assertThat(result.report().findings()).isEmpty();
        assertThat(result.report().notMapped()).isEmpty();
    }
}
