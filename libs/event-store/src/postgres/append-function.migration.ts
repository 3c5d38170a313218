/**
 * Migration 4: the whole append as one server-side function, so that an append outside a
 * transaction is one round trip, and one row per command instead of an index entry per event.
 * Shipped: never edit this text; a change is a new migration that replaces the function.
 *
 * Errors leave with SQLSTATEs of their own (read by `append-errors.ts`):
 * EV409 the expected version did not match (DETAIL: JSON of stream, expected and actual),
 * EV400 the stream belongs to another tenant, EV422 only some event ids are stored (DETAIL: those),
 * EV40R the transaction must start again with a newer id, EV410 a command id was reused with
 * another input (DETAIL: JSON of tenant and command id).
 */
export function appendFunctionMigration(s: string): string {
  return `
    CREATE TABLE ${s}.commands (
      tenant_id text NOT NULL,
      command_id text NOT NULL,
      input_hash text,
      global_positions bigint[] NOT NULL,
      PRIMARY KEY (tenant_id, command_id)
    );
    INSERT INTO ${s}.commands (tenant_id, command_id, global_positions)
      SELECT tenant_id, command_id, array_agg(global_position ORDER BY global_position)
        FROM ${s}.events GROUP BY tenant_id, command_id;
    DROP INDEX ${s}.events_by_command;
    ${appendEvents(s)}`;
}

/**
 * Streams come sorted by id (so two multi-stream appends lock in one order and cannot deadlock);
 * events come flat, each with the index of its stream (1-based) and its offset in that stream.
 */
function appendEvents(s: string): string {
  return `
    CREATE FUNCTION ${s}.append_events(
      stream_ids text[], expected text[], expected_versions bigint[], tenant_ids text[],
      event_counts int[],
      stream_of int[], offset_in int[], event_ids uuid[], types text[], schema_versions int[],
      data jsonb[], metadata jsonb[], command_ids text[], occurred_at timestamptz[],
      input_hash text, channel text)
    RETURNS TABLE (r_stream_id text, r_event_id uuid, r_stream_version bigint,
                   r_global_position bigint, r_already_stored boolean)
    LANGUAGE plpgsql AS $fn$
    DECLARE
      stored int;
      bases bigint[] := '{}';
      base bigint;
    BEGIN
      -- Planned afresh each call: a plan cached while the table was small scans it whole later.
      EXECUTE 'SELECT count(*) FROM ${s}.events e WHERE e.event_id = ANY($1)' INTO stored USING event_ids;
      IF stored > 0 THEN
        RETURN QUERY SELECT * FROM ${s}.already_appended(event_ids, stored, tenant_ids[1], command_ids[1], input_hash);
        RETURN;
      END IF;
      FOR i IN 1 .. cardinality(stream_ids) LOOP
        base := ${s}.lock_stream(stream_ids[i], expected[i], expected_versions[i], tenant_ids[i],
                                 event_counts[i]);
        bases := bases || base;
      END LOOP;
      RETURN QUERY
        WITH appended AS (
          INSERT INTO ${s}.events (stream_id, tenant_id, stream_version, event_id, type,
              schema_version, data, metadata, command_id, occurred_at)
            SELECT stream_ids[x.k], tenant_ids[x.k], bases[x.k] + x.o, x.e, x.t, x.sv, x.d, x.m, x.c, x.oc
              FROM unnest(stream_of, offset_in, event_ids, types, schema_versions, data, metadata,
                          command_ids, occurred_at) AS x(k, o, e, t, sv, d, m, c, oc)
          RETURNING stream_id, event_id, stream_version, global_position, tenant_id, command_id
        ), recorded AS (
          INSERT INTO ${s}.commands AS c (tenant_id, command_id, input_hash, global_positions)
            SELECT a.tenant_id, a.command_id,
                   CASE WHEN a.command_id = command_ids[1] THEN input_hash END,
                   array_agg(a.global_position ORDER BY a.global_position)
              FROM appended a GROUP BY a.tenant_id, a.command_id
          ON CONFLICT (tenant_id, command_id) DO UPDATE
            SET global_positions = c.global_positions || excluded.global_positions,
                input_hash = coalesce(c.input_hash, excluded.input_hash)
            WHERE c.input_hash IS NULL OR excluded.input_hash IS NULL OR c.input_hash = excluded.input_hash
          RETURNING 1
        ), counted AS (
          SELECT (SELECT count(*) FROM recorded) AS written,
                 (SELECT count(DISTINCT (a.tenant_id, a.command_id)) FROM appended a) AS wanted
        )
        SELECT a.stream_id, a.event_id, a.stream_version, a.global_position,
               ${s}.command_input_checked(n.written, n.wanted, tenant_ids[1], command_ids[1])
          FROM appended a CROSS JOIN counted n;
      -- The relay holds this lock while it sleeps, and only then needs waking. A notifying commit
      -- waits for every other one that notified (PostgreSQL keeps the queue in commit order), so
      -- a writer skips it when it can take the lock shared: held until its commit, it keeps the
      -- relay from falling asleep before these events are visible.
      IF NOT pg_try_advisory_xact_lock_shared(hashtext(channel)) THEN
        PERFORM pg_notify(channel, '');
      END IF;
    END $fn$;

    CREATE FUNCTION ${s}.command_input_checked(written bigint, wanted bigint, tenant text, command text)
    RETURNS boolean LANGUAGE plpgsql AS $fn$
    BEGIN
      IF written < wanted THEN
        RAISE EXCEPTION 'command % was sent before with another input', command USING ERRCODE = 'EV410',
          DETAIL = json_build_object('tenantId', tenant, 'commandId', command)::text;
      END IF;
      RETURN false;
    END $fn$;

    CREATE FUNCTION ${s}.already_appended(event_ids uuid[], stored int, tenant text, command text, input_hash text)
    RETURNS TABLE (r_stream_id text, r_event_id uuid, r_stream_version bigint,
                   r_global_position bigint, r_already_stored boolean)
    LANGUAGE plpgsql AS $fn$
    BEGIN
      IF stored < cardinality(event_ids) THEN
        RAISE EXCEPTION 'events are stored already, but not the rest of this append' USING ERRCODE = 'EV422',
          DETAIL = (SELECT string_agg(e.event_id::text, ',' ORDER BY e.global_position)
                      FROM ${s}.events e WHERE e.event_id = ANY(event_ids));
      END IF;
      IF EXISTS (SELECT 1 FROM ${s}.commands c WHERE c.tenant_id = tenant AND c.command_id = command
                   AND c.input_hash <> already_appended.input_hash) THEN
        PERFORM ${s}.command_input_checked(0, 1, tenant, command);
      END IF;
      RETURN QUERY SELECT e.stream_id, e.event_id, e.stream_version, e.global_position, true
        FROM ${s}.events e WHERE e.event_id = ANY(event_ids) ORDER BY e.global_position;
    END $fn$;

    -- Locks the stream (creating it when new), checks the expected version, sets the version the
    -- append leaves it at, and returns the version it had. The expected version is a kind (any,
    -- no_stream, stream_exists, version) and, for the kind version, a number.
    CREATE FUNCTION ${s}.lock_stream(stream text, expected text, expected_version bigint,
                                     tenant text, event_count int)
    RETURNS bigint LANGUAGE plpgsql AS $fn$
    DECLARE
      label text := coalesce(expected_version::text, expected);
      found_version bigint;
      found_tenant text;
      in_order boolean;
    BEGIN
      -- A new stream needs no look-up first: its insert either creates it or finds it taken.
      IF expected = 'no_stream' OR expected_version = 0 THEN
        INSERT INTO ${s}.streams (stream_id, tenant_id, version, last_transaction_id)
          VALUES (stream, tenant, event_count, pg_current_xact_id()) ON CONFLICT (stream_id) DO NOTHING;
        IF FOUND THEN
          RETURN 0;
        END IF;
        PERFORM ${s}.version_mismatch(stream, label,
          (SELECT st.version::text FROM ${s}.streams st WHERE st.stream_id = stream));
      END IF;
      LOOP
        SELECT st.version, st.tenant_id, st.last_transaction_id < pg_current_xact_id()
          INTO found_version, found_tenant, in_order
          FROM ${s}.streams st WHERE st.stream_id = stream FOR UPDATE;
        IF FOUND THEN
          IF expected = 'no_stream' OR (expected = 'version' AND expected_version <> found_version) THEN
            PERFORM ${s}.version_mismatch(stream, label, found_version::text);
          END IF;
          IF found_tenant <> tenant THEN
            RAISE EXCEPTION 'stream % belongs to another tenant', stream USING ERRCODE = 'EV400';
          END IF;
          -- An older transaction id would sort this append before the stream's last one in the feed.
          IF NOT in_order THEN
            RAISE EXCEPTION 'stream %: start again with a newer transaction', stream USING ERRCODE = 'EV40R';
          END IF;
          UPDATE ${s}.streams SET version = found_version + event_count,
              last_transaction_id = pg_current_xact_id(), updated_at = now()
            WHERE stream_id = stream;
          RETURN found_version;
        END IF;
        IF expected = 'stream_exists' OR (expected = 'version' AND expected_version <> 0) THEN
          PERFORM ${s}.version_mismatch(stream, label, 'no_stream');
        END IF;
        -- A concurrent creator of the same stream makes this insert wait for it, then do nothing.
        INSERT INTO ${s}.streams (stream_id, tenant_id, version, last_transaction_id)
          VALUES (stream, tenant, event_count, pg_current_xact_id()) ON CONFLICT (stream_id) DO NOTHING;
        IF FOUND THEN
          RETURN 0;
        END IF;
        IF expected <> 'any' THEN
          PERFORM ${s}.version_mismatch(stream, label,
            (SELECT st.version::text FROM ${s}.streams st WHERE st.stream_id = stream));
        END IF;
        -- With any expected version the stream another append just created is locked and used.
      END LOOP;
    END $fn$;

    CREATE FUNCTION ${s}.version_mismatch(stream text, expected text, actual text)
    RETURNS void LANGUAGE plpgsql AS $fn$
    BEGIN
      RAISE EXCEPTION 'stream %: expected version %, actual %', stream, expected, actual
        USING ERRCODE = 'EV409',
        DETAIL = json_build_object('streamId', stream, 'expected', expected, 'actual', actual)::text;
    END $fn$;`;
}
