package com.mallboard.report.ui;

import java.time.LocalDate;

/** The period buttons beside the dates: both ends included, {@code null} = open. */
public enum QuickPeriod {
    THIS_MONTH("report.period.this.month"),
    LAST_MONTH("report.period.last.month"),
    LAST_30_DAYS("report.period.last.30.days"),
    ALL("report.period.all");

    private final String messageKey;

    QuickPeriod(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    public LocalDate from(LocalDate today) {
        return switch (this) {
            case THIS_MONTH -> today.withDayOfMonth(1);
            case LAST_MONTH -> today.minusMonths(1).withDayOfMonth(1);
            case LAST_30_DAYS -> today.minusDays(29);
            case ALL -> null;
        };
    }

    public LocalDate to(LocalDate today) {
        return switch (this) {
            case THIS_MONTH, LAST_30_DAYS -> today;
            case LAST_MONTH -> today.withDayOfMonth(1).minusDays(1);
            case ALL -> null;
        };
    }
}
