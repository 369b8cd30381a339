package com.mallboard.store;

import static com.mallboard.store.generated.Tables.MALL_ORDER;
import static com.mallboard.store.generated.Tables.MALL_ORDER_ITEM;

import com.mallboard.store.generated.tables.MallOrderItem;
import com.mallboard.sync.OrderCriteria;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.Select;
import org.jooq.impl.DSL;

/** {@link OrderCriteria} as a condition on {@code mall_order}; lines are looked at through correlated subqueries. */
final class OrderConditions {
    private static final MallOrderItem LINE = MALL_ORDER_ITEM.as("line");

    private OrderConditions() {
    }

    static Condition of(OrderCriteria criteria) {
        List<Condition> conditions = new ArrayList<>();
        if (criteria.mallRef() != null) {
            conditions.add(MALL_ORDER.MALL_REF.eq(criteria.mallRef().intValue()));
        }
        criteria.fromInstant().ifPresent(from -> conditions.add(MALL_ORDER.ORDERED_AT.ge(boundary(from))));
        criteria.untilInstant().ifPresent(until -> conditions.add(MALL_ORDER.ORDERED_AT.lt(boundary(until))));
        if (criteria.productId() != null) {
            conditions.add(DSL.exists(lines(LINE.PRODUCT_ID.eq(criteria.productId().intValue()))));
        }
        conditions.add(status(criteria.status()));
        return DSL.and(conditions);
    }

    /**
     * Orders are stored as {@link Instant#toString()}, which leaves out a zero fraction: "…T15:00:00Z" but
     * "…T15:00:00.5Z", and '.' sorts before 'Z'. Cutting the text before the 'Z' gives a prefix of every instant in
     * that second, so text comparison agrees with time.
     */
    private static String boundary(Instant at) {
        String text = at.toString();
        return text.substring(0, text.length() - 1);
    }

    private static Condition status(OrderCriteria.Status status) {
        Condition shipped = DSL.exists(lines(DSL.trueCondition()))
                .and(DSL.notExists(lines(LINE.TRACKING_NO.isNull())));
        return switch (status) {
            case OPEN -> MALL_ORDER.CANCELED.eq(0).andNot(shipped);
            case SHIPPED -> MALL_ORDER.CANCELED.eq(0).and(shipped);
            case CANCELED -> MALL_ORDER.CANCELED.ne(0);
            case ALL -> DSL.trueCondition();
        };
    }

    private static Select<?> lines(Condition which) {
        return DSL.selectOne().from(LINE).where(LINE.ORDER_REF.eq(MALL_ORDER.ID)).and(which);
    }
}
