package cn.jixiao.platform.disclosure;

import java.time.OffsetDateTime;

/**
 * One immutable revision of a disclosure (its content: a manifest of content parts).
 *
 * @param number      1 for the first save, then consecutive
 * @param contentHash SHA-256 (hex) of the whole disclosure JSON
 */
public record Revision(int number, String contentHash, OffsetDateTime createdAt, String createdBy, String note) {
}
