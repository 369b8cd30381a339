package com.mallboard.board;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.product.ChecklistProgress;
import com.mallboard.product.Product;
import com.mallboard.product.ProductDetails;
import com.mallboard.product.Stage;
import com.mallboard.store.TestClock;
import com.mallboard.suggest.risk.LaunchRisk;
import com.mallboard.suggest.risk.RiskStatus;
import com.mallboard.suggest.risk.StagePart;
import com.mallboard.sync.OpenOrders;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BoardFilterTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private static final BoardCard TORRIDEN_SUN = card(1, ProductDetails.builder().sku("TOR-SUN").name("다이브인 선크림")
            .brand("Torriden").influencer("뷰티소라").supplier("코스맥스").barcode("8801234567893").build(),
            Set.of("sunscreen", "summer"));
    private static final BoardCard TORRIDEN_TONER = card(2, ProductDetails.builder().sku("TOR-TONER")
            .name("Dive-in Toner").brand("Torriden").influencer("minji.beauty").build(), Set.of("toner"));
    private static final BoardCard ROUND_LAB_SUN = card(3, ProductDetails.builder().sku("RL-SUN")
            .name("Birch Sunscreen").brand("Round Lab").influencer("뷰티소라").build(), Set.of("sunscreen", "cold-chain"));
    private static final BoardCard COLD_NAME = card(4, ProductDetails.builder().sku("COLD-1").name("Cold Cream")
            .brand("Kiehl").build(), Set.of());
    private static final List<BoardCard> BOARD = List.of(TORRIDEN_SUN, TORRIDEN_TONER, ROUND_LAB_SUN, COLD_NAME);

    private static BoardCard card(long id, ProductDetails details, Set<String> tags) {
        return card(id, details, tags, Stage.SOURCING, ChecklistProgress.NONE);
    }

    private static BoardCard card(long id, ProductDetails details, Set<String> tags, Stage stage,
            ChecklistProgress progress) {
        Product product = new Product(id, details, stage, tags, false, TestClock.START, TestClock.START,
                TestClock.START, null, 1);
        return BoardCard.of(product, progress, List.of(), TODAY);
    }

    private static List<BoardCard> shown(BoardFilter filter) {
        return BOARD.stream().filter(filter.predicate(TODAY)).toList();
    }

    private static BoardFilter text(String text) {
        return BoardFilter.NONE.withText(text);
    }

    @Test
    void noFilterShowsEveryCard() {
        assertThat(BoardFilter.NONE.isEmpty()).isTrue();
        assertThat(shown(BoardFilter.NONE)).isEqualTo(BOARD);
        assertThat(shown(text("   "))).isEqualTo(BOARD);
        assertThat(text("   ").isEmpty()).isTrue();
    }

    @Test
    void typingOneWordFindsItAnywhereOnTheCardIgnoringCase() {
        assertThat(shown(text("TORRIDEN"))).containsExactly(TORRIDEN_SUN, TORRIDEN_TONER);
        assertThat(shown(text("rl-sun"))).containsExactly(ROUND_LAB_SUN);
        assertThat(shown(text("코스맥스"))).containsExactly(TORRIDEN_SUN);
        assertThat(shown(text("8801234567893"))).containsExactly(TORRIDEN_SUN);
    }

    @Test
    void everyWordTypedMustMatch() {
        assertThat(shown(text("torriden  toner"))).containsExactly(TORRIDEN_TONER);
        assertThat(shown(text("sun birch"))).containsExactly(ROUND_LAB_SUN);
        assertThat(shown(text("torriden birch"))).isEmpty();
    }

    @Test
    void koreanWordsMatchKoreanText() {
        assertThat(shown(text("뷰티소라"))).containsExactly(TORRIDEN_SUN, ROUND_LAB_SUN);
        assertThat(shown(text("선크림 뷰티소라"))).containsExactly(TORRIDEN_SUN);
    }

    @Test
    void aHashWordMatchesTagsOnly() {
        assertThat(shown(text("#cold"))).containsExactly(ROUND_LAB_SUN);
        assertThat(shown(text("cold"))).containsExactly(ROUND_LAB_SUN, COLD_NAME);
        assertThat(shown(text("torriden #sunscreen"))).containsExactly(TORRIDEN_SUN);
        assertThat(shown(text("#SUMMER"))).containsExactly(TORRIDEN_SUN);
    }

    @Test
    void choosingATagBrandOrInfluencerShowsOnlyThoseCards() {
        assertThat(shown(new BoardFilter("", "sunscreen", null, null, false))).containsExactly(TORRIDEN_SUN,
                ROUND_LAB_SUN);
        assertThat(shown(new BoardFilter("", null, "Torriden", null, false))).containsExactly(TORRIDEN_SUN,
                TORRIDEN_TONER);
        assertThat(shown(new BoardFilter("", null, null, "뷰티소라", false))).containsExactly(TORRIDEN_SUN,
                ROUND_LAB_SUN);
        assertThat(shown(new BoardFilter("sun", "sunscreen", "Torriden", "뷰티소라", false)))
                .containsExactly(TORRIDEN_SUN);
    }

    @Test
    void overdueOnlyShowsLateChecklistsAndMissedLaunches() {
        BoardCard lateAction = card(10, ProductDetails.of("LATE-1", "late action"), Set.of(), Stage.SOURCING,
                new ChecklistProgress(0, 2, 1));
        BoardCard missedLaunch = card(11, ProductDetails.builder().sku("LATE-2").name("missed launch")
                .launchDate(TODAY.minusDays(1)).build(), Set.of(), Stage.SHIPMENT, ChecklistProgress.NONE);
        BoardCard launchedAndDone = card(12, ProductDetails.builder().sku("DONE-1").name("launched")
                .launchDate(TODAY.minusDays(30)).build(), Set.of(), Stage.DONE, ChecklistProgress.NONE);
        BoardCard launchToday = card(13, ProductDetails.builder().sku("TODAY-1").name("launch today")
                .launchDate(TODAY).build(), Set.of(), Stage.SHIPMENT, new ChecklistProgress(2, 2, 0));
        BoardFilter overdue = new BoardFilter("", null, null, null, true);

        assertThat(List.of(lateAction, missedLaunch, launchedAndDone, launchToday))
                .filteredOn(overdue.predicate(TODAY))
                .containsExactly(lateAction, missedLaunch);
    }

    @Test
    void openOrdersOnlyShowsProductsWithOrdersWaitingToShip() {
        Product product = TORRIDEN_SUN.product();
        BoardCard waiting = BoardCard.of(product, ChecklistProgress.NONE, List.of(), List.of(), new OpenOrders(2, 5),
                TODAY);
        BoardFilter openOrders = new BoardFilter("", null, null, null, false, true);

        assertThat(List.of(waiting, TORRIDEN_TONER, ROUND_LAB_SUN)).filteredOn(openOrders.predicate(TODAY))
                .containsExactly(waiting);
        assertThat(openOrders.isEmpty()).isFalse();
        assertThat(openOrders.withText("torriden").openOrdersOnly()).isTrue();
    }

    @Test
    void changingTheTextKeepsTheOtherChoices() {
        BoardFilter filter = new BoardFilter("old", "summer", "Torriden", "뷰티소라", true, true);

        assertThat(filter.withText(" new ")).isEqualTo(new BoardFilter("new", "summer", "Torriden", "뷰티소라", true,
                true));
    }

    @Test
    void aTagFilterMatchesHoweverTheTagWasTyped() {
        BoardFilter typed = new BoardFilter("", " Sunscreen ", null, null, false);
        assertThat(typed.tag()).isEqualTo("sunscreen");
        assertThat(shown(typed)).containsExactly(TORRIDEN_SUN, ROUND_LAB_SUN);
    }

    @Test
    void launchAtRiskKeepsOnlyTheCardsFlaggedAtRisk() {
        LaunchRisk risk = new LaunchRisk(RiskStatus.AT_RISK, TODAY.plusDays(9), false, 9,
                List.of(new StagePart(Stage.SOURCING, 18, false)));
        LaunchRisk fits = new LaunchRisk(RiskStatus.ON_TRACK, TODAY.plusDays(30), false, 30,
                List.of(new StagePart(Stage.SOURCING, 18, false)));
        BoardCard flagged = withSignals(TORRIDEN_SUN, new CardSignals(risk, 0));
        BoardCard onTrack = withSignals(TORRIDEN_TONER, new CardSignals(fits, 2));
        BoardFilter atRisk = new BoardFilter("", null, null, null, false, false, true);

        assertThat(List.of(flagged, onTrack, COLD_NAME).stream().filter(atRisk.predicate(TODAY)).toList())
                .containsExactly(flagged);
        assertThat(atRisk.isEmpty()).isFalse();
        assertThat(atRisk.withText("토리든").atRiskOnly()).as("typing keeps the risk filter").isTrue();
        assertThat(new BoardFilter("", null, null, null, false, false).atRiskOnly()).isFalse();
    }

    private static BoardCard withSignals(BoardCard card, CardSignals signals) {
        return BoardCard.of(card.product(), card.checklist(), card.gateProblems(), card.listings(), card.openOrders(),
                signals, TODAY);
    }
}
