package cn.jixiao.templates.importer.layout;

import cn.jixiao.templates.disclosure.DepartmentGoals;
import cn.jixiao.templates.disclosure.ItemizedGoal;
import cn.jixiao.templates.importer.grid.GridParagraph;
import cn.jixiao.templates.importer.report.ReportBuilder;
import cn.jixiao.templates.text.WordText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Part 1 (部门整体绩效目标) from paragraphs: overall goals, itemized goals and safeguard measures, with
 * every paragraph's use recorded. A Word-numbered paragraph (its "1." is numbering, not text) counts as an item
 * title.
 */
final class PartOneReader {

    private enum Section { NONE, OVERALL, ITEMIZED, MEASURES }

    private enum Field { TITLE, GOAL, INDICATOR }

    // section headings are short ("一、总体绩效目标"); a long line mentioning the words is a paragraph
    private static final int MAX_HEADING_LENGTH = 16;
    private static final Pattern CHINESE_NUMBERING = Pattern.compile("^[一二三四五六七八九十]+[、.．]");
    private static final Pattern ITEM_TITLE = Pattern.compile("^(\\d+)\\s*[.．、]\\s*(.+)$",
            Pattern.DOTALL | Pattern.UNICODE_CHARACTER_CLASS); // full-width digits and blanks too
    private static final String GOAL_LABEL = "绩效目标:";
    private static final String INDICATOR_LABEL = "绩效指标:";

    private final ReportBuilder report;
    private final List<String> overall = new ArrayList<>();
    private final List<ItemizedGoal> itemized = new ArrayList<>();
    private final List<String> measures = new ArrayList<>();
    private Item item;

    private PartOneReader(ReportBuilder report) {
        this.report = report;
    }

    /** Returns {@code null} when the paragraphs contain no Part 1 heading at all (nothing is recorded then). */
    static DepartmentGoals read(List<GridParagraph> paragraphs, ReportBuilder report) {
        if (paragraphs.stream().noneMatch(p -> isHeading(p.text()))) {
            return null;
        }
        PartOneReader reader = new PartOneReader(report);
        Section section = Section.NONE;
        for (GridParagraph paragraph : paragraphs) {
            String label = Labels.compact(paragraph.text());
            if (label.isEmpty()) {
                continue;
            }
            if (isPartOneHeading(label)) {
                report.label(paragraph.location(), "第一部分标题");
                continue;
            }
            Section heading = sectionHeading(label);
            if (heading != null) {
                reader.finishItem();
                section = heading;
                report.label(paragraph.location(), "第一部分小节标题");
                continue;
            }
            switch (section) {
                case OVERALL -> {
                    report.value(paragraph.location(), "goals.overall[" + reader.overall.size() + "]");
                    reader.overall.add(paragraph.text());
                }
                case ITEMIZED -> reader.itemLine(paragraph, label);
                case MEASURES -> {
                    report.value(paragraph.location(), "goals.measures[" + reader.measures.size() + "]");
                    reader.measures.add(paragraph.text());
                }
                case NONE -> report.notMapped(paragraph.location(), "第一部分各小节之前的段落（如文件标题），未导入");
            }
        }
        reader.finishItem();
        return new DepartmentGoals(reader.overall, reader.itemized, reader.measures);
    }

    /** True for the Part 1 heading and its section headings, however they are spaced. */
    static boolean isHeading(String text) {
        String label = Labels.compact(text);
        return isPartOneHeading(label) || sectionHeading(label) != null;
    }

    private static boolean isPartOneHeading(String label) {
        return label.startsWith("第一部分") || label.equals("部门整体绩效目标");
    }

    private static Section sectionHeading(String label) {
        if (label.length() > MAX_HEADING_LENGTH) {
            return null;
        }
        String title = CHINESE_NUMBERING.matcher(label).replaceFirst("");
        if (title.contains("总体绩效目标")) {
            return Section.OVERALL;
        }
        if (title.contains("分项绩效目标")) {
            return Section.ITEMIZED;
        }
        if (title.contains("保障措施")) {
            return Section.MEASURES;
        }
        return null;
    }

    private void itemLine(GridParagraph paragraph, String label) {
        String text = paragraph.text();
        if (label.startsWith(GOAL_LABEL)) {
            current().goal = afterLabel(text);
            item.last = Field.GOAL;
            report.value(paragraph.location(), itemField("goal"));
        } else if (label.startsWith(INDICATOR_LABEL)) {
            current().indicator = afterLabel(text);
            item.last = Field.INDICATOR;
            report.value(paragraph.location(), itemField("indicator"));
        } else {
            Matcher title = ITEM_TITLE.matcher(WordText.strip(text));
            if (title.matches() || paragraph.numbered()) {
                finishItem();
                item = new Item(WordText.strip(title.matches() ? title.group(2) : text));
                report.value(paragraph.location(), itemField("title"));
            } else if (item != null) {
                item.append(text); // a goal or indicator that runs over several paragraphs
                report.value(paragraph.location(), itemField(item.last == Field.INDICATOR ? "indicator" : "goal"));
            } else {
                report.notMapped(paragraph.location(), "分项绩效目标中没有编号标题的段落，未导入");
            }
        }
    }

    private String itemField(String name) {
        return "goals.itemized[" + itemized.size() + "]." + name;
    }

    private Item current() {
        if (item == null) {
            item = new Item(""); // label without a numbered title: keep the text rather than drop it
        }
        return item;
    }

    private void finishItem() {
        if (item != null) {
            itemized.add(new ItemizedGoal(item.title, item.goal, item.indicator));
            item = null;
        }
    }

    /** Text after the first full-width or ASCII colon, leading blanks removed. */
    private static String afterLabel(String text) {
        int colon = text.indexOf('：');
        int ascii = text.indexOf(':');
        if (colon < 0 || (ascii >= 0 && ascii < colon)) {
            colon = ascii;
        }
        String rest = text.substring(colon + 1);
        int start = 0;
        while (start < rest.length() && WordText.isBlankChar(rest.charAt(start))) {
            start++;
        }
        return rest.substring(start);
    }

    private static final class Item {
        final String title;
        String goal = "";
        String indicator = "";
        Field last = Field.TITLE;

        Item(String title) {
            this.title = title;
        }

        void append(String text) {
            switch (last) {
                case GOAL -> goal = goal + "\n" + text;
                case INDICATOR -> indicator = indicator + "\n" + text;
                case TITLE -> {
                    goal = text; // unlabelled text right after the title is the goal
                    last = Field.GOAL;
                }
            }
        }
    }
}
