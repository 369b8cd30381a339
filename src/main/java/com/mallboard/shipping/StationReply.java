package com.mallboard.shipping;

import java.util.List;

/**
 * The station's answer to one input: the state it is in now, how loud to be, and the message to show (a key of the
 * i18n bundle with its arguments). {@code outcome} is the scan outcome when the input was an item, else {@code null}.
 */
public record StationReply(StationState state, Feedback feedback, String messageKey, List<String> args,
        ScanOutcome outcome) {

    public StationReply {
        args = List.copyOf(args);
    }

    static StationReply of(StationState state, Feedback feedback, String messageKey, String... args) {
        return new StationReply(state, feedback, messageKey, List.of(args), null);
    }
}
