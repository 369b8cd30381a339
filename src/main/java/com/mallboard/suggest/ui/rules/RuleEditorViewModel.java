package com.mallboard.suggest.ui.rules;

import com.mallboard.common.BackgroundTask;
import com.mallboard.common.Messages;
import com.mallboard.common.TaskExecutor;
import com.mallboard.suggest.rules.InvalidRuleException;
import com.mallboard.suggest.rules.StaleRuleException;
import com.mallboard.suggest.rules.RuleFile;
import com.mallboard.suggest.rules.RuleImportException;
import com.mallboard.suggest.rules.RuleProblem;
import com.mallboard.suggest.rules.RuleValidator;
import com.mallboard.suggest.rules.SuggestionRule;
import com.mallboard.suggest.rules.SuggestionRuleService;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The rule editor screen: the stored rules (filtered by the search box), the rule in the form, and what a manager
 * does with them. Every store and file call goes through the {@link TaskExecutor}; results come back on the FX thread.
 */
public final class RuleEditorViewModel {

    /** A rule file read and checked, waiting for the manager to confirm that it replaces the stored rules. */
    public record ImportPlan(Path file, String content, int incoming, int replaced) {
    }

    private final SuggestionRuleService service;
    private final TaskExecutor executor;
    private final Messages messages;
    private final ObservableList<SuggestionRule> rules = FXCollections.observableArrayList();
    private final FilteredList<SuggestionRule> shown = new FilteredList<>(rules);
    private final StringProperty search = new SimpleStringProperty("");
    private final RuleForm form = new RuleForm();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper importProblems = new ReadOnlyStringWrapper("");

    public RuleEditorViewModel(SuggestionRuleService service, TaskExecutor executor, Messages messages) {
        this.service = service;
        this.executor = executor;
        this.messages = messages;
        RuleSummary summary = new RuleSummary(messages);
        search.addListener((obs, old, typed) -> shown.setPredicate(rule -> summary.matches(rule, typed)));
        // once problems show, they follow the edits: a fixed field loses its message at once
        form.onAnyChange(() -> {
            if (form.hasProblems()) {
                form.showProblems(problemsOf(form.rule()), messages);
            }
        });
    }

    public void load() {
        run("suggest.rules.editor.task.load", () -> null, ignored -> { });
    }

    /** Shows {@code rule} in the form (the view asked about unsaved edits first). */
    public void edit(SuggestionRule rule) {
        form.load(rule);
        status.set("");
    }

    public void newRule() {
        form.load(RuleForm.blank());
        status.set("");
    }

    /** A copy of {@code rule} in the form, not stored yet, under a code no other rule uses. */
    public void duplicate(SuggestionRule rule) {
        String code = rule.code() + "-copy";
        for (int n = 2; codeTaken(code, null); n++) {
            code = rule.code() + "-copy-" + n;
        }
        form.load(new SuggestionRule(null, code, rule.name(), rule.enabled(), rule.trigger(), rule.action()));
        status.set(messages.get("suggest.rules.editor.duplicated", rule.code()));
    }

    private List<RuleProblem> problemsOf(SuggestionRule rule) {
        List<RuleProblem> problems = new ArrayList<>(RuleValidator.problemsOf(rule));
        if (rule.code() != null && !rule.code().isEmpty() && codeTaken(rule.code(), rule.id())) {
            problems.add(RuleProblem.of("suggest.rules.invalid.code.duplicate", rule.code()));
        }
        return problems;
    }

    /** Saves the form's rule when it has no problem; otherwise shows every problem next to its field. */
    public void save() {
        SuggestionRule rule = form.rule();
        List<RuleProblem> problems = problemsOf(rule);
        if (!problems.isEmpty()) {
            form.showProblems(problems, messages);
            status.set(messages.get("suggest.rules.editor.not.saved"));
            return;
        }
        run("suggest.rules.editor.task.save", () -> service.save(rule), saved -> {
            form.load(saved);
            status.set(messages.get("suggest.rules.editor.saved", saved.name().in(messages.locale())));
        });
    }

    /** Switches a rule on or off at once; the table's checkbox calls this. */
    public void setEnabled(SuggestionRule rule, boolean on) {
        if (rule.enabled() == on) {
            return;
        }
        run("suggest.rules.editor.task.save", () -> {
            service.setEnabled(rule.id(), on);
            return null;
        }, ignored -> {
            if (Objects.equals(form.ruleId(), rule.id())) {
                form.enabledChanged(on);
            }
            status.set(messages.get(on ? "suggest.rules.editor.enabled" : "suggest.rules.editor.disabled",
                    rule.name().in(messages.locale())));
        });
    }

    /** Deletes a stored rule (the view asked first); the form empties when it showed that rule. */
    public void delete(SuggestionRule rule) {
        run("suggest.rules.editor.task.save", () -> {
            service.delete(rule.id());
            return null;
        }, ignored -> {
            if (Objects.equals(form.ruleId(), rule.id())) {
                form.load(RuleForm.blank());
            }
            status.set(messages.get("suggest.rules.editor.deleted", rule.name().in(messages.locale())));
        });
    }

    /** Adds back the default rules whose code is missing; edited ones stay as they are. */
    public void restoreDefaults() {
        run("suggest.rules.editor.task.save", service::restoreDefaults,
                added -> status.set(messages.get("suggest.rules.editor.restored", added)));
    }

    public void exportTo(Path file) {
        run("suggest.rules.editor.task.export", () -> {
            service.exportTo(file);
            return null;
        }, ignored -> status.set(messages.get("suggest.rules.editor.exported", rules.size(), file.getFileName())));
    }

    /**
     * Reads and checks {@code file}; a bad file shows every problem and changes nothing. A good one replaces every
     * stored rule once {@code confirm} (asked on the FX thread, told how many rules go) says yes.
     */
    public void importFrom(Path file, Predicate<ImportPlan> confirm) {
        importProblems.set("");
        busy.set(true);
        executor.execute(BackgroundTask.of("suggest.rules.editor.task.import", () -> {
            String content = Files.readString(file, StandardCharsets.UTF_8);
            int incoming = RuleFile.read(content).size();
            return new ImportPlan(file, content, incoming, service.rules().size());
        }, plan -> {
            busy.set(false);
            if (confirm.test(plan)) {
                run("suggest.rules.editor.task.import", () -> service.importText(plan.content()).size(), count -> {
                    form.load(RuleForm.blank());
                    status.set(messages.get("suggest.rules.editor.imported", count, file.getFileName()));
                });
            }
        }, this::failed));
    }

    public void closeImportProblems() {
        importProblems.set("");
    }

    private boolean codeTaken(String code, Long ownId) {
        return rules.stream().anyMatch(other -> other.code().equals(code) && !Objects.equals(other.id(), ownId));
    }

    /** Runs {@code work}, then reads the rules again and hands the result to {@code then}. */
    private <T> void run(String titleKey, Callable<T> work, java.util.function.Consumer<T> then) {
        busy.set(true);
        executor.execute(BackgroundTask.of(titleKey, () -> new Done<>(work.call(), service.rules()), done -> {
            busy.set(false);
            // The form first, so the table's selection follows the rule the form now shows.
            then.accept(done.result());
            rules.setAll(done.rules());
        }, this::failed));
    }

    private record Done<T>(T result, List<SuggestionRule> rules) {
    }

    private void failed(Throwable error) {
        busy.set(false);
        if (error instanceof RuleImportException bad) {
            importProblems.set(messages.get("suggest.rules.editor.import.bad", bad.problems().size()) + "\n"
                    + bad.text(messages));
            status.set(messages.get("suggest.rules.editor.import.nothing"));
        } else if (error instanceof StaleRuleException) {
            status.set(messages.get("suggest.rules.stale"));
        } else if (error instanceof InvalidRuleException invalid) {
            form.showProblems(invalid.problems(), messages);
            status.set(messages.get("suggest.rules.editor.not.saved"));
        } else {
            String reason = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
            status.set(messages.get("suggest.rules.editor.error", reason));
        }
    }

    public ObservableList<SuggestionRule> rules() {
        return rules;
    }

    /** The rules the search box lets through, in stored order. */
    public ObservableList<SuggestionRule> shownRules() {
        return shown;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public RuleForm form() {
        return form;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Every problem of the last rule file that could not be imported; empty when there is none to show. */
    public ReadOnlyStringProperty importProblemsProperty() {
        return importProblems.getReadOnlyProperty();
    }
}
