package com.mallboard.shipping.ui;

import com.mallboard.common.Messages;
import com.mallboard.common.ui.ChoiceText;
import com.mallboard.sync.Carrier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The packing screen's panels over the bench, each driven from the keyboard alone: the key help (F1), the courier
 * picker (F2) and the supervisor's override (F9). Enter confirms, Esc (handled by the view) cancels; closing one hands
 * the focus back to the scan field.
 */
final class PackingOverlays {
    private static final String[][] KEYS = {
        {"Enter", "pack.help.enter"}, {"Esc", "pack.help.esc"}, {"F1", "pack.help.f1"}, {"F2", "pack.help.f2"},
        {"F9", "pack.help.f9"}};

    private final PackingViewModel model;
    private final Messages messages;
    private final Runnable afterClose;
    private final StackPane layer = new StackPane();
    private final Node help;
    private final ComboBox<Carrier> couriers = new ComboBox<>();
    private final Node courierPanel;
    private final TextField reason = new TextField();
    private final TextField supervisor = new TextField();
    private final Label overrideError = new Label();
    private final Node overridePanel;

    PackingOverlays(PackingViewModel model, Messages messages, Runnable afterClose) {
        this.model = model;
        this.messages = messages;
        this.afterClose = afterClose;
        layer.setId("packOverlay");
        layer.getStyleClass().add("pack-overlay");
        layer.setVisible(false);
        help = helpPanel();
        courierPanel = courierPanel();
        overridePanel = overridePanel();
    }

    Node layer() {
        return layer;
    }

    boolean isOpen() {
        return layer.isVisible();
    }

    boolean helpOpen() {
        return isOpen() && layer.getChildren().contains(help);
    }

    void close() {
        layer.getChildren().clear();
        layer.setVisible(false);
        afterClose.run();
    }

    private void open(Node panel, Node focus) {
        layer.getChildren().setAll(panel);
        layer.setVisible(true);
        focus.requestFocus();
    }

    void showHelp() {
        open(help, help);
    }

    void showCourierPicker() {
        couriers.getItems().setAll(model.carriers());
        couriers.getSelectionModel().select(model.courierProperty().get());
        if (couriers.getSelectionModel().isEmpty()) {
            couriers.getSelectionModel().selectFirst();
        }
        open(courierPanel, couriers);
    }

    void showOverride() {
        reason.clear();
        supervisor.clear();
        overrideError.setText("");
        open(overridePanel, reason);
    }

    private Node helpPanel() {
        GridPane keys = new GridPane();
        keys.setHgap(24);
        keys.setVgap(10);
        for (int row = 0; row < KEYS.length; row++) {
            Label key = new Label(KEYS[row][0]);
            key.getStyleClass().add("pack-help-key");
            keys.addRow(row, key, new Label(messages.get(KEYS[row][1])));
        }
        VBox panel = panel("packHelp", "pack.help.title", keys, new Label(messages.get("pack.help.close")));
        panel.setFocusTraversable(true);
        return panel;
    }

    private Node courierPanel() {
        couriers.setId("courierPicker");
        couriers.setConverter(ChoiceText.of(Carrier::name));
        couriers.setMaxWidth(Double.MAX_VALUE);
        VBox panel = panel("courierPanel", "pack.courier.title", couriers, new Label(messages.get("pack.courier.keys")));
        onEnter(panel, () -> {
            Carrier chosen = couriers.getSelectionModel().getSelectedItem();
            close();
            model.pickCourier(chosen);
        });
        return panel;
    }

    private Node overridePanel() {
        reason.setId("overrideReason");
        reason.setPromptText(messages.get("pack.override.reason"));
        supervisor.setId("overrideSupervisor");
        supervisor.setPromptText(messages.get("pack.override.supervisor"));
        overrideError.setId("overrideError");
        overrideError.getStyleClass().add("pack-override-error");
        VBox fields = new VBox(8, new Label(messages.get("pack.override.reason")), reason,
                new Label(messages.get("pack.override.supervisor")), supervisor, overrideError);
        VBox panel = panel("overridePanel", "pack.override.title", fields,
                new Label(messages.get("pack.override.keys")));
        onEnter(panel, this::confirmOverride);
        return panel;
    }

    private void confirmOverride() {
        TextField missing = reason.getText().isBlank() ? reason : supervisor.getText().isBlank() ? supervisor : null;
        if (missing != null) {
            overrideError.setText(messages.get("pack.override.reason.missing"));
            missing.requestFocus();
            return;
        }
        String why = reason.getText().strip();
        String who = supervisor.getText().strip();
        close();
        model.overrideComplete(why, who);
    }

    private static void onEnter(Node panel, Runnable action) {
        panel.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                action.run();
            }
        });
    }

    private VBox panel(String id, String titleKey, Node body, Node hint) {
        Label title = new Label(messages.get(titleKey));
        title.getStyleClass().add("pack-panel-title");
        hint.getStyleClass().add("pack-panel-hint");
        VBox panel = new VBox(14, title, body, hint);
        panel.setId(id);
        panel.getStyleClass().add("pack-panel");
        panel.setMaxSize(640, javafx.scene.layout.Region.USE_PREF_SIZE);
        StackPane.setAlignment(panel, Pos.CENTER);
        return panel;
    }
}
