import { randomUUID } from 'node:crypto';
import { testEnvironment } from '@lib/testing';
import { Pool } from 'pg';
import { uniqueSchema } from '../../test/event-factory';
import { type TallyCommand, tallyDecider, TallyRuleError } from '../../test/tally.decider';
import { migrateEventStore } from '../postgres/migrations';
import { PgEventStore } from '../postgres/pg-event-store';
import { PgSnapshotStore } from '../snapshots/pg-snapshot-store';
import { CommandIdReusedError } from '../errors';
import { CommandHandler } from './command-handler';

function add(amount: number, commandId: string = randomUUID()): TallyCommand {
  return {
    type: 'AddToTally',
    data: { amount },
    metadata: {
      tenantId: 'tenant-a',
      actorId: 'leader-1',
      commandId,
      now: '2026-03-02T10:00:00.000Z',
    },
  };
}

describe('handling a command', () => {
  const pool = new Pool({ connectionString: testEnvironment().databaseUrl, max: 10 });
  const schema = uniqueSchema('cmd');
  const store = new PgEventStore(pool, { schema });
  const snapshots = new PgSnapshotStore(pool, schema);
  const handler = new CommandHandler(store, snapshots, 10);
  const stream = () => `tally-${randomUUID()}`;

  beforeAll(() => migrateEventStore(pool, schema));
  afterAll(async () => {
    await pool.query(`DROP SCHEMA ${schema} CASCADE`);
    await pool.end();
  });

  describe('when the decider accepts it', () => {
    it('appends its events with the command metadata and returns their ids and positions', async () => {
      const streamId = stream();
      const command = add(3);
      const result = await handler.handleCommand(tallyDecider, streamId, command);

      expect(result).toMatchObject({ streamId, streamVersion: 1, replayed: false });
      const [stored] = await store.readStream(streamId);
      expect(result.events).toEqual([
        {
          eventId: stored.eventId,
          type: 'TallyIncreased',
          streamVersion: 1,
          globalPosition: stored.globalPosition,
        },
      ]);
      expect(stored.data).toEqual({ amount: 3, at: '2026-03-02T10:00:00.000Z' });
      expect(stored.metadata).toMatchObject({
        tenantId: 'tenant-a',
        actorId: 'leader-1',
        commandId: command.metadata.commandId,
        correlationId: command.metadata.commandId,
        causationId: command.metadata.commandId,
        occurredAt: '2026-03-02T10:00:00.000Z',
      });
    });
  });

  describe('when the decider rejects it', () => {
    it('raises the rule and appends nothing', async () => {
      const streamId = stream();
      await handler.handleCommand(tallyDecider, streamId, add(1));
      await expect(handler.handleCommand(tallyDecider, streamId, add(-1))).rejects.toThrow(
        TallyRuleError,
      );
      expect(await store.readStream(streamId)).toHaveLength(1);
    });
  });

  describe('when the same command id arrives twice', () => {
    it('returns the first result and appends nothing more', async () => {
      const streamId = stream();
      const command = add(5);
      const first = await handler.handleCommand(tallyDecider, streamId, command);
      const second = await handler.handleCommand(tallyDecider, streamId, command);
      expect(second).toEqual({ ...first, replayed: true });
      expect(await store.readStream(streamId)).toHaveLength(1);
    });

    it('appends once even when both copies race', async () => {
      const streamId = stream();
      const command = add(5);
      await Promise.all(
        [1, 2, 3].map(() => handler.handleCommand(tallyDecider, streamId, command)),
      );
      expect(await store.readStream(streamId)).toHaveLength(1);
    });
  });

  describe('when the same command id arrives again with another input', () => {
    it('refuses it as a reused command id and appends nothing more', async () => {
      const streamId = stream();
      const first = add(5);
      await handler.handleCommand(tallyDecider, streamId, first);
      const reused = add(7, first.metadata.commandId);
      await expect(handler.handleCommand(tallyDecider, streamId, reused)).rejects.toMatchObject({
        name: 'CommandIdReusedError',
        commandId: first.metadata.commandId,
      });
      expect((await store.readStream(streamId)).map((e) => e.data)).toEqual([
        { amount: 5, at: '2026-03-02T10:00:00.000Z' },
      ]);
    });

    it('refuses it for another stream too', async () => {
      const first = add(5);
      await handler.handleCommand(tallyDecider, stream(), first);
      const elsewhere = stream();
      await expect(handler.handleCommand(tallyDecider, elsewhere, first)).rejects.toBeInstanceOf(
        CommandIdReusedError,
      );
      expect(await store.readStream(elsewhere)).toEqual([]);
    });

    it('refuses the one that loses when both copies race', async () => {
      const streamId = stream();
      const commandId = randomUUID();
      const outcomes = await Promise.allSettled(
        [3, 4].map((amount) =>
          handler.handleCommand(tallyDecider, streamId, add(amount, commandId)),
        ),
      );
      expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
      const refused = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
      expect(refused?.reason).toBeInstanceOf(CommandIdReusedError);
      expect(await store.readStream(streamId)).toHaveLength(1);
    });

    it('still answers a copy with the same input but newer facts with its first result', async () => {
      const streamId = stream();
      const command = add(5);
      const first = await handler.handleCommand(tallyDecider, streamId, command);
      // Facts are what the service looked up: a retry may find them moved on.
      const facts = { amount: 5, facts: { seen: 1 } } as { amount: number };
      const withFacts: TallyCommand = { ...command, type: 'AddToTally', data: facts };
      const again = await handler.handleCommand(tallyDecider, streamId, withFacts);
      expect(again).toEqual({ ...first, replayed: true });
    });
  });

  describe('when other commands on the stream commit first', () => {
    it('decides again on the new state and succeeds within its retries', async () => {
      const streamId = stream();
      await Promise.all(
        Array.from({ length: 6 }, () => handler.handleCommand(tallyDecider, streamId, add(2))),
      );
      const { state, version } = await handler.load(tallyDecider, streamId);
      expect(version).toBe(6);
      expect(state).toEqual({ status: 'open', total: 12, additions: 6 });
    });
  });

  describe('on a long stream with snapshots', () => {
    it('loads the same state with and without the snapshot', async () => {
      const streamId = stream();
      const policy = { every: 5, stateVersion: 1 };
      for (let i = 1; i <= 23; i++)
        await handler.handleCommand(tallyDecider, streamId, add(i), policy);

      const snapshot = await snapshots.load(streamId, 'tally', 1);
      expect(snapshot?.streamVersion).toBe(20);
      const withSnapshot = await handler.load(tallyDecider, streamId, policy);
      const withoutSnapshot = await new CommandHandler(store).load(tallyDecider, streamId);
      expect(withSnapshot).toEqual(withoutSnapshot);
      expect(withoutSnapshot).toEqual({
        state: { status: 'open', total: 276, additions: 23 },
        version: 23,
      });
    });

    it('ignores a snapshot of another state shape', async () => {
      const streamId = stream();
      for (let i = 1; i <= 5; i++)
        await handler.handleCommand(tallyDecider, streamId, add(1), { every: 5, stateVersion: 1 });
      const loaded = await handler.load(tallyDecider, streamId, { every: 5, stateVersion: 2 });
      expect(loaded).toEqual({ state: { status: 'open', total: 5, additions: 5 }, version: 5 });
    });
  });
});
