package com.mallboard.sync.ui;

import com.mallboard.common.Messages;
import com.mallboard.common.ui.Windows;
import java.net.URI;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * Shown while a mall is being connected: the mall's sign-in page opens in the browser and its answer comes back to
 * the app by itself. If it does not (a firewall, another browser), the person pastes the address the browser ended on.
 * The window only shows and collects; the connector does the work off the UI thread.
 */
public final class MallConnectWindow {
    private final Stage window;
    private final Label problem = new Label();
    private final TextField pasted = new TextField();
    private final Button usePasted;

    /**
     * @param openBrowser opens the address in the system browser
     * @param onPasted    called off the UI thread with what was pasted; its exception message is shown
     * @param onCancel    the person gave up
     */
    public MallConnectWindow(String mallName, URI address, Messages messages, Consumer<URI> openBrowser,
            Consumer<String> onPasted, Runnable onCancel) {
        window = Windows.modal(null);
        window.setTitle(messages.get("connect.title", mallName));
        Label instructions = new Label(messages.get("connect.instructions", mallName));
        instructions.setWrapText(true);
        TextField addressField = new TextField(address.toString());
        addressField.setEditable(false);
        addressField.setId("connectAddress");
        Button open = new Button(messages.get("connect.open.browser"));
        open.setId("openBrowserButton");
        open.setOnAction(e -> openBrowser.accept(address));
        HBox.setHgrow(addressField, Priority.ALWAYS);
        Label pasteLabel = new Label(messages.get("connect.paste.label"));
        pasteLabel.setWrapText(true);
        pasted.setId("pastedAddressField");
        pasted.setPromptText(messages.get("connect.paste.prompt"));
        usePasted = new Button(messages.get("connect.paste.use"));
        usePasted.setId("usePastedAddressButton");
        usePasted.disableProperty().bind(pasted.textProperty().isEmpty());
        usePasted.setOnAction(e -> usePasted(onPasted));
        pasted.setOnAction(e -> usePasted(onPasted));
        HBox.setHgrow(pasted, Priority.ALWAYS);
        problem.setId("connectProblem");
        problem.setWrapText(true);
        problem.getStyleClass().add("danger-text");
        Button cancel = new Button(messages.get("connect.cancel"));
        cancel.setId("cancelConnectButton");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> {
            onCancel.run();
            window.close();
        });
        window.setOnCloseRequest(e -> onCancel.run());
        VBox content = new VBox(12, instructions, new HBox(8, addressField, open), pasteLabel,
                new HBox(8, pasted, usePasted), problem, cancel);
        content.setPadding(new Insets(20));
        content.setId("mallConnectWindow");
        Windows.setContent(window, content, 640, 330);
    }

    private void usePasted(Consumer<String> onPasted) {
        String text = pasted.getText();
        problem.setText("");
        Thread worker = new Thread(() -> {
            try {
                onPasted.accept(text);
            } catch (RuntimeException e) {
                Platform.runLater(() -> problem.setText(e.getMessage()));
            }
        }, "mall-connect-paste");
        worker.setDaemon(true);
        worker.start();
    }

    public void show() {
        window.show();
    }

    public void close() {
        window.close();
    }
}
