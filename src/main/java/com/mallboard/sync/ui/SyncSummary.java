package com.mallboard.sync.ui;

import com.mallboard.common.Messages;
import com.mallboard.sync.MallSyncResult;
import java.util.List;

/** The banner after a sync: one sentence of totals, then what went wrong per mall, and how urgent it reads. */
public record SyncSummary(Kind kind, String text) {

    /** The banner colours of the board's message strip. */
    public enum Kind { INFO, SUCCESS, WARNING, ERROR }

    public static SyncSummary of(List<MallSyncResult> results, boolean cancelled, Messages messages) {
        if (results.isEmpty()) {
            return new SyncSummary(Kind.INFO, messages.get(cancelled ? "sync.summary.cancelled.early"
                    : "sync.summary.no.malls"));
        }
        int sent = 0;
        int failed = 0;
        int ordersAdded = 0;
        int unmatched = 0;
        StringBuilder problems = new StringBuilder();
        StringBuilder elsewhere = new StringBuilder();
        for (MallSyncResult result : results) {
            if (result.sentByAnotherDesktop()) {
                elsewhere.append(elsewhere.length() == 0 ? "" : " · ").append(messages.get("sync.summary.elsewhere",
                        result.mall().displayName(), result.elsewhere().holderName()));
            }
            sent += result.drain().sent();
            failed += result.drain().failed();
            ordersAdded += result.orders().added();
            unmatched += result.orders().unmatchedLines();
            if (result.problem() != null) {
                problems.append(problems.length() == 0 ? "" : " · ")
                        .append(messages.get("sync.summary.problem", result.mall().displayName(), result.problem()));
            }
        }
        String totals = messages.get(cancelled ? "sync.summary.cancelled" : "sync.summary.done", sent, failed,
                ordersAdded, unmatched);
        String text = problems.length() == 0 ? totals : totals + "\n" + problems;
        text = elsewhere.length() == 0 ? text : text + "\n" + elsewhere;
        Kind kind = cancelled ? Kind.INFO : failed > 0 || problems.length() > 0 ? Kind.WARNING
                : elsewhere.length() > 0 ? Kind.INFO : Kind.SUCCESS;
        return new SyncSummary(kind, text);
    }

    public static SyncSummary failed(Throwable error, Messages messages) {
        Throwable cause = error.getCause() != null && error.getMessage() != null
                && error.getMessage().startsWith("sync failed") ? error.getCause() : error;
        String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new SyncSummary(Kind.ERROR, messages.get("sync.summary.error", reason));
    }
}
