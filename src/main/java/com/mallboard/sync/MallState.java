package com.mallboard.sync;

import java.util.Locale;

/** What the malls table says about a mall's connection, most urgent first. */
public enum MallState {
    DISABLED,
    NEEDS_RECONNECT,
    DEMO,
    CONNECTED,
    NOT_CONNECTED;

    /** A switched-off mall is just that; otherwise a problem a person must fix outranks everything else. */
    public static MallState of(MallStatus status) {
        if (!status.mall().enabled()) {
            return DISABLED;
        }
        if (status.connectionProblem() != null && !status.connectionProblem().isBlank()) {
            return NEEDS_RECONNECT;
        }
        if (status.mall().demo()) {
            return DEMO;
        }
        return status.connected() ? CONNECTED : NOT_CONNECTED;
    }

    public String messageKey() {
        return "mall.state." + name().toLowerCase(Locale.ROOT).replace('_', '.');
    }

    /** The CSS class of the state's badge. */
    public String styleClass() {
        return "mall-state-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
