package com.mallboard.backup;

import com.mallboard.common.ExplainedException;

/** A backup could not be restored; nothing was changed. The message key says why, for the user. */
public final class RestoreException extends ExplainedException {

    RestoreException(String messageKey, Throwable cause, Object... args) {
        super(messageKey, cause, args);
    }

    /** The message key for a chosen file that is not a restorable Mallboard backup. */
    public static String keyFor(DatabaseCheck.Status status) {
        return switch (status) {
            case MISSING -> "backup.restore.missing";
            case NOT_A_DATABASE -> "backup.restore.notDatabase";
            case DAMAGED -> "backup.restore.damaged";
            case NOT_MALLBOARD -> "backup.restore.notMallboard";
            case NEWER -> "backup.restore.newer";
            case GOOD -> throw new IllegalArgumentException("a good file needs no explanation");
        };
    }
}
