package com.mallboard.suggest.risk;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.product.Product;
import com.mallboard.product.ProductDetails;
import com.mallboard.product.Stage;
import com.mallboard.store.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Today is 2026-11-25 in Seoul; no history, so planning 7, sourcing 14 and labeling 7 days (the defaults). */
class LaunchRiskServiceTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final StageDurations DEFAULTS = StageDurations.defaults();

    private final List<RecordedMove> history = new ArrayList<>();
    private final TestClock clock = new TestClock();
    private final LaunchRiskService service = new LaunchRiskService(new StageHistory() {
        @Override
        public List<RecordedMove> movesOfActiveProducts() {
            return List.copyOf(history);
        }

        @Override
        public long moveCount() {
            return history.size();
        }
    }, clock);

    private static Product product(long id, Stage stage, LocalDate launch, LocalDate enteredInSeoul, String... tags) {
        Instant entered = enteredInSeoul.atTime(9, 0).atZone(com.mallboard.common.Formats.SEOUL).toInstant();
        return new Product(id, ProductDetails.builder().sku("SKU-" + id).name("선크림 " + id).launchDate(launch).build(),
                stage, Set.of(tags), false, entered, entered, entered, null, 1);
    }

    private LaunchRisk assess(Product product) {
        return service.assess(product, DEFAULTS, TODAY);
    }

    @Test
    void sourcingFourDaysInNeedsTheRestOfSourcingAndAllOfLabeling() {
        Product sourcing = product(1, Stage.SOURCING, TODAY.plusDays(16), TODAY.minusDays(4));

        LaunchRisk risk = assess(sourcing);

        assertThat(risk.parts()).containsExactly(new StagePart(Stage.SOURCING, 10, true),
                new StagePart(Stage.LABELING, 7, true));
        assertThat(risk.daysNeeded()).isEqualTo(17);
        assertThat(risk.daysLeft()).isEqualTo(16);
        assertThat(risk.status()).isEqualTo(RiskStatus.AT_RISK);
    }

    @Test
    void needingExactlyTheDaysLeftIsOnTrackAndOneMoreIsAtRisk() {
        assertThat(assess(product(1, Stage.SOURCING, TODAY.plusDays(17), TODAY.minusDays(4))).status())
                .isEqualTo(RiskStatus.ON_TRACK);
        assertThat(assess(product(2, Stage.PLANNING, TODAY.plusDays(28), TODAY)).status())
                .isEqualTo(RiskStatus.ON_TRACK);
        assertThat(assess(product(3, Stage.PLANNING, TODAY.plusDays(27), TODAY)).status())
                .isEqualTo(RiskStatus.AT_RISK);
    }

    @Test
    void aStageOverrunStillNeedsAtLeastOneDaySoLaunchingTodayIsAtRisk() {
        Product overrun = product(1, Stage.LABELING, TODAY, TODAY.minusDays(30));

        LaunchRisk risk = assess(overrun);

        assertThat(risk.parts()).containsExactly(new StagePart(Stage.LABELING, 1, true));
        assertThat(risk.daysLeft()).isZero();
        assertThat(risk.status()).isEqualTo(RiskStatus.AT_RISK);
        assertThat(assess(product(2, Stage.LABELING, TODAY.plusDays(1), TODAY.minusDays(30))).status())
                .isEqualTo(RiskStatus.ON_TRACK);
    }

    @Test
    void aPassedLaunchIsLateNotAtRiskAndShipmentOrDoneOrNoDateHaveNothingToSay() {
        assertThat(assess(product(1, Stage.SOURCING, TODAY.minusDays(1), TODAY)).status()).isEqualTo(RiskStatus.LATE);
        assertThat(assess(product(2, Stage.SHIPMENT, TODAY.plusDays(1), TODAY))).isEqualTo(LaunchRisk.NONE);
        assertThat(assess(product(3, Stage.DONE, TODAY.minusDays(9), TODAY))).isEqualTo(LaunchRisk.NONE);
        assertThat(assess(product(4, Stage.PLANNING, null, TODAY))).isEqualTo(LaunchRisk.NONE);
        assertThat(assess(product(5, Stage.PLANNING, null, TODAY, "campaign:mega-sale"))).isEqualTo(LaunchRisk.NONE);
    }

    @Test
    void aCampaignBeforeTheLaunchIsTheDeadlineAndALaterOneIsNot() {
        Product early = product(1, Stage.LABELING, TODAY.plusDays(60), TODAY, "campaign:black-friday-20261127");
        Product late = product(2, Stage.LABELING, TODAY.plusDays(3), TODAY, "campaign:xmas-2026-12-24");
        Product campaignOnly = product(3, Stage.LABELING, null, TODAY, "campaign:2026-12-24");

        assertThat(assess(early)).satisfies(risk -> {
            assertThat(risk.campaign()).isTrue();
            assertThat(risk.deadline()).isEqualTo(LocalDate.of(2026, 11, 27));
            assertThat(risk.status()).isEqualTo(RiskStatus.AT_RISK);
        });
        assertThat(assess(late).campaign()).isFalse();
        assertThat(assess(late).deadline()).isEqualTo(TODAY.plusDays(3));
        assertThat(assess(campaignOnly).status()).isEqualTo(RiskStatus.ON_TRACK);
    }

    @Test
    void daysAreSeoulCalendarDaysSoAMoveJustAfterSeoulMidnightIsDayZero() {
        Instant justAfterMidnight = Instant.parse("2026-11-24T15:30:00Z");
        Product moved = new Product(1, ProductDetails.builder().sku("S-1").name("n").launchDate(TODAY.plusDays(6))
                .build(), Stage.LABELING, Set.of(), false, justAfterMidnight, justAfterMidnight, justAfterMidnight,
                null, 1);

        assertThat(assess(moved).parts()).containsExactly(new StagePart(Stage.LABELING, 7, true));
    }

    @Test
    void theBoardGetsOnlyTheProductsAtRiskWithDurationsLearnedFromTheHistory() {
        labelingStays(10, 5, 2);
        Product safe = product(1, Stage.LABELING, TODAY.plusDays(3), TODAY);
        Product risky = product(2, Stage.LABELING, TODAY.plusDays(1), TODAY);
        assertThat(service.atRiskAmongFew(List.of(risky))).as("before the first board load nothing is known").isEmpty();

        Map<Long, LaunchRisk> atRisk = service.atRiskAmong(List.of(safe, risky));

        assertThat(atRisk).containsOnlyKeys(2L);
        assertThat(atRisk.get(2L).parts()).containsExactly(new StagePart(Stage.LABELING, 2, false));
    }

    @Test
    void durationsAreReadAgainAfterTenMinutesOrAtOnceWhenTheHistoryGrewMuch() {
        labelingStays(10, 5, 2);
        Product safe = product(1, Stage.LABELING, TODAY.plusDays(3), TODAY);
        assertThat(service.atRiskAmong(List.of(safe))).isEmpty();
        history.clear();
        labelingStays(10, 5, 12);

        assertThat(service.atRiskAmongFew(List.of(safe))).as("a single card reuses the board's durations").isEmpty();
        clock.advance(Duration.ofMinutes(9));
        assertThat(service.atRiskAmong(List.of(safe))).as("durations read 9 minutes ago are still fresh").isEmpty();
        clock.advance(Duration.ofMinutes(1));
        assertThat(service.atRiskAmong(List.of(safe))).as("after 10 minutes labeling takes 12 days").containsOnlyKeys(1L);
        labelingStays(20, 5, 1);
        labelingStays(30, 5, 1);
        assertThat(service.atRiskAmong(List.of(safe))).as("three times the moves: read again at once").isEmpty();
    }

    /** {@code count} past products from {@code firstId} on, each {@code days} in labeling before shipment. */
    private void labelingStays(long firstId, int count, int days) {
        Instant start = Instant.parse("2026-06-01T01:00:00Z");
        for (long id = firstId; id < firstId + count; id++) {
            history.add(new RecordedMove(id, Stage.LABELING, start));
            history.add(new RecordedMove(id, Stage.SHIPMENT, start.plus(Duration.ofDays(days))));
        }
    }
}
