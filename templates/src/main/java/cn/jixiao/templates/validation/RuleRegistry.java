package cn.jixiao.templates.validation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** All rules by id, in the order their findings are listed when they meet at the same place. */
final class RuleRegistry {

    private static final Map<String, Rule> RULES = new LinkedHashMap<>();

    static {
        for (Rule r : List.of(
                new CustomFieldRequiredRule(), new CustomFieldFormatRule(), new CustomFieldUnknownRule(),
                new FieldRequiredRule(), new FieldMaxLengthRule(), new ItemizedGoalThresholdRule(),
                new ProjectCodeUniqueRule(), new BudgetSumRule(), new BudgetAmountRule(), new SpendPlanRule(),
                new EmptyCellRule(), new IndicatorHierarchyRule(), new IndicatorCoverageRule(),
                new IndicatorDuplicateRule(), new VagueValueRule(), new QualitativeValueRule(), new ValueUnitRule(),
                new PercentRangeRule(), new CostMoneyRule(), new CostSumRule(), new MoneyOutsideCostRule(),
                new SatisfactionPercentRule())) {
            if (RULES.put(r.id(), r) != null) {
                throw new IllegalStateException("duplicate rule id " + r.id());
            }
        }
    }

    private RuleRegistry() {}

    static List<Rule> all() {
        return List.copyOf(RULES.values());
    }

    static Set<String> ids() {
        return Set.copyOf(RULES.keySet());
    }

    static Optional<Rule> find(String id) {
        return Optional.ofNullable(RULES.get(id));
    }
}
