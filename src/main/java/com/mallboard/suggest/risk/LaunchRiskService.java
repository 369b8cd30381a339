package com.mallboard.suggest.risk;

import com.mallboard.common.Formats;
import com.mallboard.product.Product;
import com.mallboard.product.Stage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which products will likely miss their launch. A product is ready for launch when it enters
 * {@link #READY_STAGE shipment} (stock in the warehouse, listed, orders can be packed), so the stages it still has to
 * finish before its deadline are its current one and every later one before shipment. Its current stage needs the
 * typical days minus the days already spent there, but never less than {@link #MIN_DAYS_LEFT_IN_STAGE}: a product
 * past the typical time is not done yet. At risk when those days exceed the Seoul calendar days left; late (not at
 * risk) when the deadline has passed, which the board already shows as overdue.
 *
 * <p>The typical durations come from the whole stage history in one read, which at 150,000 moves costs about as
 * much as a third of the board's load. Medians over thousands of stays do not move in minutes, so a board load
 * ({@link #atRiskAmong}) reads the history again only when the last read is older than {@link #REREAD_AFTER} or the
 * number of recorded moves changed by more than a twentieth (an import, the demo's past); {@link #atRiskAmongFew}
 * (one card after an edit, the board's first cards) never reads it.
 */
public class LaunchRiskService {
    public static final Stage READY_STAGE = Stage.SHIPMENT;
    public static final int MIN_DAYS_LEFT_IN_STAGE = 1;
    public static final Duration REREAD_AFTER = Duration.ofMinutes(10);

    private final StageHistory history;
    private final Clock clock;
    private volatile StageDurations lastRead;
    private volatile Instant lastReadAt = Instant.MIN;
    private volatile long lastReadCount;

    public LaunchRiskService(StageHistory history, Clock clock) {
        this.history = history;
        this.clock = clock;
    }

    /** Reads the stage history again and keeps the durations for the next {@link #REREAD_AFTER}. */
    public StageDurations durations() {
        Instant now = clock.instant();
        long count = history.moveCount();
        StageDurations read = StageDurations.from(history.movesOfActiveProducts());
        lastRead = read;
        lastReadAt = now;
        lastReadCount = count;
        return read;
    }

    /** The products of {@code products} at risk, by id, with their estimates; durations read if not fresh. */
    public Map<Long, LaunchRisk> atRiskAmong(Collection<Product> products) {
        StageDurations known = lastRead;
        boolean fresh = known != null && clock.instant().isBefore(lastReadAt.plus(REREAD_AFTER))
                && Math.abs(history.moveCount() - lastReadCount) <= lastReadCount / 20;
        return atRisk(products, fresh ? known : durations());
    }

    /**
     * As {@link #atRiskAmong}, with the durations of the last board load. Before the first load nothing is flagged:
     * the board's first cards show within a fraction of a second, and the full load that follows flags them.
     */
    public Map<Long, LaunchRisk> atRiskAmongFew(Collection<Product> products) {
        StageDurations known = lastRead;
        return known == null ? Map.of() : atRisk(products, known);
    }

    public Map<Long, LaunchRisk> atRisk(Collection<Product> products, StageDurations durations) {
        LocalDate today = today();
        Map<Long, LaunchRisk> risky = new HashMap<>();
        for (Product product : products) {
            LaunchRisk risk = assess(product, durations, today);
            if (risk.atRisk()) {
                risky.put(product.id(), risk);
            }
        }
        return risky;
    }

    public LaunchRisk assess(Product product, StageDurations durations, LocalDate today) {
        if (!product.stage().isBefore(READY_STAGE)) {
            return LaunchRisk.NONE;
        }
        LocalDate launch = product.details().launchDate();
        Optional<LocalDate> campaign = CampaignDates.earliest(product.tags());
        boolean campaignFirst = campaign.isPresent() && (launch == null || campaign.get().isBefore(launch));
        LocalDate deadline = campaignFirst ? campaign.get() : launch;
        if (deadline == null) {
            return LaunchRisk.NONE;
        }
        long daysLeft = ChronoUnit.DAYS.between(today, deadline);
        List<StagePart> parts = partsLeft(product, durations, today);
        RiskStatus status = daysLeft < 0 ? RiskStatus.LATE
                : parts.stream().mapToInt(StagePart::days).sum() > daysLeft ? RiskStatus.AT_RISK : RiskStatus.ON_TRACK;
        return new LaunchRisk(status, deadline, campaignFirst, daysLeft, parts);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(Formats.SEOUL));
    }

    private static List<StagePart> partsLeft(Product product, StageDurations durations, LocalDate today) {
        List<StagePart> parts = new ArrayList<>();
        LocalDate entered = product.stageEnteredAt().atZone(Formats.SEOUL).toLocalDate();
        long daysInStage = Math.max(0, ChronoUnit.DAYS.between(entered, today));
        for (Stage stage = product.stage(); stage.isBefore(READY_STAGE); stage = stage.next().orElseThrow()) {
            StageDuration typical = durations.of(stage);
            int days = stage == product.stage()
                    ? (int) Math.max(MIN_DAYS_LEFT_IN_STAGE, typical.days() - daysInStage) : typical.days();
            parts.add(new StagePart(stage, days, typical.fromDefaults()));
        }
        return parts;
    }
}
