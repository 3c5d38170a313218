import type { EventEnvelope } from '@lib/contracts';
import type { ComponentScores, TrustAnswer } from '@lib/domain';
import { type Queryable, schemaIdentifier } from '../queryable';
import {
  deriveTrustAssessmentResult,
  type TrustAssessmentInputs,
} from './trust-assessment-result.derive';

export const TRUST_ASSESSMENT_EVENT_TYPES = [
  'TrustSelfAssessmentSubmitted',
  'PeerTrustRatingsRequested',
  'PeerTrustRatingSubmitted',
  'TrustAssessmentRoundClosed',
];

type Answered = { answers: TrustAnswer[]; scores: ComponentScores };
type AssessmentEventData = {
  assessmentId: string;
  subjectId: string;
  subjectDivId: string;
  instrumentVersion: number;
  raters?: unknown[];
} & Partial<Answered>;

/**
 * Keeps an assessment's inputs (the self-assessment, how many were invited, each rating's answers
 * by stream position) and derives its result again. The rater index and reference of the events
 * are dropped here: the read side has no use for them.
 */
export async function projectTrustAssessmentEvent(
  db: Queryable,
  schema: string,
  event: EventEnvelope,
): Promise<void> {
  const s = schemaIdentifier(schema);
  const data = event.data as AssessmentEventData;
  const key = [event.metadata.tenantId, data.assessmentId];
  switch (event.type) {
    case 'TrustSelfAssessmentSubmitted':
      await db.query(
        `INSERT INTO ${s}.trust_assessment_inputs (tenant_id, assessment_id, subject_id,
           subject_div_id, instrument_version, self_assessed_at, self)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING`,
        [
          ...key,
          data.subjectId,
          data.subjectDivId,
          data.instrumentVersion,
          event.metadata.occurredAt,
          JSON.stringify({ answers: data.answers, scores: data.scores }),
        ],
      );
      break;
    case 'PeerTrustRatingsRequested':
      await db.query(
        `UPDATE ${s}.trust_assessment_inputs SET invited_count = $3
         WHERE tenant_id = $1 AND assessment_id = $2`,
        [...key, data.raters?.length ?? 0],
      );
      break;
    case 'PeerTrustRatingSubmitted':
      await db.query(
        `INSERT INTO ${s}.trust_peer_rating_inputs
           (tenant_id, assessment_id, stream_version, answers, scores)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
        [...key, event.streamVersion, JSON.stringify(data.answers), JSON.stringify(data.scores)],
      );
      break;
    case 'TrustAssessmentRoundClosed':
      await db.query(
        `UPDATE ${s}.trust_assessment_inputs SET closed = true
         WHERE tenant_id = $1 AND assessment_id = $2`,
        key,
      );
      break;
    default:
      return;
  }
  await deriveAgain(db, s, key[0], key[1]);
}

async function deriveAgain(db: Queryable, s: string, tenantId: string, assessmentId: string) {
  const inputs = await loadInputs(db, s, tenantId, assessmentId);
  if (!inputs) return;
  const result = deriveTrustAssessmentResult(inputs);
  await db.query(
    `INSERT INTO ${s}.trust_assessment_results (tenant_id, assessment_id, subject_id,
       subject_div_id, self_assessed_at, result, peers_released, rule_version)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (tenant_id, assessment_id) DO UPDATE SET subject_div_id = EXCLUDED.subject_div_id,
       result = EXCLUDED.result, peers_released = EXCLUDED.peers_released,
       rule_version = EXCLUDED.rule_version`,
    [
      tenantId,
      assessmentId,
      result.subjectId,
      result.subjectDivId,
      result.selfAssessedAt,
      JSON.stringify(result),
      result.peers !== undefined,
      result.ruleVersion,
    ],
  );
}

async function loadInputs(
  db: Queryable,
  s: string,
  tenantId: string,
  assessmentId: string,
): Promise<TrustAssessmentInputs | undefined> {
  const { rows } = await db.query<{
    subject_id: string;
    subject_div_id: string;
    instrument_version: number;
    self_assessed_at: Date;
    self: Answered;
    invited_count: number;
    closed: boolean;
  }>(`SELECT * FROM ${s}.trust_assessment_inputs WHERE tenant_id = $1 AND assessment_id = $2`, [
    tenantId,
    assessmentId,
  ]);
  const row = rows[0];
  if (!row) return undefined;
  const ratings = await db.query<Answered>(
    `SELECT answers, scores FROM ${s}.trust_peer_rating_inputs
     WHERE tenant_id = $1 AND assessment_id = $2 ORDER BY stream_version`,
    [tenantId, assessmentId],
  );
  return {
    tenantId,
    assessmentId,
    subjectId: row.subject_id,
    subjectDivId: row.subject_div_id,
    instrumentVersion: row.instrument_version,
    selfAssessedAt: row.self_assessed_at.toISOString(),
    self: row.self,
    invitedCount: row.invited_count,
    closed: row.closed,
    ratings: ratings.rows,
  };
}
