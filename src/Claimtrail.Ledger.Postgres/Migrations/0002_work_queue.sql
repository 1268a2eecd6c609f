-- Version 2: the work queue that claimtrail worker processes, on any number of machines, share. An item is a
-- document to analyse and store; a worker leases a few at a time (FOR UPDATE SKIP LOCKED, so workers never
-- wait for each other) until lease_until, and marks each done. A killed worker's lease runs out and another
-- worker takes the item; storing a report twice changes nothing (its id is its content hash), so an item
-- taken over after its report was stored ends as a duplicate, never as a second copy.
-- PostgreSQL only: the embedded SQLite ledger has one process and no queue.

CREATE TABLE work_items (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source      text NOT NULL,                  -- the path or URL the document was read from
    content     text NOT NULL,                  -- the document itself, so any machine can take the item
    enqueued_at timestamptz NOT NULL DEFAULT now(),
    attempts    integer NOT NULL DEFAULT 0,     -- leases taken; an item failing every time stops at a limit
    leased_by   text,
    lease_until timestamptz,
    done_at     timestamptz,
    outcome     text,                           -- new, duplicate, failed
    error       text
);

CREATE INDEX work_items_pending ON work_items (id) WHERE done_at IS NULL;
