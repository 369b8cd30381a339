package com.mallboard.suggest.ui.rules;

import com.mallboard.common.Messages;
import com.mallboard.product.Stage;
import com.mallboard.suggest.rules.LocalizedText;
import com.mallboard.suggest.rules.Priority;
import com.mallboard.suggest.rules.RuleAction;
import com.mallboard.suggest.rules.RuleProblem;
import com.mallboard.suggest.rules.RuleTrigger;
import com.mallboard.suggest.rules.SuggestionRule;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The rule being edited, field by field, and the problems found when it was last checked. It knows the rule it
 * started from, so it can say whether anything was changed.
 */
public final class RuleForm {
    static final int DEFAULT_DUE_DAYS = 7;

    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty nameKo = new SimpleStringProperty("");
    private final StringProperty nameEn = new SimpleStringProperty("");
    private final StringProperty titleKo = new SimpleStringProperty("");
    private final StringProperty titleEn = new SimpleStringProperty("");
    private final StringProperty descriptionKo = new SimpleStringProperty("");
    private final StringProperty descriptionEn = new SimpleStringProperty("");
    private final Map<Stage, BooleanProperty> stages = new EnumMap<>(Stage.class);
    private final ObservableList<String> allTags = FXCollections.observableArrayList();
    private final ObservableList<String> anyTags = FXCollections.observableArrayList();
    private final ObservableList<String> noneTags = FXCollections.observableArrayList();
    private final ObservableList<ConditionRow> conditions = FXCollections.observableArrayList();
    private final ObjectProperty<DueKind> dueKind = new SimpleObjectProperty<>(DueKind.NONE);
    private final ObjectProperty<Integer> dueDays = new SimpleObjectProperty<>(DEFAULT_DUE_DAYS);
    private final ObjectProperty<Priority> priority = new SimpleObjectProperty<>(Priority.MEDIUM);
    private final BooleanProperty requiredByGate = new SimpleBooleanProperty();
    private final Map<FormSlot, ReadOnlyStringWrapper> problems = new EnumMap<>(FormSlot.class);
    private Long id;
    /** The version of the stored rule in the form, so a save over someone else's edit is refused. */
    private int version;
    private boolean enabled = true;
    private SuggestionRule baseline;

    RuleForm() {
        for (Stage stage : Stage.values()) {
            stages.put(stage, new SimpleBooleanProperty());
        }
        for (FormSlot slot : FormSlot.values()) {
            problems.put(slot, new ReadOnlyStringWrapper(""));
        }
        load(blank());
    }

    /** A new rule: on, no stage yet, medium priority, no due date. */
    static SuggestionRule blank() {
        return new SuggestionRule(null, "", LocalizedText.none(), true,
                new RuleTrigger(Set.of(), Set.of(), Set.of(), Set.of(), List.of()),
                new RuleAction(LocalizedText.none(), LocalizedText.none(), null, Priority.MEDIUM, false));
    }

    /** Shows {@code rule} in the form; it becomes what "changed" is measured against. */
    void load(SuggestionRule rule) {
        id = rule.id();
        version = rule.version();
        enabled = rule.enabled();
        code.set(text(rule.code()));
        nameKo.set(text(rule.name().ko()));
        nameEn.set(text(rule.name().en()));
        RuleTrigger when = rule.trigger();
        stages.forEach((stage, chosen) -> chosen.set(when.stages().contains(stage)));
        allTags.setAll(when.allTags());
        anyTags.setAll(when.anyTags());
        noneTags.setAll(when.noneTags());
        conditions.setAll(when.conditions().stream().map(ConditionRow::of).toList());
        RuleAction then = rule.action();
        titleKo.set(text(then.title().ko()));
        titleEn.set(text(then.title().en()));
        descriptionKo.set(text(then.description().ko()));
        descriptionEn.set(text(then.description().en()));
        dueKind.set(DueKind.of(then.due()));
        dueDays.set(then.due() == null ? DEFAULT_DUE_DAYS : then.due().days());
        priority.set(then.priority());
        requiredByGate.set(then.requiredByGate());
        clearProblems();
        baseline = rule();
    }

    /**
     * Calls {@code changed} after any edit of the form (fields, stages, tags, conditions, due date, priority, gate
     * flag), and after another rule is loaded.
     */
    void onAnyChange(Runnable changed) {
        InvalidationListener listener = observable -> changed.run();
        List.<Observable>of(code, nameKo, nameEn, titleKo, titleEn, descriptionKo, descriptionEn, allTags, anyTags,
                noneTags, conditions, dueKind, dueDays, priority, requiredByGate).forEach(o -> o.addListener(listener));
        stages.values().forEach(chosen -> chosen.addListener(listener));
    }

    /** The rule as the form shows it now, valid or not. */
    public SuggestionRule rule() {
        Set<Stage> chosen = EnumSet.noneOf(Stage.class);
        stages.forEach((stage, on) -> {
            if (on.get()) {
                chosen.add(stage);
            }
        });
        RuleTrigger when = new RuleTrigger(chosen, Set.copyOf(allTags), Set.copyOf(anyTags), Set.copyOf(noneTags),
                conditions.stream().map(ConditionRow::condition).toList());
        RuleAction then = new RuleAction(LocalizedText.of(titleKo.get(), titleEn.get()),
                LocalizedText.of(descriptionKo.get(), descriptionEn.get()), dueKind.get().due(dueDays.get()),
                priority.get(), requiredByGate.get());
        return new SuggestionRule(id, code.get() == null ? null : code.get().strip(),
                LocalizedText.of(nameKo.get(), nameEn.get()), enabled, when, then, version);
    }

    /** Drops the edits: the form shows the rule as it was loaded or last saved. */
    public void revert() {
        load(baseline);
    }

    public boolean isChanged() {
        return !rule().equals(baseline);
    }

    /** The id of the stored rule in the form; {@code null} for a new one. */
    public Long ruleId() {
        return id;
    }

    /**
     * The table switched the rule on or off: that is saved already and is no edit. The switch counted the stored
     * version up by one; if anyone else saved the rule before, the form's version is still behind and a save of the
     * form is refused as it should be.
     */
    void enabledChanged(boolean on) {
        enabled = on;
        version++;
        baseline = baseline.withEnabled(on).withVersion(version);
    }

    /**
     * Adds what was typed to {@code tags}: lower-case, commas separate several tags, blanks and repeats are skipped.
     */
    public static void addTags(List<String> tags, String typed) {
        if (typed == null) {
            return;
        }
        Set<String> merged = new LinkedHashSet<>(tags);
        for (String part : typed.split(",")) {
            String tag = part.strip().toLowerCase(Locale.ROOT);
            if (!tag.isEmpty()) {
                merged.add(tag);
            }
        }
        if (merged.size() != tags.size()) {
            tags.clear();
            tags.addAll(merged);
        }
    }

    void showProblems(List<RuleProblem> found, Messages messages) {
        Map<FormSlot, String> bySlot = found.stream().collect(Collectors.groupingBy(p -> FormSlot.of(p.key()),
                Collectors.mapping(p -> messages.get(p.key(), p.args().toArray()), Collectors.joining("\n"))));
        problems.forEach((slot, text) -> text.set(bySlot.getOrDefault(slot, "")));
    }

    void clearProblems() {
        problems.values().forEach(text -> text.set(""));
    }

    public boolean hasProblems() {
        return problems.values().stream().anyMatch(text -> !text.get().isEmpty());
    }

    /** The problems shown next to {@code slot}, one a line; empty when there are none. */
    public ReadOnlyStringProperty problem(FormSlot slot) {
        return problems.get(slot).getReadOnlyProperty();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty nameKoProperty() {
        return nameKo;
    }

    public StringProperty nameEnProperty() {
        return nameEn;
    }

    public StringProperty titleKoProperty() {
        return titleKo;
    }

    public StringProperty titleEnProperty() {
        return titleEn;
    }

    public StringProperty descriptionKoProperty() {
        return descriptionKo;
    }

    public StringProperty descriptionEnProperty() {
        return descriptionEn;
    }

    public BooleanProperty stageProperty(Stage stage) {
        return stages.get(stage);
    }

    public ObservableList<String> allTags() {
        return allTags;
    }

    public ObservableList<String> anyTags() {
        return anyTags;
    }

    public ObservableList<String> noneTags() {
        return noneTags;
    }

    public ObservableList<ConditionRow> conditions() {
        return conditions;
    }

    public ObjectProperty<DueKind> dueKindProperty() {
        return dueKind;
    }

    public ObjectProperty<Integer> dueDaysProperty() {
        return dueDays;
    }

    public ObjectProperty<Priority> priorityProperty() {
        return priority;
    }

    public BooleanProperty requiredByGateProperty() {
        return requiredByGate;
    }
}
