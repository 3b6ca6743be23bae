package cn.jixiao.platform.testing;

import java.util.List;

import cn.jixiao.platform.demo.DemoSeed;
import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.disclosure.Indicator;
import cn.jixiao.templates.disclosure.IndicatorValue;
import cn.jixiao.templates.disclosure.Project;

/** Disclosures for tests that need content the default template accepts. */
public final class TestDisclosures {

    private TestDisclosures() {
    }

    /** The seed with its three errors fixed: money values outside 成本指标 (e.g. 时效指标 ≤38万元) become ≥90%. */
    public static Disclosure seedWithoutErrors() {
        Disclosure seed = DemoSeed.disclosure();
        List<Project> projects = seed.projects().stream().map(p -> new Project(p.unitCode(), p.code(), p.name(), p.budget(),
                p.purpose(), p.spendPlan(), p.goal(), p.indicators().stream().map(TestDisclosures::fixMoneyOutsideCost).toList()))
                .toList();
        return new Disclosure(seed.department(), seed.fiscalYear(), seed.goals(), projects);
    }

    private static Indicator fixMoneyOutsideCost(Indicator i) {
        if (!i.value().isMoney() || i.level2().startsWith("成本")) {
            return i;
        }
        return new Indicator(i.level1(), i.level2(), i.level3(), i.description(), IndicatorValue.parse("≥90%"), i.basis());
    }
}
