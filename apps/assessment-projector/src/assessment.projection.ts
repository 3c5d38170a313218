import { type EventEnvelope, Topics } from '@lib/contracts';
import { assertReadableEvent, type Projection } from '@lib/projections';
import {
  migrateTrustAssessmentResults,
  projectTrustAssessmentEvent,
  type Queryable,
  TRUST_ASSESSMENT_EVENT_TYPES,
  TRUST_ASSESSMENT_TABLES,
} from '@lib/read-models';

/**
 * The assessment topic only. Each result follows from its own stream, whose events arrive in
 * order on one partition, so no lock across streams is needed.
 */
export const assessmentProjection: Projection = {
  name: 'assessment',
  topics: [Topics.assessment],
  tables: TRUST_ASSESSMENT_TABLES,
  migrate: (db: Queryable, schema: string) => migrateTrustAssessmentResults(db, schema),
  apply: async (db: Queryable, schema: string, event: EventEnvelope) => {
    if (!TRUST_ASSESSMENT_EVENT_TYPES.includes(event.type)) return;
    assertReadableEvent('assessment', event);
    await projectTrustAssessmentEvent(db, schema, event);
  },
};
