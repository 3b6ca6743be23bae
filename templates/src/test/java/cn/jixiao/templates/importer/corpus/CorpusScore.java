package cn.jixiao.templates.importer.corpus;

import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.disclosure.Indicator;
import cn.jixiao.templates.disclosure.Project;
import cn.jixiao.templates.disclosure.Unit;
import cn.jixiao.templates.importer.corpus.Expected.Ind;
import cn.jixiao.templates.importer.corpus.Expected.Proj;
import cn.jixiao.templates.importer.report.Finding;
import cn.jixiao.templates.importer.report.ImportReport;
import cn.jixiao.templates.importer.report.ReportBuilder;
import cn.jixiao.templates.importer.report.SourceEntry;
import cn.jixiao.templates.importer.report.SourceLocation;
import cn.jixiao.templates.text.WordText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One corpus file's draft compared with its expected result, cell by cell. A data cell is an expected field with a
 * value (or a field the file leaves empty that the draft fills: a phantom). It is
 * <ul>
 *   <li>right: the draft holds the expected value in that field;</li>
 *   <li>missing with notice: the draft leaves it empty and a finding names the field, or its text is in the
 *       report's not-mapped list with a reason;</li>
 *   <li>dropped silently: empty in the draft with neither (also: a paragraph or cell the report does not list, or
 *       one left to the report's catch-all "未识别的内容");</li>
 *   <li>wrong with a finding: another value, and a finding names the field or one of its sources;</li>
 *   <li>wrong silently: another value and no finding.</li>
 * </ul>
 */
final class CorpusScore {

    int cells;
    int right;
    int missingWithNotice;
    int droppedSilently;
    int wrongWithFinding;
    int wrongSilently;
    final List<String> problems = new ArrayList<>();

    private final String file;
    private final ImportReport report;

    private CorpusScore(String file, ImportReport report) {
        this.file = file;
        this.report = report;
    }

    static CorpusScore of(String file, Expected expected, Disclosure draft, ImportReport report, int sourceItems) {
        CorpusScore score = new CorpusScore(file, report);
        score.compare(expected, draft);
        long unclaimed = report.entries().stream().filter(e -> e.note().equals(ReportBuilder.UNCLAIMED)).count();
        int unlisted = Math.max(0, sourceItems - report.entries().size());
        if (unclaimed + unlisted > 0) {
            score.droppedSilently += (int) (unclaimed + unlisted);
            score.problems.add(file + ": " + unlisted + " source items not in the report, " + unclaimed + " left to the catch-all: "
                    + report.entries().stream().filter(e -> e.note().equals(ReportBuilder.UNCLAIMED)).map(SourceEntry::text).toList());
        }
        return score;
    }

    /** A refused file: right when refused for the expected reason. */
    static CorpusScore refusal(String file, String expected, String actual) {
        CorpusScore score = new CorpusScore(file, null);
        score.cells = 1;
        if (expected.equals(actual)) {
            score.right = 1;
        } else {
            score.wrongSilently = 1;
            score.problems.add(file + ": expected refusal " + expected + ", got " + actual);
        }
        return score;
    }

    void add(CorpusScore other) {
        cells += other.cells;
        right += other.right;
        missingWithNotice += other.missingWithNotice;
        droppedSilently += other.droppedSilently;
        wrongWithFinding += other.wrongWithFinding;
        wrongSilently += other.wrongSilently;
        problems.addAll(other.problems);
    }

    static CorpusScore empty() {
        return new CorpusScore("", null);
    }

    double share() {
        return cells == 0 ? 1 : (double) right / cells;
    }

    private void compare(Expected e, Disclosure d) {
        cell("department.code", e.department().code(), d.department().code());
        cell("department.name", e.department().name(), d.department().name());
        List<Unit> coded = d.department().units().stream().filter(u -> !u.code().isBlank()).toList();
        for (int i = 0; i < Math.max(e.department().units().size(), coded.size()); i++) {
            Expected.UnitRef want = i < e.department().units().size() ? e.department().units().get(i) : null;
            Unit got = i < coded.size() ? coded.get(i) : null;
            cell("department.units[" + i + "].code", want == null ? null : want.code(), got == null ? null : got.code());
            cell("department.units[" + i + "].name", want == null ? null : want.name(), got == null ? null : got.name());
        }
        for (int p = 0; p < Math.max(e.projects().size(), d.projects().size()); p++) {
            project("projects[" + p + "]", p < e.projects().size() ? e.projects().get(p) : null,
                    p < d.projects().size() ? d.projects().get(p) : null);
        }
    }

    private void project(String k, Proj want, Project got) {
        cell(k + ".unitCode", want == null ? null : want.unitCode(), got == null ? null : got.unitCode());
        cell(k + ".code", want == null ? null : want.code(), got == null ? null : got.code());
        cell(k + ".name", want == null ? null : want.name(), got == null ? null : got.name());
        cell(k + ".budget.total", want == null ? null : want.total(), got == null ? null : got.budget().total());
        cell(k + ".budget.fiscal", want == null ? null : want.fiscal(), got == null ? null : got.budget().fiscal());
        cell(k + ".budget.other", want == null ? null : want.other(), got == null ? null : got.budget().other());
        cell(k + ".purpose", want == null ? null : want.purpose(), got == null ? null : got.purpose());
        cell(k + ".goal", want == null ? null : want.goal(), got == null ? null : got.goal());
        List<Ind> wanted = want == null ? List.of() : want.indicators();
        List<Indicator> read = got == null ? List.of() : got.indicators();
        for (int i = 0; i < Math.max(wanted.size(), read.size()); i++) {
            String n = k + ".indicators[" + i + "]";
            Ind w = i < wanted.size() ? wanted.get(i) : null;
            Indicator g = i < read.size() ? read.get(i) : null;
            cell(n + ".level1", w == null ? null : w.level1(), g == null ? null : g.level1());
            cell(n + ".level2", w == null ? null : w.level2(), g == null ? null : g.level2());
            cell(n + ".level3", w == null ? null : w.level3(), g == null ? null : g.level3());
            cell(n + ".description", w == null ? null : w.description(), g == null ? null : g.description());
            cell(n + ".value", w == null ? null : w.value(), g == null ? null : g.value().text());
            String comparator = g == null || g.value().comparator() == null ? null : g.value().comparator().name();
            cell(n + ".value.comparator", w == null ? null : w.comparator(), comparator, n + ".value");
            cell(n + ".value.number", w == null ? null : w.number(), g == null ? null : g.value().number(), n + ".value");
            cell(n + ".value.unit", w == null ? null : w.unit(), g == null ? null : g.value().unit(), n + ".value");
            cell(n + ".basis", w == null ? null : w.basis(), g == null ? null : g.basis());
        }
    }

    private void cell(String field, Object want, Object got) {
        cell(field, want, got, field);
    }

    private void cell(String field, Object want, Object got, String reportField) {
        boolean wantBlank = blank(want);
        boolean gotBlank = blank(got);
        if (wantBlank && gotBlank) {
            return;
        }
        cells++;
        if (!wantBlank && !gotBlank && same(want, got)) {
            right++;
        } else if (gotBlank) {
            if (hasFinding(reportField) || listedNotMapped(want)) {
                missingWithNotice++;
                problems.add(file + " " + field + ": expected “" + want + "”, missing (reported)");
            } else {
                droppedSilently++;
                problems.add(file + " " + field + ": expected “" + want + "”, missing without a finding");
            }
        } else if (hasFinding(reportField)) {
            wrongWithFinding++;
            problems.add(file + " " + field + ": expected “" + want + "”, got “" + got + "” (with a finding)");
        } else {
            wrongSilently++;
            problems.add(file + " " + field + ": expected “" + want + "”, got “" + got + "” WITHOUT a finding");
        }
    }

    private static boolean blank(Object value) {
        return value == null || value instanceof String s && WordText.isBlank(s);
    }

    private static boolean same(Object want, Object got) {
        if (want instanceof BigDecimal a && got instanceof BigDecimal b) {
            return a.compareTo(b) == 0;
        }
        return Objects.equals(String.valueOf(want).strip(), String.valueOf(got).strip());
    }

    /** A finding about the field, a field it is part of, or one of the places its value came from. */
    private boolean hasFinding(String field) {
        List<SourceLocation> sources = report.sourcesOf(field);
        for (Finding f : report.findings()) {
            String about = f.field();
            // about the field or a part of it ("projects[0].budget" for budget.total); not a finding about a whole
            // list ("projects[0].indicators": a column missing), which says nothing about one row's value
            if (!about.isEmpty() && (field.equals(about) || field.startsWith(about + "."))) {
                return true;
            }
            if (sources.contains(f.location())) {
                return true;
            }
        }
        return false;
    }

    private boolean listedNotMapped(Object want) {
        String text = String.valueOf(want);
        return report.notMapped().stream().anyMatch(e -> !e.note().equals(ReportBuilder.UNCLAIMED)
                && WordText.strip(e.text()).equals(WordText.strip(text)));
    }
}
