package com.mallboard.sync.credentials;

import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import com.mallboard.sync.CredentialStore;
import java.util.Optional;

/** Secrets in the operating system's keyring (macOS Keychain, Windows Credential Manager, Secret Service). */
public final class KeyringCredentialStore implements CredentialStore {
    static final String SERVICE = "Mallboard";
    private final Keyring keyring;

    public KeyringCredentialStore(Keyring keyring) {
        this.keyring = keyring;
    }

    /** The keyrings report a missing entry as an access error; for us that is simply "nothing stored". */
    @Override
    public Optional<String> read(String key) {
        try {
            return Optional.ofNullable(keyring.getPassword(SERVICE, key));
        } catch (PasswordAccessException missing) {
            return Optional.empty();
        }
    }

    @Override
    public void write(String key, String secret) {
        try {
            keyring.setPassword(SERVICE, key, secret);
        } catch (PasswordAccessException e) {
            throw new CredentialStoreException("The OS keyring refused to store a mall credential", e);
        }
    }

    @Override
    public void delete(String key) {
        try {
            keyring.deletePassword(SERVICE, key);
        } catch (PasswordAccessException alreadyGone) {
            // deleting what is not there is what the caller wanted anyway
            return;
        }
    }

    @Override
    public String describe() {
        return "OS keyring (" + keyring.getKeyringStorageType() + ")";
    }
}
