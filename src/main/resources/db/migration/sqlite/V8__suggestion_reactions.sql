-- Mallboard schema, version 8: what a manager did with a next-step suggestion (issue 5), so a dismissed one stays
-- gone for that product and a snoozed one comes back after its date. Keyed by the suggestion's key (a rule's code),
-- not the rule's id, so re-importing the rules keeps the memory.

CREATE TABLE suggestion_reaction (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    product_id     INTEGER NOT NULL REFERENCES product (id) ON DELETE CASCADE,
    suggestion_key TEXT    NOT NULL,
    stage          TEXT    NOT NULL,
    reaction       TEXT    NOT NULL CHECK (reaction IN ('ACCEPTED', 'DISMISSED', 'SNOOZED')),
    reason         TEXT,
    snoozed_until  TEXT,
    at             TEXT    NOT NULL,
    who            TEXT    NOT NULL
);

CREATE INDEX suggestion_reaction_product ON suggestion_reaction (product_id);
