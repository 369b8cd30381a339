package com.mallboard.board.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.board.BoardCard;
import com.mallboard.common.Formats;
import com.mallboard.common.Messages;
import com.mallboard.common.ui.AppTheme;
import com.mallboard.product.Product;
import com.mallboard.product.Stage;
import com.mallboard.store.TestStore;
import com.mallboard.testing.FxTestSupport;
import com.mallboard.sync.Mall;
import com.mallboard.sync.Platform;
import com.mallboard.sync.RemoteOrder;
import com.mallboard.sync.RemoteOrderItem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
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
 * The open-orders badge: on cards with orders waiting to ship, emphasised in the shipment column, explained in a
 * tooltip, and the card keeps its height. Writes target/screenshots/card-open-orders.png (docs/images has a copy).
 */
@ExtendWith(ApplicationExtension.class)
class CardOrdersBadgeTest {
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
    void cardsWithOrdersWaitingShowABadgeEmphasisedInShipmentWithoutGrowing(FxRobot robot) throws IOException {
        TestStore store = TestStore.open(folder);
        Mall glow = store.malls().add(new Mall(0, Platform.CAFE24, "glowmall", 1, "글로우몰", "2025-12-01", null, "c",
                true, false, 0));
        Product shipping = store.createAt(Stage.SHIPMENT, TestStore.completeDetails("TOR-100"), "sunscreen", "best",
                "summer");
        store.createAt(Stage.SHIPMENT, TestStore.completeDetails("TOR-200"), "sunscreen", "best", "summer");
        Product labeling = store.createAt(Stage.LABELING, TestStore.completeDetails("TOR-300"), "toner");
        store.orders().save(glow.id(), List.of(order("O-1", line("O-1-01", "TOR-100", 2), line("O-1-02", "TOR-300", 1)),
                order("O-2", line("O-2-01", "TOR-100", 3))), store.clock().instant());
        List<BoardCard> cards = store.board().loadCards();
        show(robot, store, cards);

        List<Label> badges = robot.lookup("#cardOpenOrders").queryAllAs(Label.class).stream().filter(Node::isVisible)
                .toList();
        assertThat(badges).extracting(Label::getText).containsExactlyInAnyOrder("주문 2 · 5개", "주문 1 · 1개");
        Label due = badges.stream().filter(b -> b.getText().equals("주문 2 · 5개")).findFirst().orElseThrow();
        Label early = badges.stream().filter(b -> b.getText().equals("주문 1 · 1개")).findFirst().orElseThrow();
        assertThat(due.getStyleClass()).contains("card-orders", "card-orders-due");
        assertThat(early.getStyleClass()).contains("card-orders").doesNotContain("card-orders-due");
        assertThat(due.getTooltip().getText()).contains("주문 2건").contains("5개").contains("송장 번호");
        assertThat(cardShowing(robot, shipping).lookup("#cardOpenOrders").isVisible()).isTrue();
        assertThat(cardShowing(robot, labeling).lookup("#cardOpenOrders").isVisible()).isTrue();
        assertThat(due.getWidth()).as("the badge is never squeezed").isGreaterThanOrEqualTo(due.prefWidth(-1));
        Bounds badge = due.localToScene(due.getBoundsInLocal());
        Bounds card = cardShowing(robot, shipping).getGraphic().localToScene(
                cardShowing(robot, shipping).getGraphic().getBoundsInLocal());
        assertThat(badge.getMaxX()).as("inside the card").isLessThanOrEqualTo(card.getMaxX());

        List<ListCell<?>> cells = robot.lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(cell -> cell.getItem() != null).<ListCell<?>>map(cell -> cell).toList();
        assertThat(cells).hasSize(3).allSatisfy(cell -> assertThat(cell.getHeight()).isEqualTo(CardCell.HEIGHT));
        Set<Double> cardHeights = cells.stream().map(ListCell::getGraphic).map(graphic -> graphic.prefHeight(-1))
                .collect(Collectors.toSet());
        assertThat(cardHeights).as("a card with orders is as tall as one without").hasSize(1);
        assertThat(cardHeights.iterator().next()).isLessThanOrEqualTo(CardCell.HEIGHT);
        writeSnapshot(robot);
    }

    @Test
    void theEnglishBadgeCountsOrdersAndPieces() {
        Messages english = new Messages(Locale.ENGLISH);

        assertThat(english.get("board.card.orders", 1, 1)).isEqualTo("1 order · 1 pc");
        assertThat(english.get("board.card.orders", 3, 5)).isEqualTo("3 orders · 5 pcs");
        assertThat(messages.get("board.card.orders", 3, 1_200)).isEqualTo("주문 3 · 1,200개");
    }

    private void show(FxRobot robot, TestStore store, List<BoardCard> cards) {
        Formats formats = new Formats(Formats.SEOUL, Locale.KOREAN);
        robot.interact(() -> {
            HBox columns = new HBox(8);
            for (Stage stage : List.of(Stage.LABELING, Stage.SHIPMENT)) {
                columns.getChildren().add(new CardList(stage, FXCollections.observableArrayList(
                        cards.stream().filter(c -> c.stage() == stage).toList()), messages, formats,
                        store.board().today(), (ids, target) -> { }, card -> { }));
            }
            Scene scene = new Scene(columns, 620, 300);
            AppTheme.style(scene);
            window.setScene(scene);
            window.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static ListCell<?> cardShowing(FxRobot robot, Product product) {
        return robot.lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(cell -> cell.getItem() instanceof BoardCard card && card.id() == product.id())
                .findFirst().orElseThrow();
    }

    private RemoteOrder order(String orderId, RemoteOrderItem... items) {
        return new RemoteOrder(orderId, java.time.Instant.parse("2026-11-25T01:00:00Z"), true, false, 28_000, "김민지",
                null, List.of(items));
    }

    private static RemoteOrderItem line(String code, String sku, int quantity) {
        return new RemoteOrderItem(code, sku, "선크림", null, quantity, 28_000, "N10", null, null, null);
    }

    private void writeSnapshot(FxRobot robot) throws IOException {
        FxTestSupport.screenshot(robot, window.getScene(), "card-open-orders.png");
    }
}
