package cn.jixiao.templates.importer.text;

import cn.jixiao.templates.text.WordText;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The rows of one project (goal table plus indicator table) with the heading above them, if any. */
record ProjectSegment(String heading, List<Block.Row> rows) {

    private static final Pattern HEADING = Pattern.compile("^(?:\\d+\\s*[.．、]\\s*)?(.+?)\\s*绩效目标表$");

    /** True for "N.项目名称绩效目标表". */
    static boolean isHeading(String paragraph) {
        return HEADING.matcher(WordText.strip(paragraph)).matches();
    }

    /** Project name from the heading, or {@code null} without a heading. */
    String headingName() {
        if (heading == null) {
            return null;
        }
        Matcher m = HEADING.matcher(WordText.strip(heading));
        return m.matches() ? m.group(1) : null;
    }

    /** Splits Part 2 at project headings, and at a unit row that starts a new table without a heading. */
    static List<ProjectSegment> split(List<Block> part2) {
        List<ProjectSegment> segments = new ArrayList<>();
        ProjectSegment current = null;
        for (Block block : part2) {
            if (block instanceof Block.Paragraph paragraph) {
                if (isHeading(paragraph.text())) {
                    current = new ProjectSegment(paragraph.text(), new ArrayList<>());
                    segments.add(current);
                }
                continue; // other paragraphs are titles such as "预算项目绩效目标"
            }
            Block.Row row = (Block.Row) block;
            if (current == null || (!current.rows.isEmpty() && ProjectTableReader.isUnitRow(row))) {
                current = new ProjectSegment(null, new ArrayList<>());
                segments.add(current);
            }
            current.rows.add(row);
        }
        return segments;
    }
}
