-- Mallboard schema, version 1: products walking through the board.
-- Dates are ISO-8601 text (SQLite has no date type); money is whole won (KRW has no minor unit).

CREATE TABLE product (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    sku                TEXT    NOT NULL UNIQUE,
    name               TEXT    NOT NULL,
    brand              TEXT,
    influencer         TEXT,
    category           TEXT,
    stage              TEXT    NOT NULL DEFAULT 'PLANNING'
                       CHECK (stage IN ('PLANNING', 'SOURCING', 'LABELING', 'SHIPMENT', 'DONE')),
    launch_date        TEXT,
    price_won          INTEGER CHECK (price_won IS NULL OR price_won >= 0),
    cost_won           INTEGER CHECK (cost_won IS NULL OR cost_won >= 0),
    supplier           TEXT,
    order_quantity     INTEGER CHECK (order_quantity IS NULL OR order_quantity >= 0),
    shipped_quantity   INTEGER NOT NULL DEFAULT 0 CHECK (shipped_quantity >= 0),
    barcode            TEXT,
    capacity           TEXT,
    manufacturer       TEXT,
    responsible_seller TEXT,
    usage_period       TEXT,
    ingredients        TEXT,
    notes              TEXT,
    is_demo            INTEGER NOT NULL DEFAULT 0,
    stage_entered_at   TEXT    NOT NULL,
    created_at         TEXT    NOT NULL,
    updated_at         TEXT    NOT NULL,
    deleted_at         TEXT,
    version            INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX product_stage_idx ON product (stage, deleted_at);

CREATE TABLE tag (
    id   INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL UNIQUE
);

CREATE TABLE product_tag (
    product_id INTEGER NOT NULL REFERENCES product (id) ON DELETE CASCADE,
    tag_id     INTEGER NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
    PRIMARY KEY (product_id, tag_id)
);
CREATE INDEX product_tag_tag_idx ON product_tag (tag_id);

CREATE TABLE checklist_action (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    product_id INTEGER NOT NULL REFERENCES product (id) ON DELETE CASCADE,
    title      TEXT    NOT NULL,
    stage      TEXT    NOT NULL,
    due_date   TEXT,
    done       INTEGER NOT NULL DEFAULT 0,
    source     TEXT    NOT NULL DEFAULT 'MANUAL',
    created_at TEXT    NOT NULL
);
CREATE INDEX checklist_action_product_idx ON checklist_action (product_id);

CREATE TABLE stage_history (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    product_id INTEGER NOT NULL REFERENCES product (id) ON DELETE CASCADE,
    from_stage TEXT,
    to_stage   TEXT    NOT NULL,
    moved_at   TEXT    NOT NULL,
    moved_by   TEXT    NOT NULL,
    reason     TEXT
);
CREATE INDEX stage_history_product_idx ON stage_history (product_id);

CREATE TABLE activity_log (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    product_id INTEGER NOT NULL REFERENCES product (id) ON DELETE CASCADE,
    field      TEXT    NOT NULL,
    old_value  TEXT,
    new_value  TEXT,
    changed_at TEXT    NOT NULL,
    changed_by TEXT    NOT NULL
);
CREATE INDEX activity_log_product_idx ON activity_log (product_id);

CREATE TABLE saved_filter (
    id    INTEGER PRIMARY KEY AUTOINCREMENT,
    name  TEXT NOT NULL UNIQUE,
    query TEXT NOT NULL
);

CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT
);
