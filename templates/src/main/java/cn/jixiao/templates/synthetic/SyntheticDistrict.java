package cn.jixiao.templates.synthetic;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import cn.jixiao.templates.disclosure.Budget;
import cn.jixiao.templates.disclosure.Department;
import cn.jixiao.templates.disclosure.DepartmentGoals;
import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.disclosure.District;
import cn.jixiao.templates.disclosure.Indicator;
import cn.jixiao.templates.disclosure.IndicatorValue;
import cn.jixiao.templates.disclosure.ItemizedGoal;
import cn.jixiao.templates.disclosure.Project;
import cn.jixiao.templates.disclosure.SpendCheckpoint;
import cn.jixiao.templates.disclosure.Unit;

/**
 * Generates a fictitious district for load tests and benchmarks: by default 80 departments, 200
 * units, 1,500 projects and about 20,000 indicator rows, shaped like real disclosures (the seed's
 * tables, the MoF indicator hierarchy, amounts in 万元 with two decimals). Deterministic for a given
 * seed. Every name says it is fictitious (虚构), so it can never be mistaken for real data.
 */
public final class SyntheticDistrict {

    /** The fictitious district all generated disclosures belong to. */
    public static final District DISTRICT = new District("xugou", "虚构示例区（合成数据）", "990101");

    private static final String[] TOPICS = {"信息化建设", "办公设备购置", "业务培训", "专项督查", "宣传教育", "设施维护", "公共服务",
            "应急保障", "档案管理", "社区治理", "环境整治", "安全生产检查", "法律援助", "人才引进", "文化活动", "课题研究"};
    private static final String[] UNITS_OF_COUNT = {"次", "个", "人次", "项", "场", "台", "份"};
    private static final String[] BASES = {"年初安排", "工作计划", "经验标准", "历史数据", "行业标准", "合同"};
    private static final String[][] OUTPUT = {{"数量指标", "完成数量"}, {"质量指标", "合格率"}, {"时效指标", "按时完成率"}, {"成本指标", "资金成本"}};
    private static final String[] BENEFITS = {"经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"};

    private final Random random;
    private final int fiscalYear;

    private SyntheticDistrict(long seed, int fiscalYear) {
        this.random = new Random(seed);
        this.fiscalYear = fiscalYear;
    }

    /** The default size: 80 departments, 200 units, 1,500 projects. */
    public static List<Disclosure> generate(long seed, int fiscalYear) {
        return generate(seed, fiscalYear, 80, 200, 1500);
    }

    /** Units and projects are spread over the departments as evenly as the numbers allow. */
    public static List<Disclosure> generate(long seed, int fiscalYear, int departments, int units, int projects) {
        if (departments < 1 || units < departments || projects < 0) {
            throw new IllegalArgumentException("need at least one department and one unit per department");
        }
        return new SyntheticDistrict(seed, fiscalYear).departments(departments, units, projects);
    }

    private List<Disclosure> departments(int departments, int units, int projects) {
        List<Disclosure> result = new ArrayList<>(departments);
        for (int d = 0; d < departments; d++) {
            String code = String.valueOf(100 + d);
            int unitCount = share(units, departments, d);
            List<Unit> deptUnits = new ArrayList<>();
            for (int u = 0; u < unitCount; u++) {
                deptUnits.add(new Unit(code + String.format("%03d", u + 1), "虚构第" + (d + 1) + "部门第" + (u + 1) + "单位"));
            }
            Department department = new Department(code, "虚构第" + (d + 1) + "部门（合成数据）", deptUnits);
            int projectCount = share(projects, departments, d);
            List<Project> deptProjects = new ArrayList<>(projectCount);
            for (int p = 0; p < projectCount; p++) {
                deptProjects.add(project(deptUnits.get(p % deptUnits.size()), d, p));
            }
            result.add(new Disclosure(department, fiscalYear, goals(d), deptProjects));
        }
        return result;
    }

    private static int share(int total, int parts, int index) {
        return total / parts + (index < total % parts ? 1 : 0);
    }

    private DepartmentGoals goals(int d) {
        List<ItemizedGoal> itemized = new ArrayList<>();
        for (int i = 0; i < 3 + random.nextInt(4); i++) {
            String topic = pick(TOPICS);
            itemized.add(new ItemizedGoal(topic, "做好全年" + topic + "工作，按计划推进各项任务。",
                    topic + "任务完成率大于" + (85 + random.nextInt(11)) + "%。"));
        }
        return new DepartmentGoals(
                List.of("虚构第" + (d + 1) + "部门围绕年度重点任务，统筹推进各项工作，提升服务质量和资金使用效益（合成数据）。"),
                itemized,
                List.of("1.加强组织领导，明确责任分工。", "2.加强预算执行管理，确保支出进度。", "3.开展绩效运行监控和自评。"));
    }

    private Project project(Unit unit, int d, int p) {
        String topic = pick(TOPICS);
        BigDecimal fiscal = money(1 + random.nextInt(50_000));
        BigDecimal other = random.nextInt(5) == 0 ? money(random.nextInt(10_000)) : null;
        BigDecimal total = other == null ? fiscal : fiscal.add(other);
        String code = "99010" + String.format("%02d", fiscalYear % 100) + "P" + String.format("%03d%04d", d, p) + "100001";
        List<SpendCheckpoint> plan = List.of(
                new SpendCheckpoint("3月底", BigDecimal.valueOf(10 + random.nextInt(20))),
                new SpendCheckpoint("6月底", BigDecimal.valueOf(40 + random.nextInt(20))),
                new SpendCheckpoint("10月底", BigDecimal.valueOf(70 + random.nextInt(20))),
                new SpendCheckpoint("12月底", BigDecimal.valueOf(100)));
        return new Project(unit.code(), code, topic + "经费（虚构" + (p + 1) + "）", new Budget(total, fiscal, other),
                "用于" + topic + "相关工作支出（合成数据）。", plan, "1.按计划完成" + topic + "任务，提升工作质量。",
                indicators(topic, total));
    }

    /** 9 to 19 rows (13.5 on average): the four 产出 kinds with extra 数量 rows, two to four 效益 rows, satisfaction. */
    private List<Indicator> indicators(String topic, BigDecimal total) {
        List<Indicator> rows = new ArrayList<>();
        int extraOutputs = 1 + random.nextInt(8);
        for (String[] kind : OUTPUT) {
            int repeat = kind[0].equals("数量指标") ? 1 + extraOutputs : 1;
            for (int i = 0; i < repeat; i++) {
                String value = switch (kind[0]) {
                    case "数量指标" -> "≥" + (1 + random.nextInt(200)) + pick(UNITS_OF_COUNT);
                    case "质量指标" -> "≥" + (85 + random.nextInt(16)) + "%";
                    case "时效指标" -> "≥" + (85 + random.nextInt(16)) + "%";
                    default -> "≤" + total.stripTrailingZeros().toPlainString() + "万元";
                };
                rows.add(new Indicator("产出指标", kind[0], kind[1] + (i == 0 ? "" : String.valueOf(i + 1)),
                        topic + kind[1], IndicatorValue.parse(value), pick(BASES)));
            }
        }
        int benefits = 2 + random.nextInt(3);
        for (int i = 0; i < benefits; i++) {
            String value = random.nextBoolean() ? "≥" + (80 + random.nextInt(21)) + "%" : (random.nextBoolean() ? "较好" : "显著提升");
            rows.add(new Indicator("效益指标", BENEFITS[i], "工作成效", topic + "成效", IndicatorValue.parse(value), pick(BASES)));
        }
        for (int i = 0; i < 1 + random.nextInt(3); i++) {
            rows.add(new Indicator("满意度指标", "服务对象满意度指标", "满意度" + (i == 0 ? "" : String.valueOf(i + 1)),
                    "服务对象满意度", IndicatorValue.parse("≥" + (85 + random.nextInt(11)) + "%"), "经验标准"));
        }
        return rows;
    }

    private BigDecimal money(int hundredths) {
        return BigDecimal.valueOf(hundredths, 2).setScale(2, RoundingMode.UNNECESSARY);
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
