package com.mallboard.board.ui;

import com.mallboard.board.BoardCard;
import com.mallboard.board.Swimlanes;
import com.mallboard.common.Formats;
import com.mallboard.common.Messages;
import com.mallboard.product.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The columns of the board: one virtualised list per stage, or, with swimlanes on, one row of lists per lane under a
 * shared row of stage headers. Keeps track of every list so selection works across columns.
 */
final class BoardBody extends StackPane {
    private static final int LANE_VISIBLE_CARDS = 3;

    private final BoardViewModel model;
    private final Messages messages;
    private final Formats formats;
    private final BiConsumer<List<Long>, Stage> onDrop;
    private final Consumer<BoardCard> onOpen;
    private final List<CardList> lists = new ArrayList<>();

    BoardBody(BoardViewModel model, Messages messages, Formats formats, BiConsumer<List<Long>, Stage> onDrop,
            Consumer<BoardCard> onOpen) {
        this.model = model;
        this.messages = messages;
        this.formats = formats;
        this.onDrop = onDrop;
        this.onOpen = onOpen;
        setId("boardBody");
        model.swimlanesProperty().addListener((obs, old, mode) -> rebuild());
        // Lanes are the values present among the visible cards, so they change with the filter, after loading, and
        // when an edit brings a new influencer or brand.
        model.filterProperty().addListener((obs, old, filter) -> rebuildLanes());
        model.loadingProperty().addListener((obs, was, loading) -> rebuildLanes());
        model.influencers().addListener((javafx.collections.ListChangeListener<String>) change -> rebuildLanes());
        model.brands().addListener((javafx.collections.ListChangeListener<String>) change -> rebuildLanes());
        rebuild();
    }

    private void rebuildLanes() {
        if (model.swimlanesProperty().get() != Swimlanes.NONE) {
            rebuild();
        }
    }

    void rebuild() {
        lists.clear();
        getChildren().setAll(model.swimlanesProperty().get() == Swimlanes.NONE ? columns() : lanes());
    }

    private HBox columns() {
        HBox row = new HBox(8);
        row.getStyleClass().add("board-columns");
        for (Stage stage : Stage.values()) {
            CardList list = list(stage, model.visibleCards(stage));
            VBox column = new VBox(new StageHeader(stage, model, messages), list);
            column.getStyleClass().add("stage-column");
            VBox.setVgrow(list, Priority.ALWAYS);
            HBox.setHgrow(column, Priority.ALWAYS);
            column.setMinWidth(200);
            column.setPrefWidth(260);
            row.getChildren().add(column);
        }
        return row;
    }

    private VBox lanes() {
        Swimlanes mode = model.swimlanesProperty().get();
        HBox headers = new HBox(8);
        for (Stage stage : Stage.values()) {
            StageHeader header = new StageHeader(stage, model, messages);
            HBox.setHgrow(header, Priority.ALWAYS);
            header.setMinWidth(200);
            header.setPrefWidth(260);
            headers.getChildren().add(header);
        }
        // Lanes scroll vertically; keep the headers clear of the scroll bar so they line up with the lists.
        headers.setPadding(new javafx.geometry.Insets(0, 24, 0, 10));
        VBox laneRows = new VBox(12);
        for (String lane : model.lanes()) {
            laneRows.getChildren().add(lane(mode, lane));
        }
        ScrollPane scroll = new ScrollPane(laneRows);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        return new VBox(8, headers, scroll);
    }

    private VBox lane(Swimlanes mode, String lane) {
        HBox row = new HBox(8);
        int most = 0;
        for (Stage stage : Stage.values()) {
            FilteredList<BoardCard> inLane = new FilteredList<>(model.visibleCards(stage),
                    card -> lane.equals(mode.laneOf(card)));
            most = Math.max(most, inLane.size());
            CardList list = list(stage, inLane);
            HBox.setHgrow(list, Priority.ALWAYS);
            list.setMinWidth(200);
            list.setPrefWidth(260);
            row.getChildren().add(list);
        }
        double height = Math.max(1, Math.min(most, LANE_VISIBLE_CARDS)) * CardCell.HEIGHT + 8;
        row.getChildren().forEach(node -> ((CardList) node).setPrefHeight(height));
        Label title = new Label(lane.isEmpty() ? messages.get("board.lane.none") : lane);
        title.getStyleClass().add("lane-title");
        VBox box = new VBox(4, title, row);
        box.getStyleClass().add("lane");
        return box;
    }

    private CardList list(Stage stage, javafx.collections.ObservableList<BoardCard> cards) {
        CardList list = new CardList(stage, cards, messages, formats, model.today(), onDrop, onOpen);
        list.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> {
            if (!event.isShortcutDown() && !event.isShiftDown()) {
                lists.stream().filter(other -> other != list).forEach(other -> other.getSelectionModel().clearSelection());
            }
        });
        lists.add(list);
        return list;
    }

    List<BoardCard> selectedCards() {
        return lists.stream().flatMap(list -> list.selectedCards().stream()).toList();
    }

    /** Keeps keyboard focus on the moved cards' new column so Alt+→ can be pressed again. */
    void select(List<Long> ids) {
        for (CardList list : lists) {
            list.getSelectionModel().clearSelection();
            for (int i = 0; i < list.getItems().size(); i++) {
                if (ids.contains(list.getItems().get(i).id())) {
                    list.getSelectionModel().select(i);
                    list.requestFocus();
                    list.scrollTo(i);
                }
            }
        }
    }

    List<CardList> lists() {
        return lists;
    }
}
