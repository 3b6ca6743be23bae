package cn.jixiao.platform.board;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jixiao.platform.audit.AuditLog;

/** Setting a year's publication deadline: the finance bureau's decision, audited. */
@Service
public class PublicationDeadlines {

    private final DeadlineStore store;
    private final AuditLog audit;

    PublicationDeadlines(DeadlineStore store, AuditLog audit) {
        this.store = store;
        this.audit = audit;
    }

    /**
     * @param explicitDeadline {@code null} for {@value PublicationDeadline#DAYS_AFTER_APPROVAL} days after approval
     * @throws InvalidDeadlineException when the deadline lies before the approval
     */
    @Transactional
    @PreAuthorize("hasAuthority('SCOPE_disclosures.publish') and @unitScope.unrestricted()")
    public PublicationDeadline set(int fiscalYear, LocalDate budgetApprovedOn, LocalDate explicitDeadline) {
        if (explicitDeadline != null && explicitDeadline.isBefore(budgetApprovedOn)) {
            throw new InvalidDeadlineException("公开截止日期不能早于预算批复日期");
        }
        PublicationDeadline deadline = new PublicationDeadline(fiscalYear, budgetApprovedOn, explicitDeadline);
        store.save(deadline, SecurityContextHolder.getContext().getAuthentication().getName());
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("budgetApprovedOn", budgetApprovedOn.toString());
        detail.put("deadline", deadline.deadline().toString());
        audit.record("PUBLICATION_DEADLINE_SET", "year/" + fiscalYear, detail);
        return deadline;
    }
}
