package com.mallboard.board.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.mallboard.common.Messages;
import com.mallboard.product.ProductField;
import com.mallboard.workflow.GateProblem;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What a card and the move report say about missing fields and open required actions. */
class GateMessagesTest {
    private final GateMessages korean = new GateMessages(new Messages(Locale.KOREAN));
    private final GateMessages english = new GateMessages(new Messages(Locale.ENGLISH));
    private final GateProblem openActions = GateProblem.openRequiredActions(List.of("시험 성적서 발주", "누액 테스트"));

    @Test
    void openRequiredActionsAreNamedOnTheCardAndInTheMoveReport() {
        assertThat(korean.cardLine(List.of(openActions))).isEqualTo("필수 작업 미완료: 시험 성적서 발주, 누액 테스트");
        assertThat(korean.sentence(openActions)).isEqualTo("필수 작업 미완료: 시험 성적서 발주, 누액 테스트");
        assertThat(english.sentence(openActions)).isEqualTo("Required actions not done: 시험 성적서 발주, 누액 테스트");
    }

    @Test
    void missingFieldsComeFirstThenTheOpenActions() {
        List<GateProblem> problems = List.of(GateProblem.missing(ProductField.SUPPLIER), openActions,
                GateProblem.missing(ProductField.COST));

        assertThat(korean.cardLine(problems)).isEqualTo(
                new Messages(Locale.KOREAN).get("board.card.needs", label(ProductField.SUPPLIER) + ", "
                        + label(ProductField.COST)) + " · 필수 작업 미완료: 시험 성적서 발주, 누액 테스트");
        assertThat(korean.sentences(problems).lines()).hasSize(3);
    }

    private static String label(ProductField field) {
        return new Messages(Locale.KOREAN).get(field.messageKey());
    }
}
