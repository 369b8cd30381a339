package com.mallboard.shipping.ui;

import static com.mallboard.sync.SyncFixture.line;
import static com.mallboard.testing.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.common.ui.FileDialogs;
import com.mallboard.common.ui.FxTaskExecutor;
import com.mallboard.shipping.tracking.ColumnMappings;
import com.mallboard.shipping.tracking.Courier;
import com.mallboard.shipping.tracking.CourierFiles;
import com.mallboard.shipping.tracking.CourierFiles.Parcel;
import com.mallboard.shipping.tracking.ImportRow;
import com.mallboard.shipping.tracking.TrackingImport;
import com.mallboard.sync.StoredOrder;
import com.mallboard.sync.StoredOrderItem;
import com.mallboard.sync.SyncFixture;
import com.mallboard.sync.ui.OrdersView;
import com.mallboard.sync.ui.OrdersViewModel;
import com.mallboard.testing.FxTestSupport;
import com.mallboard.testing.ScriptedFileDialogs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The warehouse imports the courier's file: preview, problems, "import the valid rows", and the result. */
@ExtendWith(ApplicationExtension.class)
class TrackingImportDialogTest {
    private static final String ORDER1 = "20261125-0000001";
    private static final String ORDER2 = "20261125-0000002";

    @TempDir
    Path folder;

    private final FxTaskExecutor executor = new FxTaskExecutor();
    private final AtomicInteger imports = new AtomicInteger();
    private Stage owner;
    private SyncFixture fx;

    @Start
    void start(Stage stage) {
        FxTestSupport.installThemeOnce();
        owner = stage;
        FxTestSupport.showEmptyOwner(stage);
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
        executor.shutdown();
    }

    private Path ordersSyncedAndCourierFile(List<Parcel> parcels) throws IOException {
        fx = new SyncFixture(folder);
        fx.product("TOR-100", "토리든 다이브인 선크림");
        fx.order(ORDER1, line(ORDER1 + "-01", "TOR-100", "다이브인 선크림", 1));
        fx.order(ORDER2, line(ORDER2 + "-01", "TOR-100", "다이브인 선크림", 2));
        fx.syncNow();
        return CourierFiles.write(Files.createDirectories(folder.resolve("downloads")), "출고내역", Courier.CJ, parcels);
    }

    /** Opens the dialog as the orders screen's button does; the file chooser answers with {@code file}. */
    private void openDialog(FxRobot robot, Path file) {
        openDialog(robot, new ArrayList<>(List.of(file)));
    }

    /** The file chooser answers with each of {@code files} in turn, then with the last one again. */
    private void openDialog(FxRobot robot, List<Path> files) {
        TrackingImportDialog dialog = dialog(files);
        robot.interact(() -> dialog.show(owner, imports::incrementAndGet));
    }

    private TrackingImportDialog dialog(Path file) {
        return dialog(new ArrayList<>(List.of(file)));
    }

    private TrackingImportDialog dialog(List<Path> files) {
        FileDialogs chooser = ScriptedFileDialogs.opening(files);
        TrackingImport importer = new TrackingImport(fx.orders, new ColumnMappings(fx.store.settings()));
        return new TrackingImportDialog(importer, executor, fx.messages, chooser);
    }

    /** docs/images/tracking-import-ko.png is copied from target/screenshots. */
    private static void screenshot(FxRobot robot, Scene scene, String name) throws IOException {
        FxTestSupport.screenshot(robot, scene, name);
    }

    private static TableView<ImportRow> preview(FxRobot robot) {
        return robot.lookup("#importPreviewTable").queryTableView();
    }

    private List<String> trackingOf(String orderId) {
        return fx.orders.findByOrderId(orderId).get(0).items().stream().map(StoredOrderItem::trackingNo).toList();
    }

    @Test
    void aFileWithAnUnknownOrderImportsNothingUntilTheUserChoosesToSkipIt(FxRobot robot) throws IOException {
        Path file = ordersSyncedAndCourierFile(List.of(new Parcel(ORDER1, "688012345678"),
                new Parcel("20261125-0999999", "688012345679")));
        openDialog(robot, file);
        waitUntil(() -> preview(robot).getItems().size() == 2);

        ComboBox<Courier> courier = robot.lookup("#importCourierBox").queryComboBox();
        assertThat(courier.getValue()).isEqualTo(Courier.CJ);
        assertThat(robot.lookup("#orderColumnBox").queryComboBox().getValue()).isEqualTo("고객주문번호");
        assertThat(robot.lookup("#trackingColumnBox").queryComboBox().getValue()).isEqualTo("운송장번호");
        assertThat(robot.lookup("#importCounts").queryLabeled().getText()).isEqualTo("등록 가능 1건 · 문제 1건");
        waitUntil(() -> robot.lookup("주문이 없습니다. 쇼핑몰을 동기화하거나 주문번호 열을 확인하세요.").tryQuery()
                .isPresent());
        assertThat(preview(robot).getItems()).extracting(ImportRow::sheetRow).as("row numbers as Excel shows them")
                .containsExactly(2, 3);
        Button importButton = robot.lookup("#importTrackingButton").queryButton();
        assertThat(importButton.isDisabled()).isTrue();
        screenshot(robot, importButton.getScene(), "tracking-import-ko.png");

        robot.clickOn("#importValidRowsCheck");
        assertThat(importButton.isDisabled()).isFalse();
        robot.clickOn(importButton);
        waitUntil(() -> robot.lookup("#importResult").queryLabeled().isVisible());

        assertThat(robot.lookup("#importResult").queryLabeled().getText()).contains("주문 1건").contains("건너뛴 행 1개");
        assertThat(trackingOf(ORDER1)).containsExactly("688012345678");
        assertThat(fx.shipmentsQueued()).isEqualTo(1);
        assertThat(imports).hasValue(1);
        assertThat(importButton.isDisabled()).as("the same file is not imported twice").isTrue();
    }

    @Test
    void theOrdersScreenOpensTheImportAndShowsTheOrdersShippedAfterwards(FxRobot robot) throws IOException {
        Path file = ordersSyncedAndCourierFile(List.of(new Parcel(ORDER1, "688012345678"),
                new Parcel(ORDER2, "688012345679")));
        OrdersViewModel orders = new OrdersViewModel(fx.orders, executor, fx.messages, fx.formats);
        TrackingImportDialog dialog = dialog(file);
        robot.interact(() -> {
            OrdersView view = new OrdersView(orders);
            view.setImportTracking(() -> dialog.show(owner, orders::load));
            owner.setScene(FxTestSupport.scene(view, 1280, 800));
            view.load();
        });
        waitUntil(() -> orders.visibleOrders().size() == 2);
        assertThat(orders.visibleOrders()).noneMatch(StoredOrder::shipped);

        robot.clickOn("#importTrackingNumbersButton");
        waitUntil(() -> robot.lookup("#importPreviewTable").tryQuery().isPresent()
                && preview(robot).getItems().size() == 2);
        robot.clickOn("#importTrackingButton");

        waitUntil(() -> orders.visibleOrders().stream().allMatch(StoredOrder::shipped));
        robot.clickOn("#closeImportButton");
        assertThat(robot.lookup("#importPreviewTable").tryQuery()).isEmpty();
    }

    @Test
    void choosingTheWrongColumnShowsEveryRowsProblemAndTheRightOneClearsThem(FxRobot robot) throws IOException {
        Path file = ordersSyncedAndCourierFile(List.of(new Parcel(ORDER1, "6880-1234-5678"),
                new Parcel(ORDER2, "6880 1234 5679")));
        openDialog(robot, file);
        waitUntil(() -> preview(robot).getItems().size() == 2);
        assertThat(preview(robot).getItems()).extracting(ImportRow::trackingNo)
                .containsExactly("688012345678", "688012345679");

        robot.clickOn("#trackingColumnBox").clickOn("받는분주소");
        waitUntil(() -> preview(robot).getItems().stream().noneMatch(ImportRow::valid));
        assertThat(robot.lookup("#importTrackingButton").queryButton().isDisabled()).isTrue();

        robot.clickOn("#trackingColumnBox").clickOn("운송장번호");
        waitUntil(() -> preview(robot).getItems().stream().allMatch(ImportRow::valid));
        robot.clickOn("#importTrackingButton");
        waitUntil(() -> robot.lookup("#importResult").queryLabeled().isVisible());

        assertThat(trackingOf(ORDER1)).containsExactly("688012345678");
        assertThat(trackingOf(ORDER2)).containsExactly("688012345679");
    }

    @Test
    void aFileThatIsNotASpreadsheetSaysSoAndLeavesNothingToImport(FxRobot robot) throws IOException {
        Path good = ordersSyncedAndCourierFile(List.of(new Parcel(ORDER1, "688012345678")));
        Path picture = Files.write(folder.resolve("photo.xlsx"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
        openDialog(robot, new ArrayList<>(List.of(good, picture)));
        waitUntil(() -> preview(robot).getItems().size() == 1);

        robot.clickOn("#chooseTrackingFileButton");

        waitUntil(() -> robot.lookup("#importError").queryLabeled().isVisible());
        assertThat(robot.lookup("#importError").queryLabeled().getText()).isEqualTo(fx.messages.get("sheet.error.not.table"));
        assertThat(preview(robot).getItems()).isEmpty();
        assertThat(robot.lookup("#trackingFileName").queryLabeled().getText()).isEqualTo("선택한 파일 없음");
        assertThat(robot.lookup("#importTrackingButton").queryButton().isDisabled()).isTrue();
    }
}
