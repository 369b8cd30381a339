package com.mallboard.board.ui;

import com.mallboard.common.Messages;
import com.mallboard.workflow.GateProblem;
import java.util.List;
import java.util.stream.Collectors;

/** Turns gate problems into sentences and short field lists in the user's language. */
final class GateMessages {
    private final Messages messages;

    GateMessages(Messages messages) {
        this.messages = messages;
    }

    String sentence(GateProblem problem) {
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

    /** "Supplier, Unit cost": what the card lists under "needed for next stage". */
    String fieldList(List<GateProblem> problems) {
        return problems.stream().map(p -> messages.get(p.field().messageKey())).distinct()
                .collect(Collectors.joining(", "));
    }
}
