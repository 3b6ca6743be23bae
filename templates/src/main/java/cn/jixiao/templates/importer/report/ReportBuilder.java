package cn.jixiao.templates.importer.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Collects the report while the readers work. Every non-empty paragraph and cell is registered first; a reader
 * then marks it as a value, a label or not mapped. Anything still unmarked at {@link #build()} is listed as not
 * mapped, so no input can disappear silently even if a reader forgets it.
 */
public final class ReportBuilder {

    /** Reason given to items no reader claimed. */
    public static final String UNCLAIMED = "未识别的内容，未导入";

    private final String fileName;
    private final SourceFormat format;
    private final Map<SourceLocation, Item> items = new LinkedHashMap<>();
    private final Map<String, List<SourceLocation>> provenance = new LinkedHashMap<>();
    private final List<Finding> findings = new ArrayList<>();
    private final Set<Layout> layouts = new LinkedHashSet<>();

    public ReportBuilder(String fileName, SourceFormat format) {
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.format = Objects.requireNonNull(format, "format");
    }

    public String fileName() {
        return fileName;
    }

    /** Registers a non-empty paragraph or cell; blank text is not input and is ignored. */
    public void register(SourceLocation location, String text, boolean blank) {
        if (!blank) {
            items.putIfAbsent(location, new Item(text));
        }
    }

    public int registeredCount() {
        return items.size();
    }

    /** The text went into {@code field}; a blank source contributes nothing and is ignored. */
    public void value(SourceLocation location, String field) {
        Item item = items.get(location);
        if (item != null) {
            item.disposition = Disposition.VALUE;
            item.note = "";
            if (!item.fields.contains(field)) {
                item.fields.add(field);
            }
            List<SourceLocation> sources = provenance.computeIfAbsent(field, f -> new ArrayList<>());
            if (!sources.contains(location)) {
                sources.add(location);
            }
        }
    }

    /** A field whose value was given with the upload. */
    public void parameter(String field, String parameterName) {
        provenance.computeIfAbsent(field, f -> new ArrayList<>()).add(new SourceLocation.Parameter(parameterName));
    }

    /** The text was read as a label or heading; a value read from the same place stays a value. */
    public void label(SourceLocation location, String meaning) {
        Item item = items.get(location);
        if (item != null && item.disposition != Disposition.VALUE) {
            item.disposition = Disposition.LABEL;
            item.note = meaning;
        }
    }

    /** The text was not imported, for {@code reason}; does not undo an earlier value or label. */
    public void notMapped(SourceLocation location, String reason) {
        Item item = items.get(location);
        if (item != null && item.disposition == null) {
            item.disposition = Disposition.NOT_MAPPED;
            item.note = reason;
        }
    }

    public void finding(FindingKind kind, SourceLocation location, String problem, String decision) {
        findings.add(new Finding(kind, location, problem, decision));
    }

    /** A finding about one field of the draft, e.g. "projects[1].budget.total". */
    public void finding(FindingKind kind, String field, SourceLocation location, String problem, String decision) {
        findings.add(new Finding(kind, location, problem, decision, field));
    }

    /** The file (or part of it) was read as {@code layout}. */
    public void layout(Layout layout) {
        layouts.add(layout);
    }

    public SourceFormat format() {
        return format;
    }

    public ImportReport build() {
        List<SourceEntry> entries = new ArrayList<>(items.size());
        items.forEach((location, item) -> entries.add(item.disposition == null
                ? new SourceEntry(location, item.text, Disposition.NOT_MAPPED, List.of(), UNCLAIMED)
                : new SourceEntry(location, item.text, item.disposition, item.fields, item.note)));
        Map<String, List<SourceLocation>> sources = new LinkedHashMap<>();
        provenance.forEach((field, locations) -> sources.put(field, List.copyOf(locations)));
        return new ImportReport(fileName, format, entries, sources, findings, List.copyOf(layouts));
    }

    private static final class Item {
        final String text;
        final List<String> fields = new ArrayList<>(1);
        Disposition disposition;
        String note = "";

        Item(String text) {
            this.text = text;
        }
    }
}
