-- Mallboard schema, version 9: a checklist action the stage gate requires done (issue 5, stage action plan).
-- Set when a suggestion whose rule says "required by the gate" is accepted, or when a manager marks an action;
-- actions that were there before stay optional.

ALTER TABLE checklist_action ADD COLUMN required_by_gate INTEGER NOT NULL DEFAULT 0;

-- The board reads every open required action at once; most actions are optional or done, so index only the rest.
CREATE INDEX checklist_action_open_required ON checklist_action (product_id) WHERE required_by_gate = 1 AND done = 0;
