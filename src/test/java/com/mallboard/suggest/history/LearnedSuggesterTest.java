package com.mallboard.suggest.history;

import static com.mallboard.suggest.history.SamplePastProducts.NOW;
import static com.mallboard.suggest.history.SamplePastProducts.done;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.mallboard.common.Messages;
import com.mallboard.product.Stage;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LearnedSuggesterTest {
    private static final LearnedSettings EVERY_ACTION = LearnedSettings.defaults().withMinSupport(0);

    private final ReactionLog reactions = new ReactionLog();

    private List<LearnedSuggestion> suggest(List<PastProduct> history, LearnedSettings settings, long productId,
            Set<String> tags, Stage stage) {
        HistoryIndex index = HistoryIndex.build(history, settings.tagWeights());
        return new LearnedSuggester(index, settings, reactions).suggest(new SuggestionQuery(productId, tags, stage,
                NOW, 5));
    }

    private static List<String> titles(List<LearnedSuggestion> suggestions) {
        return suggestions.stream().map(LearnedSuggestion::title).toList();
    }

    @Test
    void theMoreSimilarProductsActionRanksFirst() {
        List<PastProduct> history = List.of(
                done(1, Set.of("toner", "liquid", "fragile", "vegan"), 10, Stage.LABELING, "Vegan logo check"),
                done(2, Set.of("sunscreen", "spf50"), 10, Stage.LABELING, "Check SPF50+ claim wording"),
                done(3, Set.of("sunscreen", "toner", "liquid", "fragile"), 10, Stage.LABELING,
                        "Leak-proof packaging check"));

        List<LearnedSuggestion> found = suggest(history, EVERY_ACTION, 99, Set.of("sunscreen", "spf50"),
                Stage.LABELING);

        // product 2 has the same tags (similarity 1), product 3 shares one of five (0.2, under the 0.3 minimum),
        // product 1 shares none and is never even looked at
        assertThat(titles(found)).containsExactly("Check SPF50+ claim wording");

        List<LearnedSuggestion> wider = suggest(history, EVERY_ACTION.withMinSimilarity(0.1), 99,
                Set.of("sunscreen", "spf50"), Stage.LABELING);
        assertThat(titles(wider)).containsExactly("Check SPF50+ claim wording", "Leak-proof packaging check");
        assertThat(wider.get(0).support()).isCloseTo(1 / 1.2, offset(1e-9));
    }

    @Test
    void influencerAndCampaignTagsMakeProductsLessSimilarThanProductTags() {
        List<PastProduct> history = List.of(
                done(1, Set.of("toner"), 10, Stage.PLANNING, "Competitor price check"),
                done(2, Set.of("influencer:minji.glow"), 10, Stage.PLANNING, "Send samples to influencer"));
        Set<String> tags = Set.of("toner", "influencer:minji.glow");

        // weighted: toner alone is 1 / 1.3 similar, the influencer alone 0.3 / 1.3, under the minimum
        assertThat(titles(suggest(history, EVERY_ACTION, 99, tags, Stage.PLANNING)))
                .containsExactly("Competitor price check");
        // unweighted both are one half similar, tied, so alphabetical
        assertThat(titles(suggest(history, EVERY_ACTION.withTagWeights(TagWeights.of(1.0)), 99, tags, Stage.PLANNING)))
                .containsExactly("Competitor price check", "Send samples to influencer");
    }

    @Test
    void recentProductsCountMoreThanOldOnesAndFutureOnesNotAtAll() {
        Set<String> tags = Set.of("cold-chain");
        List<PastProduct> history = List.of(
                done(1, tags, 700, Stage.SHIPMENT, "Book courier with ice packs"),
                done(2, tags, 20, Stage.SHIPMENT, "Book refrigerated courier"),
                done(3, tags, -5, Stage.SHIPMENT, "Completed after the question was asked"));

        List<LearnedSuggestion> found = suggest(history, EVERY_ACTION.withHalfLife(Duration.ofDays(180)), 99, tags,
                Stage.SHIPMENT);

        assertThat(titles(found)).containsExactly("Book refrigerated courier", "Book courier with ice packs");
        double recent = Math.pow(0.5, 20 / 180.0);
        double old = Math.pow(0.5, 700 / 180.0);
        assertThat(found.get(0).support())
                .isCloseTo(recent / (recent + old), offset(1e-6));
    }

    @Test
    void spellingsOfOneActionCountOnceAndTheEvidenceSaysHowManyDidIt() {
        Set<String> tags = Set.of("sunscreen", "spf50", "liquid");
        List<PastProduct> history = List.of(
                done(1, tags, 10, Stage.SOURCING, "Order SPF/PA test report", "order spf / pa test report "),
                done(2, tags, 11, Stage.SOURCING, "Order SPF/PA test report"),
                done(3, tags, 12, Stage.SOURCING, "ORDER SPF-PA TEST REPORT", "Request supplier quote"),
                done(4, Set.of("sunscreen", "spf50"), 13, Stage.SOURCING, "Request supplier quote"));

        List<LearnedSuggestion> found = suggest(history, EVERY_ACTION, 99, tags, Stage.SOURCING);

        assertThat(titles(found)).containsExactly("Order SPF/PA test report", "Request supplier quote");
        Evidence evidence = found.get(0).evidence();
        assertThat(evidence).isEqualTo(new Evidence(3, 4, List.of("liquid", "spf50"), Stage.SOURCING));
        assertThat(evidence.text(new Messages(Messages.ENGLISH)))
                .isEqualTo("3 of 4 similar products — tags liquid, spf50 — did this in Sourcing");
        assertThat(evidence.text(new Messages(Messages.KOREAN)))
                .isEqualTo("비슷한 상품 4개 중 3개(태그 liquid, spf50)가 소싱 단계에서 이 작업을 했습니다");
        assertThat(evidence.args()).containsExactly(3, 4, "liquid, spf50", "stage.sourcing");
    }

    @Test
    void aDismissedActionIsNeverShownAgainForThatProductButStillForOthers() {
        Set<String> tags = Set.of("fragile");
        List<PastProduct> history = List.of(
                done(1, tags, 10, Stage.LABELING, "Print FRAGILE label"),
                done(2, tags, 10, Stage.LABELING, "Print FRAGILE label", "Shoot product photos"));

        reactions.dismissed(7, "print fragile label");

        assertThat(titles(suggest(history, EVERY_ACTION, 7, tags, Stage.LABELING)))
                .containsExactly("Shoot product photos");
        assertThat(titles(suggest(history, EVERY_ACTION, 8, tags, Stage.LABELING)))
                .containsExactly("Print FRAGILE label", "Shoot product photos");
    }

    @Test
    void actionsPeopleAcceptRiseAndActionsTheyDismissSink() {
        Set<String> tags = Set.of("gift-set");
        List<PastProduct> history = List.of(
                done(1, tags, 10, Stage.LABELING, "Gift wrap photos", "Set-composition label"));
        assertThat(titles(suggest(history, EVERY_ACTION, 99, tags, Stage.LABELING)))
                .containsExactly("Gift wrap photos", "Set-composition label");

        reactions.accepted(1, "Set-composition label");
        reactions.accepted(2, "Set-composition label");
        reactions.dismissed(3, "Gift wrap photos");

        List<LearnedSuggestion> found = suggest(history, EVERY_ACTION, 99, tags, Stage.LABELING);
        assertThat(titles(found)).containsExactly("Set-composition label", "Gift wrap photos");
        // support 1 × smoothed rate / prior 0.5: (2 + 2) / (2 + 4) and (0 + 2) / (1 + 4)
        assertThat(found.get(0).score()).isCloseTo(4.0 / 6 / 0.5, offset(1e-9));
        assertThat(found.get(1).score()).isCloseTo(2.0 / 5 / 0.5, offset(1e-9));
    }

    @Test
    void actionsUnderTheMinimumSupportAreLeftOut() {
        Set<String> tags = Set.of("lip");
        List<PastProduct> history = List.of(
                done(1, tags, 10, Stage.LABELING, "Shade swatch photos"),
                done(2, tags, 10, Stage.LABELING, "Shade swatch photos"),
                done(3, tags, 10, Stage.LABELING, "Shade swatch photos", "Answer buyer Q&A"));

        assertThat(titles(suggest(history, EVERY_ACTION.withMinSupport(0.5), 99, tags, Stage.LABELING)))
                .containsExactly("Shade swatch photos");
    }

    @Test
    void noSharedTagMeansNoSuggestion() {
        List<PastProduct> history = List.of(done(1, Set.of("perfume"), 10, Stage.LABELING, "Flammable goods notice"));

        assertThat(suggest(history, EVERY_ACTION, 99, Set.of("mask-pack"), Stage.LABELING)).isEmpty();
        assertThat(suggest(List.of(), EVERY_ACTION, 99, Set.of("perfume"), Stage.LABELING)).isEmpty();
    }
}
