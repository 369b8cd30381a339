package com.mallboard.settings.ui;

import com.mallboard.common.BackgroundTask;
import com.mallboard.common.Messages;
import com.mallboard.common.TaskExecutor;
import com.mallboard.common.Theme;
import com.mallboard.common.ui.AppTheme;
import com.mallboard.common.ui.SettingsSection;
import com.mallboard.settings.UserPreferences;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Language and theme. Choosing a language saves it and rebuilds the window in it (as the app always did); choosing a
 * theme saves it in the user's preferences and restyles every open window at once.
 */
public final class GeneralSection implements SettingsSection {
    private final UserPreferences preferences;
    private final Consumer<Locale> switchLanguage;
    private final TaskExecutor executor;
    private final Messages messages;
    private final SectionFeedback feedback = new SectionFeedback();
    private final ToggleGroup themes = new ToggleGroup();
    private final RadioButton light = new RadioButton();
    private final RadioButton dark = new RadioButton();
    /** True while the saved theme is put in the buttons, which is not a choice to save again. */
    private boolean showingSaved;

    /** @param switchLanguage saves the language and rebuilds the main window in it */
    public GeneralSection(UserPreferences preferences, Consumer<Locale> switchLanguage, TaskExecutor executor,
            Messages messages) {
        this.preferences = preferences;
        this.switchLanguage = switchLanguage;
        this.executor = executor;
        this.messages = messages;
    }

    @Override
    public String id() {
        return "general";
    }

    @Override
    public String titleKey() {
        return "settings.general";
    }

    @Override
    public Node content() {
        return new VBox(24, SettingsParts.group(messages.get("settings.language"), messages.get("settings.language.note"),
                languageChoice()), SettingsParts.group(messages.get("settings.theme"), messages.get("settings.theme.note"),
                themeChoice()), feedback.label("generalResult"));
    }

    private ComboBox<Locale> languageChoice() {
        ComboBox<Locale> choice = new ComboBox<>();
        choice.setId("languageChoice");
        choice.getItems().setAll(List.of(Messages.KOREAN, Messages.ENGLISH));
        choice.setCellFactory(list -> new LanguageCell());
        choice.setButtonCell(new LanguageCell());
        choice.getSelectionModel().select(messages.locale());
        choice.valueProperty().addListener((obs, old, chosen) -> {
            if (chosen != null && !chosen.equals(messages.locale())) {
                switchLanguage.accept(chosen);
            }
        });
        return choice;
    }

    private HBox themeChoice() {
        light.setText(messages.get("settings.theme.light"));
        light.setId("themeLight");
        dark.setText(messages.get("settings.theme.dark"));
        dark.setId("themeDark");
        light.setToggleGroup(themes);
        dark.setToggleGroup(themes);
        (AppTheme.current() == Theme.DARK ? dark : light).setSelected(true);
        themes.selectedToggleProperty().addListener((obs, old, chosen) -> {
            if (chosen != null && !showingSaved) {
                save(chosen == dark ? Theme.DARK : Theme.LIGHT);
            }
        });
        return new HBox(16, light, dark);
    }

    private void save(Theme theme) {
        AppTheme.apply(theme);
        executor.execute(BackgroundTask.of("settings.task", () -> {
            preferences.setTheme(theme);
            return theme;
        }, saved -> feedback.saved(messages.get("settings.theme.saved", themeName(saved))),
                error -> feedback.problem(messages.get("settings.theme.not.saved", String.valueOf(error.getMessage())))));
    }

    private String themeName(Theme theme) {
        return messages.get(theme == Theme.DARK ? "settings.theme.dark" : "settings.theme.light");
    }

    @Override
    public void reload() {
        executor.execute(BackgroundTask.of("settings.task", preferences::theme, saved -> {
            showingSaved = true;
            (saved == Theme.DARK ? dark : light).setSelected(true);
            showingSaved = false;
        }, error -> feedback.problem(messages.get("settings.failed", String.valueOf(error.getMessage())))));
    }

    private final class LanguageCell extends ListCell<Locale> {
        @Override
        protected void updateItem(Locale locale, boolean empty) {
            super.updateItem(locale, empty);
            setText(empty || locale == null ? null : messages.get("settings.language." + locale.getLanguage()));
        }
    }
}
