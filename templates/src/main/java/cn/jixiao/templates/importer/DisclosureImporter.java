package cn.jixiao.templates.importer;

import cn.jixiao.templates.disclosure.Disclosure;
import cn.jixiao.templates.importer.docx.DocxReader;
import cn.jixiao.templates.importer.grid.SourceDocument;
import cn.jixiao.templates.importer.layout.GridDisclosureReader;
import cn.jixiao.templates.importer.report.Finding;
import cn.jixiao.templates.importer.report.FindingKind;
import cn.jixiao.templates.importer.report.ImportReport;
import cn.jixiao.templates.importer.report.ReportBuilder;
import cn.jixiao.templates.importer.report.SourceLocation;
import cn.jixiao.templates.importer.safety.FileKind;
import cn.jixiao.templates.importer.safety.InputBytes;
import cn.jixiao.templates.importer.safety.OleInspector;
import cn.jixiao.templates.importer.safety.SizeGuard;
import cn.jixiao.templates.importer.safety.TextDecoder;
import cn.jixiao.templates.importer.safety.ZipArchive;
import cn.jixiao.templates.importer.safety.ZipGuard;
import cn.jixiao.templates.importer.text.TextGridReader;
import cn.jixiao.templates.importer.xlsx.XlsxReader;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;

/**
 * Imports a department's disclosure from a Word (.docx), Excel (.xlsx) or plain-text export file into a draft
 * and a report. The format is detected from the bytes, never from the file name. Pure and stateless: safe to
 * call from many threads.
 *
 * <pre>{@code
 * ImportResult result = DisclosureImporter.importFile("路南区督查室2025.docx", bytes,
 *         new ImportTarget("202", null, 2025), ImportLimits.defaults());
 * }</pre>
 */
public final class DisclosureImporter {

    private DisclosureImporter() {}

    /**
     * @throws ImportRejectedException with a Chinese message and a reason the caller maps to HTTP 400/415/422
     */
    public static ImportResult importFile(String fileName, InputStream content, ImportTarget target, ImportLimits limits) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(limits, "limits");
        return importFile(fileName, InputBytes.read(content, limits.maxFileBytes()), target, limits);
    }

    /**
     * @throws ImportRejectedException with a Chinese message and a reason the caller maps to HTTP 400/415/422
     */
    public static ImportResult importFile(String fileName, byte[] content, ImportTarget target, ImportLimits limits) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(limits, "limits");
        String name = fileName == null || fileName.isBlank() ? "上传文件" : fileName;
        InputBytes.check(content.length, limits.maxFileBytes());
        if (content.length == 0) {
            throw new ImportRejectedException(RejectionReason.EMPTY_DOCUMENT, "文件是空的（0字节），请重新选择文件上传");
        }
        SourceDocument document = toGrid(name, content, limits);
        ReportBuilder report = new ReportBuilder(name, document.format());
        Disclosure draft = GridDisclosureReader.read(document, target.deptCode(), target.deptName(), target.fiscalYear(), report);
        report.parameter("fiscalYear", "fiscalYear");
        ImportReport built = report.build();
        return new ImportResult(draft, built);
    }

    private static SourceDocument toGrid(String name, byte[] content, ImportLimits limits) {
        return switch (FileKind.of(content)) {
            case ZIP -> fromZip(name, content, limits);
            case OLE2 -> throw OleInspector.reject(content);
            case PDF -> throw unsupported("PDF文件");
            case RTF -> throw unsupported("RTF文件");
            case MARKUP -> throw unsupported("网页或XML文件（如Word“另存为网页”或Word 2003 XML）");
            case OTHER -> fromText(name, content, limits);
        };
    }

    private static SourceDocument fromZip(String name, byte[] content, ImportLimits limits) {
        ZipArchive zip = ZipGuard.open(content, limits);
        OfficePackage pkg = OfficePackage.of(zip);
        return switch (pkg.kind()) {
            case WORD -> DocxReader.read(zip, pkg.mainPart(), name, limits);
            case EXCEL -> XlsxReader.read(zip, name, limits);
            case OTHER -> throw new ImportRejectedException(RejectionReason.UNSUPPORTED_OFFICE_TYPE,
                    "这是一个压缩包，但不是Word(.docx)或Excel(.xlsx)文件，请上传.docx、.xlsx或.txt文件");
        };
    }

    private static SourceDocument fromText(String name, byte[] content, ImportLimits limits) {
        TextDecoder.Decoded decoded = TextDecoder.decode(content);
        if (decoded == null) {
            throw new ImportRejectedException(RejectionReason.NOT_AN_OFFICE_FILE,
                    "无法识别的文件：不是Word(.docx)、Excel(.xlsx)，也不是纯文本导出文件，请上传.docx、.xlsx或.txt文件");
        }
        List<Finding> notes = decoded.guessed()
                ? List.of(new Finding(FindingKind.ENCODING_GUESSED, new SourceLocation.WholeFile(name),
                        "文本不是UTF-8编码", "按" + decoded.charset().name() + "（简体中文）读取，请核对文字是否乱码"))
                : List.of();
        return TextGridReader.read(decoded.text(), name, new SizeGuard(limits), notes);
    }

    private static ImportRejectedException unsupported(String what) {
        return new ImportRejectedException(RejectionReason.NOT_AN_OFFICE_FILE,
                "不支持" + what + "，请在Word或Excel中另存为.docx或.xlsx后上传");
    }
}
