package cn.jixiao.templates.diff.view;

import static cn.jixiao.templates.diff.view.GridBuilder.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import cn.jixiao.templates.diff.Added;
import cn.jixiao.templates.diff.ListChanges;
import cn.jixiao.templates.diff.Removed;
import cn.jixiao.templates.diff.TextChange;

/**
 * One row of a side-by-side table: what it is, how it changed, the old and the new text.
 *
 * @param position where it stands (new position; old position for what was removed), for the row order
 * @param label    what changed, e.g. "第3段", "项目名称"
 * @param change   how it changed, e.g. "新增", "目标提高"; {@code null} when the label says it
 * @param before   last year's text with deletions marked
 * @param after    this year's text with insertions marked
 */
record SideRow(int position, String label, String change, Rich before, Rich after) {

    /** A changed text: both sides from the same edits. */
    static SideRow of(int position, String label, String change, TextChange text) {
        return new SideRow(position, label, change, Rich.before(text), Rich.after(text));
    }

    /** Adds the row of a changed text; nothing when {@code text} is {@code null} (unchanged). */
    static void addIfChanged(List<SideRow> rows, int position, String label, String change, TextChange text) {
        if (text != null) {
            rows.add(of(position, label, change, text));
        }
    }

    /** Rows for the items only in the new version and only in the old one, each shown whole. */
    static <T> List<SideRow> addedAndRemoved(ListChanges<T, ?> changes, Function<T, String> label,
                                             Function<T, String> text) {
        List<SideRow> rows = new ArrayList<>();
        for (Added<T> a : changes.added()) {
            rows.add(new SideRow(a.toIndex(), label.apply(a.item()), "新增", Rich.EMPTY,
                    Rich.of(Rich.Mark.INSERTED, text.apply(a.item()))));
        }
        for (Removed<T> r : changes.removed()) {
            rows.add(new SideRow(r.fromIndex(), label.apply(r.item()), "删除",
                    Rich.of(Rich.Mark.DELETED, text.apply(r.item())), Rich.EMPTY));
        }
        return rows;
    }

    /** Adds rows to a three-column table (内容, old, new), the change put after the label. */
    static void addTo(GridBuilder grid, List<SideRow> rows) {
        for (SideRow row : sorted(rows)) {
            String label = row.change() == null ? row.label() : row.label() + "（" + row.change() + "）";
            grid.row(GridBuilder.label(label), text(row.before()), text(row.after()));
        }
    }

    /** Adds rows to a four-column table (what, change, old, new); rows of one item share its label cell. */
    static void addWithChangeTo(GridBuilder grid, List<SideRow> rows) {
        List<SideRow> sorted = sorted(rows);
        for (int i = 0; i < sorted.size(); i++) {
            SideRow row = sorted.get(i);
            if (i == 0 || !sameItem(sorted.get(i - 1), row)) {
                int span = 1;
                while (i + span < sorted.size() && sameItem(row, sorted.get(i + span))) {
                    span++;
                }
                grid.row(GridBuilder.label(row.label(), span), text(row.change()), text(row.before()), text(row.after()));
            } else {
                grid.row(text(row.change()), text(row.before()), text(row.after()));
            }
        }
    }

    private static boolean sameItem(SideRow a, SideRow b) {
        return a.position() == b.position() && a.label().equals(b.label());
    }

    private static List<SideRow> sorted(List<SideRow> rows) {
        return rows.stream().sorted(Comparator.comparingInt(SideRow::position)).toList();
    }
}
