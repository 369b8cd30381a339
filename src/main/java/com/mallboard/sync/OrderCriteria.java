package com.mallboard.sync;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Which stored orders a warehouse batch is chosen from. {@code null} means any mall, any day or any product; the
 * dates are calendar days in Korea, both included, because that is the day the shopper and the mall see.
 */
public record OrderCriteria(Long mallRef, LocalDate from, LocalDate to, Status status, Long productId) {
    private static final ZoneId KOREA = ZoneId.of("Asia/Seoul");

    /** Where an order stands, as {@link StoredOrder#shipped()} and {@link StoredOrder#canceled()} tell it. */
    public enum Status {
        /** Neither shipped nor canceled: what still has to leave the warehouse. */
        OPEN,
        /** Every line has a tracking number, and the order is not canceled. */
        SHIPPED,
        CANCELED,
        ALL;

        public boolean matches(StoredOrder order) {
            return switch (this) {
                case OPEN -> !order.canceled() && !order.shipped();
                case SHIPPED -> !order.canceled() && order.shipped();
                case CANCELED -> order.canceled();
                case ALL -> true;
            };
        }
    }

    public OrderCriteria {
        status = status == null ? Status.ALL : status;
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidSyncInputException("sheets.dates.inverted");
        }
    }

    /** Every order still to ship, from every mall, on any day. */
    public static OrderCriteria open() {
        return new OrderCriteria(null, null, null, Status.OPEN, null);
    }

    /** The first instant of {@code from} in Korea, when there is a lower bound. */
    public Optional<Instant> fromInstant() {
        return Optional.ofNullable(from).map(d -> d.atStartOfDay(KOREA).toInstant());
    }

    /** The first instant after {@code to} in Korea (exclusive), when there is an upper bound. */
    public Optional<Instant> untilInstant() {
        return Optional.ofNullable(to).map(d -> d.plusDays(1).atStartOfDay(KOREA).toInstant());
    }
}
