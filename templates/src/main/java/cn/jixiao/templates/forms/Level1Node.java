package cn.jixiao.templates.forms;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An allowed 一级指标 with its 二级指标.
 *
 * @param name     canonical name, e.g. "产出指标"
 * @param aliases  other accepted spellings
 * @param children allowed 二级指标
 */
public record Level1Node(String name, List<String> aliases, List<Level2Node> children) {
    public Level1Node {
        Objects.requireNonNull(name, "name");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        children = List.copyOf(children);
    }

    /** Whether a written label names this node (with or without the trailing 指标). */
    public boolean matches(String label) {
        return IndicatorNames.same(name, label) || aliases.stream().anyMatch(a -> IndicatorNames.same(a, label));
    }

    /** The 二级指标 under this node that a label names. */
    public Optional<Level2Node> child(String label) {
        return children.stream().filter(c -> c.matches(label)).findFirst();
    }
}
