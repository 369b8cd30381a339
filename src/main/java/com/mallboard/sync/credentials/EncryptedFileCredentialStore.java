package com.mallboard.sync.credentials;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mallboard.sync.CredentialStore;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Secrets in one AES-256-GCM encrypted file in the data folder, with its random key in a second file; both readable
 * by the user only. This is the fallback where no OS keyring answers (headless Linux, a locked-down desktop): it keeps
 * tokens out of the database, backups of it and casual reading, though not from someone who can read the user's
 * files. Every write replaces the file atomically, so a crash leaves the old or the new secrets, never half of them.
 */
public final class EncryptedFileCredentialStore implements CredentialStore {
    static final String SECRETS_FILE = "credentials.enc";
    static final String KEY_FILE = "credentials.key";
    private static final byte[] MAGIC = {'M', 'B', 'C', '1'};
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path secretsFile;
    private final Path keyFile;
    private Map<String, String> secrets;

    public EncryptedFileCredentialStore(Path folder) {
        this.secretsFile = folder.resolve(SECRETS_FILE);
        this.keyFile = folder.resolve(KEY_FILE);
    }

    @Override
    public synchronized Optional<String> read(String key) {
        return Optional.ofNullable(secrets().get(key));
    }

    @Override
    public synchronized void write(String key, String secret) {
        Map<String, String> changed = new TreeMap<>(secrets());
        changed.put(key, secret);
        save(changed);
    }

    @Override
    public synchronized void delete(String key) {
        if (secrets().containsKey(key)) {
            Map<String, String> changed = new TreeMap<>(secrets());
            changed.remove(key);
            save(changed);
        }
    }

    @Override
    public String describe() {
        return "encrypted file (" + secretsFile + ")";
    }

    private Map<String, String> secrets() {
        if (secrets == null) {
            secrets = Files.exists(secretsFile) ? load() : new TreeMap<>();
        }
        return secrets;
    }

    private Map<String, String> load() {
        try {
            byte[] stored = Files.readAllBytes(secretsFile);
            if (stored.length < MAGIC.length + IV_BYTES + TAG_BITS / 8
                    || !ByteBuffer.wrap(stored, 0, MAGIC.length).equals(ByteBuffer.wrap(MAGIC))) {
                throw damaged(null);
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key(false), "AES"),
                    new GCMParameterSpec(TAG_BITS, stored, MAGIC.length, IV_BYTES));
            cipher.updateAAD(MAGIC);
            byte[] plain = cipher.doFinal(stored, MAGIC.length + IV_BYTES, stored.length - MAGIC.length - IV_BYTES);
            return new TreeMap<>(JSON.readValue(plain, new TypeReference<Map<String, String>>() { }));
        } catch (GeneralSecurityException | IOException | IllegalArgumentException e) {
            throw damaged(e);
        }
    }

    private void save(Map<String, String> changed) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key(true), "AES"), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(MAGIC);
            byte[] sealed = cipher.doFinal(JSON.writeValueAsBytes(changed));
            OwnerOnlyFiles.writeAtomically(secretsFile, ByteBuffer.allocate(MAGIC.length + iv.length + sealed.length)
                    .put(MAGIC).put(iv).put(sealed).array());
            secrets = changed;
        } catch (GeneralSecurityException | IOException e) {
            throw new CredentialStoreException("Could not save mall credentials to " + secretsFile + ": "
                    + e.getMessage(), e);
        }
    }

    /** The 256-bit key, made on first use. Without a key file existing secrets cannot be read: that is "damaged". */
    private byte[] key(boolean createIfMissing) throws IOException {
        if (!Files.exists(keyFile)) {
            if (!createIfMissing || Files.exists(secretsFile)) {
                throw damaged(null);
            }
            byte[] key = new byte[32];
            RANDOM.nextBytes(key);
            OwnerOnlyFiles.writeAtomically(keyFile, key);
            return key;
        }
        byte[] key = Files.readAllBytes(keyFile);
        if (key.length != 32) {
            throw damaged(null);
        }
        return key;
    }

    private CredentialStoreException damaged(Exception cause) {
        return new CredentialStoreException("The saved mall credentials (" + secretsFile + ") are damaged or their "
                + "key file (" + keyFile.getFileName() + ") is missing or changed. Delete both files and connect "
                + "the malls again.", cause);
    }
}
