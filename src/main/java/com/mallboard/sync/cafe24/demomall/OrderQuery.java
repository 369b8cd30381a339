package com.mallboard.sync.cafe24.demomall;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** The filters of an orders list or count call, with Cafe24's window rules (both dates, at most 3 months). */
final class OrderQuery {

    static final int MAX_LIMIT = 1000;
    static final int MAX_OFFSET = 15_000;

    /** Date types the real API takes that the demo mall cannot answer truthfully (it has no payments or returns). */
    private static final Set<String> UNSUPPORTED_DATE_TYPES = Set.of("shipbegin_date", "shipend_date", "cancel_date",
            "place_date", "cancel_request_date", "cancel_accept_date", "cancel_complete_date", "exchange_request_date",
            "exchange_accept_date", "exchange_complete_date", "return_request_date", "return_accept_date",
            "return_complete_date", "purchaseconfirmation_date");

    private OrderQuery() {
    }

    static List<MallOrder> select(ApiRequest request, List<MallOrder> orders) {
        return orders.stream().filter(filter(request)).toList();
    }

    private static Predicate<MallOrder> filter(ApiRequest request) {
        Predicate<MallOrder> filter = window(request);
        List<String> ids = request.listParam("order_id");
        if (!ids.isEmpty()) {
            filter = filter.and(o -> ids.contains(o.orderId));
        }
        List<String> statuses = request.listParam("order_status");
        if (!statuses.isEmpty()) {
            filter = filter.and(o -> o.items.stream().anyMatch(i -> statuses.contains(i.orderStatus)));
        }
        return filter;
    }

    private static Predicate<MallOrder> window(ApiRequest request) {
        checkDateType(request.param("date_type"));
        boolean hasStart = request.has("start_date");
        boolean hasEnd = request.has("end_date");
        if (!hasStart && !hasEnd && request.has("order_id")) {
            return o -> true;
        }
        if (!hasStart || !hasEnd) {
            throw ApiException.unprocessable("start_date and end_date must be used together.");
        }
        Instant start = parse(request.param("start_date"), "start_date", false);
        Instant end = parse(request.param("end_date"), "end_date", true);
        LocalDate startDay = KstTime.date(start);
        LocalDate endDay = KstTime.date(end.minusNanos(1));
        if (end.isBefore(start)) {
            throw ApiException.unprocessable("end_date must not be before start_date.");
        }
        if (startDay.plusMonths(3).isBefore(endDay)) {
            throw ApiException.unprocessable("The search period from start_date to end_date may not exceed 3 months.");
        }
        return o -> !o.orderDate.isBefore(start) && o.orderDate.isBefore(end);
    }

    private static void checkDateType(String dateType) {
        if (dateType == null || dateType.equals("order_date") || dateType.equals("pay_date")) {
            return;
        }
        if (UNSUPPORTED_DATE_TYPES.contains(dateType)) {
            throw ApiException.unprocessable("date_type " + dateType + " is not supported by the demo mall; "
                    + "use order_date or pay_date.");
        }
        throw ApiException.unprocessable("date_type " + dateType + " is not a valid date type.");
    }

    /**
     * A date ({@code 2024-05-01}, the whole KST day) or a date-time with offset. {@code endOfRange} makes a plain
     * date mean the end of that day, so {@code end_date=2024-05-01} includes orders of that day.
     */
    private static Instant parse(String raw, String name, boolean endOfRange) {
        try {
            if (raw.length() == 10) {
                LocalDate day = LocalDate.parse(raw);
                return (endOfRange ? day.plusDays(1) : day).atStartOfDay(KstTime.ZONE).toInstant();
            }
            Instant instant = OffsetDateTime.parse(raw).toInstant();
            return endOfRange ? instant.plusNanos(1) : instant;
        } catch (DateTimeParseException e) {
            throw ApiException.unprocessable(name + " must be a date like 2024-05-01 or 2024-05-01T09:00:00+09:00.");
        }
    }
}
