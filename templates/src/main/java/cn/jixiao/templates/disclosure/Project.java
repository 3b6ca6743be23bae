package cn.jixiao.templates.disclosure;

import java.util.List;
import java.util.Objects;

/**
 * A budget project (预算项目) with its goal table (项目绩效目标表) and indicator table.
 *
 * @param unitCode   code of the {@link Unit} that owns the project
 * @param code       项目编码, e.g. "13020225P008969100011"
 * @param name       项目名称
 * @param budget     预算规模
 * @param purpose    资金用途 as written
 * @param spendPlan  资金支出计划 checkpoints in document order
 * @param goal       绩效目标 as written
 * @param indicators 绩效指标 rows in document order
 */
public record Project(String unitCode, String code, String name, Budget budget, String purpose,
                                            List<SpendCheckpoint> spendPlan, String goal, List<Indicator> indicators) {
    public Project {
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(purpose, "purpose");
        spendPlan = List.copyOf(spendPlan);
        Objects.requireNonNull(goal, "goal");
        indicators = List.copyOf(indicators);
    }
}
