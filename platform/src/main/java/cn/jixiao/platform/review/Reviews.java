package cn.jixiao.platform.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jixiao.platform.audit.AuditLog;
import cn.jixiao.platform.diff.Diffs;
import cn.jixiao.platform.diff.VersionRef;
import cn.jixiao.platform.disclosure.DisclosureNotFoundException;
import cn.jixiao.platform.disclosure.DisclosureQueries;
import cn.jixiao.infra.disclosure.DisclosureStatus;
import cn.jixiao.platform.disclosure.DisclosureSummary;
import cn.jixiao.platform.disclosure.StoredDisclosure;
import cn.jixiao.platform.security.UnitScope;
import cn.jixiao.platform.workflow.DisclosureWorkflow;
import cn.jixiao.templates.diff.DisclosureDiffResult;

/**
 * Review of submitted disclosures: the queue, what changed since the last return and against last
 * year, approval, and return (退回) with comments on the disclosure, a project or an indicator row,
 * which the editors resolve. Comments are kept after they are resolved: they are the review's history.
 */
@Service("reviews")
public class Reviews {

    /** A disclosure under review with what changed: since it was last returned (if ever) and against last year (if any). */
    public record ReviewView(StoredDisclosure disclosure, List<ReviewComment> comments,
                             Optional<DisclosureDiffResult> sinceReturn, Optional<Integer> returnedAt,
                             Optional<DisclosureDiffResult> againstLastYear) {
    }

    private final DisclosureQueries disclosures;
    private final DisclosureWorkflow workflow;
    private final ReviewCommentStore comments;
    private final Diffs diffs;
    private final AuditLog audit;

    Reviews(DisclosureQueries disclosures, DisclosureWorkflow workflow, ReviewCommentStore comments, Diffs diffs,
            AuditLog audit) {
        this.disclosures = disclosures;
        this.workflow = workflow;
        this.comments = comments;
        this.diffs = diffs;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('SCOPE_disclosures.review')")
    public List<DisclosureSummary> queue() {
        return disclosures.withStatus(DisclosureStatus.SUBMITTED);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('SCOPE_disclosures.review')")
    public ReviewView view(String departmentCode, int fiscalYear) {
        StoredDisclosure stored = find(departmentCode, fiscalYear);
        int current = stored.revision().number();
        Optional<Integer> returnedAt = comments.lastReturnedRevision(stored.id()).filter(r -> r < current);
        Optional<DisclosureDiffResult> sinceReturn = returnedAt.map(r ->
                diffs.compare(departmentCode, new VersionRef(fiscalYear, r), new VersionRef(fiscalYear, current)));
        Optional<DisclosureDiffResult> lastYear = disclosures.find(departmentCode, fiscalYear - 1).map(previous ->
                diffs.compare(departmentCode, new VersionRef(fiscalYear - 1, null), new VersionRef(fiscalYear, null)));
        return new ReviewView(stored, comments.all(stored.id()), sinceReturn, returnedAt, lastYear);
    }

    /** Every comment of the disclosure, open and resolved, oldest first (for the editors' page). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('SCOPE_disclosures.read')")
    public ReviewNotes notes(String departmentCode, int fiscalYear) {
        return new ReviewNotes(disclosures.find(departmentCode, fiscalYear).map(s -> comments.all(s.id())).orElse(List.of()));
    }

    /** Submits a draft for review; the workflow decides who may and refuses content with errors. */
    @Transactional
    @PreAuthorize("hasAuthority('SCOPE_disclosures.write')")
    public void submit(String departmentCode, int fiscalYear) {
        workflow.move(departmentCode, fiscalYear, DisclosureStatus.SUBMITTED, "");
    }

    @Transactional
    @PreAuthorize("hasAuthority('SCOPE_disclosures.review')")
    public void approve(String departmentCode, int fiscalYear, String comment) {
        workflow.move(departmentCode, fiscalYear, DisclosureStatus.APPROVED, comment);
    }

    /**
     * Returns the disclosure to its editors with the comments (blank ones dropped).
     *
     * @throws NothingToSayException when no comment says anything: a return must tell the editors why
     */
    @Transactional
    @PreAuthorize("hasAuthority('SCOPE_disclosures.review')")
    public int returnForChanges(String departmentCode, int fiscalYear, List<CommentDraft> drafts) {
        List<CommentDraft> said = drafts.stream().filter(d -> d.body() != null && !d.body().isBlank())
                .map(d -> new CommentDraft(d.projectCode(), d.indicatorPosition(), d.body().strip()))
                .toList();
        if (said.isEmpty()) {
            throw new NothingToSayException();
        }
        StoredDisclosure stored = find(departmentCode, fiscalYear);
        String general = said.stream().filter(d -> d.projectCode() == null).map(CommentDraft::body).findFirst().orElse("见各项目意见");
        workflow.move(departmentCode, fiscalYear, DisclosureStatus.DRAFT, general);
        comments.add(stored.id(), stored.revision().number(), said, actor());
        return said.size();
    }

    /**
     * Marks a comment resolved. A unit editor resolves only comments on its own units' projects;
     * comments on the whole disclosure are the department's (editors without unit limits).
     */
    @Transactional
    @PreAuthorize("hasAuthority('SCOPE_disclosures.write')")
    public void resolve(String departmentCode, int fiscalYear, UUID commentId) {
        StoredDisclosure stored = find(departmentCode, fiscalYear);
        ReviewComment comment = comments.find(stored.id(), commentId)
                .orElseThrow(() -> new DisclosureNotFoundException(departmentCode, fiscalYear));
        UnitScope.current().ifPresent(units -> {
            boolean own = !comment.general() && stored.content().projects().stream()
                    .anyMatch(p -> p.code().equals(comment.projectCode()) && units.contains(p.unitCode()));
            if (!own) {
                throw new AccessDeniedException("只能处理本单位项目的审核意见");
            }
        });
        if (comments.resolve(stored.id(), commentId, actor())) {
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("comment", commentId.toString());
            detail.put("project", comment.projectCode() == null ? "" : comment.projectCode());
            audit.record("REVIEW_COMMENT_RESOLVED", "disclosure/" + departmentCode + "/" + fiscalYear, detail);
        }
    }

    private StoredDisclosure find(String departmentCode, int fiscalYear) {
        return disclosures.find(departmentCode, fiscalYear)
                .orElseThrow(() -> new DisclosureNotFoundException(departmentCode, fiscalYear));
    }

    private static String actor() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }
}
