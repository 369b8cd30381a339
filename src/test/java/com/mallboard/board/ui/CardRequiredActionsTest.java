package com.mallboard.board.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.board.BoardCard;
import com.mallboard.common.Formats;
import com.mallboard.common.Messages;
import com.mallboard.common.ui.AppTheme;
import com.mallboard.product.ActionSource;
import com.mallboard.product.Product;
import com.mallboard.product.Stage;
import com.mallboard.store.TestStore;
import com.mallboard.testing.FxTestSupport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A card held by an open required action names it where the gate line goes. Writes
 * target/screenshots/action-plan-card-ko.png (docs/images has a copy).
 */
@ExtendWith(ApplicationExtension.class)
class CardRequiredActionsTest {
    @TempDir
    Path folder;

    private final Messages messages = new Messages(Locale.KOREAN);
    private javafx.stage.Stage window;

    @Start
    void start(javafx.stage.Stage stage) {
        FxTestSupport.installThemeOnce();
        window = stage;
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void aCardHeldByARequiredActionNamesItAndOthersStayReady(FxRobot robot) throws IOException {
        TestStore store = TestStore.open(folder);
        Product held = store.createAt(Stage.SOURCING, TestStore.completeDetails("TOR-100"), "sunscreen");
        Product ready = store.createAt(Stage.SOURCING, TestStore.completeDetails("TOR-200"), "toner");
        store.products().addAction(held.id(), "SPF/PA 시험 성적서 발주", Stage.SOURCING, null, ActionSource.RULE, true);
        store.products().addAction(ready.id(), "누액 테스트", Stage.LABELING, null, ActionSource.RULE, true);
        show(robot, store, store.board().loadCards());

        Label heldGate = gateOf(robot, held);
        assertThat(heldGate.getText()).isEqualTo("필수 작업 미완료: SPF/PA 시험 성적서 발주");
        assertThat(heldGate.getStyleClass()).contains("card-gate");
        assertThat(cellOf(robot, held).getTooltip().getText()).isEqualTo("필수 작업 미완료: SPF/PA 시험 성적서 발주");
        assertThat(gateOf(robot, ready).getText()).isEqualTo(messages.get("board.card.ready"));
        writeSnapshot(robot);
    }

    private void show(FxRobot robot, TestStore store, List<BoardCard> cards) {
        Formats formats = new Formats(Formats.SEOUL, Locale.KOREAN);
        robot.interact(() -> {
            CardList list = new CardList(Stage.SOURCING, FXCollections.observableArrayList(cards), messages, formats,
                    store.board().today(), (ids, target) -> { }, card -> { });
            Scene scene = new Scene(list, 320, 260);
            AppTheme.style(scene);
            window.setScene(scene);
            window.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static ListCell<?> cellOf(FxRobot robot, Product product) {
        return robot.lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(cell -> cell.getItem() instanceof BoardCard card && card.id() == product.id())
                .findFirst().orElseThrow();
    }

    private static Label gateOf(FxRobot robot, Product product) {
        return (Label) cellOf(robot, product).getGraphic().lookupAll(".label").stream()
                .filter(node -> node.getStyleClass().contains("card-gate") || node.getStyleClass().contains("card-ready"))
                .findFirst().orElseThrow();
    }

    private void writeSnapshot(FxRobot robot) throws IOException {
        FxTestSupport.screenshot(robot, window.getScene(), "action-plan-card-ko.png");
    }
}
