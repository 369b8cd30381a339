package com.mallboard.report.pipeline;

import com.mallboard.product.Product;
import com.mallboard.product.StageMove;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The stage history of the reported products, each move with the days spent in the stage it left: the time since the
 * product's previous move, which may lie before the report's period. Moves of other products (filtered out, in the
 * trash) are dropped.
 */
public final class ProductMoves {
    private static final double DAY_MILLIS = Duration.ofDays(1).toMillis();

    private ProductMoves() {
    }

    /**
     * {@code history} in any order; the result is grouped by product in {@code products}' order, each product's moves
     * in time order (moves at the same instant keep their given order).
     */
    public static List<MoveRow> of(List<StageMove> history, Map<Long, Product> products) {
        List<StageMove> kept = new ArrayList<>(history.stream().filter(m -> products.containsKey(m.productId())).toList());
        List<Long> order = List.copyOf(products.keySet());
        Map<Long, Integer> rank = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            rank.put(order.get(i), i);
        }
        kept.sort(Comparator.comparing((StageMove m) -> rank.get(m.productId())).thenComparing(StageMove::movedAt));
        List<MoveRow> rows = new ArrayList<>(kept.size());
        StageMove previous = null;
        for (StageMove move : kept) {
            boolean sameProduct = previous != null && previous.productId() == move.productId();
            Double days = sameProduct && move.from() != null ? days(previous.movedAt(), move.movedAt()) : null;
            rows.add(new MoveRow(products.get(move.productId()), move, days));
            previous = move;
        }
        return rows;
    }

    /** Elapsed days between two instants, with fractions (never negative). */
    static double days(Instant from, Instant to) {
        return Math.max(0, to.toEpochMilli() - from.toEpochMilli()) / DAY_MILLIS;
    }
}
