package com.mallboard.sync.cafe24.demomall;

/**
 * The state file parses but breaks a rule the demo mall relies on (a product without a variant, a number used
 * twice, an unknown version). Its message names the rule and never quotes file content, so it may be logged.
 */
final class SavedStateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    SavedStateException(String message) {
        super(message);
    }
}
