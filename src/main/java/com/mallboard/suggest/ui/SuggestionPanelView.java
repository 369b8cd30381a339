package com.mallboard.suggest.ui;

import atlantafx.base.theme.Styles;
import com.mallboard.common.Messages;
import com.mallboard.common.ui.Dialogs;
import com.mallboard.suggest.Suggestion;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The next-steps panel: a card per open suggestion with why it is suggested and accept / dismiss / snooze. */
public final class SuggestionPanelView extends VBox {
    private final SuggestionPanelViewModel viewModel;
    private final Messages messages;
    private final VBox cards = new VBox(10);

    public SuggestionPanelView(SuggestionPanelViewModel viewModel, Messages messages) {
        super(12);
        this.viewModel = viewModel;
        this.messages = messages;
        setId("suggestionPanel");
        setPadding(new Insets(16));
        getStyleClass().add("editor-tab-content");
        Label hint = new Label(messages.get("suggest.panel.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        Label status = new Label();
        status.setId("suggestionStatus");
        status.setWrapText(true);
        status.textProperty().bind(viewModel.statusProperty());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setMaxSize(18, 18);
        progress.setId("suggestionsProgress");
        progress.visibleProperty().bind(viewModel.busyProperty());
        cards.setId("suggestionCards");
        viewModel.suggestions().addListener((ListChangeListener<Suggestion>) change -> showCards());
        showCards();
        getChildren().addAll(new HBox(8, hint, progress), cards, status);
    }

    private void showCards() {
        if (viewModel.suggestions().isEmpty()) {
            Label none = new Label(messages.get("suggest.panel.empty"));
            none.setId("suggestionsEmpty");
            none.getStyleClass().add(Styles.TEXT_MUTED);
            cards.getChildren().setAll(none);
        } else {
            cards.getChildren().setAll(viewModel.suggestions().stream().map(this::card).toList());
        }
    }

    private Node card(Suggestion suggestion) {
        Label title = new Label(suggestion.title());
        title.getStyleClass().add(Styles.TITLE_4);
        title.setWrapText(true);
        Label meta = new Label(viewModel.describe(suggestion));
        meta.getStyleClass().add(Styles.TEXT_SMALL);
        Label reason = new Label(suggestion.reason());
        reason.setWrapText(true);
        reason.getStyleClass().add(Styles.TEXT_MUTED);
        VBox card = new VBox(6, title, meta);
        if (suggestion.description() != null && !suggestion.description().isBlank()) {
            Label description = new Label(suggestion.description());
            description.setWrapText(true);
            card.getChildren().add(description);
        }
        card.getChildren().addAll(reason, buttons(suggestion));
        card.setId(nodeId("suggestion-", suggestion));
        card.setPadding(new Insets(10));
        card.getStyleClass().add("suggestion-card");
        card.setStyle("-fx-border-color: -color-border-default; -fx-border-radius: 6; -fx-background-radius: 6;");
        return card;
    }

    private Node buttons(Suggestion suggestion) {
        Button accept = button("accept-", suggestion, "suggest.panel.accept", "mdi2c-check");
        accept.getStyleClass().add(Styles.ACCENT);
        accept.setOnAction(e -> viewModel.accept(suggestion));
        Button dismiss = button("dismiss-", suggestion, "suggest.panel.dismiss", "mdi2c-close");
        dismiss.setOnAction(e -> Dialogs.askText(getScene().getWindow(), messages,
                        messages.get("suggest.panel.dismiss.title"),
                        messages.get("suggest.panel.dismiss.question", suggestion.title()), "", "dismissReasonField")
                .ifPresent(reason -> viewModel.dismiss(suggestion, reason)));
        Button snooze = button("snooze-", suggestion, "suggest.panel.snooze", "mdi2c-clock-outline");
        snooze.setOnAction(e -> viewModel.snooze(suggestion));
        HBox row = new HBox(8, accept, dismiss, snooze);
        row.disableProperty().bind(viewModel.busyProperty());
        return row;
    }

    private Button button(String idPrefix, Suggestion suggestion, String key, String icon) {
        Button button = new Button(messages.get(key), new FontIcon(icon));
        button.setId(nodeId(idPrefix, suggestion));
        return button;
    }

    /**
     * Rule codes are already fit for a node id; a learned key ({@code learned:공급사 견적 요청}) has a colon and
     * spaces that a CSS selector cannot name, so those become dashes ({@code suggestion-learned-공급사-견적-요청}).
     */
    static String nodeId(String prefix, Suggestion suggestion) {
        return prefix + suggestion.key().replaceAll("[^\\p{L}\\p{N}-]", "-");
    }
}
