package cn.jixiao.platform.disclosure;

import java.time.OffsetDateTime;

/** One published disclosure in a district's public list. */
public record PublishedEntry(int fiscalYear, String departmentCode, String departmentName, OffsetDateTime publishedAt) {
}
