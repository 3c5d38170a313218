import { deciderSpec } from '@lib/testing';
import {
  ASSESSMENT,
  by,
  indexOf,
  raters,
  ratingsRequested,
  refOf,
  selfAssessed,
  subject,
} from '../test/assessment-fixtures';
import type { LeaderStanding, RequestPeerTrustRatings } from './trust-assessment.commands';
import { trustAssessmentDecider } from './trust-assessment.decider';

const spec = deciderSpec(trustAssessmentDecider);
const active: LeaderStanding = { divisionId: 'operations', active: true };

function request(
  named: readonly string[],
  standing: Record<string, LeaderStanding | undefined> = {},
  actor = subject,
): RequestPeerTrustRatings {
  const facts = Object.fromEntries(
    named.map((id) => [
      indexOf(id),
      { raterRef: refOf(id), standing: id in standing ? standing[id] : active },
    ]),
  );
  return {
    type: 'RequestPeerTrustRatings',
    data: {
      assessmentId: ASSESSMENT,
      raterIndexes: named.map(indexOf),
      facts: { subjectIndex: indexOf(subject), raters: facts },
    },
    metadata: by(actor),
  };
}

const named = (n: number) => Array.from({ length: n }, (_, i) => `leader-${i + 1}`);

describe('RequestPeerTrustRatings', () => {
  it('invites the raters as pseudonyms, ordered by index rather than as named', () => {
    const reversed = [...raters].reverse();
    spec
      .given([selfAssessed()])
      .when(request(reversed))
      .then([ratingsRequested(raters)]);
  });

  it.each([3, 12])('accepts %i raters', (n) => {
    const [event] = spec
      .given([selfAssessed()])
      .when(request(named(n)))
      .thenEvents();
    expect(event.type === 'PeerTrustRatingsRequested' && event.data.raters).toHaveLength(n);
  });

  it.each([2, 13])('refuses %i raters', (n) => {
    spec
      .given([selfAssessed()])
      .when(request(named(n)))
      .thenFails({ apiCode: 'RULE_VIOLATED', code: 'RATER_COUNT', field: 'raterIds' });
  });

  describe('when the subject names themself', () => {
    it('is refused', () => {
      spec
        .given([selfAssessed()])
        .when(request([...raters.slice(0, 3), subject]))
        .thenFails({ code: 'SELF_RATING', field: 'raterIds' });
    });
  });

  describe('when a rater is named twice', () => {
    it('is refused', () => {
      spec
        .given([selfAssessed()])
        .when(request([...raters.slice(0, 3), raters[0]]))
        .thenFails({ code: 'DUPLICATE_RATER', field: 'raterIds' });
    });
  });

  describe('when a rater is unknown or inactive', () => {
    it('refuses an unknown rater', () => {
      spec
        .given([selfAssessed()])
        .when(request(raters, { [raters[2]]: undefined }))
        .thenFails({ apiCode: 'NOT_FOUND', code: 'RATER_UNKNOWN', field: 'raterIds' });
    });

    it('refuses an inactive rater', () => {
      spec
        .given([selfAssessed()])
        .when(request(raters, { [raters[1]]: { divisionId: 'ops', active: false } }))
        .thenFails({ code: 'RATER_INACTIVE', field: 'raterIds' });
    });
  });

  describe('when someone other than the subject asks', () => {
    it('is forbidden', () => {
      spec
        .given([selfAssessed()])
        .when(request(raters.slice(1), {}, raters[0]))
        .thenFails({ apiCode: 'FORBIDDEN', code: 'NOT_SUBJECT' });
    });
  });

  describe('when there is no self-assessment yet', () => {
    it('is not found', () => {
      spec.given([]).when(request(raters)).thenFails({ code: 'ASSESSMENT_UNKNOWN' });
    });
  });

  describe('when ratings were already requested', () => {
    it('conflicts', () => {
      spec
        .given([selfAssessed(), ratingsRequested()])
        .when(request(raters))
        .thenFails({ apiCode: 'CONFLICT', code: 'RATINGS_ALREADY_REQUESTED' });
    });
  });
});
