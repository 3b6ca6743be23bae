package cn.jixiao.templates.importer.text;

import cn.jixiao.templates.disclosure.Department;
import cn.jixiao.templates.disclosure.DepartmentGoals;
import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.disclosure.Project;
import cn.jixiao.templates.disclosure.Unit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads a disclosure from the plain-text export of its Word file: Part 1 (部门整体绩效目标) and the
 * Part 2 project goal and indicator tables. Cell and paragraph text is kept as written.
 */
public final class PlainTextDisclosureReader {

    private PlainTextDisclosureReader() {}

    /**
     * Parses {@code text}; the department identity and year are not in the export, so the caller supplies them.
     *
     * @throws DisclosureFormatException if the text is not a disclosure or a table is malformed
     */
    public static Disclosure read(String text, String departmentCode, String departmentName, int fiscalYear) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(departmentCode, "departmentCode");
        Objects.requireNonNull(departmentName, "departmentName");

        List<Block> blocks = TextTokenizer.tokenize(text);
        int part2 = part2Start(blocks);
        DepartmentGoals goals = Part1Reader.read(blocks.subList(0, part2));
        List<ProjectSegment> segments = ProjectSegment.split(blocks.subList(part2, blocks.size()));
        if (goals == null && segments.isEmpty()) {
            throw new DisclosureFormatException("不是预算绩效目标公开文本：既没有第一部分部门整体绩效目标，也没有第二部分项目绩效目标表");
        }

        Map<String, Unit> units = new LinkedHashMap<>();
        List<Project> projects = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            ProjectTableReader.Result result = ProjectTableReader.read(segments.get(i), i + 1);
            units.putIfAbsent(result.unit().code(), result.unit());
            projects.add(result.project());
        }
        Department department = new Department(departmentCode, departmentName, List.copyOf(units.values()));
        return new Disclosure(department, fiscalYear, goals == null ? DepartmentGoals.empty() : goals, projects);
    }

    /** Part 2 starts at "第二部分"; without that heading, at the first project heading or table row. */
    private static int part2Start(List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Block.Paragraph p && Texts.normalizeLabel(p.text()).startsWith("第二部分")) {
                return i;
            }
        }
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block instanceof Block.Row
                    || (block instanceof Block.Paragraph p && ProjectSegment.isHeading(p.text()))) {
                return i;
            }
        }
        return blocks.size();
    }
}
