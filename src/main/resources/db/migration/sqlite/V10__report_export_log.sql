-- Mallboard schema, version 10: exports of an Excel report that included receivers' personal data (issue 6). Masked
-- exports are not recorded; including names, phones and addresses is an explicit choice, and this is its record:
-- who, when, which file, which sheets (their CLI ids, comma separated) and which period (NULL = open on that side).
-- The rows hold no personal data themselves.

CREATE TABLE report_export_log (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    at          TEXT    NOT NULL,
    who         TEXT    NOT NULL,
    file        TEXT    NOT NULL,
    sheets      TEXT    NOT NULL,
    period_from TEXT,
    period_to   TEXT
);

CREATE INDEX report_export_log_at ON report_export_log (at);
