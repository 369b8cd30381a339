package com.mallboard.suggest.ui.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.common.Messages;
import com.mallboard.common.SameThreadTaskExecutor;
import com.mallboard.product.Stage;
import com.mallboard.store.JooqSuggestionRuleRepository;
import com.mallboard.store.TestStore;
import com.mallboard.suggest.rules.ConditionType;
import com.mallboard.suggest.rules.DefaultRules;
import com.mallboard.suggest.rules.DueDate;
import com.mallboard.suggest.rules.FieldCondition;
import com.mallboard.suggest.rules.Priority;
import com.mallboard.suggest.rules.RuleField;
import com.mallboard.suggest.rules.LocalizedText;
import com.mallboard.suggest.rules.SuggestionRule;
import com.mallboard.suggest.rules.SuggestionRuleService;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rule editor's logic without a screen: the form, saving, problems by field, copies and the default pack. */
class RuleEditorViewModelTest {
    private static final String SPF = "sunscreen-spf-test-report";

    @TempDir
    Path folder;
    private SuggestionRuleService service;
    private RuleEditorViewModel model;

    @BeforeEach
    void open() {
        TestStore store = TestStore.open(folder);
        service = new SuggestionRuleService(new JooqSuggestionRuleRepository(store.dsl()), store.settings());
        service.seedDefaults();
        model = new RuleEditorViewModel(service, new SameThreadTaskExecutor(), new Messages(Locale.ENGLISH));
        model.load();
    }

    @Test
    void aRuleLoadedIntoTheFormComesBackUnchangedUntilAFieldIsEdited() {
        SuggestionRule spf = stored(SPF);
        model.edit(spf);

        assertThat(model.form().rule()).isEqualTo(spf);
        assertThat(model.form().isChanged()).isFalse();

        model.form().anyTags().add("spf50");
        assertThat(model.form().isChanged()).isTrue();
        model.form().revert();
        assertThat(model.form().rule()).isEqualTo(spf);
    }

    @Test
    void savingAnEditedRuleStoresEveryPartOfIt() {
        model.edit(stored(SPF));
        RuleForm form = model.form();
        form.titleEnProperty().set("Order SPF/PA/UVA test report");
        form.stageProperty(Stage.LABELING).set(true);
        RuleForm.addTags(form.noneTags(), "Sample, tester ,sample");
        ConditionRow launch = new ConditionRow();
        launch.daysProperty().set(30);
        ConditionRow empty = new ConditionRow();
        empty.typeProperty().set(ConditionType.FIELD_EMPTY);
        empty.fieldProperty().set(RuleField.SUPPLIER);
        form.conditions().setAll(launch, empty);
        form.dueKindProperty().set(DueKind.BEFORE_LAUNCH);
        form.dueDaysProperty().set(21);
        form.priorityProperty().set(Priority.LOW);

        model.save();

        SuggestionRule saved = stored(SPF);
        assertThat(saved.action().title().en()).isEqualTo("Order SPF/PA/UVA test report");
        assertThat(saved.trigger().stages()).containsExactlyInAnyOrder(Stage.SOURCING, Stage.LABELING);
        assertThat(saved.trigger().noneTags()).containsExactly("sample", "tester");
        assertThat(saved.trigger().conditions()).containsExactly(FieldCondition.launchWithinDays(30),
                FieldCondition.fieldEmpty(RuleField.SUPPLIER));
        assertThat(saved.action().due()).isEqualTo(DueDate.beforeLaunch(21));
        assertThat(saved.action().priority()).isEqualTo(Priority.LOW);
        assertThat(model.form().isChanged()).isFalse();
        assertThat(model.statusProperty().get()).isEqualTo("Saved rule ‘Sunscreen test report’.");
    }

    @Test
    void anInvalidRuleShowsEachProblemAtItsFieldAndStoresNothing() {
        List<SuggestionRule> before = service.rules();
        model.newRule();
        RuleForm form = model.form();
        form.codeProperty().set("Fragile Label");
        RuleForm.addTags(form.allTags(), "gift-set");
        RuleForm.addTags(form.noneTags(), "gift-set");
        ConditionRow noField = new ConditionRow();
        noField.typeProperty().set(ConditionType.FIELD_EMPTY);
        form.conditions().add(noField);

        model.save();

        assertThat(service.rules()).isEqualTo(before);
        assertThat(form.problem(FormSlot.CODE).get()).contains("\"Fragile Label\"");
        assertThat(form.problem(FormSlot.NAME).get()).isEqualTo("The rule needs a Korean name.");
        assertThat(form.problem(FormSlot.STAGES).get()).isNotEmpty();
        assertThat(form.problem(FormSlot.TAGS).get()).contains("gift-set");
        assertThat(form.problem(FormSlot.CONDITIONS).get()).isNotEmpty();
        assertThat(form.problem(FormSlot.TITLE).get()).isNotEmpty();
        assertThat(form.problem(FormSlot.DUE).get()).isEmpty();
        assertThat(model.statusProperty().get()).isEqualTo("Not saved. Fix the problems shown in red.");
    }

    @Test
    void onceProblemsShowFixingAFieldClearsItsMessageAndOnlyItsMessage() {
        model.newRule();
        RuleForm form = model.form();
        form.codeProperty().set("Fragile Label");
        model.save();
        assertThat(form.problem(FormSlot.CODE).get()).isNotEmpty();
        assertThat(form.problem(FormSlot.NAME).get()).isNotEmpty();

        form.codeProperty().set("fragile-label-2");

        assertThat(form.problem(FormSlot.CODE).get()).isEmpty();
        assertThat(form.problem(FormSlot.NAME).get()).isEqualTo("The rule needs a Korean name.");
        form.codeProperty().set(SPF);
        assertThat(form.problem(FormSlot.CODE).get()).contains(SPF);
    }

    @Test
    void aNewRuleCannotTakeAStoredRulesCode() {
        model.duplicate(stored(SPF));
        model.form().codeProperty().set(SPF);

        model.save();

        assertThat(model.form().problem(FormSlot.CODE).get()).contains(SPF);
        assertThat(service.rules()).hasSize(DefaultRules.beautyCommerce().size());
    }

    @Test
    void aDuplicateGetsAFreeCodeAndIsStoredAsANewRule() {
        model.duplicate(stored(SPF));
        assertThat(model.form().codeProperty().get()).isEqualTo(SPF + "-copy");
        model.save();
        model.duplicate(stored(SPF));
        assertThat(model.form().codeProperty().get()).isEqualTo(SPF + "-copy-2");

        SuggestionRule copy = stored(SPF + "-copy");
        assertThat(copy.id()).isNotEqualTo(stored(SPF).id());
        assertThat(copy.action()).isEqualTo(stored(SPF).action());
    }

    @Test
    void savingARuleAColleagueChangedMeanwhileIsRefusedAndKeepsTheForm() {
        SuggestionRule spf = stored(SPF);
        model.edit(spf);
        service.save(new SuggestionRule(spf.id(), spf.code(), LocalizedText.of("선크림 성적서 (개정)", null), true,
                spf.trigger(), spf.action(), spf.version()));

        model.form().nameEnProperty().set("SPF report");
        model.save();

        assertThat(model.statusProperty().get()).isEqualTo(new Messages(Locale.ENGLISH).get("suggest.rules.stale"));
        assertThat(model.form().nameEnProperty().get()).isEqualTo("SPF report");
        assertThat(stored(SPF).name().ko()).isEqualTo("선크림 성적서 (개정)");
        assertThat(stored(SPF).name().en()).isNull();
    }

    @Test
    void switchingTheShownRuleOffInTheTableIsNoUnsavedEdit() {
        SuggestionRule spf = stored(SPF);
        model.edit(spf);

        model.setEnabled(spf, false);

        assertThat(stored(SPF).enabled()).isFalse();
        assertThat(model.form().isChanged()).isFalse();
        model.form().nameEnProperty().set("SPF report");
        model.form().revert();
        assertThat(model.form().rule()).isEqualTo(stored(SPF));
        model.form().nameEnProperty().set("SPF report");
        model.save();
        assertThat(stored(SPF).enabled()).as("saving the form keeps the rule off").isFalse();
    }

    @Test
    void restoringTheDefaultsAddsDeletedOnesAndKeepsEditedOnes() {
        model.edit(stored(SPF));
        model.form().titleKoProperty().set("SPF 성적서 받기");
        model.save();
        model.delete(stored("fragile-label"));
        assertThat(model.rules()).extracting(SuggestionRule::code).doesNotContain("fragile-label");

        model.restoreDefaults();

        assertThat(model.rules()).extracting(SuggestionRule::code).contains("fragile-label");
        assertThat(stored(SPF).action().title().ko()).isEqualTo("SPF 성적서 받기");
        assertThat(model.statusProperty().get()).isEqualTo("Added 1 default rule(s) back.");
    }

    @Test
    void searchMatchesNamesCodesAndTagsInEitherLanguage() {
        model.searchProperty().set("FRAGILE");
        assertThat(model.shownRules()).extracting(SuggestionRule::code).containsExactly("fragile-label");
        model.searchProperty().set("선크림");
        assertThat(model.shownRules()).extracting(SuggestionRule::code).containsExactly(SPF);
        model.searchProperty().set("cold chain");
        assertThat(model.shownRules()).extracting(SuggestionRule::code).containsExactly("cold-chain-courier");
        model.searchProperty().set("");
        assertThat(model.shownRules()).hasSize(DefaultRules.beautyCommerce().size());
    }

    private SuggestionRule stored(String code) {
        return service.rules().stream().filter(rule -> rule.code().equals(code)).findFirst().orElseThrow();
    }
}
