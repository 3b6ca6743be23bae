package cn.jixiao.templates.forms;

import java.util.List;
import java.util.Optional;

/**
 * The allowed 一级/二级 indicator hierarchy of a template.
 *
 * @param level1 一级指标 in display order
 */
public record IndicatorHierarchy(List<Level1Node> level1) {
    public IndicatorHierarchy {
        level1 = List.copyOf(level1);
    }

    /** The 一级指标 a label names. */
    public Optional<Level1Node> find(String level1Label) {
        return level1.stream().filter(n -> n.matches(level1Label)).findFirst();
    }

    /** The 二级指标 a pair of labels names, empty when either is unknown or the pair does not belong together. */
    public Optional<Level2Node> find(String level1Label, String level2Label) {
        return find(level1Label).flatMap(n -> n.child(level2Label));
    }

    /** The 一级指标 nodes that have a child the label names, to explain a misplaced 二级指标. */
    public List<Level1Node> parentsOf(String level2Label) {
        return level1.stream().filter(n -> n.child(level2Label).isPresent()).toList();
    }
}
