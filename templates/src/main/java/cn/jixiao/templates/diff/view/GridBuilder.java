package cn.jixiao.templates.diff.view;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import cn.jixiao.templates.diff.view.ViewNode.Grid;
import cn.jixiao.templates.diff.view.ViewNode.GridCell;
import cn.jixiao.templates.diff.view.ViewNode.GridRow;
import cn.jixiao.templates.render.ProjectTables;
import cn.jixiao.templates.render.TableModel.Role;

/** Builds a {@link Grid} row by row, its columns sharing the A4 text width in the given proportions. */
final class GridBuilder {

    private final String caption;
    private final String cssClass;
    private final List<Integer> widths;
    private final List<GridRow> rows = new ArrayList<>();
    private int bodyRows;

    /**
     * @param weights relative column widths
     */
    GridBuilder(String caption, String cssClass, int... weights) {
        this.caption = caption;
        this.cssClass = cssClass;
        int sum = Arrays.stream(weights).sum();
        List<Integer> w = new ArrayList<>();
        int used = 0;
        for (int i = 0; i < weights.length; i++) {
            int width = i == weights.length - 1
                    ? ProjectTables.TEXT_WIDTH - used
                    : ProjectTables.TEXT_WIDTH * weights[i] / sum;
            w.add(width);
            used += width;
        }
        this.widths = List.copyOf(w);
    }

    /** The column header row. */
    GridBuilder header(String... labels) {
        rows.add(new GridRow(Arrays.stream(labels).map(l -> new GridCell(Rich.plain(l), 1, 1, Role.COLUMN_HEADER))
                .toList(), true));
        return this;
    }

    GridBuilder row(GridCell... cells) {
        rows.add(new GridRow(List.of(cells), false));
        bodyRows++;
        return this;
    }

    /** True when no row was added besides the header. */
    boolean isEmpty() {
        return bodyRows == 0;
    }

    Grid build() {
        return new Grid(caption, true, cssClass, widths, rows);
    }

    /** A row label (th scope=row). */
    static GridCell label(String text) {
        return label(text, 1);
    }

    /** A row label spanning {@code rows} rows. */
    static GridCell label(String text, int rows) {
        return new GridCell(Rich.plain(text), 1, rows, Role.ROW_LABEL);
    }

    /** Free text, left aligned. */
    static GridCell text(Rich text) {
        return new GridCell(text, 1, 1, Role.TEXT);
    }

    static GridCell text(String text) {
        return text(Rich.plain(text));
    }

    /** A short value, centred. */
    static GridCell number(String text) {
        return number(Rich.plain(text));
    }

    static GridCell number(Rich text) {
        return new GridCell(text, 1, 1, Role.NUMBER);
    }
}
