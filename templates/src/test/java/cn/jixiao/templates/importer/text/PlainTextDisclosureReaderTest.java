package cn.jixiao.templates.importer.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.jixiao.templates.disclosure.Comparator;
import cn.jixiao.templates.disclosure.DepartmentGoals;
import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.disclosure.Indicator;
import cn.jixiao.templates.disclosure.IndicatorValue;
import cn.jixiao.templates.disclosure.ItemizedGoal;
import cn.jixiao.templates.disclosure.Project;
import cn.jixiao.templates.disclosure.SpendCheckpoint;
import cn.jixiao.templates.disclosure.Unit;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import cn.jixiao.templates.testing.SeedDocument;

class PlainTextDisclosureReaderTest {

    private static final String DEPARTMENT = "中共唐山市路南区委唐山市路南区人民政府督查室";
    private static final String UNIT_202001 = "中共唐山市路南区委唐山市路南区人民政府督查室本级";

    private static String seed;
    private static Disclosure disclosure;

    @BeforeAll
    static void readSeed() throws IOException {
        seed = SeedDocument.text();
        disclosure = read(seed);
    }

    private static Disclosure read(String text) {
        return SeedDocument.read(text);
    }

    // ---- department and Part 1 ----

    @Test
    void readsDepartmentAndUnitsInOrderOfFirstAppearance() {
        assertThat(disclosure.fiscalYear()).isEqualTo(2025);
        assertThat(disclosure.department().code()).isEqualTo("202");
        assertThat(disclosure.department().name()).isEqualTo(DEPARTMENT);
        assertThat(disclosure.department().units()).containsExactly(
                new Unit("202001", UNIT_202001),
                new Unit("202003", "唐山市路南区便民服务中心"));
    }

    @Test
    void readsOverallGoalParagraphs() {
        List<String> overall = disclosure.goals().overall();

        assertThat(overall).hasSize(2);
        assertThat(overall.get(0)).startsWith("区委区政府督查室将紧紧围绕市委、市政府和区委、区政府中心工作")
                .endsWith("全区社情民意搜集、整理和反馈工作；纠正“四风”工作。");
        assertThat(overall.get(1)).startsWith("路南区便民服务中心负责对区委、区政府重点工作进行全过程跟踪")
                .endsWith("负责民呼我应热线平台群众反映问题的受理、交办等工作。");
    }

    @Test
    void readsItemizedGoals() {
        List<ItemizedGoal> itemized = disclosure.goals().itemized();

        assertThat(itemized).extracting(ItemizedGoal::title).containsExactly(
                "综合协调", "督促检查", "社情民意管理", "纠“四风”工作", "网络问政", "“民呼我应”热线服务");
        assertThat(itemized.get(0)).isEqualTo(new ItemizedGoal("综合协调",
                "做好全区督导检查工作的谋划、推进与管理。",
                "督导检查工作的谋划、推进与管理工作完成率，全区督导检查工作的谋划、推进与管理工作完成率大于90%。"));
        assertThat(itemized.get(5)).isEqualTo(new ItemizedGoal("“民呼我应”热线服务",
                "做好“民呼我应”等各类热线平台群众反映问题的受理、交办、督导、汇总等工作。",
                "群众反映问题的受理、交办、督导、汇总反馈率大于90%。"));
    }

    @Test
    void readsMeasureParagraphsWithTheirOwnPrefixes() {
        // the seed has 4 numbered measures, the 4th followed by 6 "一是…六是" paragraphs: 10 in all
        List<String> measures = disclosure.goals().measures();

        assertThat(measures).hasSize(10);
        assertThat(measures).extracting(m -> m.substring(0, 2)).containsExactly(
                "1.", "2.", "3.", "4.", "一是", "二是", "三是", "四是", "五是", "六是");
        assertThat(measures.get(0)).isEqualTo("1.加强组织领导。聚焦中心，以督促效，坚持目标导向、问题导向、结果导向，"
                + "不断强化服务意识，有力有序推动市委市政府、区委区政府各项重大决策部署落地落实。");
    }

    // ---- Part 2 ----

    @Test
    void readsProjectHeaders() {
        assertThat(disclosure.projects())
                .extracting(Project::code, Project::name, Project::unitCode)
                .containsExactly(
                        tuple("13020225P008969100011", "督查车辆租用经费", "202001"),
                        tuple("13020225P008897100027", "督查专项检查经费", "202001"),
                        tuple("13020225P00897110001T", "招商引资专项业务费", "202001"),
                        tuple("13020225P008973100016", "区12345政务服务便民热线整合优化工作经费", "202003"));
    }

    @Test
    void readsBudgetsWithTheirWrittenScale() {
        List<Project> projects = disclosure.projects();
        String[] totals = {"3.60", "13.00", "10.00", "50.00"};
        for (int i = 0; i < projects.size(); i++) {
            assertThat(projects.get(i).budget().total()).as("total %d", i + 1).isEqualByComparingTo(totals[i]);
            assertThat(projects.get(i).budget().fiscal()).as("fiscal %d", i + 1).isEqualByComparingTo(totals[i]);
            assertThat(projects.get(i).budget().other()).as("other %d", i + 1).isNull();
        }
        BigDecimal total = projects.get(0).budget().total();
        assertThat(total.compareTo(new BigDecimal("3.6"))).isZero();
        assertThat(total.scale()).isEqualTo(2);
        assertThat(total).isEqualTo(new BigDecimal("3.60"));
    }

    @Test
    void readsPurposeAndGoalAsWritten() {
        Project first = disclosure.projects().get(0);

        assertThat(first.purpose()).isEqualTo("区委区政府督查室负责对上级党委、政府的重大决策部署、会议精神、会议议定、"
                + "领导批示交办等事项的贯彻落实情况进行督促检查。为满足督导检查用车需求特制定本项目     ");
        assertThat(first.goal()).isEqualTo("1.满足督查用车完成区委区政府督查室负责对上级党委、政府的重大决策部署、"
                + "会议精神、会议议定、领导批示交办等事项的贯彻落实情况进行督促检查。");
        assertThat(disclosure.projects().get(2).purpose()).isEqualTo("用于招商活动及相关业务");
    }

    @Test
    void readsSpendPlans() {
        for (Project project : disclosure.projects()) {
            assertThat(project.spendPlan()).as(project.code()).extracting(SpendCheckpoint::label)
                    .containsExactly("3月底", "6月底", "10月底", "12月底");
            assertThat(project.spendPlan()).as(project.code()).extracting(SpendCheckpoint::cumulativePercent)
                    .usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(new BigDecimal(20), new BigDecimal(50), new BigDecimal(80), new BigDecimal(100));
        }
    }

    @Test
    void readsIndicatorCounts() {
        assertThat(disclosure.projects()).extracting(p -> p.indicators().size()).containsExactly(8, 9, 8, 8);
    }

    @Test
    void readsEveryRowOfTheFirstIndicatorTable() {
        assertThat(disclosure.projects().get(0).indicators())
                .extracting(Indicator::level1, Indicator::level2, Indicator::level3, Indicator::description,
                        i -> i.value().text(), Indicator::basis)
                .containsExactly(
                        tuple("产出指标", "成本指标", "资金成本", "租车资金成本", "≤3.6万元", "年初安排"),
                        tuple("产出指标", "数量指标", "车辆", "用车数量", "≥1辆", "工作需求"),
                        tuple("产出指标", "时效指标", "用车完成率", "满足督查用车", "按实际工作需求督查用车", "工作需求"),
                        tuple("产出指标", "质量指标", "合格率", "督查用车合格率", "≥90百分比", "经验标准"),
                        tuple("效益指标", "经济效益指标", "督导检查", "督导检查次数", "根据工作实际需求", "工作需求"),
                        tuple("效益指标", "社会效益指标", "社会稳定和谐", "按时完成督导检查", "≥90百分比", "经验标准"),
                        tuple("效益指标", "可持续影响指标", "长期使用", "长期使用性", "≥1年", "使用时间"),
                        tuple("满意度指标", "服务对象满意度指标", "满意度", "用户使用满意度", "≥90百分比", "经验标准"));
        assertThat(disclosure.projects().get(0).indicators())
                .extracting(i -> i.value().kind())
                .containsExactly(IndicatorValue.Kind.QUANTITATIVE, IndicatorValue.Kind.QUANTITATIVE,
                        IndicatorValue.Kind.QUALITATIVE, IndicatorValue.Kind.QUANTITATIVE, IndicatorValue.Kind.QUALITATIVE,
                        IndicatorValue.Kind.QUANTITATIVE, IndicatorValue.Kind.QUANTITATIVE, IndicatorValue.Kind.QUANTITATIVE);
    }

    @Test
    void fillsMergedLevelsOnContinuationRows() {
        Indicator timeliness = disclosure.projects().get(3).indicators().stream()
                .filter(i -> i.level2().equals("时效指标")).findFirst().orElseThrow();

        assertThat(timeliness.level1()).isEqualTo("产出指标");
        assertThat(timeliness.value().text()).isEqualTo("≤38万元");
        assertThat(timeliness.value().comparator()).isEqualTo(Comparator.LE);
        assertThat(timeliness.value().number()).isEqualByComparingTo("38");
        assertThat(timeliness.value().isMoney()).isTrue();
        assertThat(disclosure.projects()).flatExtracting(Project::indicators)
                .allSatisfy(i -> assertThat(i.level1()).isNotEmpty())
                .allSatisfy(i -> assertThat(i.level2()).isNotEmpty());
    }

    // ---- completeness, checked against the raw file rather than the reader's own tokenizer ----

    private static final Set<String> HEADER_LABELS = Set.of(
            "一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据", "项目编码", "项目名称",
            "预算规模及资金用途", "预算数", "其中：财政资金", "其他资金", "资金支出计划（%）", "绩效目标", "单位：万元");

    @Test
    void everyTableCellOfTheSeedEndsUpInTheModel() {
        Set<String> values = new HashSet<>();
        List<BigDecimal> amounts = new ArrayList<>();
        for (Unit unit : disclosure.department().units()) {
            values.add(unit.code() + unit.name());
        }
        for (Project p : disclosure.projects()) {
            values.addAll(List.of(p.unitCode(), p.code(), p.name(), p.purpose(), p.goal()));
            Stream.of(p.budget().total(), p.budget().fiscal(), p.budget().other())
                    .filter(Objects::nonNull).forEach(amounts::add);
            for (SpendCheckpoint c : p.spendPlan()) {
                values.add(c.label());
                values.add(c.cumulativePercent().toPlainString() + "%");
            }
            for (Indicator i : p.indicators()) {
                values.addAll(List.of(i.level1(), i.level2(), i.level3(), i.description(), i.value().text(), i.basis()));
            }
        }

        List<String> cells = seed.lines()
                .filter(l -> l.startsWith("\t"))
                .map(l -> l.substring(1))
                .filter(c -> !isBlank(c))
                .filter(c -> !HEADER_LABELS.contains(c.replaceAll("\\s+", "")))
                .toList();
        List<String> missing = cells.stream()
                .filter(c -> !values.contains(c) && !isAmount(c, amounts))
                .toList();

        assertThat(cells).hasSize(237); // 297 non-blank cells minus 60 header labels
        assertThat(missing).as("cells not found in the parsed disclosure").isEmpty();
    }

    @Test
    void everyPart1ParagraphOfTheSeedEndsUpInTheModel() {
        DepartmentGoals goals = disclosure.goals();
        Set<String> values = new HashSet<>(goals.overall());
        values.addAll(goals.measures());
        for (int i = 0; i < goals.itemized().size(); i++) {
            ItemizedGoal item = goals.itemized().get(i);
            values.add((i + 1) + "." + item.title());
            values.add("绩效目标：" + item.goal());
            values.add("绩效指标：" + item.indicator());
        }
        Set<String> headings = Set.of("第一部分", "部门整体绩效目标", "一、总体绩效目标", "二、分项绩效目标", "三、工作保障措施");

        List<String> paragraphs = new ArrayList<>();
        for (String line : seed.lines().toList()) {
            String text = line.replaceFirst("^\\[bookmark:[^]]*]", "");
            if (text.strip().equals("第二部分")) {
                break;
            }
            if (!isBlank(text) && !headings.contains(text.strip())) {
                paragraphs.add(text);
            }
        }
        List<String> missing = paragraphs.stream().filter(p -> !values.contains(p)).toList();

        assertThat(paragraphs).hasSize(2 + 6 * 3 + 10);
        assertThat(missing).as("Part 1 paragraphs not found in the parsed disclosure").isEmpty();
    }

    private static boolean isBlank(String s) {
        return s.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
    }

    private static boolean isAmount(String cell, List<BigDecimal> amounts) {
        if (!Pattern.matches("\\d+(\\.\\d+)?", cell)) {
            return false;
        }
        BigDecimal value = new BigDecimal(cell);
        return amounts.stream().anyMatch(a -> a.compareTo(value) == 0);
    }

    // ---- tolerated variants ----

    @Test
    void windowsLineEndingsAndByteOrderMarkGiveTheSameResult() {
        assertThat(read("\uFEFF" + seed.replace("\n", "\r\n"))).isEqualTo(disclosure);
    }

    @Test
    void budgetLabelsMayBeWrittenWithoutSpacesOrWithAsciiColon() {
        assertThat(read(seed.replace("其中：财政    资金", "其中:财政资金"))).isEqualTo(disclosure);
        assertThat(read(seed.replace("其中：财政    资金", "其中： 财政资金").replace("\t预算数\n", "\t预算 数\n")))
                .isEqualTo(disclosure);
    }

    @Test
    void readsPart2WithoutPart1() {
        Disclosure part2Only = read(seed.substring(seed.indexOf("第二部分")));

        assertThat(part2Only.goals()).isEqualTo(DepartmentGoals.empty());
        assertThat(part2Only.projects()).isEqualTo(disclosure.projects());
    }

    @Test
    void readsPart1WithoutPart2() {
        Disclosure part1Only = read(seed.substring(0, seed.indexOf("第二部分")));

        assertThat(part1Only.goals()).isEqualTo(disclosure.goals());
        assertThat(part1Only.projects()).isEmpty();
        assertThat(part1Only.department().units()).isEmpty();
    }

    @Test
    void blankLinesInsideAnIndicatorTableDoNotEndIt() {
        assertThat(read(seed.replaceFirst("\t年初安排\n\n", "\t年初安排\n \n"))).isEqualTo(disclosure);
        assertThat(read(seed.replaceFirst("\t年初安排\n\n", "\t年初安排\n\n\n"))).isEqualTo(disclosure);
    }

    @Test
    void keepsAnIndicatorValueThatDoesNotParseAsText() {
        Indicator vehicles = read(seed.replaceFirst("\t≥1辆\n", "\t≥约一辆\n")).projects().get(0).indicators().get(1);

        assertThat(vehicles.value().text()).isEqualTo("≥约一辆");
        assertThat(vehicles.value().kind()).isEqualTo(IndicatorValue.Kind.QUALITATIVE);
    }

    @Test
    void modelListsAreImmutable() {
        assertThat(disclosure.projects()).isUnmodifiable();
        assertThat(disclosure.projects().get(0).indicators()).isUnmodifiable();
        assertThat(disclosure.goals().measures()).isUnmodifiable();
    }

    // ---- errors ----

    @Test
    void rejectsTextThatIsNotADisclosure() {
        assertThatThrownBy(() -> read("关于召开全区工作会议的通知\n请各单位准时参加。\n"))
                .isInstanceOf(DisclosureFormatException.class)
                .isInstanceOf(RuntimeException.class)
                .hasMessage("不是预算绩效目标公开文本：既没有第一部分部门整体绩效目标，也没有第二部分项目绩效目标表");
        assertThatThrownBy(() -> read(""))
                .isInstanceOf(DisclosureFormatException.class)
                .hasMessageStartingWith("不是预算绩效目标公开文本");
    }

    @Test
    void rejectsProjectTableWithoutProjectCode() {
        String text = "第二部分\n1.测试项目绩效目标表\n\t202001测试单位\n\t单位：万元\n\n\t项目名称\n\t测试项目\n\n";

        assertThatThrownBy(() -> read(text))
                .isInstanceOf(DisclosureFormatException.class)
                .hasMessage("第1个项目表：项目表没有项目编码");
    }

    @Test
    void rejectsAmountThatIsNotANumber() {
        String text = seed.replaceFirst("\t预算数\n\t13\\.00\n", "\t预算数\n\tabc\n");

        assertThatThrownBy(() -> read(text))
                .isInstanceOf(DisclosureFormatException.class)
                .hasMessage("第2个项目表：预算数“abc”不是数字");
    }

    @Test
    void rejectsOtherFundsThatAreNotANumber() {
        String text = seed.replaceFirst("\t10\\.00\n\t其他资金\n\t \n", "\t10.00\n\t其他资金\n\t十万\n");

        assertThatThrownBy(() -> read(text))
                .isInstanceOf(DisclosureFormatException.class)
                .hasMessage("第3个项目表：其他资金“十万”不是数字");
    }

    @Test
    void rejectsSpendPercentThatIsNotANumber() {
        String text = seed.replaceFirst("\t50%\n", "\t五成\n");

        assertThatThrownBy(() -> read(text))
                .isInstanceOf(DisclosureFormatException.class)
                .hasMessage("第1个项目表：资金支出计划“五成”不是百分比");
    }

    @Test
    void rejectsIndicatorRowWithMissingCells() {
        String text = seed.replaceFirst("\t≤3\\.6万元\n\t年初安排\n", "\t≤3.6万元\n");

        assertThatThrownBy(() -> read(text))
                .isInstanceOf(DisclosureFormatException.class)
                .hasMessage("第1个项目表：绩效指标表第1行只有5列，应有6列");
    }

    @Test
    void rejectsIndicatorTablesWhoseCellsDoNotLineUpWithTheHeader() {
        assertThatThrownBy(() -> read(seed.replaceFirst("\t二级指标\n", "")))
                .isInstanceOf(DisclosureFormatException.class)
                .hasMessage("第1个项目表：绩效指标表没有“二级指标”列");
        // an extra header cell: every row would be one cell short, its cells under the wrong headers
        assertThatThrownBy(() -> read(seed.replaceFirst("\t二级指标\n", "\t序号\n\t二级指标\n")))
                .isInstanceOf(DisclosureFormatException.class)
                .hasMessage("第1个项目表：绩效指标表第1行只有6列，应有7列");
    }

    @Test
    void rejectsUnitWithoutCode() {
        String text = seed.replaceFirst("\t202003唐山市路南区便民服务中心\n", "\t唐山市路南区便民服务中心\n");

        assertThatThrownBy(() -> read(text))
                .isInstanceOf(DisclosureFormatException.class)
                .hasMessage("第4个项目表：单位“唐山市路南区便民服务中心”没有以单位编码开头");
    }
}
