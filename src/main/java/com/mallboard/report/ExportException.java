package com.mallboard.report;

import com.mallboard.common.ExplainedException;

/** An export that failed; {@code messageKey} (with {@code args}) tells the user why. No file was left behind. */
public class ExportException extends ExplainedException {
    public static final String WRITE_FAILED = "report.error.write";

    public ExportException(String messageKey, Throwable cause, Object... args) {
        super(messageKey, cause, args);
    }
}
