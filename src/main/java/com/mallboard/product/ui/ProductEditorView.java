package com.mallboard.product.ui;

import atlantafx.base.theme.Styles;
import com.mallboard.common.Messages;
import com.mallboard.product.Product;
import com.mallboard.product.ProductField;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationSupport;

/**
 * The product editor: basic information, label lines, checklist, stage history and activity log in tabs, with
 * Save / Cancel / Move to trash below. All state lives in the {@link ProductEditorViewModel}.
 */
public final class ProductEditorView extends BorderPane {
    public static final String STYLESHEET = "/css/product-editor.css";
    /** Rows of the basic tab, two fields side by side where they belong together. */
    private static final List<List<ProductField>> BASIC = List.of(
            List.of(ProductField.SKU, ProductField.NAME),
            List.of(ProductField.BRAND, ProductField.INFLUENCER),
            List.of(ProductField.CATEGORY, ProductField.LAUNCH_DATE),
            List.of(ProductField.PRICE, ProductField.COST),
            List.of(ProductField.SUPPLIER, ProductField.STOCK),
            List.of(ProductField.ORDER_QUANTITY, ProductField.SHIPPED_QUANTITY));
    private static final List<List<ProductField>> LABEL = List.of(
            List.of(ProductField.BARCODE, ProductField.LOCATION),
            List.of(ProductField.CAPACITY, ProductField.MANUFACTURER),
            List.of(ProductField.RESPONSIBLE_SELLER, ProductField.USAGE_PERIOD));

    private final ProductEditorViewModel viewModel;
    private final Messages messages;
    private final FieldEditors fields;
    private final Consumer<Product> onDone;
    private final Runnable onClose;

    /**
     * @param onSaved called with the saved product, or the trashed one ({@link Product#inTrash()}), before closing
     * @param onClose closes whatever holds the view
     */
    public ProductEditorView(ProductEditorViewModel viewModel, Messages messages, Consumer<Product> onSaved,
            Runnable onClose) {
        this(viewModel, messages, onSaved, onClose, List.of());
    }

    /** @param extraTabs tabs of other features (the malls tab), after the editor's own; only for a stored product */
    public ProductEditorView(ProductEditorViewModel viewModel, Messages messages, Consumer<Product> onSaved,
            Runnable onClose, List<EditorTab> extraTabs) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.fields = new FieldEditors(viewModel.form(), messages);
        this.onClose = onClose;
        this.onDone = product -> {
            onSaved.accept(product);
            onClose.run();
        };
        setId("productEditor");
        getStylesheets().add(ProductEditorView.class.getResource(STYLESHEET).toExternalForm());
        setTop(header());
        setCenter(tabs(extraTabs));
        setBottom(buttonBar());
        viewModel.conflictProperty().addListener((obs, old, choice) -> {
            if (choice != null) {
                ConflictDialog.show(getScene() == null ? null : getScene().getWindow(), choice, messages,
                        () -> viewModel.resolveConflict(choice, onDone), viewModel::cancelConflict);
            }
        });
    }

    /** Puts the cursor where typing starts: the SKU of a new product, the name of an existing one. */
    public void focusFirstField() {
        fields.control(viewModel.isNew() ? ProductField.SKU : ProductField.NAME).requestFocus();
    }

    /** The window title: "새 상품", or the product's SKU and name. */
    /** Closes the editor, first asking whether to throw away what was typed but not saved. */
    public void closeUnlessKeepingEdits() {
        if (!viewModel.form().hasUnsavedChanges() || UnsavedChanges.discardConfirmed(getScene().getWindow(), messages)) {
            onClose.run();
        }
    }

    public String title() {
        return viewModel.title();
    }

    /** The validation behind the red outlines, for tests that ask what a field says. */
    public ValidationSupport validation() {
        return fields.validation();
    }

    private Node header() {
        Label title = new Label(viewModel.title());
        title.setId("editorTitle");
        title.getStyleClass().add(Styles.TITLE_3);
        HBox header = new HBox(10, title);
        header.setAlignment(Pos.CENTER_LEFT);
        if (!viewModel.isNew()) {
            Label stage = new Label(messages.get(viewModel.product().stage().messageKey()));
            stage.getStyleClass().add("stage-badge");
            header.getChildren().add(stage);
        }
        header.getStyleClass().add("editor-header");
        return header;
    }

    private TabPane tabs(List<EditorTab> extraTabs) {
        HistoryTables history = new HistoryTables(messages);
        TabPane tabs = new TabPane(
                tab("editorBasicTab", "editor.tab.basic", scrolling(basicInfo())),
                tab("editorLabelTab", "editor.tab.label", scrolling(labelInfo())),
                tab("editorChecklistTab", "editor.tab.checklist", new ChecklistView(viewModel.checklist(), messages)),
                tab("editorHistoryTab", "editor.tab.history", padded(history.stageHistory(viewModel.stageHistory()))),
                tab("editorActivityTab", "editor.tab.activity", padded(history.activity(viewModel.activity()))));
        if (!viewModel.isNew()) {
            extraTabs.forEach(extra -> tabs.getTabs().add(extra.create(viewModel.product(), viewModel::adopt,
                    viewModel.checklist()::added)));
        }
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("editorTabs");
        return tabs;
    }

    private Node basicInfo() {
        GridPane grid = grid(BASIC);
        grid.add(new TagEditor(viewModel, messages), 0, BASIC.size(), 2, 1);
        grid.add(fields.cell(ProductField.NOTES), 0, BASIC.size() + 1, 2, 1);
        return grid;
    }

    private Node labelInfo() {
        GridPane grid = grid(LABEL);
        grid.add(fields.cell(ProductField.INGREDIENTS), 0, LABEL.size(), 2, 1);
        return grid;
    }

    /** Two equal columns, one row per entry of {@code rows}. */
    private GridPane grid(List<List<ProductField>> rows) {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(8);
        grid.getStyleClass().add("editor-tab-content");
        for (int i = 0; i < 2; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(50);
            column.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(column);
        }
        for (int row = 0; row < rows.size(); row++) {
            for (int column = 0; column < rows.get(row).size(); column++) {
                grid.add(fields.cell(rows.get(row).get(column)), column, row);
            }
        }
        return grid;
    }

    private Node buttonBar() {
        Label error = new Label();
        error.setId("editorError");
        error.getStyleClass().add("editor-error");
        error.setWrapText(true);
        error.textProperty().bind(viewModel.errorProperty());
        error.visibleProperty().bind(viewModel.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        error.setMaxWidth(Double.MAX_VALUE);

        Button reload = new Button(messages.get("editor.reload"));
        reload.setId("reloadButton");
        reload.visibleProperty().bind(viewModel.staleProperty());
        reload.managedProperty().bind(reload.visibleProperty());
        reload.setOnAction(event -> viewModel.reload());

        HBox buttons = new HBox(8);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        if (!viewModel.isNew()) {
            Button trash = new Button(messages.get("editor.trash"));
            trash.setId("trashButton");
            trash.getStyleClass().addAll(Styles.DANGER, Styles.BUTTON_OUTLINED);
            trash.disableProperty().bind(viewModel.savingProperty());
            trash.setOnAction(event -> viewModel.trash(onDone));
            buttons.getChildren().add(trash);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("editorProgress");
        progress.setPrefSize(22, 22);
        progress.visibleProperty().bind(viewModel.savingProperty().or(viewModel.loadingProperty()));
        Button cancel = new Button(messages.get("editor.cancel"));
        cancel.setId("cancelButton");
        cancel.setCancelButton(true);
        cancel.setOnAction(event -> closeUnlessKeepingEdits());
        Button save = new Button(messages.get("editor.save"));
        save.setId("saveButton");
        save.setDefaultButton(true);
        save.disableProperty().bind(viewModel.canSaveProperty().not());
        save.setOnAction(event -> viewModel.save(onDone));
        buttons.getChildren().addAll(spacer, reload, progress, cancel, save);

        VBox bar = new VBox(8, error, buttons);
        bar.getStyleClass().add("editor-buttons");
        return bar;
    }

    private Tab tab(String id, String titleKey, Node content) {
        Tab tab = new Tab(messages.get(titleKey), content);
        tab.setId(id);
        return tab;
    }

    private static Node scrolling(Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("editor-scroll");
        return scroll;
    }

    private static Node padded(Node content) {
        VBox box = new VBox(content);
        VBox.setVgrow(content, Priority.ALWAYS);
        box.getStyleClass().add("editor-tab-content");
        return box;
    }
}
