package cn.jixiao.platform.portal;

import static java.nio.charset.StandardCharsets.UTF_8;

import org.springframework.web.util.UriUtils;

/**
 * Where the portal's pages link to: the live portal under {@code /public/{slug}/}, or the files of
 * the static export, relative to the page's folder. The templates only ever call these methods, so
 * the same template renders both; what only the live portal has (open data, search, feed) is
 * {@code null} in the export and left out.
 */
sealed interface PortalLinks {

    String home();

    String year(int year);

    String disclosure(int year, String departmentCode);

    String changes(int year, String departmentCode);

    String document(int year, String departmentCode, String extension);

    String volume(int year, String extension);

    /** Open data (package {@code opendata}); null where there is none. */
    String openData(int year, String departmentCode, String file);

    String openDataZip(int year);

    String search();

    /** The live open data page ({@code null} in the export, which has no live pages). */
    String openDataPage();

    String feed();

    static PortalLinks site(String slug) {
        return new Site("/public/" + UriUtils.encodePathSegment(slug, UTF_8));
    }

    /** For a page of the export {@code depth} folders below its root. */
    static PortalLinks export(int depth) {
        return new Export("../".repeat(depth));
    }

    /** The stored path (relative to {@code /public/{slug}/}) of a disclosure page. */
    static String disclosurePath(int year, String departmentCode) {
        return year + "/" + departmentCode;
    }

    static String changesPath(int year, String departmentCode) {
        return disclosurePath(year, departmentCode) + "/changes";
    }

    record Site(String root) implements PortalLinks {

        public String home() {
            return root;
        }

        public String year(int year) {
            return root + "/" + year;
        }

        public String disclosure(int year, String departmentCode) {
            return year(year) + "/" + segment(departmentCode);
        }

        public String changes(int year, String departmentCode) {
            return disclosure(year, departmentCode) + "/changes";
        }

        public String document(int year, String departmentCode, String extension) {
            return disclosure(year, departmentCode) + "." + extension;
        }

        public String volume(int year, String extension) {
            return year(year) + "/volume." + extension;
        }

        public String openData(int year, String departmentCode, String file) {
            return disclosure(year, departmentCode) + "/" + file;
        }

        public String openDataZip(int year) {
            return year(year) + "/opendata.zip";
        }

        public String search() {
            return root + "/search";
        }

        public String openDataPage() {
            return root + "/opendata";
        }

        public String feed() {
            return root + "/feed.atom";
        }

        private static String segment(String s) {
            return UriUtils.encodePathSegment(s, UTF_8);
        }
    }

    /** The export's files: {@code index.html}, {@code 2025/index.html}, {@code 2025/202.html}, {@code 2025/202.pdf}… */
    record Export(String up) implements PortalLinks {

        public String home() {
            return up + "index.html";
        }

        public String year(int year) {
            return up + year + "/index.html";
        }

        public String disclosure(int year, String departmentCode) {
            return up + file(year, departmentCode, ".html");
        }

        public String changes(int year, String departmentCode) {
            return up + file(year, departmentCode, "-changes.html");
        }

        public String document(int year, String departmentCode, String extension) {
            return up + file(year, departmentCode, "." + extension);
        }

        public String volume(int year, String extension) {
            return up + year + "/volume." + extension;
        }

        public String openData(int year, String departmentCode, String file) {
            return null;
        }

        public String openDataZip(int year) {
            return null;
        }

        public String search() {
            return null;
        }

        public String openDataPage() {
            return null;
        }

        public String feed() {
            return null;
        }

        /** A file's name in the export, relative to its root. */
        static String file(int year, String departmentCode, String suffix) {
            return year + "/" + UriUtils.encodePathSegment(departmentCode, UTF_8) + suffix;
        }
    }
}
