import { Topics } from '@lib/contracts';
import { alignmentProjection } from '../../apps/alignment-projector/src/alignment.projection';
import { ASSESSMENT_READ_SCHEMA } from '../../apps/assessment-projector/src/assessment-projector.options';
import { assessmentProjection } from '../../apps/assessment-projector/src/assessment.projection';
import { riskProjection } from '../../apps/risk-projector/src/risk.projection';
import { RISK_SCHEMA } from '../../apps/risk-projector/src/risk-projector.options';
import { ALIGNMENT_SCHEMA } from '../../apps/alignment-projector/src/alignment-projector.options';

// The assessment must never become an input of social capital or of any score another leader sees:
// only its own projection reads its topic, into a schema no other projector writes.
describe('the Trusted Leader assessment', () => {
  const projections = [alignmentProjection, riskProjection(), assessmentProjection];

  it('is read from the feed by the assessment projection alone', () => {
    const readers = projections.filter((p) => p.topics.includes(Topics.assessment));
    expect(readers.map((p) => p.name)).toEqual(['assessment']);
    expect(assessmentProjection.topics).toEqual([Topics.assessment]);
  });

  it('keeps its read models in a schema of its own', () => {
    expect([RISK_SCHEMA, ALIGNMENT_SCHEMA]).not.toContain(ASSESSMENT_READ_SCHEMA);
  });
});
