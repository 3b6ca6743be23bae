package cn.jixiao.platform.disclosure;

import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jixiao.platform.audit.AuditLog;
import cn.jixiao.templates.disclosure.Disclosure;

/** Changes to disclosures. Every accepted save writes the tables, one immutable revision and one audit entry, atomically. */
@Service
public class DisclosureCommands {

    private final DisclosureWriter writer;
    private final RevisionLog revisions;
    private final AuditLog audit;

    DisclosureCommands(DisclosureWriter writer, RevisionLog revisions, AuditLog audit) {
        this.writer = writer;
        this.revisions = revisions;
        this.audit = audit;
    }

    @Transactional
    @PreAuthorize("hasAnyAuthority('SCOPE_disclosures.write', 'SYSTEM')")
    public Revision save(Disclosure disclosure, String note) {
        var written = writer.write(disclosure);
        String actor = SecurityContextHolder.getContext().getAuthentication().getName();
        Revision revision = revisions.append(written.id(), written.revisionNumber(), disclosure, actor, note);
        audit.record("DISCLOSURE_SAVED", "disclosure/" + disclosure.department().code() + "/" + disclosure.fiscalYear(),
                Map.of("revision", revision.number(), "contentHash", revision.contentHash(), "note", note == null ? "" : note));
        return revision;
    }
}
