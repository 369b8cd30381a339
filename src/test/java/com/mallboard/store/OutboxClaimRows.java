package com.mallboard.store;

import static com.mallboard.store.generated.Tables.OUTBOX_CLAIM;

/** Test access to the claims of {@code outbox_claim}, for playing a desktop that stopped in the middle of a drain. */
public final class OutboxClaimRows {
    private OutboxClaimRows() {
    }

    /** Every held claim ran out long ago: its desktop stopped renewing it (it died, or lost the server). */
    public static void expireAll(TestStore store) {
        store.dsl().update(OUTBOX_CLAIM).set(OUTBOX_CLAIM.EXPIRES_AT, "2000-01-01T00:00:00Z")
                .where(OUTBOX_CLAIM.HOLDER.ne("")).execute();
    }

    /** Who holds the mall's claim now; "" when free. */
    public static String holderOf(TestStore store, long mallRef) {
        String holder = store.dsl().select(OUTBOX_CLAIM.HOLDER).from(OUTBOX_CLAIM)
                .where(OUTBOX_CLAIM.MALL_REF.eq((int) mallRef)).fetchOne(OUTBOX_CLAIM.HOLDER);
        return holder == null ? "" : holder;
    }
}
