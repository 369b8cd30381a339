-- Mallboard schema, version 4: product options (shades, sizes), each with its own SKU and stock.
-- A product with options sells only its options in the malls; product.stock is kept equal to their sum.

CREATE TABLE product_option (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    product_id  INTEGER NOT NULL REFERENCES product (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    name        TEXT    NOT NULL,
    sku         TEXT    NOT NULL UNIQUE,
    stock       INTEGER NOT NULL DEFAULT 0 CHECK (stock >= 0),
    UNIQUE (product_id, name)
);
CREATE INDEX product_option_product_idx ON product_option (product_id);

-- What the mall last confirmed about stock: the total for a product without options, "sku=stock;..." with options.
ALTER TABLE listing ADD COLUMN synced_stock_key TEXT;
UPDATE listing SET synced_stock_key = CAST(synced_stock AS TEXT) WHERE synced_stock IS NOT NULL;
ALTER TABLE listing DROP COLUMN synced_stock;

-- The option a shopper picked, as our option SKU; how such a line finds its product.
ALTER TABLE mall_order_item ADD COLUMN custom_variant_code TEXT;
