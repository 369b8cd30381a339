package com.mallboard.app;

import com.mallboard.common.Messages;
import com.mallboard.common.SettingsRepository;
import java.util.Locale;
import java.util.Optional;

/** The display language: the one chosen in settings, else {@code --lang}, else the operating system's. */
final class LanguageSetting {
    static final String KEY = "app.language";

    private LanguageSetting() {
    }

    static Locale resolve(SettingsRepository settings, Optional<String> commandLine, Locale system) {
        Optional<String> chosen = commandLine.isPresent() ? commandLine : settings.get(KEY);
        return Messages.supported(chosen.map(Locale::forLanguageTag).orElse(system));
    }

    static void save(SettingsRepository settings, Locale locale) {
        settings.put(KEY, locale.getLanguage());
    }
}
