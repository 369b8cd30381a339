package com.mallboard.product.importing;

import com.mallboard.common.SettingsRepository;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The column choices the user made for a foreign sheet, remembered in the data folder's settings by the set of its
 * header names, so next season's sheet from the same supplier maps itself (column order may change, names may not).
 */
public final class ColumnMappingMemory {
    private static final String KEY = "productImport.columns.";

    private final SettingsRepository settings;

    public ColumnMappingMemory(SettingsRepository settings) {
        this.settings = settings;
    }

    public Optional<ColumnOverrides> recall(List<String> headers) {
        return settings.get(key(headers)).flatMap(ColumnOverrides::decode);
    }

    public void remember(List<String> headers, ColumnOverrides overrides) {
        settings.put(key(headers), overrides.encode());
    }

    /** A short settings key for the header set: the same names in any order and spacing give the same key. */
    static String key(List<String> headers) {
        TreeSet<String> names = new TreeSet<>();
        headers.stream().filter(h -> !h.isBlank()).map(ColumnMapping::comparable).forEach(names::add);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.join("\u001f", names).getBytes(StandardCharsets.UTF_8));
            return KEY + HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
