package com.mallboard.sync.cafe24;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Optional;

/**
 * What one attempt at a call came back with: an answer (status, body, the body as JSON when it was a readable 2xx)
 * or no answer at all ({@code status} 0, with the exception that says why).
 */
record Outcome(int status, String body, JsonNode json, Optional<Duration> remain, Throwable cause) {

    static Outcome answered(int status, String body, JsonNode json, Optional<Duration> remain) {
        return new Outcome(status, body, json, remain, null);
    }

    static Outcome noAnswer(Throwable cause) {
        return new Outcome(0, null, null, Optional.empty(), cause);
    }

    boolean isClientError() {
        return status >= 400 && status < 500 && status != 401 && status != 429;
    }

    String failure() {
        if (status == 0) {
            return "no answer (" + cause.getClass().getSimpleName() + ")";
        }
        return status >= 500 ? "HTTP " + status : "unreadable answer to HTTP " + status;
    }

    String failureCode() {
        if (status == 0) {
            return "network";
        }
        return status >= 500 ? String.valueOf(status) : "malformed_response";
    }
}
