package cn.jixiao.platform.workflow;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import cn.jixiao.infra.disclosure.DisclosureStatus;
import cn.jixiao.infra.identity.Role.Scopes;

/**
 * The moves of a disclosure through review and publication, each with the scope it needs:
 * editors submit, reviewers approve or return, publishers publish and withdraw. Nothing else.
 */
enum Transition {

    SUBMIT(DisclosureStatus.DRAFT, DisclosureStatus.SUBMITTED, Scopes.DISCLOSURES_WRITE, "提交审核", "DISCLOSURE_SUBMITTED"),
    APPROVE(DisclosureStatus.SUBMITTED, DisclosureStatus.APPROVED, Scopes.DISCLOSURES_REVIEW, "审核通过", "DISCLOSURE_APPROVED"),
    RETURN(DisclosureStatus.SUBMITTED, DisclosureStatus.DRAFT, Scopes.DISCLOSURES_REVIEW, "退回修改", "DISCLOSURE_RETURNED"),
    PUBLISH(DisclosureStatus.APPROVED, DisclosureStatus.PUBLISHED, Scopes.DISCLOSURES_PUBLISH, "公开", "DISCLOSURE_PUBLISHED"),
    WITHDRAW(DisclosureStatus.PUBLISHED, DisclosureStatus.DRAFT, Scopes.DISCLOSURES_PUBLISH, "撤回公开", "DISCLOSURE_WITHDRAWN");

    final DisclosureStatus from;
    final DisclosureStatus to;
    final String scope;
    final String label;
    final String auditAction;

    Transition(DisclosureStatus from, DisclosureStatus to, String scope, String label, String auditAction) {
        this.from = from;
        this.to = to;
        this.scope = scope;
        this.label = label;
        this.auditAction = auditAction;
    }

    String authority() {
        return "SCOPE_" + scope;
    }

    static Optional<Transition> between(DisclosureStatus from, DisclosureStatus to) {
        return Arrays.stream(values()).filter(t -> t.from == from && t.to == to).findFirst();
    }

    static List<Transition> from(DisclosureStatus status) {
        return Arrays.stream(values()).filter(t -> t.from == status).toList();
    }

    /** Toward publication (submit, approve, publish): the content must pass its template's errors. */
    boolean movesForward() {
        return this == SUBMIT || this == APPROVE || this == PUBLISH;
    }
}
