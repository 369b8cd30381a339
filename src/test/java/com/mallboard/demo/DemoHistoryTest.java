package com.mallboard.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.common.Messages;
import com.mallboard.product.Product;
import com.mallboard.product.Stage;
import com.mallboard.product.StageMove;
import com.mallboard.store.JooqPastProductRepository;
import com.mallboard.store.JooqSuggestionRuleRepository;
import com.mallboard.store.TestStore;
import com.mallboard.suggest.Suggestion;
import com.mallboard.suggest.SuggestionFixture;
import com.mallboard.suggest.SuggestionSource;
import com.mallboard.suggest.history.PastProduct;
import com.mallboard.suggest.rules.SuggestionRuleService;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's past products: a history learned suggestions can use on a fresh install. */
class DemoHistoryTest {
    @TempDir
    Path folder;
    private TestStore store;

    @BeforeEach
    void installDemo() {
        store = TestStore.open(folder);
        new DemoCatalogue(store.productRepository(), store.clock(), TestStore.USER).install();
    }

    @Test
    void pastProductsWalkedEveryStageInOrderBeforeTodayAndDidThingsInKorean() {
        List<Product> past = store.productRepository().findActive().stream().filter(DemoCatalogue::isPastProduct)
                .toList();

        assertThat(past).hasSize(DemoHistory.SIZE).allSatisfy(product -> {
            assertThat(product.stage()).isEqualTo(Stage.DONE);
            assertThat(product.stageEnteredAt()).isBefore(store.clock().instant());
            List<StageMove> moves = store.products().stageHistory(product.id());
            assertThat(moves).extracting(StageMove::to).containsExactlyInAnyOrder(Stage.values());
        });
        List<PastProduct> history = new JooqPastProductRepository(store.dsl()).completed();
        assertThat(history).hasSizeGreaterThan(DemoHistory.SIZE * 9 / 10);
        assertThat(history).flatExtracting(p -> p.stages().values()).flatExtracting(v -> v.actionTitles())
                .contains("SPF/PA 시험 성적서 발주", "누액 방지 포장 점검", "공급사 견적 요청");
    }

    @Test
    void aDemoProductInSourcingGetsLearnedSuggestionsFromThePast() {
        SuggestionRuleService rules = new SuggestionRuleService(new JooqSuggestionRuleRepository(store.dsl()),
                store.settings());
        var service = SuggestionFixture.service(store, rules, new Messages(Messages.KOREAN));
        List<Product> sourcing = store.productRepository().findActive().stream()
                .filter(p -> p.stage() == Stage.SOURCING).toList();

        List<Suggestion> learned = sourcing.stream().flatMap(p -> service.open(p).stream())
                .filter(s -> s.source() == SuggestionSource.LEARNED).toList();

        assertThat(learned).isNotEmpty().allSatisfy(s -> assertThat(s.reason()).startsWith("비슷한 상품"));
    }
}
