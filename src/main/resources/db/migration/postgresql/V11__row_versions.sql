-- Mallboard schema, version 11: optimistic locking on every row a user edits (issue 8, team mode).
-- A row's version counts up on every user edit; an edit carries the version it read and is refused when the stored
-- one moved on, so two desktops on one database never silently overwrite each other. product has had one since V1.

-- A listing's overrides (name, price, flags) as edited in the product editor's malls tab. Sync bookkeeping (what the
-- mall confirmed, status) does not count: it never changes what the user typed.
ALTER TABLE listing ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

-- A mall's settings (name, mall id, shop, API version, address, client id, enabled) from the mall editor.
ALTER TABLE mall ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

-- A suggestion rule as a manager edits it in the rule editor (switching it on or off counts too).
ALTER TABLE suggestion_rule ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
