package com.mallboard.report;

import com.mallboard.common.Formats;
import com.mallboard.common.Messages;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What the manager asked for: headers and names in {@code messages}' language; the period {@code from}–{@code to} as
 * Korean calendar days, both included ({@code null} = open on that side); the filter; and whether receivers' personal
 * data may appear unmasked, an explicit choice that is logged.
 */
public record ReportRequest(Messages messages, LocalDate from, LocalDate to, ReportFilter filter,
                            boolean includePersonalData) {

    public ReportRequest {
        Objects.requireNonNull(messages, "messages");
        Objects.requireNonNull(filter, "filter");
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends before it starts: " + from + " – " + to);
        }
    }

    /** Everything, masked: the default of the dialog before the user narrows it. */
    public static ReportRequest everything(Messages messages) {
        return new ReportRequest(messages, null, null, ReportFilter.NONE, false);
    }

    /** Whether {@code day} (a Korean calendar day) is in the period. */
    public boolean includes(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    /** Whether {@code instant}, taken as a day in Korea, is in the period. */
    public boolean includes(Instant instant) {
        return includes(instant.atZone(Formats.SEOUL).toLocalDate());
    }
}
