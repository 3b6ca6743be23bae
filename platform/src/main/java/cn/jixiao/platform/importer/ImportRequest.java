package cn.jixiao.platform.importer;

/** What the uploader says about the file(s): the fiscal year, and the department when known. */
record ImportRequest(int fiscalYear, String departmentCode, String departmentName) {
}
