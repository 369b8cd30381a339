package com.mallboard.sync.ui;

import static com.mallboard.testing.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.product.Product;
import com.mallboard.product.Stage;
import com.mallboard.product.ui.EditorCommands;
import com.mallboard.product.ui.ProductEditorDialog;
import com.mallboard.store.TestStore;
import com.mallboard.sync.DriftField;
import com.mallboard.sync.Listing;
import com.mallboard.sync.ListingOverrides;
import com.mallboard.sync.ListingStatus;
import com.mallboard.sync.MallCallException;
import com.mallboard.sync.RemoteProduct;
import com.mallboard.sync.SyncFixture;
import com.mallboard.testing.FxTestSupport;
import java.util.List;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A merchandiser in the product editor's malls tab: listing on a mall, reading why a listing waits, fixing drift. */
class MallsTabTest extends SyncScreenTest {
    private SyncFixture fx;

    @Start
    void start(javafx.stage.Stage stage) {
        openWindow(stage);
        FxTestSupport.showEmptyOwner(stage);
    }

    /** The editor and its dialogs are windows of their own; the base class closes the test's window after this. */
    @AfterEach
    void hideDialogs() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> new java.util.ArrayList<>(javafx.stage.Window.getWindows())
                .forEach(javafx.stage.Window::hide)).get();
    }

    private void openMallsTab(FxRobot robot, Product product) {
        ProductEditorDialog editor = new ProductEditorDialog(fx.store.products(),
                EditorCommands.direct(fx.store.products()), executor, fx.messages, fx.formats,
                List.of(new MallsEditorTab(fx.listings, fx.malls, executor, fx.messages, fx.formats)));
        robot.interact(() -> editor.open(window, product, p -> { }));
        waitUntil(() -> robot.lookup("#editorTabs").tryQuery().isPresent());
        TabPane tabs = robot.lookup("#editorTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().size() - 1));
        waitUntil(() -> robot.lookup("#listed-" + fx.mall().id()).tryQuery().isPresent());
    }

    private Listing listing(Product product) {
        return fx.listings.listingsOf(product.id()).get(0);
    }

    @Test
    void listingAProductOnAMallWithItsOwnPriceQueuesThePush(FxRobot robot) {
        fx = new SyncFixture(folder);
        Product product = fx.product("TOR-100", "토리든 다이브인 선크림");
        openMallsTab(robot, product);
        long mall = fx.mall().id();
        assertThat(robot.lookup("#listingPrice-" + mall).queryTextInputControl().isDisabled()).isTrue();

        robot.clickOn("#listed-" + mall);
        robot.clickOn("#listingPrice-" + mall).write("24,900");
        robot.clickOn("#listingSelling-" + mall);
        robot.clickOn("#saveListingsButton");
        waitUntil(() -> !fx.listings.listingsOf(product.id()).isEmpty());
        waitUntil(() -> robot.lookup("#listingMessage").queryLabeled().isVisible());

        assertThat(listing(product).overrides()).isEqualTo(new ListingOverrides(null, 24_900L, true, false));
        assertThat(listing(product).status()).isEqualTo(ListingStatus.PENDING);
        assertThat(fx.store.outbox().pendingCount(mall)).isEqualTo(1);
        waitUntil(() -> robot.lookup("#listingStatus-" + mall).queryLabeled().getText().equals("전송 대기"));

        fx.syncNow();
        RemoteProduct sent = fx.remote.products.values().iterator().next();
        assertThat(sent.priceWon()).isEqualTo(24_900);
        assertThat(sent.selling()).isFalse();
    }

    @Test
    void aPriceThatIsNotANumberIsRefusedAndNothingIsQueued(FxRobot robot) {
        fx = new SyncFixture(folder);
        Product product = fx.product("TOR-100", "토리든 다이브인 선크림");
        openMallsTab(robot, product);

        robot.clickOn("#listed-" + fx.mall().id());
        robot.clickOn("#listingPrice-" + fx.mall().id()).write("이만원");
        robot.clickOn("#saveListingsButton");

        waitUntil(() -> robot.lookup("#listingError").queryLabeled().isVisible());
        assertThat(robot.lookup("#listingError").queryLabeled().getText()).contains("글로우몰");
        assertThat(fx.listings.listingsOf(product.id())).isEmpty();
    }

    @Test
    void anIncompleteListingNamesTheMissingFieldsByTheirLabels(FxRobot robot) {
        fx = new SyncFixture(folder);
        Product product = fx.store.createAt(Stage.SOURCING, TestStore.completeDetails("TOR-300").toBuilder()
                .costWon(null).category(null).build());
        fx.listings.save(product.id(), fx.mall().id(), ListingOverrides.NONE);
        fx.syncNow();
        assertThat(listing(product).status()).isEqualTo(ListingStatus.INCOMPLETE);

        openMallsTab(robot, product);

        assertThat(robot.lookup("#listingStatus-" + fx.mall().id()).queryLabeled().getText()).isEqualTo("정보 부족");
        String problem = robot.lookup("#listingProblem-" + fx.mall().id()).queryLabeled().getText();
        assertThat(problem).contains("매입 단가").contains("카테고리").doesNotContain("COST");
        assertThat(robot.lookup("#listed-" + fx.mall().id()).queryAs(javafx.scene.control.CheckBox.class).isSelected())
                .isTrue();
    }

    @Test
    void theDriftDialogShowsTheMallsPriceAndOverwritingRequeuesThePush(FxRobot robot) {
        fx = new SyncFixture(folder);
        Product product = fx.product("TOR-100", "토리든 다이브인 선크림");
        fx.listings.save(product.id(), fx.mall().id(), ListingOverrides.NONE);
        fx.syncNow();
        RemoteProduct mallCopy = fx.remote.products.values().iterator().next();
        fx.remote.products.put(mallCopy.productNo(), new RemoteProduct(mallCopy.productNo(), mallCopy.productCode(),
                mallCopy.customProductCode(), mallCopy.name(), 19_900, mallCopy.supplyPriceWon(), true, true, false,
                mallCopy.summary(), mallCopy.variants()));
        openMallsTab(robot, product);

        robot.clickOn("#compare-" + fx.mall().id());
        waitUntil(() -> robot.lookup("#driftTable").tryQuery().isPresent());

        TableView<DriftField> table = robot.lookup("#driftTable").queryTableView();
        DriftField price = table.getItems().stream().filter(f -> f.field().equals("price")).findFirst().orElseThrow();
        assertThat(price.differs()).isTrue();
        assertThat(robot.lookup("₩19,900").tryQuery()).isPresent();
        assertThat(robot.lookup("₩28,000").tryQuery()).isPresent();
        assertThat(robot.lookup(".drift-differs").queryAll()).hasSize(1);
        assertThat(listing(product).status()).isEqualTo(ListingStatus.DRIFT);

        robot.clickOn("#overwriteMallButton");
        waitUntil(() -> listing(product).status() == ListingStatus.PENDING);
        waitUntil(() -> robot.lookup("#listingMessage").queryLabeled().isVisible());
        assertThat(fx.store.outbox().pendingCount(fx.mall().id())).isEqualTo(1);

        fx.syncNow();
        assertThat(fx.remote.products.get(mallCopy.productNo()).priceWon()).isEqualTo(28_000);
    }

    @Test
    void takingTheMallsValuesPutsThemInTheMasterWhenTheListingOverridesNothing(FxRobot robot) {
        fx = new SyncFixture(folder);
        Product product = fx.product("TOR-100", "토리든 다이브인 선크림");
        fx.listings.save(product.id(), fx.mall().id(), ListingOverrides.NONE);
        fx.syncNow();
        RemoteProduct mallCopy = fx.remote.products.values().iterator().next();
        fx.remote.products.put(mallCopy.productNo(), new RemoteProduct(mallCopy.productNo(), mallCopy.productCode(),
                mallCopy.customProductCode(), "[글로우 단독] 선크림", 19_900, mallCopy.supplyPriceWon(), true, true,
                false, mallCopy.summary(), mallCopy.variants()));
        openMallsTab(robot, product);

        robot.clickOn("#compare-" + fx.mall().id());
        waitUntil(() -> robot.lookup("#takeMallValuesButton").tryQuery().isPresent());
        robot.clickOn("#takeMallValuesButton");

        waitUntil(() -> fx.store.reload(product).details().priceWon() == 19_900L);
        assertThat(fx.store.reload(product).details().name()).isEqualTo("[글로우 단독] 선크림");
        assertThat(listing(product).overrides()).isEqualTo(ListingOverrides.NONE);
    }

    @Test
    void aMallThatCannotBeReachedShowsTheErrorAndChangesNothing(FxRobot robot) {
        fx = new SyncFixture(folder);
        Product product = fx.product("TOR-100", "토리든 다이브인 선크림");
        fx.listings.save(product.id(), fx.mall().id(), ListingOverrides.NONE);
        fx.syncNow();
        openMallsTab(robot, product);
        fx.remote.failNext(new MallCallException(503, "503", "Service Unavailable", true));

        robot.clickOn("#compare-" + fx.mall().id());

        waitUntil(() -> robot.lookup("#listingError").queryLabeled().isVisible());
        assertThat(robot.lookup("#listingError").queryLabeled().getText()).contains("503")
                .contains("Service Unavailable");
        assertThat(robot.lookup("#driftTable").tryQuery()).isEmpty();
        assertThat(listing(product).status()).isEqualTo(ListingStatus.SYNCED);
        assertThat(fx.store.outbox().pendingCount(fx.mall().id())).isZero();
    }

    @Test
    void aNewProductHasNoMallsTab(FxRobot robot) {
        fx = new SyncFixture(folder);
        ProductEditorDialog editor = new ProductEditorDialog(fx.store.products(),
                EditorCommands.direct(fx.store.products()), executor, fx.messages, fx.formats,
                List.of(new MallsEditorTab(fx.listings, fx.malls, executor, fx.messages, fx.formats)));
        robot.interact(() -> editor.open(window, null, p -> { }));
        waitUntil(() -> robot.lookup("#editorTabs").tryQuery().isPresent());

        assertThat(robot.lookup("#editorTabs").queryAs(TabPane.class).getTabs())
                .noneMatch(tab -> "editorMallsTab".equals(tab.getId()));
    }
}
