package com.mallboard.team;

import com.mallboard.common.ExplainedException;

/** A move may only fill an empty team database: merging two stores' ids would mix up products. */
public class ServerNotEmptyException extends ExplainedException {
    public ServerNotEmptyException(String server, long products) {
        super("team.move.notEmpty", null, server, products);
    }
}
