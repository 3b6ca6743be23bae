package cn.jixiao.templates.diff;

import java.math.BigDecimal;
import java.util.List;

import cn.jixiao.templates.disclosure.Budget;
import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.disclosure.Indicator;
import cn.jixiao.templates.disclosure.IndicatorValue;
import cn.jixiao.templates.disclosure.Project;
import cn.jixiao.templates.disclosure.SpendCheckpoint;

/** The seed's 2026 roll-forward with known edits, shared by the seed test and the benchmark. */
final class SeedScenario {

    static final String MEASURE_3 = "3.加强跟踪落实。针对周期较长的事项，要以“钉钉子”精神和“绣花”功夫全程跟踪，抓好落实，"
            + "做到事事有回音，件件有落实";

    static final Project NEW_PROJECT = new Project("202003", "13020226P009001100018", "民呼我应热线平台运行维护经费",
            new Budget(new BigDecimal("20.00"), new BigDecimal("20.00"), null),
            "用于民呼我应热线平台日常运行维护、系统升级和数据安全保障。",
            List.of(new SpendCheckpoint("6月底", new BigDecimal("50")), new SpendCheckpoint("12月底", new BigDecimal("100"))),
            "1.保障热线平台全年稳定运行。",
            List.of(new Indicator("产出指标", "数量指标", "平台运行", "平台运行天数", IndicatorValue.parse("≥365天"), "工作需求"),
                    new Indicator("满意度指标", "服务对象满意度指标", "满意度", "群众满意度", IndicatorValue.parse("≥90%"), "经验标准")));

    /** 2026 from the seed: project 1 renamed, 2 given more money, 3 removed, 4 with a tighter target, one added. */
    static Disclosure edited2026() {
        Disclosure d = Edits.rollForward(Edits.seed(), 2026);
        d = Edits.project(d, 0, p -> Edits.name(p, "督查车辆租赁经费"));
        d = Edits.project(d, 1, p -> Edits.budget(p, new Budget(new BigDecimal("15.00"), new BigDecimal("15.00"), null)));
        d = Edits.project(d, 3, p -> Edits.indicator(p, 3, r -> Edits.value(r, "≥95百分比")));
        d = Edits.removeProject(d, 2);
        d = Edits.insertProject(d, 3, NEW_PROJECT);
        return Edits.measure(d, 2, MEASURE_3 + "，定期通报进展。");
    }

    private SeedScenario() {}
}
