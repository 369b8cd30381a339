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
import com.mallboard.sync.ListingOverrides;
import com.mallboard.sync.ListingStatus;
import com.mallboard.sync.Mall;
import com.mallboard.sync.Platform;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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

/** Mall chips on cards: one per mall, coloured by status, explained in a tooltip, and the card keeps its height. */
@ExtendWith(ApplicationExtension.class)
class CardChipsTest {
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
    void cardsShowAChipPerMallWithItsStatusWithoutGrowing(FxRobot robot) throws java.io.IOException {
        TestStore store = TestStore.open(folder);
        Mall glow = store.malls().add(new Mall(0, Platform.CAFE24, "glowmall", 1, "글로우몰 공식", "2025-12-01", null,
                "c", true, false, 0));
        Mall daily = store.malls().add(new Mall(0, Platform.CAFE24, "dailybeauty", 1, "데일리뷰티", "2025-12-01",
                null, "c", true, false, 0));
        Product listed = store.createAt(Stage.SHIPMENT, TestStore.completeDetails("TOR-100"), "sunscreen", "best",
                "summer");
        store.createAt(Stage.SHIPMENT, TestStore.completeDetails("TOR-200"), "sunscreen", "best", "summer");
        store.listings().save(listed.id(), glow.id(), ListingOverrides.NONE);
        long incomplete = store.listings().save(listed.id(), daily.id(), ListingOverrides.NONE).id();
        store.listings().recordStatus(incomplete, ListingStatus.INCOMPLETE, "COST,CATEGORY");
        List<BoardCard> cards = store.board().loadCards();

        robot.interact(() -> {
            CardList list = new CardList(Stage.SHIPMENT, FXCollections.observableArrayList(cards), messages,
                    new Formats(Formats.SEOUL, Locale.KOREAN), store.board().today(), (ids, stage) -> { }, card -> { });
            Scene scene = new Scene(list, 300, 400);
            AppTheme.style(scene);
            window.setScene(scene);
            window.show();
        });
        WaitForAsyncUtils.waitForFxEvents();

        List<Label> chips = List.copyOf(robot.lookup(".mall-chip").queryAllAs(Label.class));
        assertThat(chips).extracting(Label::getText).containsExactlyInAnyOrder("글로우몰", "데일리뷰티");
        Label pending = chips.stream().filter(c -> c.getText().equals("글로우몰")).findFirst().orElseThrow();
        Label missing = chips.stream().filter(c -> c.getText().equals("데일리뷰티")).findFirst().orElseThrow();
        assertThat(pending.getStyleClass()).contains("listing-pending");
        assertThat(missing.getStyleClass()).contains("listing-incomplete");
        assertThat(missing.getTooltip().getText()).contains("데일리뷰티").contains("정보 부족").contains("매입 단가")
                .contains("카테고리");

        List<ListCell<?>> cells = robot.lookup(".list-cell").queryAllAs(ListCell.class).stream()
                .filter(cell -> cell.getItem() != null).<ListCell<?>>map(cell -> cell).toList();
        assertThat(cells).hasSize(2).allSatisfy(cell -> assertThat(cell.getHeight()).isEqualTo(CardCell.HEIGHT));
        Set<Double> cardHeights = cells.stream().map(ListCell::getGraphic).map(graphic -> graphic.prefHeight(-1))
                .collect(java.util.stream.Collectors.toSet());
        assertThat(cardHeights).as("a card with chips is as tall as one without").hasSize(1);
        assertThat(cardHeights.iterator().next()).isLessThanOrEqualTo(CardCell.HEIGHT);
        writeSnapshot(robot);
    }

    /** target/screenshots/card-chips.png, for a person to look at. */
    private void writeSnapshot(FxRobot robot) throws java.io.IOException {
        FxTestSupport.screenshot(robot, window.getScene(), "card-chips.png");
    }
}
