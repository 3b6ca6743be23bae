package cn.jixiao.templates.forms;

import java.util.List;
import java.util.Objects;

/**
 * An allowed 二级指标.
 *
 * @param name         canonical name, e.g. "时效指标"
 * @param aliases      other accepted spellings
 * @param expects      what its 指标值 should be
 * @param moneyAllowed whether a money amount is acceptable here
 */
public record Level2Node(String name, List<String> aliases, ValueExpectation expects, boolean moneyAllowed) {
    public Level2Node {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(expects, "expects");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    /** Whether a written label names this node (with or without the trailing 指标). */
    public boolean matches(String label) {
        return IndicatorNames.same(name, label) || aliases.stream().anyMatch(a -> IndicatorNames.same(a, label));
    }
}
