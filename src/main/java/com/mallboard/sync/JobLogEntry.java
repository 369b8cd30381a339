package com.mallboard.sync;

/** A job as the job log shows it: what it was about ("SKU-123", "order 20261125-0000012") and how it went. */
public record JobLogEntry(OutboxJob job, String mallName, String subject) {
}
