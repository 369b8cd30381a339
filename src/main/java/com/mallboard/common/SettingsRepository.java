package com.mallboard.common;

import java.util.Optional;

/** Small named preferences that belong to the data folder (language, WIP limits, board layout). */
public interface SettingsRepository {

    Optional<String> get(String key);

    void put(String key, String value);
}
