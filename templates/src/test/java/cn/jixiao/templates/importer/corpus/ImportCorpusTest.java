package cn.jixiao.templates.importer.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.templates.importer.DisclosureImporter;
import cn.jixiao.templates.importer.ImportLimits;
import cn.jixiao.templates.importer.ImportRejectedException;
import cn.jixiao.templates.importer.ImportResult;
import cn.jixiao.templates.importer.ImportTarget;
import cn.jixiao.templates.importer.fixtures.SourceCounter;
import cn.jixiao.templates.importer.report.Layout;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 14's measure: every file of the committed corpus ({@code importer/corpus/<style>/}, see {@link CorpusFiles}
 * and {@code libreoffice.sh}) imported and compared cell by cell with its {@code .json} expected result.
 * Goals: at least 95 % of data cells stored in the right field with the right value, none dropped silently,
 * none stored wrongly without a finding, every refusal for its reason and every draft read as its layouts.
 */
class ImportCorpusTest {

    static final double GOAL = 0.95;

    @Test
    void theCorpusIsReadCellByCellWithinTheGoals() throws Exception {
        Map<String, CorpusScore> byStyle = new TreeMap<>();
        Map<String, Integer> filesByStyle = new TreeMap<>();
        List<String> layoutProblems = new ArrayList<>();
        for (Path json : expectedFiles()) {
            Path file = json.resolveSibling(json.getFileName().toString().replaceFirst("\\.json$", ""));
            Expected expected = CorpusFiles.JSON.readValue(json.toFile(), Expected.class);
            String name = file.getParent().getFileName() + "/" + file.getFileName();
            CorpusScore score = score(name, Files.readAllBytes(file), expected, layoutProblems);
            String folder = file.getParent().getFileName().toString();
            byStyle.computeIfAbsent(folder, s -> CorpusScore.empty()).add(score);
            filesByStyle.merge(folder, 1, Integer::sum);
        }
        CorpusScore total = CorpusScore.empty();
        byStyle.values().forEach(total::add);

        System.out.println(table(byStyle, filesByStyle, total));
        total.problems.forEach(p -> System.out.println("  " + p));
        layoutProblems.forEach(p -> System.out.println("  " + p));

        assertThat(filesByStyle.values().stream().mapToInt(Integer::intValue).sum()).as("corpus files").isGreaterThan(60);
        assertThat(total.share()).as("share of data cells right").isGreaterThanOrEqualTo(GOAL);
        assertThat(total.droppedSilently).as("cells dropped silently").isZero();
        assertThat(total.wrongSilently).as("values stored wrongly without a finding").isZero();
        assertThat(layoutProblems).as("layouts named in the reports").isEmpty();
    }

    private static CorpusScore score(String name, byte[] content, Expected expected, List<String> layoutProblems) {
        ImportTarget target = new ImportTarget(expected.target().deptCode(), expected.target().deptName(),
                expected.target().fiscalYear());
        ImportResult result;
        try {
            result = DisclosureImporter.importFile(name, content, target, ImportLimits.defaults());
        } catch (ImportRejectedException e) {
            if (expected.refusal() == null) {
                CorpusScore refused = CorpusScore.refusal(name, "a draft", e.reason().name() + " " + e.getMessage());
                refused.cells = 1;
                return refused;
            }
            return CorpusScore.refusal(name, expected.refusal(), e.reason().name());
        }
        if (expected.refusal() != null) {
            return CorpusScore.refusal(name, expected.refusal(), "a draft of " + result.draft().projects().size() + " projects");
        }
        List<String> layouts = result.report().layouts().stream().map(Layout::name).toList();
        if (!layouts.equals(expected.layouts())) {
            layoutProblems.add(name + ": read as " + layouts + ", expected " + expected.layouts());
        }
        int sourceItems = name.endsWith(".docx") ? SourceCounter.docx(content) : SourceCounter.xlsx(content);
        return CorpusScore.of(name, expected, result.draft(), result.report(), sourceItems);
    }

    static String table(Map<String, CorpusScore> byStyle, Map<String, Integer> files, CorpusScore total) {
        StringBuilder sb = new StringBuilder("| folder | files | data cells | right | share | missing, reported | dropped silently | wrong, reported | wrong without finding |\n")
                .append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        byStyle.forEach((style, s) -> sb.append(line(style, files.get(style), s)));
        sb.append(line("**all**", files.values().stream().mapToInt(Integer::intValue).sum(), total));
        return sb.toString();
    }

    private static String line(String style, int files, CorpusScore s) {
        return String.format("| %s | %d | %d | %d | %.1f %% | %d | %d | %d | %d |%n", style, files, s.cells, s.right,
                100 * s.share(), s.missingWithNotice, s.droppedSilently, s.wrongWithFinding, s.wrongSilently);
    }

    private static List<Path> expectedFiles() throws IOException, URISyntaxException {
        Path root = Path.of(ImportCorpusTest.class.getResource("/importer/corpus").toURI());
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }
}
