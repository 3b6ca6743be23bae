package cn.jixiao.platform.diff;

import java.time.OffsetDateTime;

import cn.jixiao.infra.audit.AuditActions;

/**
 * One line of a disclosure's history: a revision (its number, note and the save or edit that made it) or an
 * event without new content (a status change, a template change, a resolved comment).
 *
 * @param revision the revision made ({@code null} for an event)
 * @param action   the audit log's action name, {@code null} for a revision with no audit entry
 * @param detail   the revision's note, or the event's comment; with the edited part (e.g. {@code projects/3})
 */
public record HistoryEntry(OffsetDateTime at, String actor, Integer revision, String action, String detail) {

    public boolean isRevision() {
        return revision != null;
    }

    /** The action in Chinese. */
    public String label() {
        if (action == null) {
            return isRevision() ? "保存" : "";
        }
        return AuditActions.label(action);
    }
}
