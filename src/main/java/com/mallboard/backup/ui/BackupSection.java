package com.mallboard.backup.ui;

import atlantafx.base.theme.Styles;
import com.mallboard.backup.Backup;
import com.mallboard.backup.BackupPolicy;
import com.mallboard.backup.BackupSchedule;
import com.mallboard.common.Messages;
import com.mallboard.common.ui.Dialogs;
import com.mallboard.common.ui.MessageLabels;
import com.mallboard.common.ui.SettingsSection;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The settings screen's backups section: the backups in the folder, "Back up now", "Restore…", "Open backups
 * folder", and when automatic backups are taken and how many are kept.
 */
public final class BackupSection implements SettingsSection {
    private final BackupSectionModel model;
    private final Messages messages;
    private final BackupTexts texts;
    private VBox content;

    public BackupSection(BackupSectionModel model) {
        this.model = model;
        this.messages = model.messages();
        this.texts = new BackupTexts(messages);
    }

    @Override
    public String id() {
        return "backups";
    }

    @Override
    public String titleKey() {
        return "backup.section.title";
    }

    @Override
    public void reload() {
        model.reload();
    }

    @Override
    public Node content() {
        if (content == null) {
            content = build();
            model.reload();
        }
        return content;
    }

    private VBox build() {
        Label intro = new Label(messages.get("backup.section.intro"));
        intro.setWrapText(true);
        TableView<Backup> table = table();
        Button now = button("backupNow", "backup.section.now");
        now.disableProperty().bind(model.busy());
        now.setOnAction(event -> model.backUpNow());
        Button restore = button("backupRestore", "backup.section.restore");
        restore.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        restore.setOnAction(event -> confirmRestore(table.getSelectionModel().getSelectedItem(), restore));
        Button open = button("backupOpenFolder", "backup.section.openFolder");
        open.setOnAction(event -> model.openFolder());
        VBox box = new VBox(10, intro, table, new HBox(8, now, restore, open), scheduleRow(),
                MessageLabels.bound("backupFeedback", model.feedback(), Styles.SUCCESS),
                MessageLabels.bound("backupProblem", model.problem(), Styles.DANGER));
        box.setId(id() + "Section");
        box.setPadding(new Insets(4));
        return box;
    }

    private TableView<Backup> table() {
        TableView<Backup> table = new TableView<>(model.backups());
        table.setId("backupTable");
        table.setPrefHeight(220);
        table.setPlaceholder(new Label(messages.get("backup.section.empty")));
        table.getColumns().add(column("backup.section.column.date", texts::when, 150));
        table.getColumns().add(column("backup.section.column.kind", texts::kind, 200));
        table.getColumns().add(column("backup.section.column.size", texts::size, 100));
        return table;
    }

    private TableColumn<Backup, String> column(String titleKey, Function<Backup, String> text,
            double width) {
        TableColumn<Backup, String> column = new TableColumn<>(messages.get(titleKey));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

    private HBox scheduleRow() {
        ComboBox<BackupSchedule> schedule = new ComboBox<>();
        schedule.setId("backupSchedule");
        schedule.getItems().setAll(BackupSchedule.values());
        schedule.setConverter(new StringConverter<>() {
            @Override
            public String toString(BackupSchedule value) {
                return value == null ? "" : texts.schedule(value);
            }

            @Override
            public BackupSchedule fromString(String text) {
                return null;
            }
        });
        Spinner<Integer> keep = new Spinner<>(BackupPolicy.MIN_KEEP, BackupPolicy.MAX_KEEP,
                BackupPolicy.DEFAULT.keepScheduled());
        keep.setId("backupKeep");
        keep.setEditable(true);
        keep.setPrefWidth(90);
        keep.disableProperty().bind(Bindings.equal(schedule.valueProperty(), BackupSchedule.OFF));
        model.policy().addListener((obs, old, policy) -> {
            schedule.setValue(policy.schedule());
            keep.getValueFactory().setValue(policy.keepScheduled());
        });
        schedule.setValue(model.policy().get().schedule());
        schedule.valueProperty().addListener((obs, old, value) -> {
            if (value != null) {
                model.changeSchedule(value);
            }
        });
        keep.valueProperty().addListener((obs, old, value) -> {
            if (value != null) {
                model.changeKeep(value);
            }
        });
        HBox row = new HBox(8, new Label(messages.get("backup.section.schedule")), schedule,
                new Label(messages.get("backup.section.keep")), keep, new Label(messages.get("backup.section.keep.suffix")));
        row.setStyle("-fx-alignment: center-left;");
        return row;
    }

    private void confirmRestore(Backup backup, Node owner) {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION);
        confirm.initOwner(owner.getScene().getWindow());
        confirm.setTitle(messages.get("backup.restore.confirm.title"));
        confirm.setHeaderText(messages.get("backup.restore.confirm.header", texts.when(backup)));
        confirm.setContentText(messages.get("backup.restore.confirm.text", texts.when(backup)));
        Dialogs.okCancel(confirm.getDialogPane(), messages);
        confirm.getDialogPane().setId("backupRestoreConfirm");
        confirm.showAndWait()
                .filter(answer -> answer.getButtonData() == ButtonBar.ButtonData.OK_DONE)
                .ifPresent(answer -> model.restore(backup));
    }

    private Button button(String id, String textKey) {
        Button button = new Button(messages.get(textKey));
        button.setId(id);
        return button;
    }
}
