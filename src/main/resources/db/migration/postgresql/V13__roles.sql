-- Mallboard schema, version 13: roles of team mode (issue 8), enforced by the server.
-- Three group roles (NOLOGIN); each person logs in with their own account, granted one or more of them:
--   mallboard_merchandiser  products, options, checklists, suggestions, listings on the malls
--   mallboard_warehouse     orders, packing, shipments, and the only role that reads receivers' personal data
--   mallboard_manager       reports (and their personal-data export log), settings, malls
-- Roles are cluster-wide: a second Mallboard database on the same server shares them, hence IF NOT EXISTS.
-- Everyone reads what the board and their screens show; mall_order's personal columns are granted column by column
-- to the warehouse only. Row-level security is used where a grant cannot say it: which settings a role may write.
-- A later migration that creates a table must grant it here too (RolesOnServerTest checks every table is granted).

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'mallboard_merchandiser') THEN
        CREATE ROLE mallboard_merchandiser NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'mallboard_warehouse') THEN
        CREATE ROLE mallboard_warehouse NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'mallboard_manager') THEN
        CREATE ROLE mallboard_manager NOLOGIN;
    END IF;
END
$$;

GRANT USAGE ON SCHEMA public TO mallboard_merchandiser, mallboard_warehouse, mallboard_manager;
-- Identity columns draw from sequences; a number says nothing, so every role may draw one.
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO mallboard_merchandiser, mallboard_warehouse, mallboard_manager;
-- The app compares the schema version with its own at start.
GRANT SELECT ON flyway_schema_history TO mallboard_merchandiser, mallboard_warehouse, mallboard_manager;

-- Read by everyone: the board, its chips and counts, the product editor, the reports.
GRANT SELECT ON product, tag, product_tag, checklist_action, stage_history, activity_log, saved_filter, setting,
    mall, listing, outbox_job, mall_order_item, item_mapping, shipment, carrier, product_option,
    suggestion_rule, suggestion_reaction
    TO mallboard_merchandiser, mallboard_warehouse, mallboard_manager;

-- Orders without the receiver: everyone. The receiver, the buyer and the message: the warehouse only.
GRANT SELECT (id, mall_ref, order_id, ordered_at, paid, canceled, payment_amount, fetched_at, delivered_at,
    personal_data_purged_at) ON mall_order TO mallboard_merchandiser, mallboard_manager;
GRANT SELECT, INSERT, UPDATE ON mall_order TO mallboard_warehouse;

-- Merchandisers: products and everything that hangs off them (deleting a product cascades as the owner).
GRANT INSERT, UPDATE, DELETE ON product, tag, product_tag, checklist_action, product_option, listing,
    suggestion_rule, suggestion_reaction TO mallboard_merchandiser;
GRANT INSERT ON stage_history, activity_log TO mallboard_merchandiser;
-- "Map it once": tying a mall's order line to a product.
GRANT INSERT, UPDATE, DELETE ON item_mapping TO mallboard_merchandiser, mallboard_warehouse;
GRANT UPDATE (product_id) ON mall_order_item TO mallboard_merchandiser;

-- Warehouse: orders as the malls send them, packing, shipments.
GRANT INSERT, UPDATE ON mall_order_item, shipment TO mallboard_warehouse;

-- Manager: malls, the rules of suggestions, and the record of exports with personal data (which only a person who
-- is also warehouse can make, since the export reads the personal columns).
GRANT INSERT, UPDATE, DELETE ON mall TO mallboard_manager;
GRANT INSERT, UPDATE, DELETE ON suggestion_rule TO mallboard_manager;
GRANT SELECT, INSERT ON report_export_log TO mallboard_manager;

-- Any desktop syncs: it records how the last sync went, refreshes the mall's couriers, drains the outbox (which
-- confirms listings and shipments). Saving orders needs the warehouse; other desktops leave that to it.
GRANT INSERT, UPDATE, DELETE ON carrier TO mallboard_merchandiser, mallboard_warehouse, mallboard_manager;
GRANT UPDATE (connection_problem, last_sync_at, orders_synced_until, orders_reconciled_at, carriers_fetched_at)
    ON mall TO mallboard_merchandiser, mallboard_warehouse;
GRANT INSERT, UPDATE, DELETE ON outbox_job TO mallboard_merchandiser, mallboard_warehouse, mallboard_manager;
GRANT UPDATE (remote_product_no, synced_hash, synced_stock_key, synced_at, status, problem)
    ON listing TO mallboard_warehouse, mallboard_manager;
GRANT UPDATE (shipping_code, confirmed_at) ON shipment TO mallboard_merchandiser, mallboard_manager;

-- Saved board filters belong to whoever uses the board.
GRANT INSERT, UPDATE, DELETE ON saved_filter TO mallboard_merchandiser, mallboard_warehouse, mallboard_manager;

-- Settings: everyone reads them all; a role writes only the keys of its own screens, the manager every key.
-- The schema owner (who runs the migrations) is not subject to these policies.
GRANT INSERT, UPDATE, DELETE ON setting TO mallboard_merchandiser, mallboard_warehouse, mallboard_manager;
ALTER TABLE setting ENABLE ROW LEVEL SECURITY;
CREATE POLICY setting_read ON setting FOR SELECT USING (true);
CREATE POLICY setting_manager ON setting TO mallboard_manager USING (true) WITH CHECK (true);
CREATE POLICY setting_merchandiser ON setting TO mallboard_merchandiser
    USING (key LIKE 'board.%' OR key LIKE 'productImport.%' OR key LIKE 'suggest.%' OR key LIKE 'demo.%')
    WITH CHECK (key LIKE 'board.%' OR key LIKE 'productImport.%' OR key LIKE 'suggest.%' OR key LIKE 'demo.%');
CREATE POLICY setting_warehouse ON setting TO mallboard_warehouse
    USING (key LIKE 'packing.%' OR key LIKE 'labels.%' OR key LIKE 'trackingImport.%' OR key LIKE 'warehouse.%')
    WITH CHECK (key LIKE 'packing.%' OR key LIKE 'labels.%' OR key LIKE 'trackingImport.%'
                OR key LIKE 'warehouse.%');
