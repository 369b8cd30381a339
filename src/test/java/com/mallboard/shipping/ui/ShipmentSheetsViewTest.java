package com.mallboard.shipping.ui;

import static com.mallboard.shipping.SheetsFixture.line;
import static com.mallboard.testing.FxTestSupport.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.common.ui.FileDialogs;
import com.mallboard.common.ui.FxTaskExecutor;
import com.mallboard.shipping.SheetsFixture;
import com.mallboard.shipping.print.PdfPrinter;
import com.mallboard.testing.FxTestSupport;
import com.mallboard.testing.ScriptedFileDialogs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
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

/** The warehouse filters orders, checks a batch and saves its packing slips or pick list as a PDF. */
@ExtendWith(ApplicationExtension.class)
class ShipmentSheetsViewTest {
    private static final Instant NOV_20 = Instant.parse("2026-11-20T01:00:00Z");

    @TempDir
    Path folder;

    private final FxTaskExecutor executor = new FxTaskExecutor();
    private Stage window;
    private Path savedTo;

    @Start
    void start(Stage stage) {
        FxTestSupport.installThemeOnce();
        window = stage;
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        executor.shutdown();
    }

    private TableView<BatchRow> open(FxRobot robot) {
        SheetsFixture fixture = new SheetsFixture(folder.resolve("db"));
        fixture.product("CREAM-1", "수분 크림", "B-01-2");
        fixture.product("TONER-1", "어성초 토너", "A-02-1");
        fixture.order("O-20", "김민지", NOV_20, line("1", "CREAM-1", 2));
        fixture.order("O-21", "이서준", NOV_20.plusSeconds(86_400), line("1", "TONER-1", 1), line("2", "CREAM-1", 1));
        fixture.order("O-22", "박지우", NOV_20.plusSeconds(2 * 86_400), line("1", "TONER-1", 3));
        fixture.storeOrders();
        savedTo = folder.resolve("batch.pdf");
        FileDialogs files = ScriptedFileDialogs.savingTo(savedTo);
        DocumentOutput output = new DocumentOutput(executor, new PdfPrinter(job -> false), files,
                fixture.fx.messages);
        ShipmentSheetsView view = new ShipmentSheetsView(new ShipmentSheetsViewModel(fixture.sheets, executor,
                fixture.fx.messages, fixture.fx.formats, fixture.fx.store.clock()), output);
        robot.interact(() -> {
            window.setScene(FxTestSupport.scene(view, 1280, 760));
            window.show();
            view.load();
        });
        TableView<BatchRow> table = robot.lookup("#sheetsTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 3);
        return table;
    }

    @Test
    void slipsOfTheCheckedOrdersAreSavedAndNoOthers(FxRobot robot) throws IOException {
        TableView<BatchRow> table = open(robot);

        robot.clickOn("#sheetsProduct").clickOn("TONER-1 · 어성초 토너");
        waitUntil(() -> table.getItems().size() == 2);
        robot.clickOn(checkBoxOf(robot, "O-22"));
        waitUntil(() -> robot.lookup("#sheetsBatchCount").queryLabeled().getText().contains("주문 1건"));
        robot.clickOn("#sheetsSavePdf").clickOn("#sheetsSaveSlips");

        waitUntil(() -> Files.exists(savedTo));
        String text = SheetsFixture.text(Files.readAllBytes(savedTo));
        assertThat(text).contains("박지우", "O-22").doesNotContain("이서준", "김민지");
    }

    @Test
    void selectAllPutsEveryFoundOrderOnAPickListWalkedByLocation(FxRobot robot) throws IOException {
        TableView<BatchRow> table = open(robot);

        robot.clickOn("#sheetsSelectAll");
        waitUntil(() -> robot.lookup("#sheetsBatchCount").queryLabeled().getText().contains("주문 3건 · 7개"));
        robot.clickOn("#sheetsSavePdf").clickOn("#sheetsSavePickList");

        waitUntil(() -> Files.exists(savedTo));
        String text = SheetsFixture.text(Files.readAllBytes(savedTo));
        assertThat(text).contains("A-02-1", "B-01-2");
        assertThat(text.indexOf("TONER-1")).isLessThan(text.indexOf("CREAM-1"));
        assertThat(table.getItems()).allMatch(BatchRow::inBatch);
    }

    @Test
    void withNothingCheckedThereIsNothingToPrint(FxRobot robot) {
        open(robot);

        assertThat(robot.lookup("#sheetsPrintSlips").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#sheetsPickPreview").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#sheetsBatchCount").queryLabeled().getText()).contains("주문 0건");
    }

    private static Node checkBoxOf(FxRobot robot, String orderId) {
        TableRow<?> row = robot.lookup("#sheetsTable .table-row-cell").<TableRow<?>>queryAll().stream()
                .filter(r -> r.getItem() instanceof BatchRow b && b.order().orderId().equals(orderId))
                .findFirst().orElseThrow();
        return robot.from(row).lookup(".check-box").query();
    }
}
