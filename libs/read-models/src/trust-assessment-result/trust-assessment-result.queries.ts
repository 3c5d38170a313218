import { type Queryable, schemaIdentifier } from '../queryable';
import type { TrustAssessmentResult } from './trust-assessment-result.derive';

/**
 * A subject's own results. Only the subject may read them (a manager sees nothing unless the
 * subject shares it; executives see aggregates only): callers check who asks.
 */
export class TrustAssessmentResultQueries {
  private readonly s: string;

  constructor(
    private readonly db: Queryable,
    schema: string,
  ) {
    this.s = schemaIdentifier(schema);
  }

  async resultOf(
    tenantId: string,
    assessmentId: string,
  ): Promise<TrustAssessmentResult | undefined> {
    const { rows } = await this.db.query<{ result: TrustAssessmentResult }>(
      `SELECT result FROM ${this.s}.trust_assessment_results
       WHERE tenant_id = $1 AND assessment_id = $2`,
      [tenantId, assessmentId],
    );
    return rows[0]?.result;
  }

  /** Newest first. */
  async resultsOfSubject(tenantId: string, subjectId: string): Promise<TrustAssessmentResult[]> {
    const { rows } = await this.db.query<{ result: TrustAssessmentResult }>(
      `SELECT result FROM ${this.s}.trust_assessment_results
       WHERE tenant_id = $1 AND subject_id = $2 ORDER BY self_assessed_at DESC, assessment_id`,
      [tenantId, subjectId],
    );
    return rows.map(({ result }) => result);
  }
}
