package com.mallboard.team;

import com.mallboard.common.ExplainedException;

/**
 * The folder works on a team server and the app cannot log in by itself: no password is remembered, or the server
 * refused the remembered one, or could not be reached. The start-up asks the person instead of failing.
 */
public class SignInNeededException extends ExplainedException {
    private final transient ServerAddress address;

    public SignInNeededException(ServerAddress address, String messageKey, Throwable cause) {
        super(messageKey, cause, address.describe());
        this.address = address;
    }

    public ServerAddress address() {
        return address;
    }
}
