package com.mallboard.settings.ui;

import com.mallboard.common.Messages;
import com.mallboard.common.ui.SettingsSection;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.TextFieldListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Warehouse locations in walking order: a list to add to, rename in place (double-click), delete from and reorder,
 * and a box to paste many codes at once (one per line, from a spreadsheet column).
 */
public final class WarehouseSection implements SettingsSection {
    private final WarehouseLocationsViewModel model;
    private final Messages messages;
    private final ListView<String> list = new ListView<>();

    public WarehouseSection(WarehouseLocationsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    @Override
    public String id() {
        return "warehouse";
    }

    @Override
    public String titleKey() {
        return "settings.warehouse";
    }

    @Override
    public Node content() {
        list.setId("locationList");
        list.setItems(model.codes());
        list.setEditable(true);
        list.setCellFactory(TextFieldListCell.forListView());
        list.setPrefHeight(260);
        list.setOnEditCommit(e -> {
            if (!model.rename(e.getIndex(), e.getNewValue())) {
                // The cell shows what was typed once this handler returns; the list still holds the old code.
                Platform.runLater(list::refresh);
            }
        });
        TextField code = new TextField();
        code.setId("newLocationField");
        code.setPromptText("A-01-03");
        Button add = button("addLocationButton", "mdi2p-plus", "settings.locations.add");
        add.setOnAction(e -> {
            if (model.add(code.getText(), list.getSelectionModel().getSelectedIndex())) {
                code.clear();
            }
        });
        code.setOnAction(e -> add.fire());
        Button up = button("locationUpButton", "mdi2a-arrow-up", "settings.locations.up");
        up.setOnAction(e -> moveSelected(-1));
        Button down = button("locationDownButton", "mdi2a-arrow-down", "settings.locations.down");
        down.setOnAction(e -> moveSelected(1));
        Button delete = button("deleteLocationButton", "mdi2d-delete-outline", "settings.locations.delete");
        delete.setOnAction(e -> {
            int index = list.getSelectionModel().getSelectedIndex();
            if (index >= 0) {
                model.delete(index);
            }
        });
        up.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        down.disableProperty().bind(up.disableProperty());
        delete.disableProperty().bind(up.disableProperty());
        HBox addRow = new HBox(8, code, add, up, down, delete);
        addRow.setAlignment(Pos.CENTER_LEFT);
        return new VBox(24, SettingsParts.group(messages.get("settings.locations"),
                messages.get("settings.locations.note"), list, addRow, model.feedback().label("locationsResult")),
                pasteGroup());
    }

    private VBox pasteGroup() {
        TextArea pasted = new TextArea();
        pasted.setId("pasteLocations");
        pasted.setPrefRowCount(5);
        Button paste = button("pasteLocationsButton", "mdi2c-content-paste", "settings.locations.paste");
        paste.setOnAction(e -> {
            if (model.paste(pasted.getText())) {
                pasted.clear();
            }
        });
        return SettingsParts.group(messages.get("settings.locations.paste.heading"),
                messages.get("settings.locations.paste.note"), pasted, paste);
    }

    private void moveSelected(int step) {
        int index = list.getSelectionModel().getSelectedIndex();
        if (model.move(index, step)) {
            list.getSelectionModel().clearAndSelect(index + step);
        }
    }

    private Button button(String id, String icon, String textKey) {
        Button button = new Button(messages.get(textKey), new FontIcon(icon));
        button.setId(id);
        button.setTooltip(new Tooltip(messages.get(textKey)));
        return button;
    }

    @Override
    public void reload() {
        model.load();
    }
}
