package com.mallboard.sync.cafe24.demomall;

import java.util.Map;

/** A refusal that becomes Cafe24's error envelope with this HTTP status. */
final class ApiException extends RuntimeException {

    private final int status;
    private final Map<String, String> moreInfo;

    ApiException(int status, String message) {
        this(status, message, Map.of());
    }

    ApiException(int status, String message, Map<String, String> moreInfo) {
        super(message, null, false, false);
        this.status = status;
        this.moreInfo = Map.copyOf(moreInfo);
    }

    static ApiException badRequest(String message) {
        return new ApiException(400, message);
    }

    static ApiException notFound(String message) {
        return new ApiException(404, message);
    }

    static ApiException unprocessable(String message) {
        return new ApiException(422, message);
    }

    /** OAuth failures name the RFC 6749 error in more_info, so a client can tell a dead refresh token apart. */
    static ApiException oauth(int status, String oauthError, String message) {
        return new ApiException(status, message, Map.of("error", oauthError));
    }

    int status() {
        return status;
    }

    Map<String, String> moreInfo() {
        return moreInfo;
    }
}
