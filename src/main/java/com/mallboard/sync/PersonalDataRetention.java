package com.mallboard.sync;

import com.mallboard.common.SettingsRepository;
import java.time.Clock;
import java.time.Duration;

/**
 * How long receivers' personal data stays after delivery (90 days unless the user chose otherwise), and the purge
 * that deletes it once that time has passed. Runs at start-up and after every sync, in the app and in
 * {@code mallboard sync}, so a desktop left closed for weeks catches up on its first run.
 */
public final class PersonalDataRetention {
    public static final int DEFAULT_DAYS = 90;
    public static final int MIN_DAYS = 1;
    public static final int MAX_DAYS = 3650;
    static final String SETTING = "privacy.retention.days";

    private final PersonalDataRepository repository;
    private final SettingsRepository settings;
    private final Clock clock;

    public PersonalDataRetention(PersonalDataRepository repository, SettingsRepository settings, Clock clock) {
        this.repository = repository;
        this.settings = settings;
        this.clock = clock;
    }

    /** The chosen number of days; a setting that is unreadable or out of range counts as the default. */
    public int days() {
        return settings.get(SETTING).flatMap(PersonalDataRetention::parse).orElse(DEFAULT_DAYS);
    }

    public void setDays(int days) {
        if (days < MIN_DAYS || days > MAX_DAYS) {
            throw new InvalidSyncInputException("privacy.retention.invalid");
        }
        settings.put(SETTING, Integer.toString(days));
    }

    /** Deletes what outlived the retention; returns how many orders lost their receivers' data. */
    public int purgeExpired() {
        return repository.purgeBefore(clock.instant().minus(Duration.ofDays(days())), clock.instant());
    }

    private static java.util.Optional<Integer> parse(String text) {
        try {
            int days = Integer.parseInt(text.strip());
            return days >= MIN_DAYS && days <= MAX_DAYS ? java.util.Optional.of(days) : java.util.Optional.empty();
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }
}
