package com.mallboard.store;

import static com.mallboard.store.generated.Tables.OUTBOX_CLAIM;

import com.mallboard.store.generated.tables.records.OutboxClaimRecord;
import com.mallboard.sync.ClaimHolder;
import com.mallboard.sync.OutboxClaim;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The per-mall claim of {@code outbox_claim}: every change is one statement that checks and writes at once, so two
 * desktops asking together cannot both win (PostgreSQL re-checks the WHERE on the row the first one committed; SQLite
 * runs writers one after another). Statements run outside any caller's transaction: the claim is committed before the
 * drain's first call to the mall, and no lock is held while the call is on the wire.
 */
final class OutboxClaims {
    private static final String FREE = "";

    private OutboxClaims() {
    }

    static OutboxClaim claim(DSLContext dsl, long mallRef, String token, ClaimHolder holder, Duration lease) {
        Instant now = serverNow(dsl);
        String nowText = text(now);
        dsl.insertInto(OUTBOX_CLAIM).set(OUTBOX_CLAIM.MALL_REF, (int) mallRef).onConflictDoNothing().execute();
        OutboxClaimRecord before = row(dsl, mallRef);
        int won = dsl.update(OUTBOX_CLAIM).set(OUTBOX_CLAIM.HOLDER, token).set(OUTBOX_CLAIM.HOLDER_NAME, holder.name())
                .set(OUTBOX_CLAIM.HOLDER_HOST, holder.host()).set(OUTBOX_CLAIM.HOLDER_PID, (int) holder.pid())
                .set(OUTBOX_CLAIM.CLAIMED_AT, nowText).set(OUTBOX_CLAIM.EXPIRES_AT, text(now.plus(lease)))
                .where(OUTBOX_CLAIM.MALL_REF.eq((int) mallRef))
                .and(OUTBOX_CLAIM.HOLDER.eq(FREE).or(OUTBOX_CLAIM.EXPIRES_AT.lt(nowText)))
                .execute();
        if (won == 1) {
            boolean expiredOther = before != null && !FREE.equals(before.getHolder())
                    && before.getExpiresAt().compareTo(nowText) < 0;
            return new OutboxClaim(true, token, holder, now, now.plus(lease),
                    expiredOther ? before.getHolderName() : null);
        }
        OutboxClaimRecord other = row(dsl, mallRef);
        if (FREE.equals(other.getHolder())) {
            // Freed between our update and this read: the other drain has just finished, so ask again.
            return claim(dsl, mallRef, token, holder, lease);
        }
        ClaimHolder otherHolder = new ClaimHolder(other.getHolderName(), other.getHolderHost(),
                other.getHolderPid() == null ? 0 : other.getHolderPid());
        return new OutboxClaim(false, other.getHolder(), otherHolder, StoredTimes.instant(other.getClaimedAt()),
                StoredTimes.instant(other.getExpiresAt()), null);
    }

    static boolean renew(DSLContext dsl, long mallRef, String token, Duration lease) {
        return dsl.update(OUTBOX_CLAIM).set(OUTBOX_CLAIM.EXPIRES_AT, text(serverNow(dsl).plus(lease)))
                .where(OUTBOX_CLAIM.MALL_REF.eq((int) mallRef)).and(OUTBOX_CLAIM.HOLDER.eq(token)).execute() == 1;
    }

    static void release(DSLContext dsl, long mallRef, String token) {
        dsl.update(OUTBOX_CLAIM).set(OUTBOX_CLAIM.HOLDER, FREE).setNull(OUTBOX_CLAIM.HOLDER_NAME)
                .setNull(OUTBOX_CLAIM.HOLDER_HOST).setNull(OUTBOX_CLAIM.HOLDER_PID)
                .setNull(OUTBOX_CLAIM.CLAIMED_AT).set(OUTBOX_CLAIM.EXPIRES_AT, FREE)
                .where(OUTBOX_CLAIM.MALL_REF.eq((int) mallRef)).and(OUTBOX_CLAIM.HOLDER.eq(token)).execute();
    }

    private static OutboxClaimRecord row(DSLContext dsl, long mallRef) {
        return dsl.selectFrom(OUTBOX_CLAIM).where(OUTBOX_CLAIM.MALL_REF.eq((int) mallRef)).fetchOne();
    }

    /**
     * The database's clock, not this desktop's: desktops' clocks drift apart, and a claim that one of them reads as
     * expired too early would let two drains push at once.
     */
    static Instant serverNow(DSLContext dsl) {
        String millis = dsl.dialect().family() == SQLDialect.POSTGRES
                ? "cast(extract(epoch from clock_timestamp()) * 1000 as bigint)"
                : "cast((julianday('now') - 2440587.5) * 86400000 as integer)";
        // Read as a long: the SQLite driver's own guess for an integer expression is a 32-bit int.
        return Instant.ofEpochMilli(dsl.fetchValue(DSL.field(millis, SQLDataType.BIGINT)));
    }

    /** Whole seconds, so every stored text has one length and texts sort like the instants they are. */
    private static String text(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
