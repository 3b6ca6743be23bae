package cn.jixiao.templates.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The seed as PDF through LibreOffice, checked with poppler-utils, for each {@link PdfConverter} (the
 * subclasses). Needs soffice, pdffonts, pdftotext and pdftoppm (Debian: libreoffice-writer-nogui
 * fonts-noto-cjk poppler-utils); without them these tests fail rather than skip, so a machine that cannot
 * make PDFs is noticed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PdfRendererTest {

    private Path pdf;

    /** The renderer under test, and the output's file name. */
    abstract PdfRenderer renderer();

    abstract String fileName();

    @BeforeAll
    void render() {
        byte[] bytes = renderer().render(Seed.DISTRICT, Seed.disclosure(),
                RenderOptions.defaults().withFooterText("唐山市路南区财政局公开"));
        pdf = Seed.output(fileName(), bytes);
    }

    @Test
    void isAPdf() throws IOException {
        byte[] head = new byte[5];
        try (var in = Files.newInputStream(pdf)) {
            assertThat(in.read(head)).isEqualTo(5);
        }
        assertThat(new String(head, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void embedsEveryFont() throws Exception {
        List<String> lines = run("pdffonts", pdf.toString());
        List<String> fonts = lines.subList(2, lines.size()).stream().filter(l -> !l.isBlank()).toList();

        assertThat(fonts).isNotEmpty();
        for (String font : fonts) {
            // columns: name type encoding emb sub uni object-id gen; the name and type hold no "yes"/"no"
            String[] columns = font.trim().split("\\s+");
            assertThat(columns[columns.length - 5]).as("embedded: " + font).isEqualTo("yes");
        }
        assertThat(String.join("\n", fonts)).containsIgnoringCase("CJK");
    }

    @Test
    void hasTheChineseTextAndNoReplacementCharacters() throws Exception {
        String text = String.join("\n", run("pdftotext", "-layout", pdf.toString(), "-"));
        // pdftotext puts a space between Chinese and Latin runs ("区 12345 政务"), so compare without blanks
        String compact = SeedText.normalize(text);

        assertThat(compact).contains("区12345政务服务便民热线整合优化工作经费", "唐山市路南区", "第一部分", "项目编码", "13020225P008969100011",
                "满意度指标", "3.60", "—1—", "唐山市路南区财政局公开");
        assertThat(text).doesNotContain("\uFFFD");
    }

    @Test
    void losesNoPunctuationAtLineEnds() throws Exception {
        // LibreOffice drops a "，" hanging past the margin of a justified line; the template sets text left
        String text = String.join("\n", run("pdftotext", pdf.toString(), "-"));
        for (String mark : new String[] {"，", "。", "；", "："}) {
            assertThat(count(text, mark)).as(mark).isEqualTo(count(Seed.text(), mark));
        }
    }

    private static long count(String text, String mark) {
        return text.chars().filter(c -> c == mark.charAt(0)).count();
    }

    @Test
    void contentsShowPageNumbers() throws Exception {
        List<String> contents = run("pdftotext", "-layout", "-f", "2", "-l", "2", pdf.toString(), "-");
        List<String> entries = contents.stream().filter(l -> l.contains("绩效目标")).toList();

        assertThat(entries).hasSizeGreaterThanOrEqualTo(7);
        assertThat(entries).allSatisfy(l -> assertThat(l.strip()).matches(".*\\D\\d{1,2}$"));
    }

    @Test
    void rendersASaneNumberOfPages() throws Exception {
        Path dir = pdf.resolveSibling(fileName() + "-pages");
        Files.createDirectories(dir);
        try (Stream<Path> old = Files.list(dir)) {
            old.forEach(p -> p.toFile().delete());
        }
        run("pdftoppm", "-r", "60", "-png", pdf.toString(), dir.resolve("page").toString());
        try (Stream<Path> pages = Files.list(dir)) {
            assertThat(pages.filter(p -> p.toString().endsWith(".png")).count()).isBetween(4L, 20L);
        }
    }

    static List<String> run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(command[0] + " finished").isTrue();
        assertThat(process.exitValue()).as(command[0] + " exit code").isZero();
        return new ArrayList<>(List.of(new String(out, StandardCharsets.UTF_8).split("\n")));
    }
}
