-- Mallboard schema, version 3: malls, what each mall lists, the outbox that carries changes to the malls,
-- and the orders and shipments that come back. Secrets (client secrets, tokens) are never stored here.

-- What can be sold now; pushed to every mall's variant inventory (0 = sold out).
ALTER TABLE product ADD COLUMN stock INTEGER NOT NULL DEFAULT 0 CHECK (stock >= 0);

CREATE TABLE mall (
    id                   INTEGER PRIMARY KEY AUTOINCREMENT,
    platform             TEXT    NOT NULL,
    mall_id              TEXT    NOT NULL,
    shop_no              INTEGER NOT NULL DEFAULT 1,
    display_name         TEXT    NOT NULL,
    api_version          TEXT    NOT NULL,
    base_url             TEXT,
    client_id            TEXT,
    enabled              INTEGER NOT NULL DEFAULT 1,
    is_demo              INTEGER NOT NULL DEFAULT 0,
    connection_problem   TEXT,
    last_sync_at         TEXT,
    orders_synced_until  TEXT,
    orders_reconciled_at TEXT,
    carriers_fetched_at  TEXT,
    created_at           TEXT    NOT NULL,
    UNIQUE (platform, mall_id, shop_no)
);

-- One product on one mall, with the mall's own name, price and flags where they differ from the master.
-- synced_hash / synced_stock are what the mall last confirmed: equal values mean no call is needed.
CREATE TABLE listing (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    product_id        INTEGER NOT NULL REFERENCES product (id) ON DELETE CASCADE,
    mall_ref          INTEGER NOT NULL REFERENCES mall (id) ON DELETE CASCADE,
    name_override     TEXT,
    price_override    INTEGER CHECK (price_override IS NULL OR price_override >= 0),
    display           INTEGER NOT NULL DEFAULT 1,
    selling           INTEGER NOT NULL DEFAULT 1,
    remote_product_no INTEGER,
    synced_hash       TEXT,
    synced_stock      INTEGER,
    synced_at         TEXT,
    status            TEXT    NOT NULL DEFAULT 'PENDING',
    problem           TEXT,
    UNIQUE (product_id, mall_ref)
);
CREATE INDEX listing_mall_idx ON listing (mall_ref);

-- The transactional outbox: written in the same transaction as the change it carries.
CREATE TABLE outbox_job (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    mall_ref    INTEGER NOT NULL REFERENCES mall (id) ON DELETE CASCADE,
    kind        TEXT    NOT NULL,
    subject_id  INTEGER NOT NULL,
    status      TEXT    NOT NULL DEFAULT 'PENDING',
    attempts    INTEGER NOT NULL DEFAULT 0,
    last_error  TEXT,
    not_before  TEXT,
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL
);
CREATE INDEX outbox_job_queue_idx ON outbox_job (mall_ref, status, id);

CREATE TABLE mall_order (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    mall_ref            INTEGER NOT NULL REFERENCES mall (id) ON DELETE CASCADE,
    order_id            TEXT    NOT NULL,
    ordered_at          TEXT    NOT NULL,
    paid                INTEGER NOT NULL DEFAULT 0,
    canceled            INTEGER NOT NULL DEFAULT 0,
    payment_amount      INTEGER,
    buyer_name          TEXT,
    receiver_name       TEXT,
    receiver_phone      TEXT,
    receiver_cellphone  TEXT,
    receiver_zipcode    TEXT,
    receiver_address1   TEXT,
    receiver_address2   TEXT,
    shipping_message    TEXT,
    fetched_at          TEXT    NOT NULL,
    UNIQUE (mall_ref, order_id)
);
CREATE INDEX mall_order_date_idx ON mall_order (ordered_at);

CREATE TABLE mall_order_item (
    id                   INTEGER PRIMARY KEY AUTOINCREMENT,
    order_ref            INTEGER NOT NULL REFERENCES mall_order (id) ON DELETE CASCADE,
    item_code            TEXT    NOT NULL,
    custom_product_code  TEXT,
    product_name         TEXT,
    option_value         TEXT,
    quantity             INTEGER NOT NULL,
    price                INTEGER,
    mall_status          TEXT,
    tracking_no          TEXT,
    carrier_code         TEXT,
    product_id           INTEGER REFERENCES product (id) ON DELETE SET NULL,
    UNIQUE (order_ref, item_code)
);
CREATE INDEX mall_order_item_product_idx ON mall_order_item (product_id);

-- "Map it once": an order line the mall sent without our SKU (or with an unknown one), tied to a product by hand.
CREATE TABLE item_mapping (
    mall_ref    INTEGER NOT NULL REFERENCES mall (id) ON DELETE CASCADE,
    item_key    TEXT    NOT NULL,
    product_id  INTEGER NOT NULL REFERENCES product (id) ON DELETE CASCADE,
    PRIMARY KEY (mall_ref, item_key)
);

CREATE TABLE shipment (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    order_ref      INTEGER NOT NULL REFERENCES mall_order (id) ON DELETE CASCADE,
    tracking_no    TEXT    NOT NULL,
    carrier_code   TEXT    NOT NULL,
    item_codes     TEXT    NOT NULL,
    shipping_code  TEXT,
    created_at     TEXT    NOT NULL,
    created_by     TEXT    NOT NULL,
    confirmed_at   TEXT
);
CREATE INDEX shipment_order_idx ON shipment (order_ref);

CREATE TABLE carrier (
    mall_ref  INTEGER NOT NULL REFERENCES mall (id) ON DELETE CASCADE,
    code      TEXT    NOT NULL,
    name      TEXT    NOT NULL,
    PRIMARY KEY (mall_ref, code)
);
