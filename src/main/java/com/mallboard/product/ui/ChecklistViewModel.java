package com.mallboard.product.ui;

import com.mallboard.common.BackgroundTask;
import com.mallboard.common.Formats;
import com.mallboard.common.Messages;
import com.mallboard.common.TaskExecutor;
import com.mallboard.product.ChecklistAction;
import com.mallboard.product.ProductService;
import com.mallboard.product.Stage;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * A product's checklist in the editor, shown as a stage action plan: add an action (title, stage, due date), tick it
 * done, mark it required by the gate, delete it. Each change is written at once in the background; a new product has
 * no checklist until it is saved.
 */
public final class ChecklistViewModel {
    private final ProductService products;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Formats formats;
    private final Clock clock;
    private final Long productId;
    private final Stage currentStage;
    private final Consumer<Throwable> onError;
    private final ObservableList<ChecklistAction> actions = FXCollections.observableArrayList();
    private final ObservableList<ActionPlanRow> plan = FXCollections.observableArrayList();
    private final StringProperty gateNotice = new SimpleStringProperty("");
    private final StringProperty newTitle = new SimpleStringProperty("");
    private final ObjectProperty<Stage> newStage = new SimpleObjectProperty<>(Stage.PLANNING);
    private final ObjectProperty<LocalDate> newDueDate = new SimpleObjectProperty<>();
    private final BooleanBinding canAdd;

    ChecklistViewModel(ProductService products, TaskExecutor executor, Messages messages, Formats formats, Clock clock,
            Long productId, Stage currentStage, Consumer<Throwable> onError) {
        this.products = products;
        this.executor = executor;
        this.messages = messages;
        this.formats = formats;
        this.clock = clock;
        this.productId = productId;
        this.currentStage = currentStage;
        this.onError = onError;
        newStage.set(currentStage);
        actions.addListener((ListChangeListener<ChecklistAction>) change -> replan());
        replan();
        canAdd = Bindings.createBooleanBinding(() -> productId != null && !newTitle.get().isBlank()
                && newStage.get() != null, newTitle, newStage);
    }

    public boolean isAvailable() {
        return productId != null;
    }

    public ObservableList<ChecklistAction> actions() {
        return actions;
    }

    /** The actions grouped by stage under headings, in board order (what the tab lists). */
    public ObservableList<ActionPlanRow> plan() {
        return plan;
    }

    /** "다음 단계로 가려면 필수 작업을 끝내야 합니다: …" while required actions of the current stage are open; else empty. */
    public StringProperty gateNoticeProperty() {
        return gateNotice;
    }

    public StringProperty newTitleProperty() {
        return newTitle;
    }

    public ObjectProperty<Stage> newStageProperty() {
        return newStage;
    }

    public ObjectProperty<LocalDate> newDueDateProperty() {
        return newDueDate;
    }

    public BooleanBinding canAddProperty() {
        return canAdd;
    }

    void show(List<ChecklistAction> loaded) {
        actions.setAll(loaded);
    }

    /** Shows an action another tab added (an accepted suggestion), unless it is already listed. */
    void added(ChecklistAction action) {
        if (actions.stream().noneMatch(listed -> listed.id() == action.id())) {
            actions.add(action);
        }
    }

    public void add() {
        if (!canAdd.get()) {
            return;
        }
        String title = newTitle.get();
        Stage stage = newStage.get();
        LocalDate due = newDueDate.get();
        executor.execute(BackgroundTask.of("editor.task.checklist",
                () -> products.addAction(productId, title, stage, due),
                added -> {
                    actions.add(added);
                    newTitle.set("");
                    newDueDate.set(null);
                },
                onError));
    }

    public void toggle(ChecklistAction action) {
        boolean done = !action.done();
        executor.execute(BackgroundTask.of("editor.task.checklist",
                () -> {
                    products.setActionDone(action.id(), done);
                    return action.withDone(done);
                },
                updated -> replace(action, updated),
                error -> {
                    replace(action, action);
                    onError.accept(error);
                }));
    }

    /** Marks the action required by the gate, or no longer (logged in the product's activity). */
    public void toggleRequired(ChecklistAction action) {
        boolean required = !action.requiredByGate();
        executor.execute(BackgroundTask.of("editor.task.checklist",
                () -> products.setActionRequired(action, required),
                updated -> replace(action, updated),
                onError));
    }

    public void delete(ChecklistAction action) {
        executor.execute(BackgroundTask.of("editor.task.checklist",
                () -> {
                    products.deleteAction(action.id());
                    return action;
                },
                actions::remove,
                onError));
    }

    /** "라벨링 · 2026-12-01 마감 (지남)": where the action belongs and when it is due. */
    public String describe(ChecklistAction action) {
        String stage = messages.get(action.stage().messageKey());
        if (action.dueDate() == null) {
            return stage;
        }
        String key = action.isOverdue(formats.today(clock)) ? "editor.checklist.due.overdue" : "editor.checklist.due";
        return messages.get(key, stage, formats.date(action.dueDate()));
    }

    public boolean isOverdue(ChecklistAction action) {
        return action.isOverdue(formats.today(clock));
    }

    /** "수동", "규칙 제안", "학습 제안": where the action came from. */
    public String sourceText(ChecklistAction action) {
        return messages.get("editor.plan.source." + action.source().name().toLowerCase(Locale.ROOT));
    }

    /** "소싱 · 현재 단계 · 1/3 완료 · 필수 미완료 1". */
    public String headingText(ActionPlanRow.StageHeading heading) {
        StringBuilder text = new StringBuilder(messages.get(heading.stage().messageKey()));
        if (heading.current()) {
            text.append(" · ").append(messages.get("editor.plan.current"));
        }
        if (heading.total() > 0) {
            text.append(" · ").append(messages.get("editor.plan.progress", heading.done(), heading.total()));
        }
        if (heading.openRequired() > 0) {
            text.append(" · ").append(messages.get("editor.plan.open.required", heading.openRequired()));
        }
        return text.toString();
    }

    private void replan() {
        plan.setAll(ActionPlanRow.plan(actions, currentStage));
        List<String> holding = actions.stream().filter(a -> a.stage() == currentStage && a.blocksGate())
                .map(ChecklistAction::title).toList();
        gateNotice.set(holding.isEmpty() ? "" : messages.get("editor.plan.gate.notice", String.join(", ", holding)));
    }

    private void replace(ChecklistAction old, ChecklistAction updated) {
        int index = actions.indexOf(old);
        if (index >= 0) {
            actions.set(index, updated);
        }
    }
}
