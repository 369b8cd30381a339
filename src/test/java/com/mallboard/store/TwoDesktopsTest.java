package com.mallboard.store;

import static com.mallboard.store.generated.Tables.ACTIVITY_LOG;
import static com.mallboard.store.generated.Tables.STAGE_HISTORY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.mallboard.board.BoardActions;
import com.mallboard.board.BulkMoveResult;
import com.mallboard.board.UndoHistory;
import com.mallboard.product.Product;
import com.mallboard.product.ProductMerge;
import com.mallboard.product.ProductOption;
import com.mallboard.product.ProductOptionService;
import com.mallboard.product.ProductService;
import com.mallboard.product.Stage;
import com.mallboard.product.StaleLocationsException;
import com.mallboard.product.StaleProductException;
import com.mallboard.product.WarehouseLocations;
import com.mallboard.workflow.MoveResult;
import com.mallboard.workflow.StageGates;
import com.mallboard.workflow.WorkflowService;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two desktops on one database: each opens the same folder with its own connection, as two people on a team
 * server would. Whoever saves second from an old copy is refused, and the first one's change stays.
 */
class TwoDesktopsTest {
    private static final String OTHER_USER = "jisoo";

    @TempDir
    Path folder;

    private TestStore mine;
    private ProductService theirProducts;
    private WorkflowService theirWorkflow;
    private Database theirDatabase;

    @BeforeEach
    void openTwoDesktops() {
        mine = TestStore.open(folder);
        theirDatabase = TestDatabases.openAgain(mine.database());
        JooqProductRepository repository = new JooqProductRepository(theirDatabase.dsl(), mine.clock());
        JooqChecklistRepository checklists = new JooqChecklistRepository(theirDatabase.dsl(), mine.clock());
        theirProducts = new ProductService(repository, checklists, mine.clock(), OTHER_USER);
        theirWorkflow = new WorkflowService(repository, checklists, StageGates.defaults(), mine.clock(), OTHER_USER);
    }

    @Test
    void theSecondSaveFromAnOldCopyIsRefusedAndTheFirstOneStays() {
        Product opened = mine.createAt(Stage.SOURCING, TestStore.completeDetails("TOR-SUN-50"), "sunscreen");
        Product theirCopy = theirProducts.find(opened.id());
        mine.clock().advance(Duration.ofMinutes(5));
        theirProducts.update(theirCopy, theirCopy.details().toBuilder().priceWon(26_000L).build(), theirCopy.tags());
        int logLines = mine.rowCount(ACTIVITY_LOG);

        StaleProductException refused = catchThrowableOfType(StaleProductException.class, () -> mine.products()
                .update(opened, opened.details().toBuilder().priceWon(29_000L).stock(12).build(), opened.tags()));

        assertThat(refused.seen()).contains(opened);
        assertThat(refused.stored().orElseThrow().details().priceWon()).isEqualTo(26_000L);
        Product stored = mine.reload(opened);
        assertThat(stored.details().priceWon()).isEqualTo(26_000L);
        assertThat(stored.details().stock()).isEqualTo(opened.details().stock());
        assertThat(stored.version()).isEqualTo(opened.version() + 1);
        assertThat(mine.rowCount(ACTIVITY_LOG)).isEqualTo(logLines);
    }

    @Test
    void theMergeNamesWhoChangedWhatAndSavesAgainstTheNewVersion() {
        Product opened = mine.createAt(Stage.SOURCING, TestStore.completeDetails("TOR-SUN-50"), "sunscreen");
        Product theirCopy = theirProducts.find(opened.id());
        mine.clock().advance(Duration.ofMinutes(5));
        theirProducts.update(theirCopy, theirCopy.details().toBuilder().priceWon(26_000L).supplier("한국콜마").build(),
                Set.of("sunscreen", "gift-set"));
        var mineDetails = opened.details().toBuilder().priceWon(29_000L).notes("샘플 반려").build();

        ProductMerge merge = mine.products().merge(opened, mineDetails, opened.tags()).orElseThrow();

        assertThat(merge.conflicts()).extracting(ProductMerge.Field::name).containsExactly("PRICE");
        assertThat(merge.conflicts().get(0).author().who()).isEqualTo(OTHER_USER);
        assertThat(merge.theirsOnly()).extracting(ProductMerge.Field::name).containsExactly("SUPPLIER", "TAGS");
        ProductMerge.Resolved resolved = merge.resolve(Set.of());
        Product saved = mine.products().update(merge.stored(), resolved.details(), resolved.tags());
        assertThat(saved.details().priceWon()).isEqualTo(29_000L);
        assertThat(saved.details().supplier()).isEqualTo("한국콜마");
        assertThat(saved.details().notes()).isEqualTo("샘플 반려");
        assertThat(saved.tags()).containsExactlyInAnyOrder("sunscreen", "gift-set");
    }

    @Test
    void aMoveFromACardSomeoneChangedSinceIsNotMadeAndTheirMoveStays() {
        Product card = mine.createAt(Stage.SOURCING, TestStore.completeDetails("TOR-SUN-50"));
        theirWorkflow.move(theirProducts.find(card.id()), Stage.PLANNING, "공급처 재선정");
        int moves = mine.rowCount(STAGE_HISTORY);

        BulkMoveResult result = mine.boardActions().moveSeen(List.of(card), Stage.LABELING, "");

        assertThat(result.moved()).isEmpty();
        MoveResult.Stale stale = (MoveResult.Stale) result.notMoved().get(0);
        assertThat(stale.stored().stage()).isEqualTo(Stage.PLANNING);
        assertThat(mine.reload(card).stage()).isEqualTo(Stage.PLANNING);
        assertThat(mine.rowCount(STAGE_HISTORY)).isEqualTo(moves);
        assertThat(mine.undoHistory().canUndo()).isFalse();
    }

    @Test
    void undoingAMoveAfterSomeoneElseSavedTheProductIsRefusedAndKeepsTheirChange() {
        Product card = mine.createAt(Stage.SOURCING, TestStore.completeDetails("TOR-SUN-50"));
        BoardActions actions = new BoardActions(mine.products(), mine.workflow(), new UndoHistory());
        actions.moveSeen(List.of(card), Stage.LABELING, "");
        Product theirCopy = theirProducts.find(card.id());
        theirProducts.update(theirCopy, theirCopy.details().toBuilder().stock(7).build(), theirCopy.tags());

        StaleProductException refused = catchThrowableOfType(StaleProductException.class, () -> actions.undo());

        assertThat(refused.seen().orElseThrow().stage()).isEqualTo(Stage.LABELING);
        assertThat(refused.stored().orElseThrow().details().stock()).isEqualTo(7);
        Product stored = mine.reload(card);
        assertThat(stored.stage()).isEqualTo(Stage.LABELING);
        assertThat(stored.details().stock()).isEqualTo(7);
        assertThat(actions.canUndo()).isFalse();
    }

    @Test
    void optionsSavedFromAnOldCopyAreRefused() {
        Product product = mine.createAt(Stage.SOURCING, TestStore.completeDetails("ROM-TINT"));
        ProductOptionService myOptions = new ProductOptionService(mine.options(), mine.productRepository(),
                TestStore.USER);
        Product theirCopy = theirProducts.find(product.id());
        theirProducts.update(theirCopy, theirCopy.details().toBuilder().name("롬앤 틴트 (리뉴얼)").build(),
                theirCopy.tags());

        assertThatThrownBy(() -> myOptions.save(product, List.of(new ProductOption("01 코랄", "ROM-TINT-01", 5))))
                .isInstanceOf(StaleProductException.class);

        assertThat(mine.options().optionsOf(product.id())).isEmpty();
        Product current = mine.reload(product);
        Product saved = myOptions.save(current, List.of(new ProductOption("01 코랄", "ROM-TINT-01", 5)));
        assertThat(saved.details().stock()).isEqualTo(5);
        assertThat(saved.version()).isEqualTo(current.version() + 1);
    }

    @Test
    void aSaveAfterSomeoneDeletedTheProductForGoodSaysItIsGone() {
        Product opened = mine.createAt(Stage.PLANNING, TestStore.completeDetails("TOR-SUN-50"));
        theirProducts.moveToTrash(opened.id());
        theirProducts.purge(opened.id());

        StaleProductException refused = catchThrowableOfType(StaleProductException.class, () -> mine.products()
                .update(opened, opened.details().toBuilder().stock(3).build(), opened.tags()));

        assertThat(refused.deleted()).isTrue();
        assertThat(mine.products().merge(opened, opened.details(), opened.tags())).isEmpty();
    }

    @Test
    void twoPeopleEditingTheLocationListAtOnceDoNotLoseAShelf() {
        WarehouseLocations myList = new WarehouseLocations(mine.settings());
        WarehouseLocations theirList = new WarehouseLocations(new JooqSettingsRepository(theirDatabase.dsl()));
        List<String> read = myList.all();
        List<String> theirRead = theirList.all();

        theirList.save(theirRead, List.of("A-01-1"));

        assertThatThrownBy(() -> myList.save(read, List.of("B-01-1"))).isInstanceOf(StaleLocationsException.class);
        assertThat(myList.all()).containsExactly("A-01-1");
        myList.save(myList.all(), List.of("A-01-1", "B-01-1"));
        assertThatThrownBy(() -> theirList.save(List.of("A-01-1"), List.of())).isInstanceOf(StaleLocationsException.class);
        theirList.save(List.of("A-01-1", "B-01-1"), List.of());
        assertThat(myList.all()).isEmpty();
        myList.save(List.of(), List.of("C-01-1"));
        assertThat(theirList.all()).containsExactly("C-01-1");
    }
}
