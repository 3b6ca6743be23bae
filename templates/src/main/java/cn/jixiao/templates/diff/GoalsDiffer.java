package cn.jixiao.templates.diff;

import java.util.List;

import cn.jixiao.templates.disclosure.DepartmentGoals;
import cn.jixiao.templates.disclosure.ItemizedGoal;

/** Compares Part 1: paragraphs and itemized goals aligned in order by text similarity. */
final class GoalsDiffer {

    /** Paragraphs at least this alike are one paragraph edited, else one removed and one added. */
    static final double PARAGRAPH_FLOOR = 0.5;

    private GoalsDiffer() {}

    static GoalsChange diff(DepartmentGoals from, DepartmentGoals to) {
        return new GoalsChange(paragraphs(from.overall(), to.overall()), itemized(from.itemized(), to.itemized()),
                paragraphs(from.measures(), to.measures()));
    }

    private static ListChanges<String, ParagraphChange> paragraphs(List<String> from, List<String> to) {
        if (from.equals(to)) {
            return ListChanges.none();
        }
        return ListDiffer.diff(from, to, SequenceAligner.align(from, to, PARAGRAPH_FLOOR), (pair, a, b, moved) -> {
            TextChange text = TextChange.between(a, b);
            return text == null ? null : new ParagraphChange(pair.fromIndex(), pair.toIndex(), text);
        });
    }

    private static ListChanges<ItemizedGoal, ItemizedGoalChange> itemized(List<ItemizedGoal> from,
                                                                          List<ItemizedGoal> to) {
        if (from.equals(to)) {
            return ListChanges.none();
        }
        List<IndexPair> pairs = SequenceAligner.align(texts(from), texts(to), PARAGRAPH_FLOOR);
        return ListDiffer.diff(from, to, pairs, (pair, a, b, moved) -> {
            TextChange title = TextChange.between(a.title(), b.title());
            TextChange goal = TextChange.between(a.goal(), b.goal());
            TextChange indicator = TextChange.between(a.indicator(), b.indicator());
            return title == null && goal == null && indicator == null
                    ? null : new ItemizedGoalChange(pair.fromIndex(), pair.toIndex(), title, goal, indicator);
        });
    }

    private static List<String> texts(List<ItemizedGoal> goals) {
        return goals.stream().map(g -> g.title() + "\n" + g.goal() + "\n" + g.indicator()).toList();
    }
}
