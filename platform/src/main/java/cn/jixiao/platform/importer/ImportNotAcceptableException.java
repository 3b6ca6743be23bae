package cn.jixiao.platform.importer;

import org.springframework.http.HttpStatus;

import cn.jixiao.infra.importer.ImportFileStatus;
import cn.jixiao.infra.web.Refusal;

/** The file cannot be accepted: it was refused, or it has been accepted already. */
public class ImportNotAcceptableException extends Refusal {

    public ImportNotAcceptableException(String fileName, ImportFileStatus status) {
        super(HttpStatus.CONFLICT, "状态冲突", "文件“" + fileName + "”"
                + (status == ImportFileStatus.ACCEPTED ? "已经接受过" : "没有可接受的草稿（状态 " + status + "）"));
    }

    /** For refusals with a message of their own. */
    protected ImportNotAcceptableException(String message) {
        super(HttpStatus.CONFLICT, "状态冲突", message);
    }
}
