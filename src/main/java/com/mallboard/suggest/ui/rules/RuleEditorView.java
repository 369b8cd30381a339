package com.mallboard.suggest.ui.rules;

import com.mallboard.common.Messages;
import com.mallboard.common.ui.FileDialogs;
import com.mallboard.product.ui.UnsavedChanges;
import com.mallboard.suggest.rules.SuggestionRule;
import java.util.List;
import java.util.Objects;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The manager's suggestion rule screen: search and the rule table on the left, the chosen rule's form on the right,
 * import, export and the default pack in the toolbar. Leaving a changed rule asks first.
 */
public final class RuleEditorView extends BorderPane {
    static final String EXTENSION = "json";

    private final RuleEditorViewModel viewModel;
    private final Messages messages;
    private final FileDialogs files;
    private final RuleTable table;
    /** Set while the table's selection follows the form, so that is not taken for the manager choosing a rule. */
    private boolean following;

    public RuleEditorView(RuleEditorViewModel viewModel, Messages messages, FileDialogs files) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.files = files;
        setId("ruleEditor");
        table = new RuleTable(viewModel, messages);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, chosen) -> chosenInTable(chosen));
        viewModel.shownRules().addListener((ListChangeListener<SuggestionRule>) change -> followForm());
        RuleFormView formView = new RuleFormView(viewModel.form(), messages, this::save);
        ScrollPane scroll = new ScrollPane(formView);
        scroll.setFitToWidth(true);
        BorderPane form = new BorderPane(scroll);
        form.setBottom(formView.buttons());
        SplitPane split = new SplitPane(table, form);
        split.setDividerPositions(0.45);
        setTop(toolbar());
        setCenter(split);
        setBottom(new VBox(4, importProblems(), statusBar()));
    }

    /** Reads the rules again; the navigation calls this each time the screen is shown. */
    public void load() {
        viewModel.load();
    }

    private HBox toolbar() {
        TextField search = new TextField();
        search.setId("ruleSearch");
        search.setPromptText(messages.get("suggest.rules.editor.search"));
        search.textProperty().bindBidirectional(viewModel.searchProperty());
        search.setPrefWidth(220);
        Button add = button("newRuleButton", "suggest.rules.editor.new", "mdi2p-plus", this::newRule);
        Button copy = button("duplicateRuleButton", "suggest.rules.editor.duplicate", "mdi2c-content-copy",
                this::duplicate);
        Button delete = button("deleteRuleButton", "suggest.rules.editor.delete", "mdi2d-delete-outline", this::delete);
        copy.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.disableProperty().bind(copy.disableProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, new FontIcon("mdi2m-magnify"), search, add, copy, delete, spacer,
                button("importRulesButton", "suggest.rules.editor.import", "mdi2f-file-import-outline", this::importFile),
                button("exportRulesButton", "suggest.rules.editor.export", "mdi2f-file-export-outline", this::exportFile),
                button("restoreDefaultRulesButton", "suggest.rules.editor.restore", "mdi2r-restore",
                        viewModel::restoreDefaults));
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        bar.disableProperty().bind(viewModel.busyProperty());
        return bar;
    }

    private Button button(String id, String textKey, String icon, Runnable action) {
        Button button = new Button(messages.get(textKey), new FontIcon(icon));
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    private VBox importProblems() {
        Label heading = new Label(messages.get("suggest.rules.editor.import.problems"));
        heading.getStyleClass().add("title-4");
        TextArea text = new TextArea();
        text.setId("importProblems");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(6);
        text.textProperty().bind(viewModel.importProblemsProperty());
        Button close = button("closeImportProblemsButton", "common.close", "mdi2c-close",
                viewModel::closeImportProblems);
        VBox box = new VBox(4, new HBox(8, heading, close), text);
        box.setPadding(new Insets(0, 8, 0, 8));
        box.visibleProperty().bind(viewModel.importProblemsProperty().isNotEmpty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private HBox statusBar() {
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(viewModel.busyProperty());
        Label status = new Label();
        status.setId("rulesStatus");
        status.textProperty().bind(viewModel.statusProperty());
        HBox bar = new HBox(8, busy, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 8, 8));
        return bar;
    }

    private void chosenInTable(SuggestionRule chosen) {
        if (following || chosen == null || Objects.equals(chosen.id(), viewModel.form().ruleId())) {
            return;
        }
        if (mayLeaveForm()) {
            viewModel.edit(chosen);
        } else {
            javafx.application.Platform.runLater(this::followForm);
        }
    }

    /** Selects the form's rule in the table (nothing when it is new, or filtered out). */
    private void followForm() {
        Long id = viewModel.form().ruleId();
        following = true;
        try {
            viewModel.shownRules().stream().filter(rule -> Objects.equals(rule.id(), id)).findFirst()
                    .ifPresentOrElse(rule -> table.getSelectionModel().select(rule),
                            () -> table.getSelectionModel().clearSelection());
        } finally {
            following = false;
        }
    }

    private boolean mayLeaveForm() {
        return !viewModel.form().isChanged()
                || UnsavedChanges.discardConfirmed(window(), messages, "suggest.rules.editor.unsaved");
    }

    private void newRule() {
        if (mayLeaveForm()) {
            viewModel.newRule();
            followForm();
        }
    }

    private void duplicate() {
        SuggestionRule rule = table.getSelectionModel().getSelectedItem();
        if (rule != null && mayLeaveForm()) {
            viewModel.duplicate(rule);
            followForm();
        }
    }

    private void save() {
        viewModel.save();
    }

    private void delete() {
        SuggestionRule rule = table.getSelectionModel().getSelectedItem();
        if (rule != null && confirm("deleteRuleConfirmation", "suggest.rules.editor.delete",
                messages.get("suggest.rules.editor.delete.question", rule.name().in(messages.locale()), rule.code()))) {
            viewModel.delete(rule);
        }
    }

    private void exportFile() {
        files.saveFile(window(), messages.get("suggest.rules.editor.export.title"), "mallboard-rules." + EXTENSION,
                EXTENSION).ifPresent(viewModel::exportTo);
    }

    private void importFile() {
        if (!mayLeaveForm()) {
            return;
        }
        files.openFile(window(), messages.get("suggest.rules.editor.import.title"), List.of(EXTENSION))
                .ifPresent(file -> viewModel.importFrom(file, plan -> confirm("importRulesConfirmation",
                        "suggest.rules.editor.import", messages.get("suggest.rules.editor.import.question",
                                plan.replaced(), plan.incoming(), plan.file().getFileName()))));
    }

    /** Asks before a step that cannot be undone; Cancel is the default button. */
    private boolean confirm(String id, String actionKey, String question) {
        ButtonType go = new ButtonType(messages.get(actionKey), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, go, cancel);
        alert.initOwner(window());
        alert.setTitle(messages.get(actionKey));
        alert.setHeaderText(messages.get(actionKey));
        alert.getDialogPane().setId(id);
        alert.getDialogPane().lookupButton(go).setId("confirmButton");
        alert.getDialogPane().lookupButton(cancel).setId("cancelButton");
        ((Button) alert.getDialogPane().lookupButton(go)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        return alert.showAndWait().filter(go::equals).isPresent();
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }
}
