package com.mallboard.product.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.mallboard.common.Formats;
import com.mallboard.common.Messages;
import com.mallboard.common.SameThreadTaskExecutor;
import com.mallboard.product.Product;
import com.mallboard.product.ProductDetails;
import com.mallboard.product.ProductField;
import com.mallboard.product.Stage;
import com.mallboard.store.TestStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProductEditorViewModelTest {
    @TempDir
    Path folder;

    private final Messages messages = new Messages(Locale.KOREAN);
    private final Formats formats = new Formats(Formats.SEOUL, Locale.KOREAN);
    private final List<String> commandsUsed = new ArrayList<>();
    private final List<Product> saved = new ArrayList<>();
    private TestStore store;

    @BeforeEach
    void openStore() {
        store = TestStore.open(folder);
    }

    @Test
    void savingANewProductStoresItInPlanningWithItsTags() {
        ProductEditorViewModel editor = open(null);
        editor.form().text(ProductField.SKU).set("TOR-SUN-50");
        editor.form().text(ProductField.NAME).set("토리든 다이브인 선크림");
        editor.form().text(ProductField.PRICE).set("₩28,000");
        editor.form().addTag("summer");
        editor.form().pendingTagProperty().set("Cold Chain");

        editor.save(saved::add);

        assertThat(commandsUsed).containsExactly("create");
        Product stored = store.reload(saved.get(0));
        assertThat(stored.stage()).isEqualTo(Stage.PLANNING);
        assertThat(stored.details().priceWon()).isEqualTo(28_000L);
        assertThat(stored.tags()).containsExactlyInAnyOrder("summer", "cold-chain");
        assertThat(editor.errorProperty().get()).isNull();
        assertThat(editor.savingProperty().get()).isFalse();
    }

    @Test
    void savingWithDuplicateSkuKeepsWhatWasTypedAndExplains() {
        store.createDraft("TOR-SUN-50", "이미 있는 선크림");
        ProductEditorViewModel editor = open(null);
        editor.form().text(ProductField.SKU).set("TOR-SUN-50");
        editor.form().text(ProductField.NAME).set("새 선크림");
        editor.form().text(ProductField.BRAND).set("Torriden");

        editor.save(saved::add);

        String message = messages.get("validation.duplicate.sku", "TOR-SUN-50");
        assertThat(saved).isEmpty();
        assertThat(editor.errorProperty().get()).isEqualTo(message);
        assertThat(editor.form().problem(ProductField.SKU).get()).isEqualTo(message);
        assertThat(editor.form().text(ProductField.NAME).get()).isEqualTo("새 선크림");
        assertThat(editor.form().text(ProductField.BRAND).get()).isEqualTo("Torriden");
        assertThat(editor.canSaveProperty().get()).isFalse();

        editor.form().text(ProductField.SKU).set("TOR-SUN-51");
        assertThat(editor.canSaveProperty().get()).isTrue();
    }

    @Test
    void savingOverSomeoneElsesChangeToAnotherFieldKeepsBothWithoutAsking() {
        Product opened = store.createDraft("TOR-SUN-50", "선크림");
        ProductEditorViewModel editor = open(opened);
        store.products().update(opened, opened.details().toBuilder().name("다른 사람이 바꾼 이름").build(), Set.of());
        editor.form().text(ProductField.BRAND).set("Torriden");

        editor.save(saved::add);

        assertThat(editor.conflictProperty().get()).isNull();
        Product stored = store.reload(opened);
        assertThat(saved).containsExactly(stored);
        assertThat(stored.details().name()).isEqualTo("다른 사람이 바꾼 이름");
        assertThat(stored.details().brand()).isEqualTo("Torriden");
    }

    @Test
    void savingOverSomeoneElsesChangeToTheSameFieldAsksThenSavesTheChoice() {
        Product opened = store.createDraft("TOR-SUN-50", "선크림");
        ProductEditorViewModel editor = open(opened);
        store.products().update(opened, opened.details().toBuilder().name("다른 사람이 바꾼 이름").stock(9).build(),
                Set.of("gift-set"));
        editor.form().text(ProductField.NAME).set("내가 바꾼 이름");
        editor.form().text(ProductField.NOTES).set("샘플 요청");

        editor.save(saved::add);

        ConflictViewModel conflict = editor.conflictProperty().get();
        assertThat(saved).isEmpty();
        assertThat(editor.errorProperty().get()).isEqualTo(messages.get("merge.pending"));
        assertThat(conflict.rows()).extracting(ConflictViewModel.Row::label, ConflictViewModel.Row::theirs,
                ConflictViewModel.Row::mine).containsExactly(tuple("상품명", "다른 사람이 바꾼 이름", "내가 바꾼 이름"));
        assertThat(conflict.rows().get(0).author()).isEqualTo("minji, 2026-11-25 10:00");
        assertThat(conflict.takenFromTheirs()).isEqualTo("재고, 태그");
        assertThat(conflict.keptMine()).isEqualTo("메모");

        conflict.takeAllTheirs();
        editor.resolveConflict(conflict, saved::add);

        Product stored = store.reload(opened);
        assertThat(saved).containsExactly(stored);
        assertThat(stored.details().name()).isEqualTo("다른 사람이 바꾼 이름");
        assertThat(stored.details().notes()).isEqualTo("샘플 요청");
        assertThat(stored.details().stock()).isEqualTo(9);
        assertThat(stored.tags()).containsExactly("gift-set");
        assertThat(editor.conflictProperty().get()).isNull();
    }

    @Test
    void cancellingTheConflictKeepsEveryEditAndSavesNothing() {
        Product opened = store.createDraft("TOR-SUN-50", "선크림");
        ProductEditorViewModel editor = open(opened);
        store.products().update(opened, opened.details().toBuilder().name("다른 사람이 바꾼 이름").build(), Set.of());
        editor.form().text(ProductField.NAME).set("내가 바꾼 이름");
        editor.save(saved::add);

        editor.cancelConflict();

        assertThat(editor.conflictProperty().get()).isNull();
        assertThat(editor.errorProperty().get()).isEqualTo(messages.get("merge.cancelled"));
        assertThat(editor.form().text(ProductField.NAME).get()).isEqualTo("내가 바꾼 이름");
        assertThat(store.reload(opened).details().name()).isEqualTo("다른 사람이 바꾼 이름");

        editor.reload();

        assertThat(editor.form().text(ProductField.NAME).get()).isEqualTo("다른 사람이 바꾼 이름");
        assertThat(editor.staleProperty().get()).isFalse();
        assertThat(editor.errorProperty().get()).isNull();
    }

    @Test
    void aConflictThatGoesStaleAgainAsksAgainWithTheNewerValues() {
        Product opened = store.createDraft("TOR-SUN-50", "선크림");
        ProductEditorViewModel editor = open(opened);
        Product theirs = store.products().update(opened, opened.details().toBuilder().name("첫 번째 변경").build(),
                Set.of());
        editor.form().text(ProductField.NAME).set("내가 바꾼 이름");
        editor.save(saved::add);
        ConflictViewModel first = editor.conflictProperty().get();
        store.products().update(theirs, theirs.details().toBuilder().name("두 번째 변경").build(), Set.of());

        editor.resolveConflict(first, saved::add);

        ConflictViewModel second = editor.conflictProperty().get();
        assertThat(second).isNotSameAs(first);
        assertThat(second.rows()).extracting(ConflictViewModel.Row::theirs, ConflictViewModel.Row::mine)
                .containsExactly(tuple("두 번째 변경", "내가 바꾼 이름"));
        assertThat(saved).isEmpty();
    }

    @Test
    void savingAProductSomeoneDeletedOrTrashedMeanwhileSaysSoAndKeepsTheEdits() {
        Product deleted = store.createDraft("TOR-SUN-50", "선크림");
        Product trashed = store.createDraft("TOR-SUN-51", "선크림 2");
        ProductEditorViewModel deletedEditor = open(deleted);
        ProductEditorViewModel trashedEditor = open(trashed);
        store.products().moveToTrash(deleted.id());
        store.products().purge(deleted.id());
        store.products().moveToTrash(trashed.id());
        deletedEditor.form().text(ProductField.NAME).set("내가 바꾼 이름");
        trashedEditor.form().text(ProductField.NAME).set("내가 바꾼 이름 2");

        deletedEditor.save(saved::add);
        trashedEditor.save(saved::add);

        assertThat(saved).isEmpty();
        assertThat(deletedEditor.errorProperty().get()).isEqualTo(messages.get("merge.deleted"));
        assertThat(deletedEditor.form().text(ProductField.NAME).get()).isEqualTo("내가 바꾼 이름");
        assertThat(trashedEditor.errorProperty().get()).isEqualTo(messages.get("merge.trashed"));
        assertThat(trashedEditor.form().text(ProductField.NAME).get()).isEqualTo("내가 바꾼 이름 2");
        assertThat(deletedEditor.conflictProperty().get()).isNull();
        assertThat(trashedEditor.conflictProperty().get()).isNull();
    }

    @Test
    void editingAProductGoesThroughTheCommandsAndShowsUpInTheActivityLog() {
        Product opened = store.createAt(Stage.PLANNING,
                TestStore.completeDetails("TOR-SUN-50").toBuilder().shippedQuantity(0).build());
        ProductEditorViewModel editor = open(opened);
        editor.form().text(ProductField.PRICE).set("30,000");

        editor.save(saved::add);
        store.clock().advance(Duration.ofMinutes(5));
        ProductEditorViewModel reopened = open(saved.get(0));

        assertThat(commandsUsed).containsExactly("save");
        assertThat(reopened.activity()).first().satisfies(row -> {
            assertThat(row.field()).isEqualTo(messages.get("field.price"));
            assertThat(row.change()).isEqualTo("₩28,000 → ₩30,000");
            assertThat(row.who()).isEqualTo(TestStore.USER);
            assertThat(row.when()).isEqualTo("2026-11-25 10:00");
        });
    }

    @Test
    void aWarehouseLocationTypedInTheEditorIsStoredAndLogged() {
        Product opened = store.createAt(Stage.SHIPMENT, TestStore.completeDetails("TOR-SUN-50"));
        ProductEditorViewModel editor = open(opened);
        editor.form().text(ProductField.LOCATION).set("  A-02-1 ");

        editor.save(saved::add);
        ProductEditorViewModel reopened = open(saved.get(0));

        assertThat(store.reload(opened).details().location()).isEqualTo("A-02-1");
        assertThat(reopened.form().text(ProductField.LOCATION).get()).isEqualTo("A-02-1");
        assertThat(reopened.activity()).first().satisfies(row -> {
            assertThat(row.field()).isEqualTo("창고 위치");
            assertThat(row.change()).contains("A-02-1");
        });
    }

    @Test
    void anActionTickedByPrintingLabelsShowsInTheActivityLog() {
        Product product = store.createAt(Stage.LABELING, TestStore.completeDetails("TOR-SUN-50"));
        store.products().completeAction(product.id(), Stage.LABELING, List.of("제품 라벨 인쇄"));

        ProductEditorViewModel editor = open(store.reload(product));

        assertThat(editor.activity()).singleElement().satisfies(row -> {
            assertThat(row.field()).isEqualTo("체크리스트");
            assertThat(row.change()).isEqualTo("완료: 제품 라벨 인쇄");
        });
    }

    @Test
    void makingAnActionRequiredAndNotShowsInTheActivityLog() {
        Product product = store.createAt(Stage.SOURCING, TestStore.completeDetails("TOR-SUN-50"));
        var action = store.products().addAction(product.id(), "시험 성적서 발주", Stage.SOURCING, null);
        store.products().setActionRequired(store.products().setActionRequired(action, true), false);

        ProductEditorViewModel editor = open(store.reload(product));

        assertThat(editor.activity()).extracting(HistoryRows.ActivityRow::field, HistoryRows.ActivityRow::change)
                .containsExactly(tuple("체크리스트", "필수 해제: 시험 성적서 발주"), tuple("체크리스트", "필수로 지정: 시험 성적서 발주"));
    }

    @Test
    void theStageHistoryShowsMovesNewestFirstWithTheirReasons() {
        Product draft = store.createAt(Stage.PLANNING, TestStore.completeDetails("TOR-SUN-50"));
        store.clock().advance(Duration.ofDays(2));
        store.workflow().move(store.reload(draft), Stage.SOURCING, "공급처 확정");

        ProductEditorViewModel editor = open(store.reload(draft));

        assertThat(editor.stageHistory()).extracting(HistoryRows.StageRow::change)
                .containsExactly("기획 → 소싱", "기획 단계로 등록");
        assertThat(editor.stageHistory().get(0).reason()).isEqualTo("공급처 확정");
        assertThat(editor.stageHistory().get(0).when()).isEqualTo("2026-11-27 10:00");
    }

    @Test
    void movingToTheTrashHandsBackTheTrashedProduct() {
        Product opened = store.createDraft("TOR-SUN-50", "선크림");
        ProductEditorViewModel editor = open(opened);

        editor.trash(saved::add);

        assertThat(commandsUsed).containsExactly("trash");
        assertThat(saved).singleElement().satisfies(p -> assertThat(p.inTrash()).isTrue());
        assertThat(store.products().trash()).extracting(Product::id).containsExactly(opened.id());
    }

    @Test
    void tagCompletionOffersTagsInUseThatAreNotChosenYet() {
        store.createAt(Stage.PLANNING, ProductDetails.of("A-1", "하나"), "summer", "sun-care", "gift-set");
        ProductEditorViewModel editor = open(null);
        editor.form().addTag("sun-care");

        assertThat(editor.tagSuggestions("su")).containsExactly("summer");
        assertThat(editor.tagSuggestions("set")).containsExactly("gift-set");
        assertThat(editor.tagSuggestions(" ")).isEmpty();
    }

    @Test
    void theTitleNamesTheProductOrSaysNewProduct() {
        Product opened = store.createDraft("TOR-SUN-50", "선크림");

        assertThat(open(null).title()).isEqualTo("새 상품");
        assertThat(open(opened).title()).isEqualTo("TOR-SUN-50 · 선크림");
    }

    private ProductEditorViewModel open(Product product) {
        EditorCommands direct = EditorCommands.direct(store.products());
        EditorCommands recording = new EditorCommands() {
            @Override
            public Product create(ProductDetails details, Set<String> tags) {
                commandsUsed.add("create");
                return direct.create(details, tags);
            }

            @Override
            public Product save(Product current, ProductDetails details, Set<String> tags) {
                commandsUsed.add("save");
                return direct.save(current, details, tags);
            }

            @Override
            public void trash(long productId) {
                commandsUsed.add("trash");
                direct.trash(productId);
            }
        };
        ProductEditorViewModel editor = new ProductEditorViewModel(store.products(), recording,
                new SameThreadTaskExecutor(), messages, formats, product, store.clock());
        editor.load();
        return editor;
    }
}
