package com.mallboard.shipping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mallboard.sync.StoredOrder;
import com.mallboard.sync.StoredOrderItem;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PackingSessionTest {
    private static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final String SUNSCREEN_EAN = "8801234567893";
    private static final String TONER_EAN = "8809876543210";

    /** Sunscreen (product 1) by barcode or SKU, toner (2), cushion (3) with shades by option SKU, a serum (9). */
    private final CodeResolver codes = code -> Optional.ofNullable(Map.of(
            SUNSCREEN_EAN, new ScannedItem(1, null),
            "SUN-50", new ScannedItem(1, null),
            TONER_EAN, new ScannedItem(2, null),
            "CUSH-21", new ScannedItem(3, "21호", "CUSH-21"),
            "CUSH-23", new ScannedItem(3, "23호", "CUSH-23"),
            "SERUM-1", new ScannedItem(9, null)).get(code));

    private static StoredOrderItem line(String code, long productId, int quantity) {
        return new StoredOrderItem(code, "SKU-" + productId, "상품 " + productId, null, quantity, 10_000, "N20", null,
                null, productId, null);
    }

    private static StoredOrder order(boolean canceled, StoredOrderItem... items) {
        return new StoredOrder(7, 1, "글로우몰", "20260301-0000001", NOW, true, canceled, 30_000, null, List.of(items));
    }

    private PackingSession start(StoredOrderItem... items) {
        return PackingSession.start(order(false, items), codes, CLOCK, "minji");
    }

    @Test
    void aLineOfThreeNeedsThreeScansAndTheLastOneCompletesTheOrder() {
        PackingSession session = start(line("1", 1, 3));

        assertThat(session.scan(SUNSCREEN_EAN)).isEqualTo(new ScanOutcome.LineTicked(
                new PackLine(0, session.order().items().get(0), 1)));
        assertThat(session.scan("sun-50")).isInstanceOf(ScanOutcome.LineTicked.class);
        assertThat(session.allScanned()).isFalse();
        ScanOutcome last = session.scan(SUNSCREEN_EAN);

        assertThat(last).isInstanceOf(ScanOutcome.OrderComplete.class);
        assertThat(((ScanOutcome.OrderComplete) last).line().scanned()).isEqualTo(3);
        assertThat(last.feedback()).isEqualTo(Feedback.OK);
        assertThat(session.allScanned()).isTrue();
    }

    @Test
    void tickingOneLineSaysHowManyOfItAreScanned() {
        PackingSession session = start(line("1", 1, 2), line("2", 2, 1));

        ScanOutcome outcome = session.scan(TONER_EAN);

        assertThat(outcome).isInstanceOf(ScanOutcome.LineTicked.class);
        PackLine ticked = ((ScanOutcome.LineTicked) outcome).line();
        assertThat(ticked.index()).isEqualTo(1);
        assertThat(ticked.scanned()).isEqualTo(1);
        assertThat(ticked.needed()).isEqualTo(1);
        assertThat(session.unitsScanned()).isEqualTo(1);
        assertThat(session.unitsNeeded()).isEqualTo(3);
    }

    @Test
    void aProductNotInTheOrderIsAWrongItemAndCountsNothing() {
        PackingSession session = start(line("1", 1, 1));

        ScanOutcome outcome = session.scan("SERUM-1");

        assertThat(outcome).isEqualTo(new ScanOutcome.WrongItem("SERUM-1", new ScannedItem(9, null)));
        assertThat(outcome.feedback()).isEqualTo(Feedback.ERROR);
        assertThat(session.unitsScanned()).isZero();
    }

    @Test
    void anotherShadeOfTheOrderedCushionIsAWrongItem() {
        StoredOrderItem shade21 = new StoredOrderItem("1", "CUSH", "쿠션", "21호", 1, 30_000, "N20", null, null, 3L, null);
        PackingSession session = start(shade21);

        assertThat(session.scan("CUSH-23")).isInstanceOf(ScanOutcome.WrongItem.class);
        assertThat(session.scan("cush-21")).isInstanceOf(ScanOutcome.OrderComplete.class);
    }

    @Test
    void aCafe24LineNamingItsOptionGroupTakesTheShadeByTheCodeTheMallSentBack() {
        StoredOrderItem shade21 = new StoredOrderItem("1", "CUSH", "쿠션", "옵션=21호", 1, 30_000, "N20", null, null, 3L,
                "CUSH-21");
        PackingSession session = start(shade21);

        assertThat(session.scan("CUSH-23")).isInstanceOf(ScanOutcome.WrongItem.class);
        assertThat(session.scan("CUSH-21")).isInstanceOf(ScanOutcome.OrderComplete.class);
    }

    @Test
    void withoutACodeFromTheMallTheShadeIsFoundByNameEvenWithTheGroupInFront() {
        StoredOrderItem shade23 = new StoredOrderItem("1", "CUSH", "쿠션", "옵션=23호", 1, 30_000, "N20", null, null, 3L,
                null);
        PackingSession session = start(shade23);

        assertThat(session.scan("CUSH-21")).isInstanceOf(ScanOutcome.WrongItem.class);
        assertThat(session.scan("CUSH-23")).isInstanceOf(ScanOutcome.OrderComplete.class);
    }

    @Test
    void oneUnitTooManyWarnsAndCountsNothing() {
        PackingSession session = start(line("1", 1, 1), line("2", 2, 1));
        session.scan(SUNSCREEN_EAN);

        ScanOutcome outcome = session.scan(SUNSCREEN_EAN);

        assertThat(outcome).isInstanceOf(ScanOutcome.LineAlreadyComplete.class);
        assertThat(outcome.feedback()).isEqualTo(Feedback.WARNING);
        assertThat(((ScanOutcome.LineAlreadyComplete) outcome).line().scanned()).isEqualTo(1);
        assertThat(session.unitsScanned()).isEqualTo(1);
    }

    @Test
    void aCodeNoProductHasIsUnknown() {
        PackingSession session = start(line("1", 1, 1));

        assertThat(session.scan(" 4006381333931 ")).isEqualTo(new ScanOutcome.UnknownCode("4006381333931"));
        assertThat(session.scan("4006381333931").feedback()).isEqualTo(Feedback.ERROR);
    }

    @Test
    void emptyScansAreIgnored() {
        PackingSession session = start(line("1", 1, 1));

        assertThat(session.scan("")).isInstanceOf(ScanOutcome.Ignored.class);
        assertThat(session.scan(" \t\r\n")).isInstanceOf(ScanOutcome.Ignored.class);
        assertThat(session.scan(null)).isInstanceOf(ScanOutcome.Ignored.class);
        assertThat(session.scan("").feedback()).isEqualTo(Feedback.NONE);
    }

    @Test
    void fullWidthDigitsFromAKoreanInputMethodAreRead() {
        PackingSession session = start(line("1", 1, 1));

        assertThat(session.scan("８８０１２３４５６７８９３")).isInstanceOf(ScanOutcome.OrderComplete.class);
    }

    @Test
    void aCanceledOrderIsRefused() {
        StoredOrder canceled = order(true, line("1", 1, 1));

        assertThat(PackingSession.refusal(canceled)).contains(
                new PackRefusal(PackRefusal.Reason.CANCELED, "20260301-0000001"));
        assertThatThrownBy(() -> PackingSession.start(canceled, codes, CLOCK, "minji"))
                .isInstanceOfSatisfying(PackRefusedException.class,
                        e -> assertThat(e.refusal().messageKey()).isEqualTo("pack.refused.canceled"));
    }

    @Test
    void anOrderWhoseLinesAreAllCanceledAtTheMallIsRefusedAsCanceled() {
        StoredOrderItem canceledLine = new StoredOrderItem("1", "S", "상품", null, 1, 1, "C40", null, null, 1L, null);

        assertThat(PackingSession.refusal(order(false, canceledLine)).map(PackRefusal::reason))
                .contains(PackRefusal.Reason.CANCELED);
    }

    @Test
    void anOrderWithATrackingNumberOnEveryLineIsRefusedAsPacked() {
        StoredOrderItem shipped = new StoredOrderItem("1", "S", "상품", null, 1, 1, "N30", "123456789012", "0006", 1L, null);

        assertThat(PackingSession.refusal(order(false, shipped)).map(PackRefusal::messageKey))
                .contains("pack.refused.packed");
    }

    @Test
    void anOrderShippedInPartPacksOnlyWhatIsLeft() {
        StoredOrderItem shipped = new StoredOrderItem("1", "S", "상품", null, 1, 1, "N30", "123456789012", "0006", 1L, null);
        PackingSession session = start(shipped, line("2", 2, 1));

        assertThat(session.lines()).extracting(l -> l.item().itemCode()).containsExactly("2");
        assertThat(session.scan(SUNSCREEN_EAN)).isInstanceOf(ScanOutcome.WrongItem.class);
    }

    @Test
    void anOrderWithAnUnmatchedLineIsRefused() {
        StoredOrderItem unmatched = new StoredOrderItem("2", "X-1", "모르는 상품", null, 1, 1, "N20", null, null, null, null);

        assertThat(PackingSession.refusal(order(false, line("1", 1, 1), unmatched)).map(PackRefusal::messageKey))
                .contains("pack.refused.unmatched");
    }

    @Test
    void completeNeedsEveryUnitAndRecordsWhoAndWhen() {
        PackingSession session = start(line("1", 1, 2));
        session.scan(SUNSCREEN_EAN);

        assertThatThrownBy(session::complete).isInstanceOf(IllegalStateException.class);
        session.scan(SUNSCREEN_EAN);
        PackResult result = session.complete();

        assertThat(result.overridden()).isFalse();
        assertThat(result.who()).isEqualTo("minji");
        assertThat(result.at()).isEqualTo(NOW);
        assertThat(result.lines()).extracting(PackLine::scanned).containsExactly(2);
        assertThat(result.itemCodes()).containsExactly("1");
        assertThat(session.result()).contains(result);
        assertThatThrownBy(() -> session.scan(SUNSCREEN_EAN)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anOverrideNeedsAReasonAndKeepsIt() {
        PackingSession session = start(line("1", 1, 2));
        session.scan(SUNSCREEN_EAN);

        assertThatThrownBy(() -> session.overrideComplete("  ", "팀장")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> session.overrideComplete(null, "팀장")).isInstanceOf(IllegalArgumentException.class);
        assertThat(session.result()).isEmpty();
        PackResult result = session.overrideComplete(" 바코드 훼손 ", "팀장");

        assertThat(result.overrideReason()).isEqualTo("바코드 훼손");
        assertThat(result.who()).isEqualTo("팀장");
        assertThat(result.lines()).extracting(PackLine::scanned).containsExactly(1);
    }
}
