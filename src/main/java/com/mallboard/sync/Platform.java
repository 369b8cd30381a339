package com.mallboard.sync;

/** The kind of mall software a mall runs on. Each platform is one adapter behind {@link MallGateway}. */
public enum Platform {
    CAFE24
}
