import type { ComponentScores } from '@lib/domain';
import { type Queryable, schemaIdentifier } from '../queryable';
import type { TrustAssessmentResult } from '../trust-assessment-result';
import {
  aggregateOver,
  aggregatesByDivision,
  type AssessedLeader,
  type AssessmentAggregate,
} from './assessment-aggregates.derive';

/**
 * AssessmentAggregates, k-anonymous in the read layer: built from each leader's latest result at
 * query time, so no stored row holds a small group's figure. For executives and admins; the
 * subjects' own results are not reachable through it.
 */
export class AssessmentAggregatesQueries {
  private readonly s: string;

  constructor(
    private readonly db: Queryable,
    schema: string,
  ) {
    this.s = schemaIdentifier(schema);
  }

  async byDivision(tenantId: string): Promise<(AssessmentAggregate & { divisionId: string })[]> {
    return aggregatesByDivision(await this.assessedLeaders(tenantId));
  }

  /** One figure over the divisions of a filter (all of the tenant's without one). */
  async overDivisions(
    tenantId: string,
    divisionIds?: readonly string[],
  ): Promise<AssessmentAggregate> {
    return aggregateOver(await this.assessedLeaders(tenantId), divisionIds);
  }

  private async assessedLeaders(tenantId: string): Promise<AssessedLeader[]> {
    const { rows } = await this.db.query<{ result: TrustAssessmentResult }>(
      `SELECT DISTINCT ON (subject_id) result FROM ${this.s}.trust_assessment_results
       WHERE tenant_id = $1 ORDER BY subject_id, self_assessed_at DESC, assessment_id DESC`,
      [tenantId],
    );
    return rows.map(({ result }) => toAssessed(result));
  }
}

function scoresOf(trust: TrustAssessmentResult['self']) {
  const scores = Object.fromEntries(trust.components.map((c) => [c.component, c.score]));
  return { scores: scores as ComponentScores, trust: trust.normalised };
}

function toAssessed(result: TrustAssessmentResult): AssessedLeader {
  return {
    subjectId: result.subjectId,
    divisionId: result.subjectDivId,
    self: scoresOf(result.self),
    ...(result.peers ? { peers: scoresOf(result.peers.trust) } : {}),
  };
}
