package com.mallboard.sync.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.common.Messages;
import com.mallboard.sync.ListingChip;
import com.mallboard.sync.ListingStatus;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ListingStatusTextTest {
    private final ListingStatusText korean = new ListingStatusText(new Messages(Locale.KOREAN));
    private final ListingStatusText english = new ListingStatusText(new Messages(Locale.ENGLISH));

    @Test
    void anIncompleteListingNamesTheMissingFieldsByTheirLabels() {
        assertThat(korean.problem(ListingStatus.INCOMPLETE, "COST,CATEGORY"))
                .isEqualTo("필수 항목이 비어 있어 보내지 않았습니다: 매입 단가, 카테고리");
        assertThat(english.fieldLabels("PRICE, NAME")).isEqualTo("Target price, Name");
    }

    @Test
    void aFieldNameTheAppDoesNotKnowIsShownAsItIs() {
        assertThat(korean.fieldLabels("COST,WEIGHT")).isEqualTo("매입 단가, WEIGHT");
    }

    @Test
    void aFailedListingShowsTheMallsMessage() {
        assertThat(korean.problem(ListingStatus.FAILED, "HTTP 422: product_name is too long"))
                .isEqualTo("HTTP 422: product_name is too long");
        assertThat(korean.problem(ListingStatus.FAILED, null)).isNotBlank();
        assertThat(korean.problem(ListingStatus.SYNCED, null)).isEmpty();
    }

    @Test
    void theChipTooltipSaysMallStatusAndProblem() {
        assertThat(korean.tooltip(new ListingChip(1, "글로우몰", ListingStatus.FAILED, "HTTP 503: down")))
                .isEqualTo("글로우몰: 실패 — HTTP 503: down");
        assertThat(korean.tooltip(new ListingChip(1, "글로우몰", ListingStatus.SYNCED, null)))
                .isEqualTo("글로우몰: 동기화됨");
    }

    @Test
    void chipsShowTheMallsFirstWordCutToSixLetters() {
        assertThat(ListingStatusText.shortName("글로우몰 공식")).isEqualTo("글로우몰");
        assertThat(ListingStatusText.shortName("Beautyshopping")).isEqualTo("Beauty");
        assertThat(ListingStatusText.shortName(null)).isEmpty();
    }

    @Test
    void everyStatusAndOrderStateReadsInBothLanguages() {
        for (Locale locale : List.of(Locale.KOREAN, Locale.ENGLISH)) {
            Messages messages = new Messages(locale);
            ListingStatusText text = new ListingStatusText(messages);
            Stream<String> words = Stream.concat(Arrays.stream(ListingStatus.values()).map(text::status),
                    Arrays.stream(OrderState.values()).map(s -> messages.get(s.messageKey())));
            Stream<String> driftFields = Stream.of("name", "price", "supplyPrice", "display", "selling", "stock")
                    .map(f -> messages.get("drift.field." + f));
            Stream<String> tracking = Stream.of("tracking.missing", "tracking.invalid", "tracking.unknown.carrier",
                    "tracking.no.lines").map(messages::get);
            assertThat(Stream.of(words, driftFields, tracking).flatMap(s -> s)).noneMatch(s -> s.startsWith("!"));
        }
    }
}
