package com.mallboard.shipping.ui;

import static com.mallboard.shipping.SheetsFixture.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.common.SameThreadTaskExecutor;
import com.mallboard.common.ui.FileDialogs;
import com.mallboard.shipping.SheetsFixture;
import com.mallboard.shipping.print.PdfPrinter;
import com.mallboard.shipping.print.PrintDestination;
import com.mallboard.testing.FxTestSupport;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Renders the shipment sheets screen with a Korean batch into {@code target/screenshots/shipment-sheets-ko.png}. */
@ExtendWith(ApplicationExtension.class)
class ShipmentSheetsScreenshotTest {
    private static final Instant MORNING = Instant.parse("2026-11-24T00:30:00Z");

    @TempDir
    Path folder;

    private Stage window;

    @Start
    void start(Stage stage) {
        FxTestSupport.installThemeOnce();
        window = stage;
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void theScreenRendersABatchInKorean(FxRobot robot) throws IOException {
        SheetsFixture fixture = new SheetsFixture(folder);
        fixture.product("TOR-SUN-50", "토리든 다이브인 선크림", "A-01-03");
        fixture.product("RND-TONER", "라운드랩 독도 토너", "B-02-01");
        fixture.product("ANUA-77", "아누아 어성초 77 토너", null);
        String[] names = {"김민지", "이서준", "박지우", "최유나", "정하은", "강도윤"};
        for (int i = 0; i < names.length; i++) {
            fixture.order(String.format("20261124-00000%02d", i + 1), names[i], MORNING.plusSeconds(i * 1_700L),
                    i % 2 == 0 ? line("1", "TOR-SUN-50", "다이브인 선크림 50ml", 1 + i % 3)
                            : line("1", "RND-TONER", "독도 토너 200ml", 1 + i % 3),
                    line("2", "ANUA-77", "어성초 77 토너", 1));
        }
        fixture.storeOrders();
        SameThreadTaskExecutor executor = new SameThreadTaskExecutor();
        ShipmentSheetsViewModel model = new ShipmentSheetsViewModel(fixture.sheets, executor, fixture.fx.messages,
                fixture.fx.formats, fixture.fx.store.clock());
        DocumentOutput output = new DocumentOutput(executor, new PdfPrinter(PrintDestination.askUser()),
                FileDialogs.system(), fixture.fx.messages);
        ShipmentSheetsView view = new ShipmentSheetsView(model, output);
        robot.interact(() -> {
            window.setScene(FxTestSupport.scene(view, 1280, 640));
            window.show();
            view.load();
            model.rows().stream().limit(4).forEach(r -> r.inBatchProperty().set(true));
            model.copiesProperty().set(2);
        });

        FxTestSupport.screenshot(robot, window.getScene(), "shipment-sheets-ko.png");
        assertThat(model.batchOrdersProperty().get()).isEqualTo(4);
    }
}
