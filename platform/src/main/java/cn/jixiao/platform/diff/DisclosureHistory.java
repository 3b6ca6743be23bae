package cn.jixiao.platform.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jixiao.infra.audit.AuditDetail;
import cn.jixiao.platform.diff.HistoryStore.AuditRow;
import cn.jixiao.platform.diff.HistoryStore.RevisionRow;
import cn.jixiao.platform.security.CanReadDisclosures;

/**
 * A disclosure's history, newest first: its revisions, each with the save or edit the audit log names for it,
 * and the audit log's other entries on it (status changes, template changes, resolved comments).
 */
@Service
public class DisclosureHistory {

    private final HistoryStore store;

    DisclosureHistory(HistoryStore store) {
        this.store = store;
    }

    @Transactional(readOnly = true)
    @CanReadDisclosures
    public List<HistoryEntry> entries(String departmentCode, int fiscalYear) {
        List<AuditRow> audit = store.audit(departmentCode, fiscalYear);
        Map<Integer, AuditRow> saves = new HashMap<>();
        List<Ordered> entries = new ArrayList<>();
        for (AuditRow row : audit) {
            // a save or an edit records the revision it made with its content hash; other entries only name one
            if (row.detail().containsKey("contentHash") && row.detail().get("revision") instanceof Number n) {
                saves.putIfAbsent(n.intValue(), row);
            } else {
                entries.add(new Ordered(row.id(), event(row)));
            }
        }
        for (RevisionRow revision : store.revisions(departmentCode, fiscalYear)) {
            AuditRow save = saves.get(revision.number());
            entries.add(new Ordered(save == null ? -1 : save.id(), new HistoryEntry(revision.createdAt(), revision.createdBy(),
                    revision.number(), save == null ? null : save.action(), note(revision, save))));
        }
        entries.sort(Comparator.comparing((Ordered o) -> o.entry().at()).thenComparingLong(Ordered::auditId).reversed());
        return entries.stream().map(Ordered::entry).toList();
    }

    /** The years in which the department has a disclosure, oldest first. */
    @Transactional(readOnly = true)
    @CanReadDisclosures
    public List<Integer> years(String departmentCode) {
        return store.years(departmentCode);
    }

    private static HistoryEntry event(AuditRow row) {
        String comment = text(row.detail().get("comment"));
        String detail = row.detail().get("revision") instanceof Number n ? "修订版 " + n : "";
        if (!comment.isEmpty()) {
            detail = detail.isEmpty() ? comment : detail + "：" + comment;
        }
        return new HistoryEntry(row.occurredAt(), row.actor(), null, row.action(), detail);
    }

    private static String note(RevisionRow revision, AuditRow save) {
        String note = revision.note() == null ? "" : revision.note();
        String part = save == null ? "" : text(save.detail().get("edit"));
        String edit = part.isEmpty() ? "" : AuditDetail.edit(part);
        return edit.isEmpty() ? note : note.isEmpty() ? edit : note + "（" + edit + "）";
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private record Ordered(long auditId, HistoryEntry entry) {
    }
}
