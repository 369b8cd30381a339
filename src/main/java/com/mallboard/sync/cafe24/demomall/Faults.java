package com.mallboard.sync.cafe24.demomall;

import java.time.Duration;

/**
 * Switches that make the next N admin calls of one mall misbehave, so a client's retry and backoff code can be
 * tested against a server. Each switch counts itself down and turns off on its own; {@link #clear()} turns all off.
 */
public final class Faults {

    /** What the next admin call should suffer; {@link #NONE} when all switches are off. */
    record Plan(Action action, int status, Duration delay, int remainSeconds) {
        static final Plan NONE = new Plan(Action.NONE, 0, Duration.ZERO, 0);
    }

    enum Action { NONE, DROP_CONNECTION, TOO_MANY_REQUESTS, USAGE_EXHAUSTED, SERVER_ERROR, MALFORMED_JSON }

    private int tooManyRequests;
    private int serverErrors;
    private int serverErrorStatus;
    private int slowResponses;
    private Duration slowDelay = Duration.ZERO;
    private int malformedJson;
    private int dropConnections;
    private int usageExhausted;
    private int usageRemainSeconds;

    Faults() {
    }

    /** The next {@code calls} admin calls get 429 without running. */
    public synchronized void tooManyRequests(int calls) {
        tooManyRequests = requireCalls(calls);
    }

    /** The next {@code calls} admin calls get {@code status} (500 or 503) with an error envelope, without running. */
    public synchronized void serverErrors(int calls, int status) {
        if (status != 500 && status != 503) {
            throw new IllegalArgumentException("server errors are 500 or 503, not " + status);
        }
        serverErrors = requireCalls(calls);
        serverErrorStatus = status;
    }

    /** The next {@code calls} admin calls wait {@code delay} before they run. */
    public synchronized void slowResponses(int calls, Duration delay) {
        if (delay == null || delay.isNegative()) {
            throw new IllegalArgumentException("delay must be zero or positive");
        }
        slowResponses = requireCalls(calls);
        slowDelay = delay;
    }

    /** The next {@code calls} admin calls run, but their JSON body is cut off half-way. */
    public synchronized void malformedJson(int calls) {
        malformedJson = requireCalls(calls);
    }

    /** The next {@code calls} admin calls are not run; the connection closes without a response. */
    public synchronized void dropConnections(int calls) {
        dropConnections = requireCalls(calls);
    }

    /** The next {@code calls} admin calls get 429 with the usage quota over 100% and {@code X-Cafe24-Call-Remain}. */
    public synchronized void usageExhausted(int calls, int remainSeconds) {
        if (remainSeconds < 0) {
            throw new IllegalArgumentException("remain seconds must be zero or positive");
        }
        usageExhausted = requireCalls(calls);
        usageRemainSeconds = remainSeconds;
    }

    public synchronized void clear() {
        tooManyRequests = 0;
        serverErrors = 0;
        slowResponses = 0;
        malformedJson = 0;
        dropConnections = 0;
        usageExhausted = 0;
    }

    /** Takes one call off every switch that applies and says what happens to this call. */
    synchronized Plan next() {
        Duration delay = Duration.ZERO;
        if (slowResponses > 0) {
            slowResponses--;
            delay = slowDelay;
        }
        if (dropConnections > 0) {
            dropConnections--;
            return new Plan(Action.DROP_CONNECTION, 0, delay, 0);
        }
        if (tooManyRequests > 0) {
            tooManyRequests--;
            return new Plan(Action.TOO_MANY_REQUESTS, 429, delay, 0);
        }
        if (usageExhausted > 0) {
            usageExhausted--;
            return new Plan(Action.USAGE_EXHAUSTED, 429, delay, usageRemainSeconds);
        }
        if (serverErrors > 0) {
            serverErrors--;
            return new Plan(Action.SERVER_ERROR, serverErrorStatus, delay, 0);
        }
        if (malformedJson > 0) {
            malformedJson--;
            return new Plan(Action.MALFORMED_JSON, 200, delay, 0);
        }
        return delay.isZero() ? Plan.NONE : new Plan(Action.NONE, 0, delay, 0);
    }

    private static int requireCalls(int calls) {
        if (calls < 0) {
            throw new IllegalArgumentException("calls must be zero or positive, was " + calls);
        }
        return calls;
    }
}
