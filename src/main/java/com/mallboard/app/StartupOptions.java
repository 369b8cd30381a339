package com.mallboard.app;

import java.util.List;
import java.util.Optional;

/** Command-line options: {@code --data-dir=PATH} (or {@code --data-dir PATH}), {@code --lang=ko|en}. */
public record StartupOptions(Optional<String> dataDir, Optional<String> language) {

    public static StartupOptions parse(List<String> args) {
        return new StartupOptions(value(args, "--data-dir"), value(args, "--lang"));
    }

    static Optional<String> value(List<String> args, String name) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith(name + "=")) {
                return Optional.of(arg.substring(name.length() + 1));
            }
            // "--data-dir --lang=en" is a forgotten value, not a folder called "--lang=en".
            if (arg.equals(name) && i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                return Optional.of(args.get(i + 1));
            }
        }
        return Optional.empty();
    }
}
