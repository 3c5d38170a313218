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
import { loadBreachedRequests, loadRequestRows } from './inputs/request-rows';
import { TenantInputs } from './inputs/tenant-inputs';
import { Touched } from './inputs/touched';
import { writeTenantInputs } from './inputs/write-inputs';
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
 * The risk projection (domain README §4, §5.1–5.3, §5.5): every event is stored as normalised inputs,
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

const MOVES_OR_BREACHES = new Set([
  'PeerRequestRedirected',
  'PeerRequestResponseSlaBreached',
  'PeerRequestDeliverySlaBreached',
]);

/** What a batch changed of one tenant, and the evaluation instant its events are written as of. */
interface TenantChanges {
  asOf: Date | null;
  touched: Touched;
  inputs: TenantInputs;
}

/**
 * A batch of the risk projection: each event changes the batch's inputs in memory and notes what
 * it touched; at the end the inputs are written, each table in one statement, and the rows
 * derived from them are derived once per tenant. Deriving a collaboration cell or a tie balance
 * reads every input behind it, so doing it per event made the time per event grow with the
 * history, and so did a few statements per event to store the inputs.
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
    const requestIds = new Map<string, Set<string>>();
    // Whether a request had passed an SLA matters to the matrix only when it moves or passes one.
    const breachable = new Set<string>();
    for (const event of events) {
      if (!writers[event.type]) continue;
      const ids = requestIds.get(event.metadata.tenantId) ?? new Set<string>();
      const requestId = (event.data as { requestId?: unknown }).requestId;
      if (typeof requestId === 'string') {
        ids.add(requestId);
        if (MOVES_OR_BREACHES.has(event.type)) breachable.add(requestId);
      }
      requestIds.set(event.metadata.tenantId, ids);
    }
    const tenants = new Map<string, TenantChanges>();
    for (const tenantId of [...requestIds.keys()].sort(byCodePoint)) {
      await lockTenant(db, s, tenantId);
      const ids = [...(requestIds.get(tenantId) as Set<string>)];
      tenants.set(tenantId, {
        asOf: await evaluationInstant(db, s, tenantId),
        touched: new Touched(),
        inputs: new TenantInputs(
          await loadRequestRows(db, s, tenantId, ids),
          await loadBreachedRequests(
            db,
            s,
            tenantId,
            ids.filter((id) => breachable.has(id)),
          ),
        ),
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
    try {
      await write({ db: this.db, s: this.s, rules: this.rules, ...tenant }, event as never);
      tenant.inputs.commit();
    } catch (error) {
      tenant.inputs.rollback();
      throw error;
    }
  }

  async complete(): Promise<void> {
    const { db, s, rules } = this;
    for (const [tenantId, { asOf, touched, inputs }] of this.tenants) {
      await writeTenantInputs({ db, s, tenantId, rules, asOf, touched }, inputs);
      await refreshDerivedRows({ db, s, tenantId, rules }, touched, asOf);
    }
  }
}
