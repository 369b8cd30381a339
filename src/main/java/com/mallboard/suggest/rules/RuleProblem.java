package com.mallboard.suggest.rules;

import com.mallboard.common.Messages;
import java.util.List;

/**
 * Why a rule (or a rule file) is not acceptable. {@code position} is the rule's 1-based place in the list or file, 0
 * for the file as a whole; {@code code} is the rule's code when it has one. The message is a bundle key with
 * arguments, so the screen shows it in the user's language.
 */
public record RuleProblem(int position, String code, String key, List<Object> args) {

    public RuleProblem {
        args = List.copyOf(args);
    }

    public static RuleProblem of(String key, Object... args) {
        return new RuleProblem(0, null, key, List.of(args));
    }

    public RuleProblem at(int rulePosition, String ruleCode) {
        return new RuleProblem(rulePosition, ruleCode, key, args);
    }

    /** "Rule 3 (sunscreen-spf-test): the title is missing", or just the message for the file as a whole. */
    public String text(Messages messages) {
        String message = messages.get(key, args.toArray());
        if (position == 0) {
            return message;
        }
        return code == null ? messages.get("suggest.rules.problem.at", position, message)
                : messages.get("suggest.rules.problem.at.code", position, code, message);
    }
}
