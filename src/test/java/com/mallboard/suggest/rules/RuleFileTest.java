package com.mallboard.suggest.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.mallboard.common.Messages;
import com.mallboard.product.Stage;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleFileTest {
    private static final String HEADER = "{\"format\":\"mallboard-suggestion-rules\",\"version\":1,\"rules\":[";
    private static final String GOOD_RULE = """
            {"code":"liquid-leak","name":{"ko":"액상"},"when":{"stages":["labeling"],"allTags":["liquid"]},
             "then":{"title":{"ko":"누액 점검","en":"Leak check"},"priority":"high"}}""";

    private static RuleImportException failure(String content) {
        return catchThrowableOfType(RuleImportException.class, () -> RuleFile.read(content));
    }

    @Test
    void theDefaultPackSurvivesARoundTripAndWritesTheSameTextAgain() throws RuleImportException {
        List<SuggestionRule> pack = DefaultRules.beautyCommerce();
        String text = RuleFile.write(pack);

        List<SuggestionRule> read = RuleFile.read(text);

        assertThat(read).isEqualTo(pack);
        assertThat(RuleFile.write(read)).isEqualTo(text);
        assertThat(text).startsWith("{\n  \"format\" : \"mallboard-suggestion-rules\",\n  \"version\" : 1,\n");
    }

    @Test
    void everyConditionKindAndOptionRoundTrips() throws RuleImportException {
        SuggestionRule rule = new SuggestionRule(null, "all-kinds", LocalizedText.of("전부", null), false,
                new RuleTrigger(Set.of(Stage.SHIPMENT, Stage.PLANNING), Set.of("b", "a"), Set.of("c"), Set.of("d"),
                        List.of(FieldCondition.launchWithinDays(5), FieldCondition.barcodeMissing(),
                                FieldCondition.barcodeNotEan13(), FieldCondition.fieldEmpty(RuleField.USAGE_PERIOD))),
                new RuleAction(LocalizedText.of("제목", "Title"), LocalizedText.of("설명", null), DueDate.beforeLaunch(3),
                        Priority.LOW, true));
        assertThat(RuleFile.read(RuleFile.write(List.of(rule)))).containsExactly(rule);
    }

    @Test
    void malformedJsonSaysWhichLine() {
        RuleImportException e = failure(HEADER + "\n" + GOOD_RULE + ",\n{\"code\": }]}");
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("suggest.rules.file.malformed");
            assertThat(p.args()).containsExactly(4);
        });
    }

    @Test
    void aFileOfAnotherKindOrVersionIsRefused() {
        assertThat(failure("{\"rules\":[]}").problems()).extracting(RuleProblem::key)
                .containsExactly("suggest.rules.file.not.rules");
        RuleImportException newer = failure(HEADER.replace("\"version\":1", "\"version\":2") + "]}");
        assertThat(newer.problems()).extracting(RuleProblem::key).containsExactly("suggest.rules.file.version");
        assertThat(newer.text(new Messages(Messages.ENGLISH)))
                .isEqualTo("Rule file version 2 cannot be read; this Mallboard reads version 1.");
    }

    @Test
    void eachBadRuleIsReportedAtItsPositionAndNothingIsReturned() {
        String content = HEADER + GOOD_RULE + ","
                + "{\"code\":\"no-title\",\"name\":{\"ko\":\"제목 없음\"},\"when\":{\"stages\":[\"sourcing\"]},\"then\":{}},"
                + "{\"code\":\"odd-condition\",\"name\":\"이상한 조건\",\"when\":{\"stages\":[\"labeling\"],"
                + "\"conditions\":[{\"type\":\"moon-phase\"}]},\"then\":{\"title\":\"달\"}},"
                + GOOD_RULE + "]}";

        RuleImportException e = failure(content);

        assertThat(e.problems()).extracting(RuleProblem::position, RuleProblem::code, RuleProblem::key).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "no-title", "suggest.rules.invalid.title"),
                org.assertj.core.groups.Tuple.tuple(3, "odd-condition", "suggest.rules.invalid.condition"),
                org.assertj.core.groups.Tuple.tuple(4, "liquid-leak", "suggest.rules.invalid.code.duplicate"));
        assertThat(e.text(new Messages(Messages.KOREAN))).isEqualTo(String.join("\n",
                "규칙 2 (no-title): 제안할 작업의 한국어 제목이 필요합니다.",
                "규칙 3 (odd-condition): 알 수 없는 조건 \"moon-phase\"입니다.",
                "규칙 4 (liquid-leak): 코드 \"liquid-leak\"을(를) 쓰는 규칙이 이미 있습니다."));
    }

    @Test
    void unknownStagesPrioritiesAndFieldsAndBadNumbersAreNamed() {
        String content = HEADER + "{\"code\":\"Bad Code\",\"name\":{\"en\":\"only English\"},"
                + "\"when\":{\"stages\":[\"warehouse\"],\"allTags\":[\"x\"],\"noneTags\":[\"x\"],\"conditions\":["
                + "{\"type\":\"launch-within-days\"},{\"type\":\"field-empty\",\"field\":\"colour\"},"
                + "{\"type\":\"field-empty\"}]},"
                + "\"then\":{\"title\":\"t\",\"priority\":\"urgent\",\"due\":{\"days\":-2}}}]}";

        assertThat(failure(content).problems()).extracting(RuleProblem::key).containsExactlyInAnyOrder(
                "suggest.rules.file.bad.stage", "suggest.rules.file.bad.field", "suggest.rules.file.bad.priority",
                "suggest.rules.invalid.code", "suggest.rules.invalid.name", "suggest.rules.invalid.stages",
                "suggest.rules.invalid.tag.conflict", "suggest.rules.invalid.days", "suggest.rules.invalid.field",
                "suggest.rules.invalid.due");
    }
}
