package com.mallboard.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.product.ActionSource;
import com.mallboard.product.ChecklistAction;
import com.mallboard.product.ChecklistProgress;
import com.mallboard.product.Product;
import com.mallboard.product.Stage;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChecklistRepositoryTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @TempDir
    Path folder;

    private TestStore store;
    private Product product;

    @BeforeEach
    void openStore() {
        store = TestStore.open(folder);
        product = store.createDraft("TOR-SUN", "선크림");
    }

    @Test
    void addedActionsAreListedByStageThenInTheOrderTheyWereAdded() {
        store.products().addAction(product.id(), "라벨 시안 확인", Stage.LABELING, null);
        ChecklistAction sample = store.products().addAction(product.id(), "  샘플 요청  ", Stage.PLANNING,
                TODAY.plusDays(3));
        store.products().addAction(product.id(), "단가 협상", Stage.SOURCING, null);
        store.products().addAction(product.id(), "경쟁사 조사", Stage.PLANNING, null);

        assertThat(store.products().checklist(product.id()))
                .extracting(ChecklistAction::title)
                .containsExactly("샘플 요청", "경쟁사 조사", "단가 협상", "라벨 시안 확인");
        assertThat(sample.productId()).isEqualTo(product.id());
        assertThat(sample.dueDate()).isEqualTo(TODAY.plusDays(3));
        assertThat(sample.done()).isFalse();
        assertThat(sample.source()).isEqualTo(ActionSource.MANUAL);
    }

    @Test
    void tickingActionsOffShowsInTheProgress() {
        ChecklistAction first = store.products().addAction(product.id(), "샘플 요청", Stage.PLANNING, null);
        store.products().addAction(product.id(), "단가 협상", Stage.SOURCING, null);
        store.products().addAction(product.id(), "라벨 시안", Stage.LABELING, null);

        store.products().setActionDone(first.id(), true);

        assertThat(store.checklistRepository().progressByProduct(TODAY))
                .containsEntry(product.id(), new ChecklistProgress(1, 3, 0));
        store.products().setActionDone(first.id(), false);
        assertThat(store.checklistRepository().progressByProduct(TODAY))
                .containsEntry(product.id(), new ChecklistProgress(0, 3, 0));
    }

    @Test
    void onlyOpenActionsPastTheirDueDateCountAsOverdue() {
        store.products().addAction(product.id(), "어제까지, 미완료", Stage.PLANNING, TODAY.minusDays(1));
        ChecklistAction doneLate = store.products().addAction(product.id(), "어제까지, 완료", Stage.PLANNING,
                TODAY.minusDays(1));
        store.products().addAction(product.id(), "오늘까지", Stage.PLANNING, TODAY);
        store.products().addAction(product.id(), "기한 없음", Stage.PLANNING, null);
        store.products().addAction(product.id(), "지난달", Stage.SOURCING, TODAY.minusMonths(1));
        store.products().setActionDone(doneLate.id(), true);

        ChecklistProgress progress = store.checklistRepository().progressByProduct(TODAY).get(product.id());

        assertThat(progress).isEqualTo(new ChecklistProgress(1, 5, 2));
        assertThat(progress.hasOverdue()).isTrue();
        assertThat(store.products().checklist(product.id()))
                .filteredOn(action -> action.isOverdue(TODAY))
                .extracting(ChecklistAction::title)
                .containsExactly("어제까지, 미완료", "지난달");
    }

    @Test
    void productsWithoutActionsHaveNoProgressEntry() {
        Product other = store.createDraft("OTHER", "다른 상품");
        store.products().addAction(product.id(), "샘플 요청", Stage.PLANNING, null);

        assertThat(store.checklistRepository().progressByProduct(TODAY))
                .containsOnlyKeys(product.id())
                .doesNotContainKey(other.id());
    }

    @Test
    void deletedActionsLeaveTheChecklist() {
        ChecklistAction action = store.products().addAction(product.id(), "샘플 요청", Stage.PLANNING, null);

        store.products().deleteAction(action.id());

        assertThat(store.products().checklist(product.id())).isEmpty();
        assertThat(store.checklistRepository().progressByProduct(TODAY)).isEmpty();
    }

    @Test
    void suggestedActionsRememberWhereTheyCameFrom() {
        ChecklistAction action = store.checklistRepository().add(product.id(), "KC 인증 확인", Stage.SOURCING, null,
                ActionSource.RULE, false);

        assertThat(store.products().checklist(product.id())).containsExactly(action);
        assertThat(action.source()).isEqualTo(ActionSource.RULE);
    }
}
