package com.mallboard.sync.ui;

import com.mallboard.sync.CredentialStore;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Secrets in a map, so tests can see what the malls screen stored. */
final class MemoryCredentialStore implements CredentialStore {
    final Map<String, String> secrets = new ConcurrentHashMap<>();

    @Override
    public Optional<String> read(String key) {
        return Optional.ofNullable(secrets.get(key));
    }

    @Override
    public void write(String key, String secret) {
        secrets.put(key, secret);
    }

    @Override
    public void delete(String key) {
        secrets.remove(key);
    }

    @Override
    public String describe() {
        return "memory (test)";
    }
}
