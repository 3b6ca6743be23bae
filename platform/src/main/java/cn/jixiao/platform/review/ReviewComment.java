package cn.jixiao.platform.review;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A reviewer's comment on a returned disclosure.
 *
 * @param revision          the revision it was written on
 * @param projectCode       the project it concerns, or {@code null} for the whole disclosure
 * @param indicatorPosition the project's indicator row (1-based) it concerns, or {@code null}
 */
public record ReviewComment(UUID id, int revision, String projectCode, Integer indicatorPosition, String body,
                            OffsetDateTime createdAt, String createdBy, OffsetDateTime resolvedAt, String resolvedBy) {

    public boolean open() {
        return resolvedAt == null;
    }

    public boolean concerns(String code) {
        return code != null && code.equals(projectCode);
    }

    public boolean general() {
        return projectCode == null;
    }
}
