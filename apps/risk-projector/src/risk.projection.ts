import { type EventEnvelope, Topics } from '@lib/contracts';
import { DEFAULT_SCORING_RULES, type ScoringRules } from '@lib/domain';
import {
  migrateDivisionCollaborationMatrix,
  migrateLeaderSocialCapital,
  migratePeerLoad,
  migrateStrategicProjectRisk,
  migrateSupportCommitmentLedger,
  migrateTieLedger,
  type Queryable,
  schemaIdentifier,
} from '@lib/read-models';
import type { Projection } from '@lib/projections';
import { refreshDerivedRows } from './derivations/refresh';
import { evaluationInstant, migrateEvaluations } from './evaluation/evaluations.schema';
import { lockTenant } from './evaluation/tenant-evaluation';
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
 * The time-dependent ones (loads, social capital, risk) also depend on when they were evaluated,
 * so a rebuilt copy differs from the live one until the next evaluation, by design.
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
 * then the rows derived from the inputs it touched are derived again, so the read models depend
 * on the set of events, never on the order the three topics interleave in.
 */
export function riskProjection(rules: ScoringRules = DEFAULT_SCORING_RULES): Projection {
  return {
    name: 'risk',
    topics: [Topics.org, Topics.peer, Topics.strategy],
    tables: EVENT_DERIVED_TABLES,
    migrate: (db, schema) => migrateRiskSchema(db, schema),
    apply: (db, schema, event) => applyEvent(db, schema, event, rules),
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

async function applyEvent(
  db: Queryable,
  schema: string,
  envelope: EventEnvelope,
  rules: ScoringRules,
): Promise<void> {
  const write = writers[envelope.type];
  if (!write) return;
  const s = schemaIdentifier(schema);
  const event = inputEventOf(envelope);
  await lockTenant(db, s, event.tenantId, 'shared');
  const asOf = await evaluationInstant(db, s, event.tenantId);
  const touched = new Touched();
  await write({ db, s, asOf, touched, rules }, event as never);
  await refreshDerivedRows({ db, s, tenantId: event.tenantId, rules }, touched, asOf);
}
