package com.mallboard.team;

import com.mallboard.common.ExplainedException;

/** After the copy a table did not match its original; the server's copy was rolled back. */
public class MoveVerificationException extends ExplainedException {
    public MoveVerificationException(String table, long localRows, long serverRows) {
        super("team.move.mismatch", null, table, localRows, serverRows);
    }
}
