package cn.jixiao.platform.opendata;

/** Where the files live under {@code /public/{slug}/}: stored paths are these. */
final class OpenDataPaths {

    private OpenDataPaths() {
    }

    static String department(int fiscalYear, String departmentCode) {
        return fiscalYear + "/" + departmentCode + "/";
    }

    static String zip(int fiscalYear) {
        return fiscalYear + "/opendata.zip";
    }
}
