package cn.jixiao.platform.disclosure;

import java.time.OffsetDateTime;

/**
 * One immutable snapshot of a disclosure.
 *
 * @param number      1 for the first save, then consecutive
 * @param contentHash SHA-256 (hex) of the snapshot JSON
 */
public record Revision(int number, String contentHash, OffsetDateTime createdAt, String createdBy, String note) {
}
