package com.mallboard.sync;

import java.util.Optional;

/**
 * Secrets (client secrets, OAuth tokens) kept outside the database: the OS keyring, or an encrypted file only the
 * user can read. Keys are plain names such as {@code mall/3/tokens}.
 */
public interface CredentialStore {

    Optional<String> read(String key);

    void write(String key, String secret);

    void delete(String key);

    /** Where secrets go on this machine, for the settings and diagnostics screens ("OS keyring", "encrypted file"). */
    String describe();
}
