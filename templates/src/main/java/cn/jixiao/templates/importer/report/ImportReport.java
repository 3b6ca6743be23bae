package cn.jixiao.templates.importer.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an import read and decided: one entry for every non-empty paragraph and cell of the input (a value, a
 * label, or not mapped with the reason), the sources of every field of the draft, and the ambiguities.
 *
 * @param fileName   the uploaded file's name as given
 * @param format     format detected from the bytes
 * @param entries    every non-empty paragraph and cell in document order
 * @param provenance draft field (e.g. "projects[1].indicators[0].value") to the places its value came from
 * @param findings   ambiguities with the importer's decision
 */
public record ImportReport(String fileName, SourceFormat format, List<SourceEntry> entries,
                           Map<String, List<SourceLocation>> provenance, List<Finding> findings, List<Layout> layouts) {

    public ImportReport {
        layouts = layouts == null ? List.of() : List.copyOf(layouts);
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(format, "format");
        entries = List.copyOf(entries);
        provenance = Map.copyOf(provenance);
        findings = List.copyOf(findings);
    }

    /** Entries whose text went into the draft or was read as a label. */
    public List<SourceEntry> mapped() {
        return entries.stream().filter(e -> e.disposition() != Disposition.NOT_MAPPED).toList();
    }

    /** Entries that were not imported, each with its reason. */
    public List<SourceEntry> notMapped() {
        return entries.stream().filter(e -> e.disposition() == Disposition.NOT_MAPPED).toList();
    }

    /** Where a field's value came from; empty for a field that was left blank. */
    public List<SourceLocation> sourcesOf(String field) {
        return provenance.getOrDefault(field, List.of());
    }

    public List<Finding> findings(FindingKind kind) {
        return findings.stream().filter(f -> f.kind() == kind).toList();
    }

    /** The report as Chinese text for people: counts, findings, then what was not mapped. */
    public String toText() {
        List<String> lines = new ArrayList<>();
        lines.add("导入报告：" + fileName + "（" + format.label() + "）");
        lines.add("按版式读取：" + (layouts.isEmpty() ? "无" : String.join("、", layouts.stream().map(Layout::label).toList())));
        long values = entries.stream().filter(e -> e.disposition() == Disposition.VALUE).count();
        long labels = entries.stream().filter(e -> e.disposition() == Disposition.LABEL).count();
        lines.add("非空段落和单元格共" + entries.size() + "个：数据" + values + "个，标签" + labels + "个，未导入"
                + notMapped().size() + "个");
        if (!findings.isEmpty()) {
            lines.add("需要核对（" + findings.size() + "）：");
            findings.forEach(f -> lines.add("  " + f.describe()));
        }
        List<SourceEntry> skipped = notMapped();
        if (!skipped.isEmpty()) {
            lines.add("未导入（" + skipped.size() + "）：");
            skipped.forEach(e -> lines.add("  " + e.location().describe() + "：“" + abbreviate(e.text()) + "” " + e.note()));
        }
        return String.join("\n", lines);
    }

    private static String abbreviate(String text) {
        String oneLine = text.replace('\n', ' ');
        return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 40) + "…";
    }
}
