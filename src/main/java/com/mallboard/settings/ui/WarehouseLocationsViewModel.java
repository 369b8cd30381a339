package com.mallboard.settings.ui;

import com.mallboard.common.BackgroundTask;
import com.mallboard.common.Messages;
import com.mallboard.common.TaskExecutor;
import com.mallboard.product.InvalidLocationsException;
import com.mallboard.product.StaleLocationsException;
import com.mallboard.product.LocationProblem;
import com.mallboard.product.WarehouseLocations;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The warehouse's locations as the settings edit them. Every change (add, rename, delete, move, paste) is checked
 * first: a list with a problem is not saved, and the problem is said; a good one is saved at once in the background.
 */
public final class WarehouseLocationsViewModel {
    private final WarehouseLocations locations;
    private final TaskExecutor executor;
    private final Messages messages;
    private final ObservableList<String> codes = FXCollections.observableArrayList();
    private final SectionFeedback feedback = new SectionFeedback();

    public WarehouseLocationsViewModel(WarehouseLocations locations, TaskExecutor executor, Messages messages) {
        this.locations = locations;
        this.executor = executor;
        this.messages = messages;
    }

    public void load() {
        executor.execute(BackgroundTask.of("settings.task", locations::all, codes::setAll, this::failed));
    }

    /** The codes in walking order, as last saved. */
    public ObservableList<String> codes() {
        return codes;
    }

    SectionFeedback feedback() {
        return feedback;
    }

    public String feedbackText() {
        return feedback.textProperty().get();
    }

    /** Adds {@code code} after {@code index} (at the end when -1); true when the list was saved that way. */
    public boolean add(String code, int index) {
        return change(list -> {
            list.add(index < 0 ? list.size() : index + 1, code == null ? "" : code.strip());
            return list;
        }, "settings.locations.added");
    }

    public boolean rename(int index, String code) {
        return change(list -> {
            list.set(index, code == null ? "" : code.strip());
            return list;
        }, "settings.locations.renamed");
    }

    public boolean delete(int index) {
        return change(list -> {
            list.remove(index);
            return list;
        }, "settings.locations.deleted");
    }

    /** Moves the code at {@code index} one place up ({@code -1}) or down ({@code +1}); nothing at either end. */
    public boolean move(int index, int step) {
        int to = index + step;
        if (index < 0 || index >= codes.size() || to < 0 || to >= codes.size()) {
            return false;
        }
        return change(list -> {
            list.add(to, list.remove(index));
            return list;
        }, "settings.locations.moved");
    }

    /** Adds the pasted lines' codes at the end (one per line; codes already listed are skipped). */
    public boolean paste(String text) {
        List<String> pasted = WarehouseLocations.fromPastedLines(text);
        if (pasted.isEmpty()) {
            feedback.problem(messages.get("settings.locations.paste.empty"));
            return false;
        }
        return change(list -> {
            List<String> folded = list.stream().map(c -> c.toUpperCase(java.util.Locale.ROOT)).toList();
            pasted.stream().filter(c -> !folded.contains(c.toUpperCase(java.util.Locale.ROOT))).forEach(list::add);
            return list;
        }, "settings.locations.pasted");
    }

    private boolean change(UnaryOperator<List<String>> edit, String savedKey) {
        List<String> changed = edit.apply(new ArrayList<>(codes));
        List<LocationProblem> problems = WarehouseLocations.problems(changed);
        if (!problems.isEmpty()) {
            feedback.problem(describe(problems.get(0)));
            return false;
        }
        List<String> before = List.copyOf(codes);
        codes.setAll(changed);
        executor.execute(BackgroundTask.of("settings.task", () -> locations.save(before, changed),
                saved -> feedback.saved(messages.get(savedKey, saved.size())), this::failed));
        return true;
    }

    private String describe(LocationProblem problem) {
        return messages.get(problem.messageKey(), problem.code(), WarehouseLocations.MAX_LENGTH,
                WarehouseLocations.MAX_COUNT);
    }

    private void failed(Throwable error) {
        if (error instanceof InvalidLocationsException invalid) {
            feedback.problem(describe(invalid.problems().get(0)));
        } else if (error instanceof StaleLocationsException) {
            feedback.problem(messages.get("settings.locations.stale"));
        } else {
            feedback.problem(messages.get("settings.failed", String.valueOf(error.getMessage())));
        }
        load();
    }
}
