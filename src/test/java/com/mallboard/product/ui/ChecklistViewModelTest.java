package com.mallboard.product.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.common.Formats;
import com.mallboard.common.Messages;
import com.mallboard.common.SameThreadTaskExecutor;
import com.mallboard.product.ActionSource;
import com.mallboard.product.ChecklistAction;
import com.mallboard.product.Product;
import com.mallboard.product.Stage;
import com.mallboard.store.TestStore;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChecklistViewModelTest {
    @TempDir
    Path folder;

    private final Messages messages = new Messages(Locale.KOREAN);
    private final Formats formats = new Formats(Formats.SEOUL, Locale.KOREAN);
    private TestStore store;
    private Product product;

    @BeforeEach
    void openStore() {
        store = TestStore.open(folder);
        product = store.createDraft("TOR-SUN-50", "선크림");
    }

    @Test
    void addingAnActionStoresItAndClearsTheEntryRow() {
        ChecklistViewModel checklist = editorFor(product).checklist();
        checklist.newTitleProperty().set("전성분 번역 확인");
        checklist.newStageProperty().set(Stage.LABELING);
        checklist.newDueDateProperty().set(LocalDate.of(2026, 12, 1));

        checklist.add();

        assertThat(store.products().checklist(product.id())).singleElement().satisfies(action -> {
            assertThat(action.title()).isEqualTo("전성분 번역 확인");
            assertThat(action.stage()).isEqualTo(Stage.LABELING);
            assertThat(action.dueDate()).isEqualTo(LocalDate.of(2026, 12, 1));
        });
        assertThat(checklist.actions()).hasSize(1);
        assertThat(checklist.newTitleProperty().get()).isEmpty();
        assertThat(checklist.newDueDateProperty().get()).isNull();
    }

    @Test
    void aBlankTitleCannotBeAdded() {
        ChecklistViewModel checklist = editorFor(product).checklist();
        checklist.newTitleProperty().set("   ");

        assertThat(checklist.canAddProperty().get()).isFalse();
        checklist.add();
        assertThat(store.products().checklist(product.id())).isEmpty();
    }

    @Test
    void tickingAnActionMarksItDoneAndTickingAgainReopensIt() {
        store.products().addAction(product.id(), "샘플 수령", Stage.SOURCING, null);
        ChecklistViewModel checklist = editorFor(product).checklist();

        checklist.toggle(checklist.actions().get(0));
        assertThat(checklist.actions().get(0).done()).isTrue();
        assertThat(store.products().checklist(product.id()).get(0).done()).isTrue();

        checklist.toggle(checklist.actions().get(0));
        assertThat(store.products().checklist(product.id()).get(0).done()).isFalse();
    }

    @Test
    void deletingAnActionRemovesItForGood() {
        store.products().addAction(product.id(), "샘플 수령", Stage.SOURCING, null);
        ChecklistViewModel checklist = editorFor(product).checklist();

        checklist.delete(checklist.actions().get(0));

        assertThat(checklist.actions()).isEmpty();
        assertThat(store.products().checklist(product.id())).isEmpty();
    }

    @Test
    void anActionPastItsDueDateSaysSo() {
        ChecklistAction late = store.products().addAction(product.id(), "라벨 시안 확정", Stage.LABELING,
                LocalDate.of(2026, 11, 20));
        ChecklistAction upcoming = store.products().addAction(product.id(), "출고 예약", Stage.SHIPMENT,
                LocalDate.of(2026, 12, 3));
        ChecklistViewModel checklist = editorFor(product).checklist();

        assertThat(checklist.describe(late)).isEqualTo("라벨링 · 2026-11-20 마감 (기한 지남)");
        assertThat(checklist.isOverdue(late)).isTrue();
        assertThat(checklist.describe(upcoming)).isEqualTo("출고 · 2026-12-03 마감");
    }

    @Test
    void aNewProductHasNoChecklistUntilItIsSaved() {
        ChecklistViewModel checklist = editorFor(null).checklist();
        checklist.newTitleProperty().set("샘플 수령");

        assertThat(checklist.isAvailable()).isFalse();
        assertThat(checklist.canAddProperty().get()).isFalse();
    }

    @Test
    void thePlanGroupsActionsUnderTheirStageInBoardOrderAndAlwaysShowsTheCurrentStage() {
        Product sourcing = store.createAt(Stage.SOURCING, TestStore.completeDetails("TOR-TONER"));
        store.products().addAction(sourcing.id(), "라벨 시안", Stage.LABELING, null);
        store.products().addAction(sourcing.id(), "경쟁사 조사", Stage.PLANNING, null);
        ChecklistViewModel checklist = editorFor(sourcing).checklist();

        assertThat(checklist.plan()).extracting(ChecklistViewModelTest::describeRow).containsExactly(
                "# PLANNING", "경쟁사 조사", "# SOURCING (current)", "# LABELING", "라벨 시안");
        assertThat(checklist.headingText((ActionPlanRow.StageHeading) checklist.plan().get(2))).isEqualTo("소싱 · 현재 단계");
        assertThat(checklist.headingText((ActionPlanRow.StageHeading) checklist.plan().get(0)))
                .isEqualTo("기획 · 0/1 완료");
    }

    @Test
    void markingAnActionRequiredStoresItAndTheNoticeNamesItUntilItIsDone() {
        store.products().addAction(product.id(), "기능성 심사 접수", Stage.PLANNING, null);
        store.products().addAction(product.id(), "라벨 시안", Stage.LABELING, null);
        ChecklistViewModel checklist = editorFor(product).checklist();
        assertThat(checklist.gateNoticeProperty().get()).isEmpty();

        checklist.toggleRequired(checklist.actions().get(0));
        checklist.toggleRequired(checklist.actions().get(1));

        assertThat(store.products().checklist(product.id())).allMatch(ChecklistAction::requiredByGate);
        assertThat(checklist.gateNoticeProperty().get())
                .isEqualTo("다음 단계로 옮기려면 필수 작업을 끝내야 합니다: 기능성 심사 접수");
        assertThat(checklist.plan()).filteredOn(ActionPlanRow.ActionLine.class::isInstance)
                .map(row -> ((ActionPlanRow.ActionLine) row).holdsTheGate()).containsExactly(true, false);
        assertThat(checklist.headingText((ActionPlanRow.StageHeading) checklist.plan().get(0)))
                .isEqualTo("기획 · 현재 단계 · 0/1 완료 · 필수 미완료 1");

        checklist.toggle(checklist.actions().get(0));

        assertThat(checklist.gateNoticeProperty().get()).isEmpty();
    }

    @Test
    void eachActionSaysWhereItCameFrom() {
        store.products().addAction(product.id(), "샘플 요청", Stage.PLANNING, null);
        store.products().addAction(product.id(), "기능성 심사 접수", Stage.PLANNING, null, ActionSource.RULE, true);
        store.products().addAction(product.id(), "경쟁사 조사", Stage.PLANNING, null, ActionSource.LEARNED);
        ChecklistViewModel checklist = editorFor(product).checklist();

        assertThat(checklist.actions()).extracting(checklist::sourceText)
                .containsExactly("직접 추가", "규칙 제안", "학습 제안");
    }

    private static String describeRow(ActionPlanRow row) {
        if (row instanceof ActionPlanRow.StageHeading heading) {
            return "# " + heading.stage() + (heading.current() ? " (current)" : "");
        }
        return ((ActionPlanRow.ActionLine) row).action().title();
    }

    private ProductEditorViewModel editorFor(Product opened) {
        ProductEditorViewModel editor = new ProductEditorViewModel(store.products(),
                EditorCommands.direct(store.products()), new SameThreadTaskExecutor(), messages, formats, opened,
                store.clock());
        editor.load();
        return editor;
    }
}
