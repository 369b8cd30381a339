-- Mallboard schema, version 14 (issue 8, outbox in team mode): which desktop is syncing a mall right now.
-- One row per mall that was ever synced. A drain claims the row with one conditional UPDATE (free, or expired)
-- and commits before its first call to the mall; it renews the claim before every call and frees it when done.
-- A desktop that died mid-drain leaves a claim that runs out at expires_at; the next desktop takes over then.
-- Times are the database's own clock (never a desktop's), as whole-second UTC ISO-8601 text that sorts like time;
-- holder '' and expires_at '' mean free. Host and process id let an app on the holder's own machine see that the
-- holder has gone (crashed, killed) and take over at once. See docs/decisions/0017-outbox-claim-per-mall.md.
CREATE TABLE outbox_claim (
    mall_ref    INTEGER PRIMARY KEY REFERENCES mall (id) ON DELETE CASCADE,
    holder      TEXT    NOT NULL DEFAULT '',
    holder_name TEXT,
    holder_host TEXT,
    holder_pid  INTEGER,
    claimed_at  TEXT,
    expires_at  TEXT    NOT NULL DEFAULT ''
);

-- Team roles (V13): every role may sync a mall (products, shipments, orders each as its grants allow), so every role
-- claims and frees a mall's queue.
GRANT SELECT, INSERT, UPDATE, DELETE ON outbox_claim TO mallboard_merchandiser, mallboard_warehouse, mallboard_manager;
