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

    @Override
    public boolean replace(String key, String expected, String value) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            if (expected == null) {
                int inserted = tx.insertInto(SETTING, SETTING.KEY, SETTING.VALUE).values(key, value)
                        .onConflictDoNothing().execute();
                return inserted == 1 || tx.update(SETTING).set(SETTING.VALUE, value)
                        .where(SETTING.KEY.eq(key).and(SETTING.VALUE.isNull())).execute() == 1;
            }
            return tx.update(SETTING).set(SETTING.VALUE, value)
                    .where(SETTING.KEY.eq(key).and(SETTING.VALUE.eq(expected))).execute() == 1;
        });
    }
}
