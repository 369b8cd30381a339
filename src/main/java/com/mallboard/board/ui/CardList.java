package com.mallboard.board.ui;

import com.mallboard.board.BoardCard;
import com.mallboard.common.Formats;
import com.mallboard.common.Messages;
import com.mallboard.product.Stage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.collections.ObservableList;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;

/**
 * The virtualised list of cards of one stage (or one stage within a lane). Cards are dragged as a list of product
 * ids, so several selected cards move together and a drop never carries stale product data.
 */
final class CardList extends ListView<BoardCard> {
    static final DataFormat CARD_IDS = new DataFormat("application/x-mallboard-card-ids");

    private final Stage stage;

    CardList(Stage stage, ObservableList<BoardCard> cards, Messages messages, Formats formats, LocalDate today,
            BiConsumer<List<Long>, Stage> onDrop, Consumer<BoardCard> onOpen) {
        super(cards);
        this.stage = stage;
        setId("cards-" + stage.name().toLowerCase(java.util.Locale.ROOT));
        getStyleClass().add("card-list");
        getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        setFixedCellSize(CardCell.HEIGHT);
        setCellFactory(list -> {
            CardCell cell = new CardCell(messages, formats, today);
            cell.setOnDragDetected(event -> startDrag(cell));
            cell.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && cell.getItem() != null) {
                    onOpen.accept(cell.getItem());
                }
            });
            return cell;
        });
        setOnDragOver(event -> {
            if (event.getDragboard().hasContent(CARD_IDS) && event.getGestureSource() != this) {
                event.acceptTransferModes(TransferMode.MOVE);
                getStyleClass().add("drop-target");
            }
            event.consume();
        });
        setOnDragExited(event -> getStyleClass().removeAll("drop-target"));
        setOnDragDropped(event -> {
            Dragboard board = event.getDragboard();
            boolean accepted = board.hasContent(CARD_IDS);
            if (accepted) {
                onDrop.accept(parseIds((String) board.getContent(CARD_IDS)), stage);
            }
            event.setDropCompleted(accepted);
            event.consume();
        });
    }

    private void startDrag(CardCell cell) {
        if (cell.getItem() == null) {
            return;
        }
        List<BoardCard> dragged = getSelectionModel().getSelectedItems().contains(cell.getItem())
                ? List.copyOf(getSelectionModel().getSelectedItems()) : List.of(cell.getItem());
        Dragboard board = startDragAndDrop(TransferMode.MOVE);
        ClipboardContent content = new ClipboardContent();
        content.put(CARD_IDS, dragged.stream().map(c -> Long.toString(c.id())).collect(Collectors.joining(",")));
        board.setContent(content);
        board.setDragView(cell.snapshot(null, null));
    }

    static List<Long> parseIds(String text) {
        return Arrays.stream(text.split(",")).filter(s -> !s.isBlank()).map(Long::parseLong).toList();
    }

    Stage stage() {
        return stage;
    }

    List<BoardCard> selectedCards() {
        return List.copyOf(getSelectionModel().getSelectedItems());
    }
}
