package cn.jixiao.templates.importer.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.templates.importer.DisclosureImporter;
import cn.jixiao.templates.importer.ImportLimits;
import cn.jixiao.templates.importer.ImportResult;
import cn.jixiao.templates.importer.ImportTarget;
import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.disclosure.Project;
import cn.jixiao.templates.importer.report.ImportReport;
import java.io.IOException;
import java.io.InputStream;
import cn.jixiao.templates.importer.corpus.Expected.Ind;
import cn.jixiao.templates.importer.corpus.Expected.Proj;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The corpus measure can fail: a value read differently from the expected file counts, with or without a finding. */
class CorpusScoreTest {

    private static final String FILE = "/importer/corpus/hubei/hubei-346.docx";

    private static Expected expected() throws IOException {
        try (InputStream in = CorpusScoreTest.class.getResourceAsStream(FILE + ".json")) {
            return CorpusFiles.JSON.readValue(in, Expected.class);
        }
    }

    private static ImportResult read() throws IOException {
        try (InputStream in = CorpusScoreTest.class.getResourceAsStream(FILE)) {
            return DisclosureImporter.importFile("hubei-346.docx", in.readAllBytes(),
                    new ImportTarget("346", "某某区文化和旅游局", 2025), ImportLimits.defaults());
        }
    }

    private static CorpusScore score(Expected expected, Disclosure draft, ImportReport report) {
        return CorpusScore.of(FILE, expected, draft, report, report.entries().size());
    }

    private static Expected withFirstIndicator(Expected e, Ind changed) {
        List<Proj> projects = new ArrayList<>(e.projects());
        List<Ind> indicators = new ArrayList<>(projects.get(0).indicators());
        indicators.set(0, changed);
        projects.set(0, projects.get(0).withIndicators(indicators));
        return new Expected(e.style(), e.layouts(), e.target(), e.refusal(), e.department(), projects);
    }

    @Test
    void theFileAsWrittenScoresEveryCellRight() throws IOException {
        ImportResult result = read();
        CorpusScore score = score(expected(), result.draft(), result.report());
        assertThat(score.right).isEqualTo(score.cells).isPositive();
    }

    @Test
    void aValueOtherThanExpectedIsWrongAndWithoutAFindingCountsAsSilent() throws IOException {
        ImportResult result = read();
        Expected expected = expected();
        Ind first = expected.projects().get(0).indicators().get(0);
        CorpusScore score = score(withFirstIndicator(expected, first.withValue("≥120场")), result.draft(), result.report());

        assertThat(score.cells - score.right).isEqualTo(1);
        assertThat(score.wrongSilently).isEqualTo(1);
        assertThat(score.problems).singleElement().asString().contains("projects[0].indicators[0].value", "WITHOUT a finding");
    }

    @Test
    void aValueTheDraftLacksIsDroppedSilentlyUnlessReported() throws IOException {
        ImportResult result = read();
        Disclosure d = result.draft();
        Project p = d.projects().get(0);
        Disclosure lacking = new Disclosure(d.department(), d.fiscalYear(), d.goals(), List.of(new Project(p.unitCode(),
                p.code(), "", p.budget(), p.purpose(), p.spendPlan(), p.goal(), p.indicators()), d.projects().get(1)));

        CorpusScore score = score(expected(), lacking, result.report());
        assertThat(score.droppedSilently).isEqualTo(1);
        assertThat(score.problems).singleElement().asString().contains("projects[0].name", "missing without a finding");

        // the long-term goal is in the file and not in the draft, but reported as not modelled
        Expected e = expected();
        Proj first = e.projects().get(0);
        Expected longTerm = new Expected(e.style(), e.layouts(), e.target(), null, e.department(), List.of(new Proj(
                first.unitCode(), first.code(), first.name(), first.total(), first.fiscal(), first.other(), "",
                "三年内文化惠民工程持续发挥效益。", first.indicators()), e.projects().get(1)));
        CorpusScore reported = score(longTerm, result.draft(), result.report());
        assertThat(reported.wrongWithFinding).isEqualTo(1);
        assertThat(reported.wrongSilently).isZero();
    }
}
