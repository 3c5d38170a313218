import { type EventEnvelope, Topics } from '@lib/contracts';
import { DEFAULT_SCORING_RULES, type ScoringRules } from '@lib/domain';
import {
  byCodePoint,
  migrateDivisionCollaborationMatrix,
  migrateLeaderSocialCapital,
  migratePeerLoad,
  migrateStrategicProjectRisk,
  migrateSupportCommitmentLedger,
  migrateTieLedger,
  type Queryable,
  schemaIdentifier,
} from '@lib/read-models';
import type { Projection, ProjectionBatch } from '@lib/projections';
import { refreshDerivedRows } from './derivations/refresh';
import { evaluationInstant, migrateEvaluations } from './evaluation/evaluations.schema';
import { evaluateAsOf, lockTenant } from './evaluation/tenant-evaluation';
import { INPUT_TABLES, migrateInputs } from './inputs/inputs.schema';
import { inputEventOf } from './inputs/input-event';
import { orgInputs } from './inputs/org-inputs';
import { peerInputs } from './inputs/peer-inputs';
import { strategyInputs } from './inputs/strategy-inputs';
import { Touched } from './inputs/touched';
import type { InputWriter } from './inputs/writer';

const writers: Readonly<Record<string, InputWriter<never>>> = {
  ...orgInputs,
  ...peerInputs,
  ...strategyInputs,
};

/**
 * The tables a rebuild compares: the inputs and the read models that depend on events alone.
 * The time-dependent ones (loads, social capital, risk) also depend on when and how often they
 * were evaluated (the overload hysteresis counts daily evaluations): a rebuild evaluates each
 * tenant once, as of the live schema's last evaluation, before the swap, so they are not compared.
 */
export const EVENT_DERIVED_TABLES = [
  ...INPUT_TABLES,
  'help_units',
  'tie_ledger',
  'division_collaboration',
  'support_commitments',
] as const;

/**
 * The risk projection (DOMAIN §4, §5.1–5.3, §5.5): every event is stored as normalised inputs,
 * and at the end of its batch the rows derived from the inputs the batch touched are derived
 * again, so the read models depend on the set of events, never on the order the three topics
 * interleave in nor on where batches begin and end.
 */
export function riskProjection(rules: ScoringRules = DEFAULT_SCORING_RULES): Projection {
  return {
    name: 'risk',
    topics: [Topics.org, Topics.peer, Topics.strategy],
    tables: EVENT_DERIVED_TABLES,
    migrate: (db, schema) => migrateRiskSchema(db, schema),
    apply: async (db, schema, event) => {
      const batch = await RiskBatch.open(db, schemaIdentifier(schema), rules, [event]);
      await batch.apply(event);
      await batch.complete();
    },
    openBatch: (db, schema, events) => RiskBatch.open(db, schemaIdentifier(schema), rules, events),
    prepareSwap: (pool, shadowSchema, liveSchema) =>
      evaluateAsOf(pool, shadowSchema, liveSchema, rules),
  };
}

export async function migrateRiskSchema(db: Queryable, schema: string): Promise<void> {
  const s = schemaIdentifier(schema);
  await migrateInputs(db, s);
  await migrateTieLedger(db, s);
  await migrateDivisionCollaborationMatrix(db, s);
  await migrateSupportCommitmentLedger(db, s);
  await migratePeerLoad(db, s);
  await migrateStrategicProjectRisk(db, s);
  await migrateLeaderSocialCapital(db, s);
  await migrateEvaluations(db, s);
}

/** What a batch changed of one tenant, and the evaluation instant its events are written as of. */
interface TenantChanges {
  asOf: Date | null;
  touched: Touched;
}

/**
 * A batch of the risk projection: each event is stored as inputs and notes what it touched; the
 * rows derived from those inputs are derived once per tenant at the end. Deriving a collaboration
 * cell or a tie balance reads every input behind it, so doing it per event made the time per
 * event grow with the history.
 *
 * A batch holds its tenants' locks from its start to its commit, taken in tenant order: projector
 * instances apply different partitions at the same time, and an event's inputs are joined with
 * other streams' (a decline with the later request its suggested peer fulfilled), so two batches
 * of one tenant would each miss what the other had not committed yet. Tenant order keeps two
 * batches from deadlocking; the same lock keeps the tenant's evaluation out.
 */
class RiskBatch implements ProjectionBatch {
  private constructor(
    private readonly db: Queryable,
    private readonly s: string,
    private readonly rules: ScoringRules,
    private readonly tenants: Map<string, TenantChanges>,
  ) {}

  static async open(
    db: Queryable,
    s: string,
    rules: ScoringRules,
    events: readonly EventEnvelope[],
  ): Promise<RiskBatch> {
    const tenantIds = new Set(
      events.filter((event) => writers[event.type]).map((event) => event.metadata.tenantId),
    );
    const tenants = new Map<string, TenantChanges>();
    for (const tenantId of [...tenantIds].sort(byCodePoint)) {
      await lockTenant(db, s, tenantId);
      tenants.set(tenantId, {
        asOf: await evaluationInstant(db, s, tenantId),
        touched: new Touched(),
      });
    }
    return new RiskBatch(db, s, rules, tenants);
  }

  async apply(envelope: EventEnvelope): Promise<void> {
    const write = writers[envelope.type];
    if (!write) return;
    const event = inputEventOf(envelope);
    const tenant = this.tenants.get(event.tenantId);
    if (!tenant)
      throw new Error(`${event.eventId} was not among the events its batch was opened with`);
    await write({ db: this.db, s: this.s, rules: this.rules, ...tenant }, event as never);
  }

  async complete(): Promise<void> {
    const { db, s, rules } = this;
    for (const [tenantId, { asOf, touched }] of this.tenants)
      await refreshDerivedRows({ db, s, tenantId, rules }, touched, asOf);
  }
}
