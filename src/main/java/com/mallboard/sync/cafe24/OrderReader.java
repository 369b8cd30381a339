package com.mallboard.sync.cafe24;

import com.fasterxml.jackson.databind.JsonNode;
import com.mallboard.sync.MallCallException;
import com.mallboard.sync.RemoteOrder;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads every order in a time range within Cafe24's list limits: one call may span at most three months, return at
 * most {@code pageSize} (1000) orders and skip at most {@code maxOffset} (15000). Longer ranges are cut into
 * three-month windows; a window holding more orders than paging can reach is split in halves. Orders are matched by
 * id, so an order seen twice (paging while new orders arrive, split windows) is kept once.
 */
final class OrderReader {
    static final int PAGE_SIZE = 1000;
    static final int MAX_OFFSET = 15000;

    private final Function<String, JsonNode> get;
    private final int shopNo;
    private final int pageSize;
    private final int maxOffset;

    OrderReader(Function<String, JsonNode> get, int shopNo, int pageSize, int maxOffset) {
        this.get = get;
        this.shopNo = shopNo;
        this.pageSize = pageSize;
        this.maxOffset = maxOffset;
    }

    /**
     * Cafe24 order times are whole seconds, so the range is too: consecutive ranges {@code [a, b)}, {@code [b, c)}
     * then split every order into exactly one of them, whatever fractions of a second the caller's instants carry.
     */
    List<RemoteOrder> between(Instant fromInstant, Instant toInstant) {
        Instant from = fromInstant.truncatedTo(ChronoUnit.SECONDS);
        Instant to = toInstant.truncatedTo(ChronoUnit.SECONDS);
        Map<String, RemoteOrder> found = new LinkedHashMap<>();
        for (Instant[] window : threeMonthWindows(from, to)) {
            read(window[0], window[1], found);
        }
        List<RemoteOrder> orders = new ArrayList<>();
        for (RemoteOrder order : found.values()) {
            Instant at = order.orderedAt();
            if (at == null || !at.isBefore(from) && at.isBefore(to)) {
                orders.add(order);
            }
        }
        orders.sort(Comparator.comparing(RemoteOrder::orderedAt, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(RemoteOrder::orderId));
        return orders;
    }

    /** Windows of at most three calendar months in Korean time, covering {@code [from, to)}. */
    static List<Instant[]> threeMonthWindows(Instant from, Instant to) {
        List<Instant[]> windows = new ArrayList<>();
        Instant start = from;
        while (start.isBefore(to)) {
            Instant limit = ZonedDateTime.ofInstant(start, Cafe24Values.KST).plusMonths(3).toInstant();
            Instant end = limit.isBefore(to) ? limit : to;
            windows.add(new Instant[] {start, end});
            start = end;
        }
        return windows;
    }

    private void read(Instant from, Instant to, Map<String, RemoteOrder> found) {
        for (int offset = 0; ; offset += pageSize) {
            List<RemoteOrder> page = OrderJson.orders(get.apply(pagePath(from, to, offset)));
            page.forEach(order -> found.putIfAbsent(order.orderId(), order));
            if (page.size() < pageSize) {
                return;
            }
            if (offset + pageSize > maxOffset) {
                splitInHalves(from, to, found);
                return;
            }
        }
    }

    private void splitInHalves(Instant from, Instant to, Map<String, RemoteOrder> found) {
        Duration length = Duration.between(from, to);
        if (length.compareTo(Duration.ofSeconds(2)) < 0) {
            throw new MallCallException(0, "too_many_orders", "More orders in one second than the mall lets us page "
                    + "through; cannot read them all", false);
        }
        Instant middle = from.plus(length.dividedBy(2)).truncatedTo(ChronoUnit.SECONDS);
        read(from, middle, found);
        read(middle, to, found);
    }

    /**
     * Cafe24's end_date is inclusive. Asking up to and including {@code to} overlaps the next window by one second;
     * the orders of that second are dropped by the range filter and by id, never lost to rounding at the mall.
     */
    private String pagePath(Instant from, Instant to, int offset) {
        return Query.path("/orders")
                .with("shop_no", shopNo)
                .with("start_date", Cafe24Values.kst(from))
                .with("end_date", Cafe24Values.kst(to))
                .with("embed", "items,receivers,buyer")
                .with("limit", pageSize)
                .with("offset", offset)
                .toString();
    }
}
