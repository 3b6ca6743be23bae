package cn.jixiao.platform.workflow;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jixiao.platform.audit.AuditLog;
import cn.jixiao.platform.disclosure.DisclosureNotFoundException;
import cn.jixiao.platform.disclosure.DisclosureQueries;
import cn.jixiao.platform.disclosure.DisclosureRejectedException;
import cn.jixiao.infra.disclosure.DisclosureStatus;
import cn.jixiao.infra.disclosure.PublicationKind;
import cn.jixiao.platform.tenancy.CurrentTenant;
import cn.jixiao.platform.security.UnitScope;
import cn.jixiao.templates.validation.ValidationReport;

/**
 * Review and publication: 草稿 → 已提交 → 已审核 → 已公开, with 退回 (submitted back to draft) and
 * 撤回 (published back to draft). Publishing records the current revision as the one the public
 * sees; drafts saved after a withdrawal are not public until published again. Every move is audited
 * with its revision.
 */
@Service
public class DisclosureWorkflow {

    private final StatusStore store;
    private final AuditLog audit;
    private final DisclosureQueries queries;
    private final ApplicationEventPublisher events;

    DisclosureWorkflow(StatusStore store, AuditLog audit, DisclosureQueries queries, ApplicationEventPublisher events) {
        this.store = store;
        this.audit = audit;
        this.queries = queries;
        this.events = events;
    }

    /**
     * Moves a disclosure to {@code to}. The method rule lets in whoever holds one of the workflow's
     * scopes; the move itself then needs its own ({@link Transition}), and principals limited to
     * units may only submit.
     *
     * @throws DisclosureNotFoundException when there is no such disclosure
     * @throws IllegalTransitionException  when the workflow does not lead from the current status to {@code to}
     * @throws AccessDeniedException       when the caller may not make this move
     * @throws DisclosureRejectedException when submitting, approving or publishing content with errors
     */
    @Transactional
    @PreAuthorize("hasAnyAuthority('SCOPE_disclosures.write', 'SCOPE_disclosures.review', 'SCOPE_disclosures.publish')")
    public StatusChange move(String departmentCode, int fiscalYear, DisclosureStatus to, String comment) {
        StatusStore.Current current = store.lock(departmentCode, fiscalYear)
                .orElseThrow(() -> new DisclosureNotFoundException(departmentCode, fiscalYear));
        Transition transition = Transition.between(current.status(), to)
                .orElseThrow(() -> new IllegalTransitionException(departmentCode, fiscalYear, current.status(), to));
        requireAllowed(transition);
        if (transition.movesForward()) {
            // drafts may hold errors (imported, rolled forward, being fixed); what goes to review may not
            ValidationReport report = queries.validate(departmentCode, fiscalYear);
            if (report.hasErrors()) {
                throw new DisclosureRejectedException(report);
            }
        }
        Integer published = transition == Transition.PUBLISH ? current.revision() : null;
        store.move(current.id(), to, published);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("from", current.status().name());
        detail.put("to", to.name());
        detail.put("revision", current.revision());
        detail.put("comment", comment == null ? "" : comment);
        audit.record(transition.auditAction, "disclosure/" + departmentCode + "/" + fiscalYear, detail);
        if (transition == Transition.PUBLISH || transition == Transition.WITHDRAW) {
            announce(current, departmentCode, fiscalYear, transition);
        }
        return new StatusChange(departmentCode, fiscalYear, current.status(), to, current.revision(), published, comment);
    }

    /** Logs the publication and tells the portal, inside this transaction: a failed listener undoes the move. */
    private void announce(StatusStore.Current current, String departmentCode, int fiscalYear, Transition transition) {
        PublicationKind kind = transition == Transition.PUBLISH ? PublicationKind.PUBLISHED : PublicationKind.WITHDRAWN;
        // a withdrawal names the revision that stops being public
        int revision = kind == PublicationKind.PUBLISHED ? current.revision() : current.publishedRevision();
        var auth = SecurityContextHolder.getContext().getAuthentication();
        store.recordPublication(current.id(), departmentCode, current.departmentName(), fiscalYear, revision, kind,
                auth == null ? "anonymous" : auth.getName());
        events.publishEvent(new PublicationChanged(CurrentTenant.require(), current.id(), departmentCode, fiscalYear, revision, kind));
    }

    private static void requireAllowed(Transition transition) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        boolean hasScope = auth != null && auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(transition.authority()::equals);
        if (!hasScope || (transition != Transition.SUBMIT && UnitScope.current().isPresent())) {
            throw new AccessDeniedException("不能" + transition.label + "：缺少权限 " + transition.scope);
        }
    }
}
