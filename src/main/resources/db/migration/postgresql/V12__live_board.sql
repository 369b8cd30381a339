-- Mallboard schema, version 12: the live board of team mode (issue 8). After every statement that changes what a
-- board card shows, the server tells every listening desktop which products changed, on the channel
-- mallboard_changes. One notification per statement, not per row: a 10,000-row import sends one, and it says "*"
-- (reload everything) instead of ids once the ids would not fit the server's 8,000-byte payload limit.
-- Payload: the ids separated by commas, e.g. "12,40,41", or "*".

CREATE FUNCTION mallboard_notify_changes() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    id_column CONSTANT text := TG_ARGV[0];
    ids text;
BEGIN
    IF TG_OP = 'DELETE' THEN
        EXECUTE format('SELECT string_agg(DISTINCT %I::text, '','') FROM old_rows', id_column) INTO ids;
    ELSE
        EXECUTE format('SELECT string_agg(DISTINCT %I::text, '','') FROM new_rows', id_column) INTO ids;
    END IF;
    IF ids IS NOT NULL THEN
        PERFORM pg_notify('mallboard_changes', CASE WHEN length(ids) > 7000 THEN '*' ELSE ids END);
    END IF;
    RETURN NULL;
END;
$$;

-- A trigger with transition tables serves one event, so each table gets three.
DO $$
DECLARE
    watched CONSTANT text[][] := ARRAY[
        ARRAY['product', 'id'], ARRAY['product_tag', 'product_id'], ARRAY['checklist_action', 'product_id'],
        ARRAY['listing', 'product_id'], ARRAY['mall_order_item', 'product_id'],
        ARRAY['suggestion_reaction', 'product_id'], ARRAY['product_option', 'product_id']];
    pair text[];
BEGIN
    FOREACH pair SLICE 1 IN ARRAY watched LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows '
            'FOR EACH STATEMENT EXECUTE FUNCTION mallboard_notify_changes(%L)', pair[1] || '_notify_insert', pair[1], pair[2]);
        EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING NEW TABLE AS new_rows '
            'FOR EACH STATEMENT EXECUTE FUNCTION mallboard_notify_changes(%L)', pair[1] || '_notify_update', pair[1], pair[2]);
        EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows '
            'FOR EACH STATEMENT EXECUTE FUNCTION mallboard_notify_changes(%L)', pair[1] || '_notify_delete', pair[1], pair[2]);
    END LOOP;
END $$;
