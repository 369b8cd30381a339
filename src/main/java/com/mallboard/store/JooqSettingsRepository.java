package com.mallboard.store;

import static com.mallboard.store.generated.Tables.SETTING;

import com.mallboard.common.SettingsRepository;
import java.util.Optional;
import org.jooq.DSLContext;

/** Preferences as key/value rows. */
public class JooqSettingsRepository implements SettingsRepository {
    private final DSLContext dsl;

    public JooqSettingsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<String> get(String key) {
        return dsl.select(SETTING.VALUE).from(SETTING).where(SETTING.KEY.eq(key)).fetchOptional(SETTING.VALUE);
    }

    @Override
    public void put(String key, String value) {
        dsl.insertInto(SETTING, SETTING.KEY, SETTING.VALUE).values(key, value)
                .onConflict(SETTING.KEY).doUpdate().set(SETTING.VALUE, value)
                .execute();
    }
}
