package cn.jixiao.platform.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;

/** Checks that a volume PDF is the department PDFs bound behind a cover and contents, not a layout of its own. */
final class BoundVolume {

    private BoundVolume() {
    }

    /**
     * @param names        the departments' names, in the volume's order
     * @param departments their PDFs as served on their own
     */
    static void assertBoundFrom(byte[] volumePdf, List<String> names, List<byte[]> departments) throws IOException {
        try (PDDocument volume = Loader.loadPDF(volumePdf)) {
            int departmentPages = 0;
            for (byte[] department : departments) {
                try (PDDocument own = Loader.loadPDF(department)) {
                    departmentPages += own.getNumberOfPages();
                }
            }
            int front = volume.getNumberOfPages() - departmentPages;
            assertThat(front).as("cover and contents in front of the departments' pages").isGreaterThanOrEqualTo(2);
            // the text stripper puts blanks between Chinese and digits; compare without blanks
            String contents = text(volume, 1, front - 1).replaceAll("\\s", "");
            int index = front;
            for (int d = 0; d < departments.size(); d++) {
                assertThat(contents).as("contents").containsPattern(Pattern.quote(names.get(d).replaceAll("\\s", "")) + "[.…]*"
                        + (index - front + 1) + "(?!\\d)");
                try (PDDocument own = Loader.loadPDF(departments.get(d))) {
                    for (int i = 0; i < own.getNumberOfPages(); i++, index++) {
                        assertThat(text(volume, index, index)).as("%s page %d", names.get(d), i + 1).isEqualTo(text(own, i, i));
                    }
                }
            }
            List<String> bookmarks = new ArrayList<>();
            for (PDOutlineItem item : volume.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(item.getTitle());
            }
            assertThat(bookmarks).as("a bookmark per department, after the contents'").endsWith(names.toArray(String[]::new));
        }
    }

    private static String text(PDDocument document, int from, int to) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(from + 1);
        stripper.setEndPage(to + 1);
        return stripper.getText(document);
    }
}
