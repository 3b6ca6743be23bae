package cn.jixiao.templates.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.jixiao.templates.importer.fixtures.Cell;
import cn.jixiao.templates.importer.fixtures.DocxBuilder;
import cn.jixiao.templates.importer.fixtures.XlsxBuilder;
import cn.jixiao.templates.importer.fixtures.ZipBytes;
import cn.jixiao.templates.importer.report.FindingKind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken and hostile files, each crafted here: every one is refused with a Chinese message, the reason the
 * platform maps to an HTTP status, cheaply, and without reading anything it was not meant to.
 */
class HostileInputTest {

    private static final ImportTarget TARGET = Fixtures.SEED_TARGET;
    private static final byte[] DOCX = Fixtures.fixture("seed-fused.docx");
    private static final String DOCUMENT = "word/document.xml";

    private static ImportRejectedException rejected(byte[] content) {
        return rejected(content, ImportLimits.defaults());
    }

    private static ImportRejectedException rejected(byte[] content, ImportLimits limits) {
        ImportRejectedException e = catchThrowableOfType(ImportRejectedException.class,
                () -> DisclosureImporter.importFile("upload.docx", content, TARGET, limits));
        assertThat(e).as("rejected").isNotNull();
        assertThat(e.getMessage()).as("Chinese message").containsPattern("[\\u4e00-\\u9fff]");
        assertThat(e.reason().httpStatus()).isIn(400, 415, 422);
        return e;
    }

    // ---- not an Office file ----

    @Test
    void randomBytesAreNotAnOfficeFile() {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        ImportRejectedException e = rejected(noise);

        assertThat(e.reason()).isEqualTo(RejectionReason.NOT_AN_OFFICE_FILE);
        assertThat(e.reason().httpStatus()).isEqualTo(415);
        assertThat(e.getMessage()).contains(".docx", ".xlsx");
    }

    @Test
    void pdfAndWebPagesAreRefusedByName() {
        assertThat(rejected("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII)).getMessage()).contains("PDF");
        assertThat(rejected("<html><body>表</body></html>".getBytes(StandardCharsets.UTF_8)).getMessage()).contains("网页");
    }

    @Test
    void aZipThatIsNotWordOrExcelIsRefused() {
        byte[] zip = ZipBytes.zip(Map.of("readme.txt", "说明".getBytes(StandardCharsets.UTF_8)));
        assertThat(rejected(zip).reason()).isEqualTo(RejectionReason.UNSUPPORTED_OFFICE_TYPE);

        byte[] pptx = ZipBytes.with(DOCX, "[Content_Types].xml", ZipBytes.text(DOCX, "[Content_Types].xml")
                .replace("wordprocessingml.document.main", "presentationml.presentation.main"));
        assertThat(rejected(pptx).reason()).isEqualTo(RejectionReason.UNSUPPORTED_OFFICE_TYPE);
    }

    @Test
    void aTruncatedZipIsRefusedAsIncomplete() {
        ImportRejectedException half = rejected(Arrays.copyOf(DOCX, DOCX.length / 2));
        ImportRejectedException tail = rejected(Arrays.copyOf(DOCX, DOCX.length - 10));

        assertThat(half.reason()).isEqualTo(RejectionReason.TRUNCATED);
        assertThat(tail.reason()).isEqualTo(RejectionReason.TRUNCATED);
        assertThat(half.getMessage()).contains("不完整");
    }

    @Test
    void aPasswordProtectedDocxIsRecognisedAsSuch() throws Exception {
        POIFSFileSystem fs = new POIFSFileSystem();
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.standard);
        Encryptor encryptor = info.getEncryptor();
        encryptor.confirmPassword("密码123");
        try (OutputStream os = encryptor.getDataStream(fs)) {
            os.write(DOCX);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fs.writeFilesystem(out);

        ImportRejectedException e = rejected(out.toByteArray());
        assertThat(e.reason()).isEqualTo(RejectionReason.PASSWORD_PROTECTED);
        assertThat(e.reason().httpStatus()).isEqualTo(422);
        assertThat(e.getMessage()).contains("密码");
    }

    @Test
    void oldBinaryWordAndExcelAreRefusedWithWhatToDo() throws Exception {
        POIFSFileSystem doc = new POIFSFileSystem();
        doc.createDocument(new ByteArrayInputStream(new byte[512]), "WordDocument");
        ByteArrayOutputStream docBytes = new ByteArrayOutputStream();
        doc.writeFilesystem(docBytes);
        ByteArrayOutputStream xlsBytes = new ByteArrayOutputStream();
        try (HSSFWorkbook xls = new HSSFWorkbook()) {
            xls.createSheet("项目").createRow(0).createCell(0).setCellValue("项目名称");
            xls.write(xlsBytes);
        }

        ImportRejectedException word = rejected(docBytes.toByteArray());
        ImportRejectedException excel = rejected(xlsBytes.toByteArray());
        assertThat(word.reason()).isEqualTo(RejectionReason.LEGACY_WORD);
        assertThat(word.getMessage()).contains(".doc", "另存为.docx");
        assertThat(excel.reason()).isEqualTo(RejectionReason.LEGACY_EXCEL);
        assertThat(excel.getMessage()).contains(".xls", "另存为.xlsx");
    }

    // ---- empty, or nothing recognisable ----

    @Test
    void emptyInputsAreRefused() {
        assertThat(rejected(new byte[0]).reason()).isEqualTo(RejectionReason.EMPTY_DOCUMENT);
        assertThat(rejected(" \n\t\n　\n".getBytes(StandardCharsets.UTF_8)).reason()).isEqualTo(RejectionReason.EMPTY_DOCUMENT);
        assertThat(rejected(new DocxBuilder().paragraph("").build()).reason()).isEqualTo(RejectionReason.EMPTY_DOCUMENT);
        assertThat(rejected(new XlsxBuilder().sheet("Sheet1").build()).reason()).isEqualTo(RejectionReason.EMPTY_DOCUMENT);
    }

    @Test
    void aDocumentWithNoRecognisableTablesIsRefused() {
        byte[] minutes = new DocxBuilder().paragraph("会议纪要").paragraph("参会人员：略")
                .table(3).row(Cell.row("时间", "地点", "主持人")).row(Cell.row("3月1日", "会议室", "张三")).endTable()
                .build();
        ImportRejectedException e = rejected(minutes);

        assertThat(e.reason()).isEqualTo(RejectionReason.NO_RECOGNIZABLE_TABLES);
        assertThat(e.getMessage()).contains("项目编码", "一级指标");
    }

    // ---- XML attacks ----

    private static String withDoctype(String xml, String doctype) {
        int rootStart = xml.indexOf("<w:document");
        return xml.substring(0, rootStart) + doctype + xml.substring(rootStart);
    }

    @Test
    void externalEntitiesAreRefusedAndNeverResolved(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-42");
        String xml = ZipBytes.text(DOCX, DOCUMENT);
        String attack = withDoctype(xml, "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>")
                .replace("督查车辆租用经费</w:t>", "&xxe;</w:t>");

        ImportRejectedException e = rejected(ZipBytes.with(DOCX, DOCUMENT, attack));
        assertThat(e.reason()).isEqualTo(RejectionReason.XML_DOCTYPE);
        assertThat(e.getMessage()).doesNotContain("TOP-SECRET");
    }

    @Test
    void doctypeIsFoundBehindCommentsAndInUtf16AndInAnyPart() {
        String xml = ZipBytes.text(DOCX, DOCUMENT);
        String hidden = withDoctype(xml, "<!--" + "x".repeat(100_000) + "--><?pi data?><!DOCTYPE d [<!ENTITY a \"b\">]>");
        assertThat(rejected(ZipBytes.with(DOCX, DOCUMENT, hidden)).reason()).isEqualTo(RejectionReason.XML_DOCTYPE);

        String utf16 = withDoctype(xml.replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\""), "<!DOCTYPE d>");
        byte[] utf16Bytes = utf16.getBytes(StandardCharsets.UTF_16LE);
        assertThat(rejected(ZipBytes.with(DOCX, DOCUMENT, utf16Bytes)).reason()).isEqualTo(RejectionReason.XML_DOCTYPE);

        String types = ZipBytes.text(DOCX, "[Content_Types].xml");
        String typesAttack = types.replaceFirst("<Types", "<!DOCTYPE Types [<!ENTITY e SYSTEM \"http://127.0.0.1:1/x\">]><Types");
        assertThat(rejected(ZipBytes.with(DOCX, "[Content_Types].xml", typesAttack)).reason())
                .isEqualTo(RejectionReason.XML_DOCTYPE);
    }

    @Test
    void entityExpansionInAWorkbookIsRefused() {
        byte[] xlsx = Fixtures.fixture("seed-sheets.xlsx");
        String strings = ZipBytes.text(xlsx, "xl/sharedStrings.xml");
        StringBuilder laughs = new StringBuilder("<!DOCTYPE sst [<!ENTITY l0 \"哈\">");
        for (int i = 1; i < 10; i++) {
            laughs.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        laughs.append("]>");
        String attack = strings.replaceFirst("<sst", laughs + "<sst").replaceFirst("<t>", "<t>&l9;");

        long start = System.nanoTime();
        assertThat(rejected(ZipBytes.with(xlsx, "xl/sharedStrings.xml", attack)).reason()).isEqualTo(RejectionReason.XML_DOCTYPE);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
    }

    // ---- zip bombs ----

    @Test
    void tooManyEntriesAreRefusedBeforeAnythingIsInflated() {
        Map<String, byte[]> entries = new LinkedHashMap<>(ZipBytes.entries(DOCX));
        for (int i = 0; i < 1_000; i++) {
            entries.put("customXml/item" + i + ".xml", new byte[0]);
        }
        ImportRejectedException e = rejected(ZipBytes.zip(entries));

        assertThat(e.reason()).isEqualTo(RejectionReason.ZIP_BOMB);
        assertThat(e.getMessage()).contains("部件", "超过上限1000");
    }

    @Test
    void aHighlyCompressedPartIsStoppedWhileInflating() {
        String xml = ZipBytes.text(DOCX, DOCUMENT);
        String padded = xml.replace("督查车辆租用经费</w:t>", "督查车辆租用经费" + " ".repeat(30_000_000) + "</w:t>");
        byte[] bomb = ZipBytes.with(DOCX, DOCUMENT, padded);
        assertThat(bomb.length).isLessThan(200_000); // 30 MB of XML in a small upload

        long start = System.nanoTime();
        ImportRejectedException e = rejected(bomb);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1_000);
        assertThat(e.reason()).isEqualTo(RejectionReason.ZIP_BOMB);
        assertThat(e.getMessage()).contains("压缩比");
    }

    @Test
    void totalUncompressedSizeIsLimitedAsItIsCounted() {
        ImportLimits small = new ImportLimits(20L << 20, 1000, 100_000, 1_000_000, 0, 50_000, 500_000, 20_000, 50_000, 3);
        ImportRejectedException e = rejected(DOCX, small);

        assertThat(e.reason()).isEqualTo(RejectionReason.ZIP_BOMB);
        assertThat(e.getMessage()).contains("解压后超过");
    }

    @Test
    void aPartLargerThanItsDeclaredSizeIsRefused() {
        // the central directory claims document.xml inflates to 1,000 bytes; it inflates to far more
        byte[] lying = ZipBytes.patchCentral(DOCX, DOCUMENT, 24, 1_000, 4);
        ImportRejectedException e = rejected(lying);

        assertThat(e.reason()).isEqualTo(RejectionReason.ZIP_BOMB);
        assertThat(e.getMessage()).contains("比目录声明的大");
    }

    @Test
    void damagedZipsAreRefusedAsCorruptOrEncrypted() {
        byte[] badCrc = ZipBytes.patchCentral(DOCX, DOCUMENT, 16, 0x12345678L, 4);
        assertThat(rejected(badCrc).reason()).isEqualTo(RejectionReason.CORRUPT);

        byte[] encryptedEntry = ZipBytes.patchCentral(DOCX, DOCUMENT, 8, 1, 2);
        assertThat(rejected(encryptedEntry).reason()).isEqualTo(RejectionReason.PASSWORD_PROTECTED);

        String xml = ZipBytes.text(DOCX, DOCUMENT);
        byte[] malformed = ZipBytes.with(DOCX, DOCUMENT, xml.substring(0, xml.length() / 2));
        assertThat(rejected(malformed).reason()).isEqualTo(RejectionReason.CORRUPT);
    }

    // ---- absurd sizes ----

    @Test
    void anOversizedUploadIsRefusedWithoutReadingItAll() {
        ImportLimits limits = ImportLimits.defaults().withMaxFileBytes(1_000_000);
        CountingStream endless = new CountingStream();

        assertThatThrownBy(() -> DisclosureImporter.importFile("big.docx", endless, TARGET, limits))
                .isInstanceOfSatisfying(ImportRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectionReason.TOO_LARGE));
        assertThat(endless.read).isLessThan(1_000_000 + 16_384);
        assertThat(rejected(new byte[1_000_001], limits).reason()).isEqualTo(RejectionReason.TOO_LARGE);
    }

    @Test
    void rowsCellsParagraphsAndCellTextAreLimited() {
        ImportLimits defaults = ImportLimits.defaults();
        assertThat(rejected(DOCX, defaults.withMaxRows(20)).getMessage()).contains("行数超过上限20行");
        assertThat(rejected(DOCX, defaults.withMaxCells(100)).getMessage()).contains("单元格数超过上限100个");
        assertThat(rejected(DOCX, defaults.withMaxCellChars(200)).getMessage()).contains("超过200个字符");
        ImportLimits fewParagraphs = new ImportLimits(20L << 20, 1000, 100L << 20, 100, 1 << 20, 50_000, 500_000, 10, 50_000, 3);
        assertThat(rejected(DOCX, fewParagraphs).getMessage()).contains("段落数超过上限10段");

        byte[] xlsx = Fixtures.fixture("seed-sheets.xlsx");
        assertThat(rejected(xlsx, defaults.withMaxRows(20)).reason()).isEqualTo(RejectionReason.TOO_LARGE);
        assertThat(rejected(Fixtures.seedText(), defaults.withMaxCells(100)).reason()).isEqualTo(RejectionReason.TOO_LARGE);
    }

    @Test
    void deeplyNestedTablesAreRefusedAndShallowOnesReadAsText() {
        byte[] deep = new DocxBuilder().paragraph("第一部分").nestedTables(5, "嵌套").build();
        ImportRejectedException e = rejected(deep);
        assertThat(e.reason()).isEqualTo(RejectionReason.TABLES_TOO_DEEP);
        assertThat(e.reason().httpStatus()).isEqualTo(400);

        byte[] shallow = new DocxBuilder().paragraph("第一部分").heading("一、总体绩效目标").paragraph("目标")
                .nestedTables(2, "表中表").build();
        ImportResult result = DisclosureImporter.importFile("n.docx", shallow, TARGET, ImportLimits.defaults());
        assertThat(result.report().findings(FindingKind.STRUCTURE_SIMPLIFIED)).hasSize(1);
        // the outer one-cell table reads as a Part 1 paragraph holding the inner table's text
        assertThat(result.draft().goals().overall()).hasSize(2).last().asString().startsWith("表中表");
    }

    @Test
    void absurdlyDeepXmlIsRefusedBeforeItCanExhaustTheStack() {
        String xml = ZipBytes.text(DOCX, DOCUMENT);
        String deep = xml.replace("<w:body>", "<w:body>" + "<w:p>".repeat(200_000) + "</w:p>".repeat(200_000));

        // so repetitive that the ratio check stops it first by default; without that check the depth limit does
        ImportLimits noRatio = new ImportLimits(20L << 20, 1000, 100L << 20, Integer.MAX_VALUE, 0, 50_000, 500_000, 20_000,
                50_000, 3);
        assertThat(rejected(ZipBytes.with(DOCX, DOCUMENT, deep)).reason()).isEqualTo(RejectionReason.ZIP_BOMB);
        ImportRejectedException tooDeep = rejected(ZipBytes.with(DOCX, DOCUMENT, deep), noRatio);
        assertThat(tooDeep.reason()).isEqualTo(RejectionReason.XML_TOO_DEEP);
        assertThat(tooDeep.getMessage()).contains("嵌套超过1000层").doesNotContain("不是有效的XML");
    }

    /** An endless upload that counts what was read from it. */
    private static final class CountingStream extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return 'x';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            Arrays.fill(b, off, off + len, (byte) 'x');
            read += len;
            return len;
        }
    }
}
