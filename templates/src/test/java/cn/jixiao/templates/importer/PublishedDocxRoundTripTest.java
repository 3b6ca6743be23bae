package cn.jixiao.templates.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;

import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.disclosure.District;
import cn.jixiao.templates.render.DocxRenderer;
import cn.jixiao.templates.render.RenderOptions;
import cn.jixiao.templates.synthetic.SyntheticDistrict;
import cn.jixiao.templates.testing.SeedDocument;

/**
 * Our own publication DOCX is an input like any other: the demo department and every department of
 * the synthetic district, rendered and imported again, give back the same data; rendering that
 * data again gives the same document text.
 */
class PublishedDocxRoundTripTest {

    private static final District LUNAN = new District("lunan", "唐山市路南区", "130202");
    private final DocxRenderer renderer = new DocxRenderer();

    @Test
    void theDemoDepartmentSurvivesItsOwnDocument() throws IOException {
        Disclosure seed = seed();
        assertRoundTrip(LUNAN, seed);
    }

    @Test
    void everyDepartmentOfTheSyntheticDistrictSurvivesItsOwnDocument() throws IOException {
        List<Disclosure> district = SyntheticDistrict.generate(42, 2025);
        for (Disclosure department : district) {
            assertRoundTrip(SyntheticDistrict.DISTRICT, department);
        }
    }

    private void assertRoundTrip(District district, Disclosure original) throws IOException {
        byte[] docx = renderer.render(district, original, RenderOptions.defaults());
        ImportResult imported = DisclosureImporter.importFile(original.department().code() + ".docx", docx,
                new ImportTarget(original.department().code(), original.department().name(), original.fiscalYear()),
                ImportLimits.defaults());

        assertThat(imported.draft()).as("department %s", original.department().code()).isEqualTo(original);
        // the cover and the table of contents are listed, never imported; nothing else may be left out
        assertThat(imported.report().notMapped()).as("unmapped content of %s", original.department().code())
                .allSatisfy(entry -> assertThat(entry.note()).matches("(封面|目录条目|目录标题)，未导入"));
        assertThat(documentText(renderer.render(district, imported.draft(), RenderOptions.defaults())))
                .isEqualTo(documentText(docx));
    }

    /** The visible text of word/document.xml (runs' w:t), in order. */
    private static String documentText(byte[] docx) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("word/document.xml")) {
                    String xml = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                    StringBuilder text = new StringBuilder();
                    var m = java.util.regex.Pattern.compile("<w:t(?: [^>]*)?>([^<]*)</w:t>").matcher(xml);
                    while (m.find()) {
                        text.append(m.group(1)).append('\n');
                    }
                    return text.toString();
                }
            }
        }
        throw new AssertionError("no word/document.xml");
    }

    private static Disclosure seed() throws IOException {
        return SeedDocument.disclosure();
    }
}
