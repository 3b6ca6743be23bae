package cn.jixiao.templates.render;

import cn.jixiao.templates.disclosure.DepartmentGoals;
import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.disclosure.ItemizedGoal;
import cn.jixiao.templates.disclosure.Project;
import cn.jixiao.templates.disclosure.Unit;
import cn.jixiao.templates.render.DocumentBlock.Heading;
import cn.jixiao.templates.render.DocumentBlock.HeadingKind;
import cn.jixiao.templates.render.DocumentBlock.Paragraph;
import cn.jixiao.templates.render.DocumentBlock.ParagraphKind;
import cn.jixiao.templates.render.DocumentBlock.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * The order of a disclosure's body as the seed has it: Part 1 (overall goals, itemized goals, measures)
 * and Part 2 (one goal table and one indicator table per project). Knows structure, not formats.
 */
final class DisclosureLayout {

    private final int topLevel;
    private final String anchorPrefix;
    private final List<DocumentBlock> blocks = new ArrayList<>();

    private DisclosureLayout(int topLevel, String anchorPrefix) {
        this.topLevel = topLevel;
        this.anchorPrefix = anchorPrefix;
    }

    /**
     * The body of one disclosure.
     *
     * @param topLevel     heading level of "第一部分" (1 alone, 2 inside a district volume)
     * @param anchorPrefix makes anchors unique when several disclosures share a document
     * @param newPage      whether Part 1 starts a new page
     */
    static List<DocumentBlock> blocks(Disclosure disclosure, int topLevel, String anchorPrefix, boolean newPage) {
        DisclosureLayout layout = new DisclosureLayout(topLevel, anchorPrefix);
        DepartmentGoals goals = disclosure.goals();
        boolean hasPart1 = !goals.overall().isEmpty() || !goals.itemized().isEmpty() || !goals.measures().isEmpty();
        if (hasPart1) {
            layout.part1(goals, newPage);
        }
        if (!disclosure.projects().isEmpty()) {
            layout.part2(disclosure, hasPart1 || newPage);
        }
        return List.copyOf(layout.blocks);
    }

    /**
     * A district volume's body: each department as a part, titled by its name, with its disclosure under it.
     */
    static List<DocumentBlock> volume(List<Disclosure> disclosures) {
        List<DocumentBlock> blocks = new ArrayList<>();
        for (int i = 0; i < disclosures.size(); i++) {
            Disclosure disclosure = disclosures.get(i);
            String prefix = "d" + disclosure.department().code() + "-";
            blocks.add(new Heading(1, HeadingKind.DEPARTMENT, List.of(disclosure.department().name()),
                    prefix + "h0", i > 0));
            blocks.addAll(blocks(disclosure, 2, prefix, false));
        }
        return List.copyOf(blocks);
    }

    /** The headings among {@code blocks}, for a table of contents. */
    static List<Heading> headings(List<DocumentBlock> blocks) {
        List<Heading> headings = new ArrayList<>();
        for (DocumentBlock block : blocks) {
            if (block instanceof Heading heading) {
                headings.add(heading);
            }
        }
        return headings;
    }

    private void part1(DepartmentGoals goals, boolean newPage) {
        heading(0, HeadingKind.PART, newPage, Labels.PART1_NUMBER, Labels.PART1_TITLE);
        heading(1, HeadingKind.SECTION, false, Labels.OVERALL);
        goals.overall().forEach(this::body);
        heading(1, HeadingKind.SECTION, false, Labels.ITEMIZED);
        List<ItemizedGoal> itemized = goals.itemized();
        for (int i = 0; i < itemized.size(); i++) {
            ItemizedGoal item = itemized.get(i);
            blocks.add(new Paragraph("", Labels.itemTitle(i + 1, item.title()), ParagraphKind.ITEM_TITLE));
            labelled(Labels.GOAL_PREFIX, item.goal());
            labelled(Labels.INDICATOR_PREFIX, item.indicator());
        }
        heading(1, HeadingKind.SECTION, false, Labels.MEASURES);
        goals.measures().forEach(this::body);
    }

    private void part2(Disclosure disclosure, boolean newPage) {
        heading(0, HeadingKind.PART, newPage, Labels.PART2_NUMBER, Labels.PART2_TITLE);
        List<Project> projects = disclosure.projects();
        for (int i = 0; i < projects.size(); i++) {
            Project project = projects.get(i);
            String title = Labels.projectHeading(i + 1, project.name());
            heading(1, HeadingKind.PROJECT, i > 0, title);
            Unit unit = disclosure.department().units().stream()
                    .filter(u -> u.code().equals(project.unitCode()))
                    .findFirst()
                    .orElse(new Unit(project.unitCode(), ""));
            blocks.add(new Table(ProjectTables.goalTable(project, unit, title)));
            blocks.add(new Table(ProjectTables.indicatorTable(project, project.name() + "绩效指标")));
        }
    }

    private void heading(int depth, HeadingKind kind, boolean newPage, String... lines) {
        String anchor = anchorPrefix + "h" + (blocks.size() + 1);
        blocks.add(new Heading(topLevel + depth, kind, List.of(lines), anchor, newPage));
    }

    /** Body text as written; text joined from several source paragraphs is split back into them. */
    private void body(String text) {
        for (String line : text.split("\n", -1)) {
            blocks.add(new Paragraph("", line, ParagraphKind.BODY));
        }
    }

    private void labelled(String label, String text) {
        String[] lines = text.split("\n", -1);
        blocks.add(new Paragraph(label, lines[0], ParagraphKind.BODY));
        for (int i = 1; i < lines.length; i++) {
            blocks.add(new Paragraph("", lines[i], ParagraphKind.BODY));
        }
    }
}
