package com.mallboard.sync;

/** What an outbox job carries to a mall. The job's subject is a listing or a shipment id. */
public enum JobKind {
    PUSH_LISTING,
    PUSH_SHIPMENT
}
