package cn.jixiao.platform.publish;

/**
 * A rendered document and the key it is stored under.
 *
 * @param contentKey SHA-256 over what it was rendered from (revision hashes, template version,
 *                   the district's document settings); the same key is never rendered twice
 * @param fileName   a name for downloads, e.g. {@code 202-2025年度预算绩效目标.pdf}
 */
public record RenderedDocument(String contentKey, DocumentFormat format, String fileName, byte[] bytes) {
}
