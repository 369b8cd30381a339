package com.mallboard.team;

import com.mallboard.common.ExplainedException;

/** The team server could not be used; the key says why (unreachable, login refused, no such database, …). */
public class TeamServerRefusedException extends ExplainedException {
    public TeamServerRefusedException(String messageKey, String server, Throwable cause) {
        super(messageKey, cause, server);
    }
}
