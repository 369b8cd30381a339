package com.mallboard.shipping.ui;

import com.mallboard.common.Messages;
import com.mallboard.shipping.Feedback;
import com.mallboard.shipping.PackLine;
import com.mallboard.sync.Carrier;
import com.mallboard.sync.StoredOrderItem;
import java.util.Locale;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The packing screen, for a scanner that types like a keyboard and no mouse: one scan field that always has the focus,
 * the order on the bench as big rows, a status line coloured by the station's answer (and flashing on errors) that can
 * be read at arm's length, and the keys Esc (put back), F1 (help), F2 (courier) and F9 (override).
 */
public final class PackingView extends StackPane {
    public static final String STYLESHEET = "/css/packing.css";
    private static final String[] FEEDBACK_CLASSES = {"pack-feedback-none", "pack-feedback-ok", "pack-feedback-warning",
        "pack-feedback-error"};

    private final PackingViewModel model;
    private final Messages messages;
    private final TextField scanField = new TextField();
    private final Label status = new Label();
    private final VBox lineRows = new VBox(8);
    private final PackingOverlays overlays;
    private final Timeline flash = new Timeline();
    private final ChangeListener<Node> keepScanFocus = (obs, old, now) -> refocusLater();

    public PackingView(PackingViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.overlays = new PackingOverlays(model, messages, this::refocusLater);
        setId("packingView");
        getStyleClass().add("packing-view");
        getStylesheets().add(PackingView.class.getResource(STYLESHEET).toExternalForm());
        BorderPane bench = new BorderPane();
        bench.setTop(header());
        bench.setCenter(lines());
        bench.setRight(history());
        bench.setBottom(scanArea());
        getChildren().addAll(bench, overlays.layer());
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        model.history().addListener((ListChangeListener<PackingViewModel.HistoryEntry>) c -> showStatus());
        model.lines().addListener((ListChangeListener<PackLine>) c -> showLines());
        sceneProperty().addListener((obs, old, now) -> followFocusOf(old, now));
    }

    private Node header() {
        Label prompt = label("packPrompt", "pack-prompt");
        prompt.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(model::prompt,
                model.stateProperty()));
        Label orderId = label("packOrderId", "pack-order-id");
        Label receiver = label("packReceiver", "pack-receiver");
        Label mall = label("packMall", "pack-mall");
        model.orderProperty().addListener((obs, old, now) -> {
            orderId.setText(now == null ? messages.get("pack.no.order") : now.orderId());
            receiver.setText(model.receiverName());
            mall.setText(now == null ? "" : now.mallName());
        });
        orderId.setText(messages.get("pack.no.order"));
        Label courier = label("packCourier", "pack-courier");
        courier.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> courierText(
                model.courierProperty().get()), model.courierProperty(), model.orderProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox order = new HBox(24, orderId, receiver, mall, spacer, courier);
        order.setAlignment(Pos.BASELINE_LEFT);
        VBox header = new VBox(6, prompt, order);
        header.getStyleClass().add("pack-header");
        return header;
    }

    private String courierText(Carrier courier) {
        if (model.orderProperty().get() == null) {
            return "";
        }
        return courier == null ? messages.get("pack.courier.missing") : messages.get("pack.courier.shown", courier.name());
    }

    private Node lines() {
        lineRows.setId("packLines");
        lineRows.getStyleClass().add("pack-lines");
        ScrollPane scroll = new ScrollPane(lineRows);
        scroll.setFitToWidth(true);
        scroll.setFocusTraversable(false);
        scroll.getStyleClass().add("pack-lines-scroll");
        return scroll;
    }

    private void showLines() {
        lineRows.getChildren().setAll(model.lines().stream().map(this::lineRow).toList());
    }

    private Node lineRow(PackLine line) {
        StoredOrderItem item = line.item();
        Label tick = new Label();
        tick.getStyleClass().add("pack-line-tick");
        if (line.complete()) {
            tick.setGraphic(new FontIcon("mdi2c-check-bold"));
        }
        Label name = label("packLineName-" + line.index(), "pack-line-name");
        name.setText(item.productName());
        HBox.setHgrow(name, Priority.ALWAYS);
        name.setMaxWidth(Double.MAX_VALUE);
        Label option = label(null, "pack-line-option");
        option.setText(item.optionName() == null ? "" : item.optionName());
        Label sku = label(null, "pack-line-sku");
        sku.setText(item.customProductCode() == null ? "" : item.customProductCode());
        Label count = label("packCount-" + line.index(), "pack-line-count");
        count.setText(model.count(line));
        HBox row = new HBox(18, tick, name, option, sku, count);
        row.setId("packLine-" + line.index());
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("pack-line");
        if (line.complete()) {
            row.getStyleClass().add("pack-line-complete");
        }
        return row;
    }

    private Node history() {
        ListView<PackingViewModel.HistoryEntry> list = new ListView<>(model.history());
        list.setId("packHistory");
        list.setFocusTraversable(false);
        list.getStyleClass().add("pack-history");
        list.setCellFactory(v -> new ListCell<>() {
            {
                setWrapText(true);
                // Wrapping needs a width the cell cannot grow past; without it the list scrolls sideways.
                prefWidthProperty().bind(list.widthProperty().subtract(24));
            }

            @Override
            protected void updateItem(PackingViewModel.HistoryEntry entry, boolean empty) {
                super.updateItem(entry, empty);
                getStyleClass().removeAll(FEEDBACK_CLASSES);
                if (empty || entry == null) {
                    setText(null);
                    return;
                }
                setText(entry.input().isEmpty() ? entry.message() : entry.input() + " — " + entry.message());
                getStyleClass().add(feedbackClass(entry.feedback()));
            }
        });
        Label title = new Label(messages.get("pack.history"));
        title.getStyleClass().add("pack-history-title");
        VBox box = new VBox(6, title, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        box.getStyleClass().add("pack-history-box");
        return box;
    }

    private Node scanArea() {
        status.setId("packStatus");
        status.getStyleClass().addAll("pack-status", feedbackClass(Feedback.NONE));
        status.setMaxWidth(Double.MAX_VALUE);
        status.setWrapText(true);
        scanField.setId("scanField");
        scanField.getStyleClass().add("pack-scan-field");
        scanField.setPromptText(messages.get("pack.scan.field.prompt"));
        scanField.setOnAction(e -> {
            model.submit(scanField.getText());
            scanField.clear();
        });
        Label busy = new Label(messages.get("pack.busy"));
        busy.setId("packBusy");
        busy.getStyleClass().add("pack-busy");
        busy.visibleProperty().bind(model.busyProperty());
        HBox.setHgrow(scanField, Priority.ALWAYS);
        HBox field = new HBox(12, scanField, busy);
        field.setAlignment(Pos.CENTER_LEFT);
        Label keys = new Label(messages.get("pack.keys.hint"));
        keys.getStyleClass().add("pack-keys-hint");
        VBox area = new VBox(10, status, field, keys);
        area.getStyleClass().add("pack-scan-area");
        return area;
    }

    private void showStatus() {
        Feedback level = model.feedbackProperty().get();
        status.setText(model.statusProperty().get());
        status.getStyleClass().removeAll(FEEDBACK_CLASSES);
        status.getStyleClass().remove("pack-flash");
        status.getStyleClass().add(feedbackClass(level));
        flash.stop();
        if (level == Feedback.ERROR) {
            flash.getKeyFrames().setAll(new KeyFrame(Duration.millis(250), e -> toggleFlash()));
            flash.setCycleCount(8);
            flash.play();
        }
        refocusLater();
    }

    private void toggleFlash() {
        if (!status.getStyleClass().remove("pack-flash")) {
            status.getStyleClass().add("pack-flash");
        }
    }

    private static String feedbackClass(Feedback level) {
        return "pack-feedback-" + level.name().toLowerCase(Locale.ROOT);
    }

    private void onKey(KeyEvent e) {
        if (overlays.isOpen()) {
            if (e.getCode() == KeyCode.ESCAPE || e.getCode() == KeyCode.F1 && overlays.helpOpen()) {
                overlays.close();
                e.consume();
            }
            return;
        }
        switch (e.getCode()) {
            case ESCAPE -> model.abandon();
            case F1 -> overlays.showHelp();
            case F2 -> {
                if (model.mayPickCourier()) {
                    overlays.showCourierPicker();
                }
            }
            case F9 -> {
                if (model.mayOverride()) {
                    overlays.showOverride();
                }
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** The scan field takes the focus back from anything but an open overlay, whenever the screen is showing. */
    private void followFocusOf(Scene old, Scene now) {
        if (old != null) {
            old.focusOwnerProperty().removeListener(keepScanFocus);
        }
        if (now != null) {
            now.focusOwnerProperty().addListener(keepScanFocus);
            refocusLater();
        }
    }

    private void refocusLater() {
        Platform.runLater(() -> {
            if (getScene() != null && !overlays.isOpen() && !scanField.isFocused()) {
                scanField.requestFocus();
            }
        });
    }

    private static Label label(String id, String styleClass) {
        Label label = new Label();
        if (id != null) {
            label.setId(id);
        }
        label.getStyleClass().add(styleClass);
        return label;
    }
}
