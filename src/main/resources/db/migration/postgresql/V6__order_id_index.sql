-- Mallboard schema, version 6: the packing bench and the courier tracking import find orders by the mall's order id
-- alone (an order barcode or a courier file does not say which mall); without this they read the whole table.

CREATE INDEX mall_order_order_id_idx ON mall_order (order_id);
