package com.mallboard.sync.ui;

import atlantafx.base.theme.Styles;
import com.mallboard.common.Messages;
import com.mallboard.common.ui.ChoiceText;
import com.mallboard.product.ui.DangerDecoration;
import com.mallboard.sync.Mall;
import com.mallboard.sync.Platform;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/** The form for adding or editing a mall: one field a row, its problem under it, Save disabled while invalid. */
public final class MallEditorView extends BorderPane {
    /** Cafe24's own address pattern, shown as the hint of the optional override. */
    static final String DEFAULT_ADDRESS = "https://{mall_id}.cafe24api.com";

    private final MallEditorViewModel viewModel;
    private final Messages messages;
    private final ValidationSupport validation = new ValidationSupport();
    private final GridPane grid = new GridPane();
    private final TextField nameField = new TextField();
    private int row;

    /** {@code onSaved} gets the stored mall before {@code onClose} closes the window. */
    public MallEditorView(MallEditorViewModel viewModel, Messages messages, Consumer<Mall> onSaved, Runnable onClose) {
        this.viewModel = viewModel;
        this.messages = messages;
        setId("mallEditor");
        getStyleClass().add("mall-editor");
        getStylesheets().add(MallEditorView.class.getResource(SyncScreens.STYLESHEET).toExternalForm());
        validation.setValidationDecorator(new DangerDecoration());
        Label title = new Label(viewModel.title());
        title.setId("mallEditorTitle");
        title.getStyleClass().add(Styles.TITLE_3);
        title.getStyleClass().add("mall-editor-title");
        setTop(title);
        setCenter(form());
        setBottom(buttons(onSaved, onClose));
    }

    public String title() {
        return viewModel.title();
    }

    public void focusFirstField() {
        nameField.requestFocus();
    }

    /** The validation behind the red outlines, for tests. */
    public ValidationSupport validation() {
        return validation;
    }

    private Node form() {
        grid.setHgap(12);
        grid.setVgap(6);
        grid.getStyleClass().add("mall-editor-form");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints controls = new ColumnConstraints();
        controls.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, controls);

        addRow("mall.field.platform", platformChoice(), null);
        addText(MallField.NAME, nameField, "mallNameField", "mall.field.name", null);
        addText(MallField.MALL_ID, new TextField(), "mallIdField", "mall.field.mall.id", "mall.hint.mall.id");
        addText(MallField.SHOP_NO, new TextField(), "shopNoField", "mall.field.shop.no", "mall.hint.shop.no");
        addText(MallField.API_VERSION, new TextField(), "apiVersionField", "mall.field.api.version", null);
        TextField baseUrl = new TextField();
        baseUrl.setPromptText(DEFAULT_ADDRESS);
        addText(MallField.BASE_URL, baseUrl, "baseUrlField", "mall.field.base.url", "mall.hint.base.url");
        TextField clientId = new TextField();
        clientId.setId("clientIdField");
        clientId.textProperty().bindBidirectional(viewModel.clientIdProperty());
        addRow("mall.field.client.id", clientId, null);
        PasswordField secret = new PasswordField();
        secret.setId("clientSecretField");
        secret.textProperty().bindBidirectional(viewModel.clientSecretProperty());
        addRow("mall.field.client.secret", secret, hint(messages.get(viewModel.isNew() ? "mall.hint.secret.new"
                : "mall.hint.secret.keep")));

        Label error = new Label();
        error.setId("mallEditorError");
        error.getStyleClass().add("sync-error");
        error.setWrapText(true);
        error.setMaxWidth(Double.MAX_VALUE);
        error.textProperty().bind(viewModel.errorProperty());
        error.visibleProperty().bind(viewModel.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        grid.add(error, 0, row++, 2, 1);
        return grid;
    }

    private ComboBox<Platform> platformChoice() {
        ComboBox<Platform> platform = new ComboBox<>(FXCollections.observableArrayList(Platform.values()));
        platform.setId("platformChoice");
        platform.setConverter(ChoiceText.of(value -> messages.get("mall.platform." + value.name().toLowerCase(Locale.ROOT))));
        platform.valueProperty().bindBidirectional(viewModel.platformProperty());
        // Editing cannot move a mall to another platform: its listings and tokens belong to this one.
        platform.setDisable(!viewModel.isNew() || Platform.values().length == 1);
        return platform;
    }

    private void addText(MallField field, TextField input, String id, String labelKey, String hintKey) {
        input.setId(id);
        input.textProperty().bindBidirectional(viewModel.text(field));
        ReadOnlyStringProperty problem = viewModel.problem(field);
        validation.registerValidator(input, false, (Control c, Object value) ->
                ValidationResult.fromErrorIf(c, problem.get(), problem.get() != null));
        problem.addListener((obs, old, now) -> validation.revalidate(input));
        Label problemLabel = new Label();
        problemLabel.setId(id + "Problem");
        problemLabel.getStyleClass().add("field-problem");
        problemLabel.setWrapText(true);
        problemLabel.textProperty().bind(problem);
        problemLabel.visibleProperty().bind(problem.isNotEmpty());
        problemLabel.managedProperty().bind(problemLabel.visibleProperty());
        VBox below = new VBox(2, problemLabel);
        if (hintKey != null) {
            below.getChildren().add(hint(messages.get(hintKey, DEFAULT_ADDRESS)));
        }
        addRow(labelKey, input, below);
    }

    private static Label hint(String text) {
        Label hint = new Label(text);
        hint.getStyleClass().add("field-hint");
        hint.setWrapText(true);
        return hint;
    }

    private void addRow(String labelKey, Control control, Node below) {
        Label label = new Label(messages.get(labelKey));
        label.setLabelFor(control);
        label.getStyleClass().add("field-label");
        control.setMaxWidth(Double.MAX_VALUE);
        VBox cell = below == null ? new VBox(control) : new VBox(3, control, below);
        GridPane.setValignment(label, javafx.geometry.VPos.TOP);
        label.setPadding(new javafx.geometry.Insets(6, 0, 0, 0));
        grid.add(label, 0, row);
        grid.add(cell, 1, row++);
    }

    private Node buttons(Consumer<Mall> onSaved, Runnable onClose) {
        Button save = new Button(messages.get("mall.editor.save"));
        save.setId("saveMallButton");
        save.getStyleClass().add(Styles.ACCENT);
        save.setDefaultButton(true);
        save.disableProperty().bind(viewModel.validProperty().not().or(viewModel.savingProperty()));
        save.setOnAction(e -> viewModel.save(mall -> {
            onSaved.accept(mall);
            onClose.run();
        }));
        Button cancel = new Button(messages.get("common.cancel"));
        cancel.setId("cancelMallButton");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> onClose.run());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(20, 20);
        progress.visibleProperty().bind(viewModel.savingProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, progress, spacer, cancel, save);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.getStyleClass().add("mall-editor-buttons");
        return buttons;
    }
}
