package com.mallboard.store;

import static com.mallboard.store.generated.Tables.MALL_ORDER;
import static com.mallboard.store.generated.Tables.MALL_ORDER_ITEM;

import com.mallboard.sync.PersonalDataRepository;
import java.time.Instant;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** One UPDATE over the orders whose retention ended; the lines, amounts and shipments stay for the reports. */
public final class JooqPersonalDataRepository implements PersonalDataRepository {
    private final DSLContext dsl;

    public JooqPersonalDataRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public int purgeBefore(Instant cutoff, Instant now) {
        String before = cutoff.toString();
        Condition allShipped = DSL.notExists(DSL.selectOne().from(MALL_ORDER_ITEM)
                .where(MALL_ORDER_ITEM.ORDER_REF.eq(MALL_ORDER.ID)).and(MALL_ORDER_ITEM.TRACKING_NO.isNull()));
        Condition expired = MALL_ORDER.DELIVERED_AT.lt(before)
                .or(MALL_ORDER.CANCELED.eq(1).and(MALL_ORDER.ORDERED_AT.lt(before)))
                .or(MALL_ORDER.DELIVERED_AT.isNull().and(MALL_ORDER.ORDERED_AT.lt(before)).and(allShipped));
        return dsl.update(MALL_ORDER)
                .setNull(MALL_ORDER.BUYER_NAME)
                .setNull(MALL_ORDER.RECEIVER_NAME)
                .setNull(MALL_ORDER.RECEIVER_PHONE)
                .setNull(MALL_ORDER.RECEIVER_CELLPHONE)
                .setNull(MALL_ORDER.RECEIVER_ZIPCODE)
                .setNull(MALL_ORDER.RECEIVER_ADDRESS1)
                .setNull(MALL_ORDER.RECEIVER_ADDRESS2)
                .setNull(MALL_ORDER.SHIPPING_MESSAGE)
                .set(MALL_ORDER.PERSONAL_DATA_PURGED_AT, now.toString())
                .where(MALL_ORDER.PERSONAL_DATA_PURGED_AT.isNull())
                .and(expired)
                .execute();
    }
}
