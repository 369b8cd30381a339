package com.mallboard.sync.credentials;

import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import com.mallboard.sync.CredentialStore;
import java.util.Optional;

/**
 * Secrets in the operating system's keyring (macOS Keychain, Windows Credential Manager, Secret Service). Each data
 * folder is its own namespace: two folders both have a "mall 1", and their tokens must not overwrite each other.
 */
public final class KeyringCredentialStore implements CredentialStore {
    static final String SERVICE = "Mallboard";
    private final Keyring keyring;
    private final String namespace;

    public KeyringCredentialStore(Keyring keyring, String namespace) {
        this.keyring = keyring;
        this.namespace = namespace;
    }

    /** A short, stable name for a data folder: the same folder always maps to the same keyring entries. */
    public static String namespaceOf(java.nio.file.Path dataFolder) {
        String path = dataFolder.toAbsolutePath().normalize().toString();
        return Integer.toHexString(path.hashCode());
    }

    /** The keyrings report a missing entry as an access error; for us that is simply "nothing stored". */
    @Override
    public Optional<String> read(String key) {
        try {
            return Optional.ofNullable(keyring.getPassword(SERVICE, account(key)));
        } catch (PasswordAccessException missing) {
            return Optional.empty();
        }
    }

    @Override
    public void write(String key, String secret) {
        try {
            keyring.setPassword(SERVICE, account(key), secret);
        } catch (PasswordAccessException e) {
            throw new CredentialStoreException("The OS keyring refused to store a mall credential", e);
        }
    }

    @Override
    public void delete(String key) {
        try {
            keyring.deletePassword(SERVICE, account(key));
        } catch (PasswordAccessException alreadyGone) {
            // deleting what is not there is what the caller wanted anyway
            return;
        }
    }

    private String account(String key) {
        return namespace + "/" + key;
    }

    @Override
    public String describe() {
        return "OS keyring (" + keyring.getKeyringStorageType() + ")";
    }
}
