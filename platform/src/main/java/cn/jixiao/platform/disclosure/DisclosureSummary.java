package cn.jixiao.platform.disclosure;

import java.time.OffsetDateTime;

/** A disclosure as a list names it: department, year, current revision and when it last changed. */
public record DisclosureSummary(String departmentCode, String departmentName, int fiscalYear, int revision,
                                OffsetDateTime updatedAt) {
}
