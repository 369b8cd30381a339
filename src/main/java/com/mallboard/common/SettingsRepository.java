package com.mallboard.common;

import java.util.Optional;

/** Small named preferences that belong to the data folder (language, WIP limits, board layout). */
public interface SettingsRepository {

    Optional<String> get(String key);

    void put(String key, String value);

    /**
     * Compare-and-set for a value edited as a whole from what was read (a list kept in one setting): writes
     * {@code value} only if the stored value is still {@code expected} ({@code null}: not set), and says whether it did.
     * The value itself is the version, so no edit made meanwhile by someone else is overwritten.
     */
    boolean replace(String key, String expected, String value);
}
