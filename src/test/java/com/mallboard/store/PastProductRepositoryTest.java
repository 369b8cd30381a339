package com.mallboard.store;

import static com.mallboard.product.Stage.LABELING;
import static com.mallboard.product.Stage.PLANNING;
import static com.mallboard.product.Stage.SHIPMENT;
import static com.mallboard.product.Stage.SOURCING;
import static com.mallboard.store.generated.Tables.STAGE_HISTORY;
import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.product.NewProduct;
import com.mallboard.product.Product;
import com.mallboard.product.Stage;
import com.mallboard.product.WalkedProduct;
import com.mallboard.suggest.history.PastProduct;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Completed products read back as learned-suggestion history, from real SQLite. */
class PastProductRepositoryTest {
    private static final Instant START = Instant.parse("2026-01-05T00:00:00Z");

    @TempDir
    Path folder;
    private TestStore store;
    private JooqPastProductRepository history;

    @BeforeEach
    void open() {
        store = TestStore.open(folder);
        history = new JooqPastProductRepository(store.dsl());
    }

    @Test
    void aCompletedProductBringsItsTagsItsDoneActionsPerStageAndWhenItEnteredEachStage() {
        Product sunscreen = store.createCompleted("SUN-1", START, 10, Set.of("sunscreen", "liquid"),
                SOURCING, "SPF/PA 시험 성적서 발주", LABELING, "누액 방지 포장 점검", LABELING, "제품 사진 촬영");

        assertThat(history.completed()).singleElement().satisfies(past -> {
            assertThat(past.id()).isEqualTo(sunscreen.id());
            assertThat(past.tags()).containsExactlyInAnyOrder("sunscreen", "liquid");
            assertThat(past.completedAt()).isEqualTo(START.plus(Duration.ofDays(40)));
            assertThat(past.visit(PLANNING)).get().satisfies(visit -> {
                assertThat(visit.enteredAt()).isEqualTo(START);
                assertThat(visit.actionTitles()).isEmpty();
            });
            assertThat(past.visit(SOURCING).orElseThrow().actionTitles()).containsExactly("SPF/PA 시험 성적서 발주");
            assertThat(past.visit(LABELING).orElseThrow().enteredAt()).isEqualTo(START.plus(Duration.ofDays(20)));
            assertThat(past.visit(LABELING).orElseThrow().actionTitles())
                    .containsExactly("누액 방지 포장 점검", "제품 사진 촬영");
        });
    }

    @Test
    void onlyCompletedProductsOutOfTheTrashWithSomethingDoneTeach() {
        store.createCompleted("TAUGHT", START, 5, Set.of("toner"), PLANNING, "경쟁 제품 가격 조사");
        store.createCompleted("NOTHING-DONE", START, 5, Set.of("toner"));
        Product trashed = store.createCompleted("TRASHED", START, 5, Set.of("toner"), PLANNING, "경쟁 제품 가격 조사");
        store.products().moveToTrash(trashed.id());
        Product active = store.createAt(SHIPMENT, TestStore.completeDetails("ACTIVE"), "toner");
        store.products().addAction(active.id(), "입고 등록", SHIPMENT, null);
        store.products().setActionDone(store.products().checklist(active.id()).get(0).id(), true);
        store.productRepository().createWalked(List.of(new WalkedProduct(
                new NewProduct(TestStore.completeDetails("UNDONE-ACTION"), Set.of("toner"), Stage.DONE, false, START),
                List.of(new WalkedProduct.StageEntry(Stage.DONE, START)),
                List.of(new WalkedProduct.PastAction("입고 등록", SHIPMENT, false)))), TestStore.USER);

        assertThat(history.completed()).extracting(PastProduct::id)
                .containsExactly(store.reloadSku("TAUGHT").id());
    }

    @Test
    void aProductSentBackLearnsFromItsLastVisitOfAStage() {
        store.createCompleted("BACK", START, 5, Set.of("serum"), SOURCING, "공급사 견적 요청");
        long id = store.reloadSku("BACK").id();
        Instant secondVisit = START.plus(Duration.ofDays(22));
        store.dsl().insertInto(STAGE_HISTORY).set(STAGE_HISTORY.PRODUCT_ID, (int) id)
                .set(STAGE_HISTORY.FROM_STAGE, LABELING.name()).set(STAGE_HISTORY.TO_STAGE, SOURCING.name())
                .set(STAGE_HISTORY.MOVED_AT, secondVisit.toString()).set(STAGE_HISTORY.MOVED_BY, TestStore.USER)
                .execute();

        assertThat(history.completed()).singleElement()
                .satisfies(past -> assertThat(past.visit(SOURCING).orElseThrow().enteredAt()).isEqualTo(secondVisit));
    }
}
