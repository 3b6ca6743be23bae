package cn.jixiao.platform.board;

import java.time.OffsetDateTime;

import cn.jixiao.infra.disclosure.DisclosureStatus;

/**
 * One department on a year's board.
 *
 * @param status    {@code null} while the department has no disclosure for the year
 * @param changedAt when its current revision was saved, and by whom ({@code changedBy})
 */
public record BoardRow(String departmentCode, String departmentName, DisclosureStatus status, int revision,
                       long errors, long warnings, OffsetDateTime changedAt, String changedBy) {

    public String statusLabel() {
        return status == null ? "未填报" : status.label();
    }

    public boolean started() {
        return status != null;
    }
}
