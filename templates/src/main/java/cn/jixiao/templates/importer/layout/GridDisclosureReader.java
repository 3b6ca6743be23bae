package cn.jixiao.templates.importer.layout;

import cn.jixiao.templates.disclosure.Department;
import cn.jixiao.templates.disclosure.DepartmentGoals;
import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.disclosure.ItemizedGoal;
import cn.jixiao.templates.disclosure.Project;
import cn.jixiao.templates.disclosure.Unit;
import cn.jixiao.templates.importer.ImportRejectedException;
import cn.jixiao.templates.importer.RejectionReason;
import cn.jixiao.templates.importer.grid.DocumentBlock;
import cn.jixiao.templates.importer.grid.GridCell;
import cn.jixiao.templates.importer.grid.GridParagraph;
import cn.jixiao.templates.importer.grid.GridRow;
import cn.jixiao.templates.importer.grid.GridTable;
import cn.jixiao.templates.importer.grid.UnreadCell;
import cn.jixiao.templates.importer.grid.SourceDocument;
import cn.jixiao.templates.importer.report.Finding;
import cn.jixiao.templates.importer.report.FindingKind;
import cn.jixiao.templates.importer.report.Layout;
import cn.jixiao.templates.importer.report.ReportBuilder;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a disclosure from the grid model, whatever format it came from: Part 1 paragraphs, project tables in
 * any of the supported layouts, department goal forms. Every non-empty paragraph and cell is registered in the
 * report first, so whatever no reader claims is listed as not mapped.
 */
public final class GridDisclosureReader {

    private final SourceDocument document;
    private final ReportBuilder report;
    private final Map<GridTable, TableKind> kinds = new IdentityHashMap<>();
    private final DepartmentClues clues = new DepartmentClues();
    private final List<ProjectDraft> drafts = new ArrayList<>();
    private final List<String> formOverall = new ArrayList<>();
    private final List<ItemizedGoal> formItemized = new ArrayList<>();
    private AmountReader.Context documentUnit = AmountReader.Context.NONE;
    private ProjectSegment segment;
    private DepartmentGoals partOne;
    private boolean anyForm;

    private GridDisclosureReader(SourceDocument document, ReportBuilder report) {
        this.document = document;
        this.report = report;
    }

    /**
     * @param deptCode department code given with the upload, or {@code null} to take it from the document
     * @param deptName department name given with the upload, or {@code null}
     * @throws ImportRejectedException if the document is empty, has nothing recognisable, or the department
     *                                 cannot be determined
     */
    public static Disclosure read(SourceDocument document, String deptCode, String deptName, int fiscalYear,
                                  ReportBuilder report) {
        return new GridDisclosureReader(document, report).read(deptCode, deptName, fiscalYear);
    }

    private Disclosure read(String deptCode, String deptName, int fiscalYear) {
        register();
        if (report.registeredCount() == 0) {
            throw new ImportRejectedException(RejectionReason.EMPTY_DOCUMENT,
                    "文件是空的：没有任何文字，请上传填写好的预算绩效目标公开文件");
        }
        SelfEvaluation.refuseIfSelfEvaluation(document.blocks());
        List<DocumentBlock> blocks = FrontMatter.remove(document.blocks(), report);
        refuseIfVolume(blocks);
        for (DocumentBlock block : blocks) {
            if (block instanceof GridTable table) {
                kinds.put(table, TableKind.of(table));
            }
        }
        int part2 = part2Start(blocks);
        partOne = PartOneReader.read(partOneParagraphs(blocks.subList(0, part2)), report);
        if (partOne != null && !isEmpty(partOne)) {
            report.layout(Layout.PART_ONE_PARAGRAPHS);
        }
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof GridParagraph paragraph) {
                paragraph(paragraph, i >= part2);
            } else {
                table((GridTable) blocks.get(i), i >= part2);
            }
        }
        finishSegment();
        if (!anyForm && (partOne == null || isEmpty(partOne)) && drafts.stream().noneMatch(GridDisclosureReader::substantive)) {
            throw new ImportRejectedException(RejectionReason.NO_RECOGNIZABLE_TABLES,
                    "没有找到可识别的预算绩效目标内容：应有“第一部分 部门整体绩效目标”，或含“项目编码”“项目名称”的项目绩效目标表、"
                            + "“一级指标、二级指标、三级指标、指标值”指标表，或部门整体绩效目标表");
        }
        return assemble(deptCode, deptName, fiscalYear);
    }

    /** A district volume repeats "第一部分" once per department; one import is one department's draft. */
    private static void refuseIfVolume(List<DocumentBlock> blocks) {
        long parts = blocks.stream()
                .filter(b -> b instanceof GridParagraph p && Labels.normalize(p.text()).startsWith("第一部分")).count();
        if (parts > 1) {
            throw new ImportRejectedException(RejectionReason.DISTRICT_VOLUME,
                    "这是多个部门的汇编（“第一部分 部门整体绩效目标”出现了" + parts + "次），一次只能导入一个部门：请分别上传各部门的文件，"
                            + "或把各部门的文件打包成.zip一起上传");
        }
    }

    private static boolean isEmpty(DepartmentGoals goals) {
        return goals.overall().isEmpty() && goals.itemized().isEmpty() && goals.measures().isEmpty();
    }

    /** A project with a code, a name or indicators; a table with only amounts (a 收支总表) is none. */
    private static boolean substantive(ProjectDraft draft) {
        Project p = draft.project();
        return !p.code().isEmpty() || !p.name().isEmpty() || !p.indicators().isEmpty();
    }

    private void register() {
        for (Finding note : document.notes()) {
            report.finding(note.kind(), note.location(), note.problem(), note.decision());
        }
        for (DocumentBlock block : document.blocks()) {
            if (block instanceof GridParagraph p) {
                report.register(p.location(), p.text(), p.isBlank());
            } else {
                for (GridRow row : ((GridTable) block).rows()) {
                    for (GridCell cell : row.cells()) {
                        report.register(cell.location(), cell.text(), cell.isBlank());
                    }
                }
            }
        }
        for (UnreadCell cell : document.unread()) {
            report.register(cell.location(), cell.text(), false);
            report.notMapped(cell.location(), cell.reason());
        }
    }

    /** "第二部分"; without it, the first project heading or project/flat table. */
    private int part2Start(List<DocumentBlock> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof GridParagraph p && Labels.normalize(p.text()).startsWith("第二部分")) {
                return i;
            }
        }
        for (int i = 0; i < blocks.size(); i++) {
            DocumentBlock block = blocks.get(i);
            if (block instanceof GridParagraph p && ProjectSegment.isHeading(p.text())
                    || block instanceof GridTable t && (kinds.get(t) == TableKind.PROJECT || kinds.get(t) == TableKind.FLAT)) {
                return i;
            }
        }
        return blocks.size();
    }

    /** Paragraphs of Part 1, and the cells of one-column tables (a worksheet holding Part 1) as paragraphs. */
    private List<GridParagraph> partOneParagraphs(List<DocumentBlock> blocks) {
        List<GridParagraph> paragraphs = new ArrayList<>();
        for (DocumentBlock block : blocks) {
            if (block instanceof GridParagraph p) {
                paragraphs.add(p);
            } else if (kinds.get((GridTable) block) == TableKind.TEXT) {
                for (GridRow row : ((GridTable) block).rows()) {
                    row.filled().forEach(c -> paragraphs.add(new GridParagraph(c.text(), false, c.location())));
                }
            }
        }
        return paragraphs;
    }

    private void paragraph(GridParagraph paragraph, boolean inPart2) {
        if (paragraph.isBlank()) {
            return;
        }
        AmountUnit unit = AmountUnit.ofUnitLabel(paragraph.text());
        String label = Labels.normalize(paragraph.text());
        if (unit != null) {
            documentUnit = new AmountReader.Context(unit, paragraph.location());
            report.label(paragraph.location(), "金额单位：" + unit.label());
        } else if (!inPart2) {
            if (partOne == null) {
                titleOrNotMapped(paragraph, label);
            }
        } else if (ProjectSegment.isHeading(paragraph.text())) {
            finishSegment();
            segment = new ProjectSegment(paragraph);
            report.label(paragraph.location(), "项目标题");
        } else if (label.startsWith("第二部分") || label.equals("预算项目绩效目标") || label.equals("项目绩效目标")) {
            report.label(paragraph.location(), "第二部分标题");
        } else {
            titleOrNotMapped(paragraph, label);
        }
    }

    private void titleOrNotMapped(GridParagraph paragraph, String label) {
        if (label.endsWith("绩效目标") || label.endsWith("绩效目标表") || label.contains("绩效目标公开")) {
            report.label(paragraph.location(), "文件或表格标题");
        } else {
            report.notMapped(paragraph.location(), "表格之外、不属于任何已识别部分的段落，未导入");
        }
    }

    private void table(GridTable table, boolean inPart2) {
        switch (kinds.get(table)) {
            case FLAT -> {
                finishSegment();
                report.layout(Layout.FLAT_EXPORT);
                drafts.addAll(FlatTableReader.read(table, drafts.size(), report, documentUnit, clues));
            }
            case PROJECT -> {
                if (segment != null && segment.hasIndicators()) {
                    finishSegment(); // a goal table after an indicator table starts the next project
                }
                projectRows(table);
            }
            case INDICATORS -> {
                if (segment != null) {
                    projectRows(table); // the indicator table of the project above
                } else {
                    form(table);
                }
            }
            case DEPARTMENT_FORM -> form(table);
            case TEXT -> {
                if (inPart2 || partOne == null) {
                    table.rows().forEach(r -> r.filled().forEach(c -> report.notMapped(c.location(),
                            "只有一列文字的表格，不属于任何已识别部分，未导入")));
                }
            }
            case UNKNOWN -> {
                if (segment != null && segment.continuesIndicators(table)) {
                    projectRows(table);
                } else {
                    unknown(table);
                }
            }
        }
    }

    private void projectRows(GridTable table) {
        for (GridRow row : table.rows()) {
            if (row.isBlank()) {
                continue;
            }
            if (segment == null || segment.isStartedBy(row)) {
                finishSegment();
                segment = new ProjectSegment(null);
            }
            segment.add(row);
        }
    }

    private void finishSegment() {
        if (segment == null) {
            return;
        }
        if (segment.rows().isEmpty()) {
            report.notMapped(segment.heading().location(), "项目标题下没有项目表，未导入");
        } else {
            report.layout(Layout.PROJECT_TABLES);
            drafts.add(ProjectTableReader.read(segment, drafts.size(), report, documentUnit, clues));
        }
        segment = null;
    }

    private void form(GridTable table) {
        finishSegment();
        anyForm = true;
        report.layout(Layout.DEPARTMENT_FORM);
        int overallBefore = partOne == null ? 0 : partOne.overall().size();
        int itemizedBefore = partOne == null ? 0 : partOne.itemized().size();
        DepartmentFormReader.Goals goals = DepartmentFormReader.read(table, report, clues,
                overallBefore + formOverall.size(), itemizedBefore + formItemized.size());
        formOverall.addAll(goals.overall());
        formItemized.addAll(goals.itemized());
    }

    private void unknown(GridTable table) {
        GridCell first = table.rows().stream().flatMap(r -> r.filled().stream()).findFirst().orElse(null);
        if (first == null) {
            return;
        }
        report.finding(FindingKind.HEADER_NOT_RECOGNIZED, first.location(),
                "表格（首格“" + first.text().strip() + "”）不是可识别的项目表、指标表或部门整体绩效目标表", "整个表格未导入");
        table.rows().forEach(r -> r.filled().forEach(c -> report.notMapped(c.location(), "未识别的表格，未导入")));
    }

    private Disclosure assemble(String deptCode, String deptName, int fiscalYear) {
        Map<Unit, List<GridCell>> units = units();
        DepartmentResolver resolver = new DepartmentResolver(report, clues, units);
        String code = resolver.code(deptCode);
        String name = resolver.name(deptName);
        Department department = new Department(code, name, List.copyOf(units.keySet()));
        List<Project> projects = drafts.stream().map(ProjectDraft::project).toList();
        return new Disclosure(department, fiscalYear, goals(), projects);
    }

    /** Units in order of first appearance; one code written with two names is reported. */
    private Map<Unit, List<GridCell>> units() {
        Map<String, Unit> byCode = new LinkedHashMap<>();
        Map<String, Integer> indexes = new LinkedHashMap<>();
        Map<Unit, List<GridCell>> cells = new LinkedHashMap<>();
        for (ProjectDraft draft : drafts) {
            Unit unit = draft.unit();
            if (unit == null || unit.code().isEmpty()) {
                continue;
            }
            Unit known = byCode.putIfAbsent(unit.code(), unit);
            if (known == null) {
                indexes.put(unit.code(), cells.size());
                cells.put(unit, draft.unitCodeCells());
            } else if (!known.name().equals(unit.name())) {
                report.finding(FindingKind.CONFLICTING_VALUES, draft.unitNameCells().get(0).location(),
                        "单位" + unit.code() + "的名称前后不一致：“" + known.name() + "”与“" + unit.name() + "”",
                        "采用先出现的“" + known.name() + "”");
                draft.unitNameCells().forEach(c -> report.notMapped(c.location(), "单位名称与前面不一致，未导入"));
            }
            String field = "department.units[" + indexes.get(unit.code()) + "]";
            draft.unitCodeCells().forEach(c -> report.value(c.location(), field + ".code"));
            if (known == null || known.name().equals(unit.name())) {
                draft.unitNameCells().forEach(c -> report.value(c.location(), field + ".name"));
            }
        }
        return cells;
    }

    private DepartmentGoals goals() {
        if (partOne == null && formOverall.isEmpty() && formItemized.isEmpty()) {
            return DepartmentGoals.empty();
        }
        List<String> overall = new ArrayList<>(partOne == null ? List.of() : partOne.overall());
        overall.addAll(formOverall);
        List<ItemizedGoal> itemized = new ArrayList<>(partOne == null ? List.of() : partOne.itemized());
        itemized.addAll(formItemized);
        return new DepartmentGoals(overall, itemized, partOne == null ? List.of() : partOne.measures());
    }
}
