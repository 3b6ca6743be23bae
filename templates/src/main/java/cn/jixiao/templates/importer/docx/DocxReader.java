package cn.jixiao.templates.importer.docx;

import cn.jixiao.templates.importer.ImportLimits;
import cn.jixiao.templates.importer.ImportRejectedException;
import cn.jixiao.templates.importer.RejectionReason;
import cn.jixiao.templates.importer.grid.SourceDocument;
import cn.jixiao.templates.importer.safety.SizeGuard;
import cn.jixiao.templates.importer.safety.ZipArchive;

/**
 * Reads the main document part of a .docx (already checked by the zip guard) into the grid model. Only the
 * body is read: headers, footers, footnotes and comments are not part of a disclosure.
 */
public final class DocxReader {

    private DocxReader() {}

    public static SourceDocument read(ZipArchive zip, String mainPart, String fileName, ImportLimits limits) {
        byte[] xml = zip.get(mainPart);
        if (xml == null) {
            throw new ImportRejectedException(RejectionReason.CORRUPT, "文件已损坏：Word文档缺少正文部件" + mainPart);
        }
        return new DocxBodyParser(xml, mainPart, fileName, new SizeGuard(limits), ParagraphStyles.read(zip, mainPart))
                .parse();
    }
}
