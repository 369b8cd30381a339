package com.mallboard.suggest.rules;

import com.mallboard.common.Messages;
import java.util.List;
import java.util.stream.Collectors;

/** A rule file that cannot be imported, with every problem found; nothing was imported. */
public class RuleImportException extends Exception {
    private final transient List<RuleProblem> problems;

    public RuleImportException(List<RuleProblem> problems) {
        super(problems.stream().map(p -> p.position() + ":" + p.key() + p.args()).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }

    /** One line per problem, in the user's language. */
    public String text(Messages messages) {
        return problems.stream().map(p -> p.text(messages)).collect(Collectors.joining("\n"));
    }
}
