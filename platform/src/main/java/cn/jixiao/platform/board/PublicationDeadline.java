package cn.jixiao.platform.board;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * When a year's disclosures must be public: {@value #DAYS_AFTER_APPROVAL} days after the budget
 * approval (预算批复) unless the district set another date.
 *
 * @param explicitDeadline the district's own date, or {@code null} for the rule
 */
public record PublicationDeadline(int fiscalYear, LocalDate budgetApprovedOn, LocalDate explicitDeadline) {

    public static final int DAYS_AFTER_APPROVAL = 20;

    public LocalDate deadline() {
        return explicitDeadline != null ? explicitDeadline : budgetApprovedOn.plusDays(DAYS_AFTER_APPROVAL);
    }

    /** Days from {@code today} to the deadline: 0 on the day itself, negative once it has passed. */
    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, deadline());
    }
}
