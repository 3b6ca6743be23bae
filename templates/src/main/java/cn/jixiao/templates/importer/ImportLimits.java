package cn.jixiao.templates.importer;

/**
 * Size limits checked while reading, before anything large is built; over a limit the import is rejected
 * ({@link RejectionReason#TOO_LARGE}, {@link RejectionReason#ZIP_BOMB}, {@link RejectionReason#TABLES_TOO_DEEP}).
 *
 * @param maxFileBytes           size of the uploaded file
 * @param maxZipEntries          entries in a .docx/.xlsx zip
 * @param maxUncompressedBytes   all zip entries together, counted while inflating
 * @param maxCompressionRatio    inflated / compressed bytes of one entry, once it is past {@code ratioGraceBytes}
 * @param ratioGraceBytes        entry size below which the ratio is not checked (small XML parts compress very well)
 * @param maxRows                table rows (all tables and sheets together)
 * @param maxCells               table cells (all tables and sheets together)
 * @param maxParagraphs          paragraphs outside tables (text lines for the text export)
 * @param maxCellChars           characters of one cell or paragraph
 * @param maxTableDepth          table nesting: 1 = tables, 2 = a table inside a cell, ...
 */
public record ImportLimits(long maxFileBytes, int maxZipEntries, long maxUncompressedBytes, int maxCompressionRatio,
                           long ratioGraceBytes, int maxRows, int maxCells, int maxParagraphs, int maxCellChars,
                           int maxTableDepth) {

    public ImportLimits {
        if (maxFileBytes < 1 || maxZipEntries < 1 || maxUncompressedBytes < 1 || maxCompressionRatio < 1
                || ratioGraceBytes < 0 || maxRows < 1 || maxCells < 1 || maxParagraphs < 1 || maxCellChars < 1
                || maxTableDepth < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /**
     * Defaults sized for real disclosures with a wide margin: the largest department files seen are a few MB
     * with a few thousand rows; a 100-project .docx is about 0.5 MB zipped, 10 MB of XML.
     */
    public static ImportLimits defaults() {
        return new ImportLimits(
                20L * 1024 * 1024,   // 20 MiB upload
                1_000,               // a .docx has ~10-30 parts, an .xlsx one per sheet more
                200L * 1024 * 1024,  // 200 MiB of XML
                100,                 // POI's default minimum inflate ratio is 0.01, i.e. 100:1
                1024L * 1024,        // below 1 MiB an entry may compress as well as it likes
                50_000,
                500_000,
                20_000,
                50_000,              // one cell or paragraph; the seed's longest is about 400
                3);
    }

    public ImportLimits withMaxFileBytes(long value) {
        return new ImportLimits(value, maxZipEntries, maxUncompressedBytes, maxCompressionRatio, ratioGraceBytes,
                maxRows, maxCells, maxParagraphs, maxCellChars, maxTableDepth);
    }

    public ImportLimits withMaxRows(int value) {
        return new ImportLimits(maxFileBytes, maxZipEntries, maxUncompressedBytes, maxCompressionRatio,
                ratioGraceBytes, value, maxCells, maxParagraphs, maxCellChars, maxTableDepth);
    }

    public ImportLimits withMaxCells(int value) {
        return new ImportLimits(maxFileBytes, maxZipEntries, maxUncompressedBytes, maxCompressionRatio,
                ratioGraceBytes, maxRows, value, maxParagraphs, maxCellChars, maxTableDepth);
    }

    public ImportLimits withMaxCellChars(int value) {
        return new ImportLimits(maxFileBytes, maxZipEntries, maxUncompressedBytes, maxCompressionRatio,
                ratioGraceBytes, maxRows, maxCells, maxParagraphs, value, maxTableDepth);
    }
}
