-- Mallboard schema, version 5: receivers' personal data is deleted a while after delivery (issue 4, privacy).
-- delivered_at: when a pull first saw every live line of the order delivered (Cafe24 N40/N50).
-- personal_data_purged_at: when the receiver, buyer and message were deleted; later pulls do not bring them back.

ALTER TABLE mall_order ADD COLUMN delivered_at TEXT;
ALTER TABLE mall_order ADD COLUMN personal_data_purged_at TEXT;
CREATE INDEX mall_order_delivered_idx ON mall_order (delivered_at);
