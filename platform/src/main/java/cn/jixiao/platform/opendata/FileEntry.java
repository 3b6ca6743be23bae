package cn.jixiao.platform.opendata;

/** A stored open data file in the listing of the open data page. */
record FileEntry(String path, int fiscalYear, String departmentCode, String title, String mediaType, long bytes,
                 String sha256) {

    public String fileName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
