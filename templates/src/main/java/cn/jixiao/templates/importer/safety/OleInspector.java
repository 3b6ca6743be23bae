package cn.jixiao.templates.importer.safety;

import cn.jixiao.templates.importer.ImportRejectedException;
import cn.jixiao.templates.importer.RejectionReason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Says what an OLE2 compound file is, to refuse it with the right message: a password-protected .docx/.xlsx
 * (Office wraps those in an OLE container with EncryptionInfo and EncryptedPackage), an old .doc or .xls, or
 * something else. Never reads the streams' contents.
 */
public final class OleInspector {

    private OleInspector() {}

    /** Always throws: we read no OLE2 file. */
    public static ImportRejectedException reject(byte[] bytes) {
        DirectoryNode root;
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                return new ImportRejectedException(RejectionReason.PASSWORD_PROTECTED,
                        "文件有密码保护（已加密），无法读取，请在Word或Excel中去除密码后另存为.docx或.xlsx再上传");
            }
            if (root.hasEntry("WordDocument")) {
                return new ImportRejectedException(RejectionReason.LEGACY_WORD,
                        "不支持旧版Word文档（.doc），请在Word中另存为.docx后再上传");
            }
            if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
                return new ImportRejectedException(RejectionReason.LEGACY_EXCEL,
                        "不支持旧版Excel工作簿（.xls），请在Excel中另存为.xlsx后再上传");
            }
        } catch (IOException | RuntimeException e) {
            return new ImportRejectedException(RejectionReason.CORRUPT,
                    "文件已损坏：无法识别的Office复合文档，请用Word或Excel重新保存为.docx或.xlsx后上传", e);
        }
        return new ImportRejectedException(RejectionReason.NOT_AN_OFFICE_FILE,
                "不是Word(.docx)或Excel(.xlsx)文件，也不是纯文本导出文件，请上传.docx、.xlsx或.txt文件");
    }
}
