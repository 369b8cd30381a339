package com.mallboard.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.mallboard.product.ActionSource;
import com.mallboard.product.ActivityEntry;
import com.mallboard.product.ChecklistAction;
import com.mallboard.product.ChecklistProgress;
import com.mallboard.product.Product;
import com.mallboard.product.ProductService;
import com.mallboard.product.Stage;
import com.mallboard.workflow.GateProblem;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Actions the gate requires (V9) on real SQLite: the flag is kept, logged, counted on the board, and old rows stay. */
class RequiredActionsStoreTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @TempDir
    Path folder;

    @Test
    void aRequiredActionIsStoredAsRequiredAndAManualOneIsNot() {
        TestStore store = TestStore.open(folder);
        Product product = store.createDraft("TOR-SUN", "선크림");

        ChecklistAction required = store.products().addAction(product.id(), "시험 성적서 발주", Stage.SOURCING, null,
                ActionSource.RULE, true);
        ChecklistAction manual = store.products().addAction(product.id(), "샘플 요청", Stage.SOURCING, null);

        assertThat(required.requiredByGate()).isTrue();
        assertThat(manual.requiredByGate()).isFalse();
        assertThat(store.products().checklist(product.id())).containsExactly(required, manual);
    }

    @Test
    void markingAndUnmarkingAnActionIsStoredAndLoggedWithItsTitle() {
        TestStore store = TestStore.open(folder);
        Product product = store.createDraft("TOR-SUN", "선크림");
        ChecklistAction action = store.products().addAction(product.id(), "누액 테스트", Stage.LABELING, null);

        ChecklistAction marked = store.products().setActionRequired(action, true);
        assertThat(store.products().checklist(product.id())).containsExactly(marked);
        assertThat(marked.requiredByGate()).isTrue();

        store.products().setActionRequired(marked, false);
        assertThat(store.products().checklist(product.id())).singleElement()
                .satisfies(stored -> assertThat(stored.requiredByGate()).isFalse());
        assertThat(store.products().activity(product.id()))
                .filteredOn(entry -> entry.field().equals(ProductService.REQUIRED_LOG_FIELD))
                .extracting(ActivityEntry::oldValue, ActivityEntry::newValue, ActivityEntry::changedBy)
                .containsExactly(
                        tuple(null, "누액 테스트", TestStore.USER),
                        tuple("누액 테스트", null, TestStore.USER));
    }

    @Test
    void markingAnActionAsItAlreadyIsLogsNothing() {
        TestStore store = TestStore.open(folder);
        Product product = store.createDraft("TOR-SUN", "선크림");
        ChecklistAction action = store.products().addAction(product.id(), "누액 테스트", Stage.LABELING, null);

        store.products().setActionRequired(action, false);

        assertThat(store.products().activity(product.id()))
                .noneMatch(entry -> entry.field().equals(ProductService.REQUIRED_LOG_FIELD));
    }

    @Test
    void progressCarriesTheOpenRequiredTitlesByStageForEveryProductAtOnce() {
        TestStore store = TestStore.open(folder);
        Product sunscreen = store.createDraft("TOR-SUN", "선크림");
        Product toner = store.createDraft("TOR-TONER", "토너");
        required(store, sunscreen, "기능성 심사 접수", Stage.PLANNING);
        ChecklistAction done = required(store, sunscreen, "시장 조사", Stage.PLANNING);
        store.products().setActionDone(done.id(), true);
        required(store, sunscreen, "시험 성적서 발주", Stage.SOURCING);
        required(store, sunscreen, "원료 규격서 요청", Stage.SOURCING);
        store.products().addAction(toner.id(), "샘플 요청", Stage.PLANNING, null);

        Map<Long, ChecklistProgress> all = store.checklistRepository().progressByProduct(TODAY);

        ChecklistProgress progress = all.get(sunscreen.id());
        assertThat(progress.total()).isEqualTo(4);
        assertThat(progress.openRequiredAt(Stage.PLANNING)).containsExactly("기능성 심사 접수");
        assertThat(progress.openRequiredAt(Stage.SOURCING)).containsExactly("시험 성적서 발주", "원료 규격서 요청");
        assertThat(progress.openRequiredAt(Stage.LABELING)).isEmpty();
        assertThat(all.get(toner.id())).isEqualTo(new ChecklistProgress(0, 1, 0));
        assertThat(store.checklistRepository().progressOf(sunscreen.id(), TODAY)).isEqualTo(progress);
        assertThat(store.checklistRepository().progressOf(List.of(sunscreen.id()), TODAY))
                .containsExactly(Map.entry(sunscreen.id(), progress));
    }

    @Test
    @Tag("sqlite-file")
    void actionsStoredBeforeVersion9StayOptional() throws SQLException {
        Flyway.configure().dataSource(Database.dataSource(folder.resolve(Database.FILE_NAME)))
                .locations("classpath:db/migration/sqlite").target("8").load().migrate();
        try (Connection connection = Database.dataSource(folder.resolve(Database.FILE_NAME)).getConnection();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("""
                    INSERT INTO product (id, sku, name, stage, stage_entered_at, created_at, updated_at)
                    VALUES (1, 'V8-SUN', '선크림', 'SOURCING', '2026-11-01T00:00:00Z', '2026-11-01T00:00:00Z',
                            '2026-11-01T00:00:00Z')""");
            statement.executeUpdate("""
                    INSERT INTO checklist_action (product_id, title, stage, done, source, created_at)
                    VALUES (1, '시험 성적서 발주', 'SOURCING', 0, 'RULE', '2026-11-02T00:00:00Z')""");
        }

        TestStore store = TestStore.open(folder);

        assertThat(store.products().checklist(1)).singleElement().satisfies(action -> {
            assertThat(action.title()).isEqualTo("시험 성적서 발주");
            assertThat(action.source()).isEqualTo(ActionSource.RULE);
            assertThat(action.requiredByGate()).isFalse();
        });
        assertThat(store.workflow().problemsForNextStage(store.reload(1))).isNotEmpty().allMatch(GateProblem::isAboutField);
    }

    private static ChecklistAction required(TestStore store, Product product, String title, Stage stage) {
        return store.products().addAction(product.id(), title, stage, null, ActionSource.MANUAL, true);
    }
}
