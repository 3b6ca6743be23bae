package cn.jixiao.platform.disclosure;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jixiao.platform.audit.AuditLog;
import cn.jixiao.templates.disclosure.Disclosure;

/**
 * Changes to disclosures. Every accepted save writes the tables, one immutable revision and one
 * audit entry in one transaction; a save based on an outdated revision changes nothing.
 */
@Service
public class DisclosureCommands {

    private final DisclosureWriter writer;
    private final DisclosureReader reader;
    private final RevisionLog revisions;
    private final AuditLog audit;

    DisclosureCommands(DisclosureWriter writer, DisclosureReader reader, RevisionLog revisions, AuditLog audit) {
        this.writer = writer;
        this.reader = reader;
        this.revisions = revisions;
        this.audit = audit;
    }

    /**
     * Saves the content as the revision after {@code baseRevision} (0 creates the disclosure).
     *
     * @throws RevisionConflictException when {@code baseRevision} is not the current revision
     */
    @Transactional
    @PreAuthorize("hasAnyAuthority('SCOPE_disclosures.write', 'SYSTEM')")
    public Revision save(Disclosure disclosure, int baseRevision, String note) {
        return write(disclosure, baseRevision, null, note);
    }

    /** Creates a new disclosure whose content came from elsewhere (demo seed, import), recording where. */
    @Transactional
    @PreAuthorize("hasAnyAuthority('SCOPE_disclosures.write', 'SYSTEM')")
    public Revision create(Disclosure disclosure, Origin origin, String note) {
        return write(disclosure, 0, origin, note);
    }

    /**
     * Creates year {@code fromYear + 1}'s draft from year {@code fromYear}'s current revision:
     * codes and values copied, status draft, the source year and revision recorded.
     *
     * @throws DisclosureNotFoundException when there is nothing to roll forward
     * @throws RevisionConflictException   when the next year already exists
     */
    @Transactional
    @PreAuthorize("hasAnyAuthority('SCOPE_disclosures.write', 'SYSTEM')")
    public Revision rollForward(String departmentCode, int fromYear) {
        StoredDisclosure source = reader.find(departmentCode, fromYear)
                .orElseThrow(() -> new DisclosureNotFoundException(departmentCode, fromYear));
        Disclosure from = source.content();
        Disclosure next = new Disclosure(from.department(), fromYear + 1, from.goals(), from.projects());
        return write(next, 0, Origin.rolledForwardFrom(fromYear, source.revision().number()),
                "由 " + fromYear + " 年度修订版 " + source.revision().number() + " 结转");
    }

    private Revision write(Disclosure disclosure, int baseRevision, Origin origin, String note) {
        var written = writer.write(disclosure, baseRevision, origin);
        String actor = SecurityContextHolder.getContext().getAuthentication().getName();
        Revision revision = revisions.append(written.id(), written.revisionNumber(), disclosure, actor, note);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("revision", revision.number());
        detail.put("contentHash", revision.contentHash());
        detail.put("note", note == null ? "" : note);
        if (origin != null) {
            detail.put("origin", origin);
        }
        audit.record(origin == null ? "DISCLOSURE_SAVED" : "DISCLOSURE_CREATED",
                "disclosure/" + disclosure.department().code() + "/" + disclosure.fiscalYear(), detail);
        return revision;
    }
}
