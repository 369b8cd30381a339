package com.mallboard.board.ui;

import com.mallboard.common.Messages;
import com.mallboard.workflow.GateProblem;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Turns gate problems into sentences and short field lists in the user's language. */
final class GateMessages {
    private final Messages messages;

    GateMessages(Messages messages) {
        this.messages = messages;
    }

    String sentence(GateProblem problem) {
        if (!problem.isAboutField()) {
            return messages.get(problem.messageKey(), problem.args().toArray());
        }
        Object[] args = new Object[problem.args().size() + 1];
        args[0] = messages.get(problem.field().messageKey());
        for (int i = 0; i < problem.args().size(); i++) {
            args[i + 1] = problem.args().get(i);
        }
        return messages.get(problem.messageKey(), args);
    }

    String sentences(List<GateProblem> problems) {
        return problems.stream().map(this::sentence).collect(Collectors.joining("\n"));
    }

    /**
     * The card's line: "다음 단계에 필요: 공급사, 원가" for the fields, then the sentence of each problem that is not about
     * a field ("필수 작업 미완료: 시험 성적서 발주"), joined by " · ".
     */
    String cardLine(List<GateProblem> problems) {
        String fields = problems.stream().filter(GateProblem::isAboutField)
                .map(p -> messages.get(p.field().messageKey())).distinct().collect(Collectors.joining(", "));
        Stream<String> needs = fields.isEmpty() ? Stream.empty() : Stream.of(messages.get("board.card.needs", fields));
        Stream<String> others = problems.stream().filter(p -> !p.isAboutField()).map(this::sentence);
        return Stream.concat(needs, others).collect(Collectors.joining(" · "));
    }
}
