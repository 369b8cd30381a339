package com.mallboard.board.ui;

import com.mallboard.board.BoardCard;
import com.mallboard.board.SavedFilterRepository;
import com.mallboard.board.Swimlanes;
import com.mallboard.common.Formats;
import com.mallboard.common.Messages;
import com.mallboard.common.ui.ChoiceText;
import com.mallboard.common.ui.Frames;
import com.mallboard.product.Product;
import com.mallboard.product.Stage;
import com.mallboard.product.ui.ProductEditorDialog;
import com.mallboard.product.ui.TrashDialog;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The kanban board: toolbar, quick filter, message strip and the stage columns. */
public class BoardView extends BorderPane {
    private final BoardViewModel model;
    private final Messages messages;
    private final ProductEditorDialog editor;
    private final TrashDialog trashDialog;
    private final ToolBar toolbar = new ToolBar();
    private final FilterBar filterBar;
    private final BoardBody body;
    private final BoardCommands commands;

    public BoardView(BoardViewModel model, SavedFilterRepository savedFilters, Messages messages, Formats formats,
            ProductEditorDialog editor, TrashDialog trashDialog) {
        this.model = model;
        this.messages = messages;
        this.editor = editor;
        this.trashDialog = trashDialog;
        setId("board");
        getStyleClass().add("board");
        MessageBanner banner = new MessageBanner();
        commands = new BoardCommands(model, messages, banner, () -> getScene().getWindow(), this::select);
        filterBar = new FilterBar(model, savedFilters, messages);
        model.afterCardsDrawn(action -> Frames.afterNextFrame(this, action));
        body = new BoardBody(model, messages, formats, commands::move, this::open);
        buildToolbar();
        ProgressIndicator loading = new ProgressIndicator();
        loading.setId("boardLoading");
        loading.setMaxSize(48, 48);
        loading.visibleProperty().bind(model.loadingProperty());
        javafx.scene.layout.StackPane center = new javafx.scene.layout.StackPane(body, loading);
        VBox.setVgrow(center, Priority.ALWAYS);
        setTop(new VBox(toolbar, filterBar, banner));
        setCenter(center);
        new BoardShortcuts(this).install();
    }

    private void buildToolbar() {
        Button create = button("newButton", "mdi2p-plus", "board.new", this::newProduct);
        MenuButton moveTo = new MenuButton(messages.get("board.bulk.move"), new FontIcon("mdi2a-arrow-right-bold-box-outline"));
        moveTo.setId("bulkMoveButton");
        for (Stage stage : Stage.values()) {
            MenuItem item = new MenuItem(messages.get(stage.messageKey()));
            item.setId("bulkMoveTo-" + stage.name().toLowerCase(java.util.Locale.ROOT));
            item.setOnAction(e -> commands.move(selectedIds(), stage));
            moveTo.getItems().add(item);
        }
        Button tag = button("bulkTagButton", "mdi2t-tag-plus-outline", "board.bulk.tag",
                () -> commands.tag(selectedCards()));
        Button undo = button("undoButton", "mdi2u-undo", "board.undo", commands::undo);
        Button trash = button("trashViewButton", "mdi2d-delete-outline", "board.trash", this::openTrash);
        ChoiceBox<Swimlanes> lanes = new ChoiceBox<>(FXCollections.observableArrayList(Swimlanes.values()));
        lanes.setId("swimlaneChoice");
        lanes.setConverter(ChoiceText.of(value -> messages.get(value.messageKey())));
        lanes.valueProperty().bindBidirectional(model.swimlanesProperty());
        Button help = button("helpButton", "mdi2k-keyboard-outline", "board.shortcuts", this::showShortcuts);
        toolbar.getItems().addAll(create, moveTo, tag, undo, trash, lanes, help, new LiveHint(model, messages));
    }

    /**
     * Adds a toolbar button for work on the selected cards' products done outside the board (printing labels); the
     * composition root wires it so the board depends on no such feature. With nothing selected it asks for a selection.
     */
    public void addSelectionAction(String id, String icon, String textKey, Consumer<List<Product>> action) {
        toolbar.getItems().add(button(id, icon, textKey, () -> {
            List<BoardCard> selected = selectedCards();
            if (selected.isEmpty()) {
                commands.banner().show(MessageBanner.Kind.INFO, messages.get("board.select.first"));
                return;
            }
            action.accept(selected.stream().map(BoardCard::product).toList());
        }));
    }

    /** Adds a toolbar button for work done outside the board (importing products); the composition root wires it. */
    public void addAction(String id, String icon, String textKey, Runnable action) {
        toolbar.getItems().add(button(id, icon, textKey, action));
    }

    /** Reads these cards again after a change made elsewhere (a checklist ticked by printing labels). */
    public void refreshCards(List<Long> productIds) {
        model.refresh(productIds, () -> { });
    }

    private Button button(String id, String icon, String key, Runnable action) {
        Button button = new Button(messages.get(key), new FontIcon(icon));
        button.setId(id);
        button.setTooltip(new Tooltip(messages.get(key)));
        button.setOnAction(e -> action.run());
        return button;
    }

    /** Loads the cards in the background; called once the view is on screen. */
    public void load() {
        model.load(commands::showError);
    }

    /** Puts keyboard focus on the first column so single-key shortcuts work straight away. */
    public void focusBoard() {
        if (!body.lists().isEmpty()) {
            body.lists().get(0).requestFocus();
        }
    }

    void newProduct() {
        editor.open(getScene().getWindow(), null, this::afterSave);
    }

    void open(BoardCard card) {
        editor.open(getScene().getWindow(), card.product(), this::afterSave);
    }

    private void afterSave(Product product) {
        model.refresh(List.of(product.id()), () -> body.select(List.of(product.id())));
    }

    private void select(List<Long> ids) {
        body.select(ids);
    }

    void openSelected() {
        List<BoardCard> selected = selectedCards();
        if (selected.size() == 1) {
            open(selected.get(0));
        }
    }

    private void openTrash() {
        trashDialog.open(getScene().getWindow(), this::load);
    }

    void showShortcuts() {
        new ShortcutOverlay(messages).show(getScene().getWindow());
    }

    List<BoardCard> selectedCards() {
        return body.selectedCards();
    }

    private List<Long> selectedIds() {
        return selectedCards().stream().map(BoardCard::id).toList();
    }

    void moveSelected(int step) {
        List<BoardCard> selected = selectedCards();
        commands.moveSelectedBy(selected, step);
    }

    BoardCommands commands() {
        return commands;
    }

    void focusSearch() {
        filterBar.focusSearch();
    }

    public ToolBar toolbar() {
        return toolbar;
    }

    public BoardViewModel model() {
        return model;
    }

    public String message() {
        return commands.banner().message();
    }
}
