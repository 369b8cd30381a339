-- Mallboard schema, version 2: the warehouse bin a product is stored in, for pick lists.
-- Nullable: products planned before they reach the warehouse have no bin yet.

ALTER TABLE product ADD COLUMN location TEXT;
