import { type Queryable, schemaIdentifier } from '../queryable';

/** Its tables, in the order a rebuild compares or swaps them. */
export const TRUST_ASSESSMENT_TABLES = [
  'trust_assessment_inputs',
  'trust_peer_rating_inputs',
  'trust_assessment_results',
];

// No column holds a rater: ratings are kept by their place in the stream, with their answers.
export async function migrateTrustAssessmentResults(db: Queryable, schema: string): Promise<void> {
  const s = schemaIdentifier(schema);
  await db.query(`
    SELECT pg_advisory_xact_lock(hashtext('trust-assessment-results:${s}'));
    CREATE SCHEMA IF NOT EXISTS ${s};
    CREATE TABLE IF NOT EXISTS ${s}.trust_assessment_inputs (
      tenant_id text NOT NULL,
      assessment_id text NOT NULL,
      subject_id text NOT NULL,
      subject_div_id text NOT NULL,
      instrument_version int NOT NULL,
      self_assessed_at timestamptz NOT NULL,
      self jsonb NOT NULL,
      invited_count int NOT NULL DEFAULT 0,
      closed boolean NOT NULL DEFAULT false,
      PRIMARY KEY (tenant_id, assessment_id)
    );
    CREATE TABLE IF NOT EXISTS ${s}.trust_peer_rating_inputs (
      tenant_id text NOT NULL,
      assessment_id text NOT NULL,
      stream_version bigint NOT NULL,
      answers jsonb NOT NULL,
      scores jsonb NOT NULL,
      PRIMARY KEY (tenant_id, assessment_id, stream_version)
    );
    CREATE TABLE IF NOT EXISTS ${s}.trust_assessment_results (
      tenant_id text NOT NULL,
      assessment_id text NOT NULL,
      subject_id text NOT NULL,
      subject_div_id text NOT NULL,
      self_assessed_at timestamptz NOT NULL,
      result jsonb NOT NULL,
      peers_released boolean NOT NULL,
      rule_version int NOT NULL,
      PRIMARY KEY (tenant_id, assessment_id)
    );
    CREATE INDEX IF NOT EXISTS trust_assessment_results_by_subject
      ON ${s}.trust_assessment_results (tenant_id, subject_id, self_assessed_at DESC);
  `);
}
