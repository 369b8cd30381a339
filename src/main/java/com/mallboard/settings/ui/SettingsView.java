package com.mallboard.settings.ui;

import com.mallboard.common.Messages;
import com.mallboard.common.ui.SettingsSection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * The settings screen: the sections the composition root hands in, listed on the left, the chosen one on the right.
 * A section's controls are built the first time it is chosen; every section reads its values again each time the
 * screen is shown.
 */
public final class SettingsView extends BorderPane {
    public static final String STYLESHEET = "/css/settings.css";

    private final List<SettingsSection> sections;
    private final Messages messages;
    private final Map<String, Node> built = new HashMap<>();
    private final ListView<SettingsSection> list = new ListView<>();
    private final ScrollPane page = new ScrollPane();

    public SettingsView(List<SettingsSection> sections, Messages messages) {
        this.sections = List.copyOf(sections);
        this.messages = messages;
        setId("settingsScreen");
        getStyleClass().add("settings-screen");
        getStylesheets().add(SettingsView.class.getResource(STYLESHEET).toExternalForm());
        list.setId("settingsSections");
        list.getStyleClass().add("settings-sections");
        list.setPrefWidth(220);
        list.setCellFactory(view -> new SectionCell());
        list.getItems().setAll(this.sections);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, chosen) -> show(chosen));
        page.setFitToWidth(true);
        page.getStyleClass().add("settings-page");
        setLeft(list);
        setCenter(page);
        list.getSelectionModel().selectFirst();
    }

    /** Each time the screen is shown: every section built so far reads its saved values again, in the background. */
    public void reload() {
        sections.stream().filter(s -> built.containsKey(s.id())).forEach(SettingsSection::reload);
    }

    /** Shows the section with {@code id} ({@code "general"}, {@code "warehouse"}, ...). */
    public void select(String id) {
        sections.stream().filter(s -> s.id().equals(id)).findFirst()
                .ifPresent(section -> list.getSelectionModel().select(section));
    }

    private void show(SettingsSection section) {
        if (section == null) {
            return;
        }
        Node content = built.computeIfAbsent(section.id(), id -> {
            Node node = section.content();
            node.setId(id + "Section");
            section.reload();
            return node;
        });
        Label title = new Label(messages.get(section.titleKey()));
        title.getStyleClass().add("settings-title");
        VBox box = new VBox(16, title, content);
        box.getStyleClass().add("settings-page-content");
        page.setContent(box);
    }

    private final class SectionCell extends ListCell<SettingsSection> {
        @Override
        protected void updateItem(SettingsSection section, boolean empty) {
            super.updateItem(section, empty);
            setText(empty || section == null ? null : messages.get(section.titleKey()));
            setId(empty || section == null ? null : section.id() + "SectionTab");
        }
    }
}
