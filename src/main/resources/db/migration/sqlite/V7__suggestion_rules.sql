-- Mallboard schema, version 7: next-step suggestion rules a manager reads and edits (issue 5).
-- The rule's "when" (stages, tags, field conditions) is one JSON text, so a new condition kind needs no migration;
-- what the rule suggests is kept in plain columns so a report can read it. Texts are Korean first, English optional.

CREATE TABLE suggestion_rule (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    code             TEXT    NOT NULL UNIQUE,
    enabled          INTEGER NOT NULL DEFAULT 1,
    name_ko          TEXT    NOT NULL,
    name_en          TEXT,
    trigger_json     TEXT    NOT NULL,
    title_ko         TEXT    NOT NULL,
    title_en         TEXT,
    description_ko   TEXT,
    description_en   TEXT,
    due_days         INTEGER,
    due_from         TEXT,
    priority         TEXT    NOT NULL,
    required_by_gate INTEGER NOT NULL DEFAULT 0
);
