package com.mallboard.suggest.rules;

import com.mallboard.common.Messages;
import java.util.List;
import java.util.stream.Collectors;

/** A rule the manager edited that cannot be saved, with every problem found. */
public class InvalidRuleException extends RuntimeException {
    private final transient List<RuleProblem> problems;

    public InvalidRuleException(List<RuleProblem> problems) {
        super(problems.stream().map(p -> p.key() + p.args()).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }

    public String text(Messages messages) {
        return problems.stream().map(p -> p.text(messages)).collect(Collectors.joining("\n"));
    }
}
