package cn.jixiao.infra.importer;

/** import_file.status: an uploaded file is parsed into a draft or rejected, and a parsed draft may be accepted. */
public enum ImportFileStatus {
    PENDING, PARSED, REJECTED, ACCEPTED
}
