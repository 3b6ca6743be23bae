package cn.jixiao.templates.importer.layout;

import cn.jixiao.templates.importer.grid.GridParagraph;
import cn.jixiao.templates.importer.grid.GridRow;
import cn.jixiao.templates.importer.grid.GridTable;
import cn.jixiao.templates.importer.report.SourceLocation;
import cn.jixiao.templates.text.WordText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The rows of one project (goal table and indicator table, from one or more Word tables) and its heading. */
final class ProjectSegment {

    private static final Pattern HEADING = Pattern.compile("^(?:\\d+\\s*[.．、]\\s*)?(.+?)\\s*绩效目标表$",
            Pattern.UNICODE_CHARACTER_CLASS); // "1.　项目名称绩效目标表" with a full-width blank

    private final GridParagraph heading;
    private final List<GridRow> rows = new ArrayList<>();
    private boolean hasCode;
    private boolean hasName;
    private GridRow indicatorHeader;
    private boolean substantive;

    ProjectSegment(GridParagraph heading) {
        this.heading = heading;
    }

    /** True for "N.项目名称绩效目标表". */
    static boolean isHeading(String paragraph) {
        return HEADING.matcher(WordText.strip(paragraph)).matches();
    }

    GridParagraph heading() {
        return heading;
    }

    List<GridRow> rows() {
        return rows;
    }

    /**
     * Whether {@code row} starts the next project rather than continuing this one: a unit row once this segment
     * has more than a title row, or a second "项目编码" or "项目名称" label.
     */
    boolean isStartedBy(GridRow row) {
        if (!substantive) {
            return false; // only a title row so far
        }
        return ProjectTableReader.isUnitRow(row)
                || hasCode && ProjectTableReader.hasCodeLabel(row)
                || hasName && ProjectTableReader.hasNameLabel(row);
    }

    void add(GridRow row) {
        rows.add(row);
        substantive |= row.filled().size() > 1;
        hasCode |= ProjectTableReader.hasCodeLabel(row);
        hasName |= ProjectTableReader.hasNameLabel(row);
        if (HeaderRow.isIndicatorHeader(row)) {
            indicatorHeader = row;
        }
    }

    /** True once the indicator table has begun: a new goal table after it is the next project. */
    boolean hasIndicators() {
        return indicatorHeader != null;
    }

    /**
     * True if {@code table}, which has no labels or header of its own, is the rest of this project's indicator
     * table, cut off by an empty paragraph or a blank line: each of its rows reaches the 三级指标 (or 指标值) column.
     */
    boolean continuesIndicators(GridTable table) {
        if (indicatorHeader == null) {
            return false;
        }
        HeaderRow header = HeaderRow.of(indicatorHeader);
        Column last = header.has(Column.LEVEL3) ? Column.LEVEL3 : Column.VALUE;
        return table.rows().stream().filter(r -> !r.isBlank()).allMatch(r -> header.cell(r, last) != null);
    }

    /** Project name from the heading, or {@code null} without a heading. */
    String headingName() {
        if (heading == null) {
            return null;
        }
        Matcher m = HEADING.matcher(WordText.strip(heading.text()));
        return m.matches() ? m.group(1) : null;
    }

    /** Where to point a finding about the whole project: its heading, else its first cell. */
    SourceLocation where() {
        if (heading != null) {
            return heading.location();
        }
        return rows.stream().filter(r -> r.size() > 0).findFirst().map(r -> r.cell(0).location()).orElseThrow();
    }
}
