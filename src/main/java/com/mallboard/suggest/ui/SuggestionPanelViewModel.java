package com.mallboard.suggest.ui;

import com.mallboard.common.BackgroundTask;
import com.mallboard.common.Formats;
import com.mallboard.common.Messages;
import com.mallboard.common.TaskExecutor;
import com.mallboard.product.ChecklistAction;
import com.mallboard.product.Product;
import com.mallboard.suggest.Suggestion;
import com.mallboard.suggest.SuggestionService;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the "next steps" panel for one product: its open suggestions and the accept, dismiss and snooze
 * commands. Every store call runs in the background; after each reaction the open list is read again, so the next
 * suggestion moves up.
 */
public final class SuggestionPanelViewModel {
    private final SuggestionService service;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Formats formats;
    private final Product product;
    private final Consumer<ChecklistAction> onAccepted;
    private final ObservableList<Suggestion> suggestions = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    /** {@code onAccepted} hears each checklist action an accepted suggestion added (the editor's checklist shows it). */
    public SuggestionPanelViewModel(SuggestionService service, TaskExecutor executor, Messages messages,
            Formats formats, Product product, Consumer<ChecklistAction> onAccepted) {
        this.service = service;
        this.executor = executor;
        this.messages = messages;
        this.formats = formats;
        this.product = product;
        this.onAccepted = onAccepted;
    }

    public ObservableList<Suggestion> suggestions() {
        return suggestions;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What happened last, or why it failed; empty at first. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Reads the open suggestions for the product as stored now. */
    public void load() {
        run(() -> null, ignored -> { });
    }

    public void accept(Suggestion suggestion) {
        run(() -> service.accept(product, suggestion), action -> {
            onAccepted.accept(action);
            status.set(messages.get("suggest.panel.accepted", suggestion.title()));
        });
    }

    public void dismiss(Suggestion suggestion, String reason) {
        run(() -> {
            service.dismiss(product, suggestion, reason);
            return null;
        }, ignored -> status.set(messages.get("suggest.panel.dismissed", suggestion.title())));
    }

    public void snooze(Suggestion suggestion) {
        run(() -> service.snooze(product, suggestion),
                until -> status.set(messages.get("suggest.panel.snoozed", suggestion.title(), formats.date(until))));
    }

    /** "높음 · 마감 2026-12-02" (or without the due date when the rule sets none). */
    public String describe(Suggestion suggestion) {
        String source = messages.get("suggest.panel.source." + suggestion.source().name());
        String priority = messages.get(suggestion.priority().messageKey());
        return suggestion.dueDate() == null ? messages.get("suggest.panel.meta.nodue", source, priority)
                : messages.get("suggest.panel.meta", source, priority, formats.date(suggestion.dueDate()));
    }

    /** Runs {@code reaction} in the background, then reads the open suggestions again and hands its result over. */
    private <T> void run(java.util.concurrent.Callable<T> reaction, Consumer<T> after) {
        busy.set(true);
        executor.execute(BackgroundTask.of("task.suggest", () -> {
            T result = reaction.call();
            return new Done<>(result, service.open(product.id()));
        }, done -> {
            busy.set(false);
            suggestions.setAll(done.open());
            after.accept(done.result());
        }, error -> {
            busy.set(false);
            status.set(messages.get("suggest.panel.error", String.valueOf(error.getMessage())));
        }));
    }

    private record Done<T>(T result, java.util.List<Suggestion> open) {
    }
}
