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
      const batch = new RiskBatch(db, schemaIdentifier(schema), rules);
      await batch.apply(event);
      await batch.complete();
    },
    openBatch: (db, schema) => new RiskBatch(db, schemaIdentifier(schema), rules),
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

/** What a batch changed of one tenant, and the evaluation instant its events were written as of. */
interface TenantChanges {
  asOf: Date | null;
  touched: Touched;
}

/**
 * A batch of the risk projection: each event is stored as inputs and notes what it touched; the
 * rows derived from those inputs are derived once per tenant at the end. Deriving a collaboration
 * cell or a tie balance reads every input behind it, so doing it per event made the time per
 * event grow with the history.
 */
class RiskBatch implements ProjectionBatch {
  private readonly tenants = new Map<string, TenantChanges>();

  constructor(
    private readonly db: Queryable,
    private readonly s: string,
    private readonly rules: ScoringRules,
  ) {}

  async apply(envelope: EventEnvelope): Promise<void> {
    const write = writers[envelope.type];
    if (!write) return;
    const event = inputEventOf(envelope);
    const tenant = await this.tenant(event.tenantId);
    await write({ db: this.db, s: this.s, rules: this.rules, ...tenant }, event as never);
  }

  async complete(): Promise<void> {
    const { db, s, rules } = this;
    for (const [tenantId, { asOf, touched }] of [...this.tenants].sort(([a], [b]) =>
      byCodePoint(a, b),
    )) {
      // Taken again: a lock taken in a savepoint that was rolled back went with it.
      await lockTenant(db, s, tenantId, 'shared');
      const now = await evaluationInstant(db, s, tenantId);
      // An evaluation slipped in: what the writers compared against is no longer the instant.
      if (now?.getTime() !== asOf?.getTime()) touched.allProjects = true;
      await refreshDerivedRows({ db, s, tenantId, rules }, touched, now);
    }
    this.tenants.clear();
  }

  /** The tenant's changes so far, locked against its evaluation on first sight in the batch. */
  private async tenant(tenantId: string): Promise<TenantChanges> {
    let tenant = this.tenants.get(tenantId);
    if (!tenant) {
      await lockTenant(this.db, this.s, tenantId, 'shared');
      const asOf = await evaluationInstant(this.db, this.s, tenantId);
      tenant = { asOf, touched: new Touched() };
      this.tenants.set(tenantId, tenant);
    }
    return tenant;
  }
}
