package cn.jixiao.templates.importer.text;

import cn.jixiao.templates.text.WordText;

import cn.jixiao.templates.disclosure.DepartmentGoals;
import cn.jixiao.templates.disclosure.ItemizedGoal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads Part 1 (部门整体绩效目标): overall goals, itemized goals and safeguard measures. */
final class Part1Reader {

    private enum Section { NONE, OVERALL, ITEMIZED, MEASURES }

    // Section headings are short ("一、总体绩效目标"); a long line mentioning the words is a paragraph
    private static final int MAX_HEADING_LENGTH = 16;
    private static final Pattern CHINESE_NUMBERING = Pattern.compile("^[一二三四五六七八九十]+[、.．]");
    private static final Pattern ITEM_TITLE = Pattern.compile("^(\\d+)\\s*[.．、]\\s*(.+)$");
    private static final String GOAL_LABEL = "绩效目标:";
    private static final String INDICATOR_LABEL = "绩效指标:";

    private final List<String> overall = new ArrayList<>();
    private final List<ItemizedGoal> itemized = new ArrayList<>();
    private final List<String> measures = new ArrayList<>();
    private ItemBuilder item;
    private boolean found;

    private Part1Reader() {}

    /** Returns {@code null} when the blocks contain no Part 1 heading at all. */
    static DepartmentGoals read(List<Block> blocks) {
        Part1Reader reader = new Part1Reader();
        Section section = Section.NONE;
        for (Block block : blocks) {
            if (!(block instanceof Block.Paragraph paragraph)) {
                continue; // Part 1 has no tables we model
            }
            String text = paragraph.text();
            String label = Texts.normalizeLabel(text);
            if (label.startsWith("第一部分") || label.equals("部门整体绩效目标")) {
                reader.found = true;
                continue;
            }
            Section heading = sectionHeading(label);
            if (heading != null) {
                reader.found = true;
                reader.finishItem();
                section = heading;
                continue;
            }
            switch (section) {
                case OVERALL -> reader.overall.add(text);
                case ITEMIZED -> reader.itemLine(text, label);
                case MEASURES -> reader.measures.add(text);
                case NONE -> { } // e.g. a document title before the first section
            }
        }
        reader.finishItem();
        return reader.found ? new DepartmentGoals(reader.overall, reader.itemized, reader.measures) : null;
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

    private void itemLine(String text, String label) {
        if (label.startsWith(GOAL_LABEL)) {
            current().goal = afterLabel(text);
            current().last = Field.GOAL;
        } else if (label.startsWith(INDICATOR_LABEL)) {
            current().indicator = afterLabel(text);
            current().last = Field.INDICATOR;
        } else {
            Matcher title = ITEM_TITLE.matcher(WordText.strip(text));
            if (title.matches()) {
                finishItem();
                item = new ItemBuilder(WordText.strip(title.group(2)));
            } else if (item != null) {
                item.append(text); // a goal or indicator that runs over several paragraphs
            }
        }
    }

    private ItemBuilder current() {
        if (item == null) {
            item = new ItemBuilder(""); // label without a numbered title: keep the text rather than drop it
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

    private enum Field { TITLE, GOAL, INDICATOR }

    private static final class ItemBuilder {
        final String title;
        String goal = "";
        String indicator = "";
        Field last = Field.TITLE;

        ItemBuilder(String title) {
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
