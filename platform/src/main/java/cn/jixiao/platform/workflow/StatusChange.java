package cn.jixiao.platform.workflow;

import cn.jixiao.infra.disclosure.DisclosureStatus;

/**
 * A disclosure's move in the workflow, as answered and audited.
 *
 * @param revision          the revision the move concerns (the current one)
 * @param publishedRevision the revision the public sees after the move, {@code null} when not published
 */
public record StatusChange(String departmentCode, int fiscalYear, DisclosureStatus from, DisclosureStatus to, int revision,
                           Integer publishedRevision, String comment) {
}
