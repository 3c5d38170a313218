import { randomUUID } from 'node:crypto';
import { CURRENT_TRUST_INSTRUMENT } from '@lib/domain';
import { principal } from '@lib/testing/command-service-harness';
import {
  type GatewayUnderTest,
  startGateway,
} from '../../apps/graphql-gateway/test/gateway-under-test';
import { type AssessmentWorld, startAssessmentWorld } from './trust-assessment-world';

// Through GraphQL, each caller sees what the visibility rules allow: the subject their own result;
// a peer who rated, the subject's manager and an executive nothing of it; an executive aggregates
// only (Finance, with one assessed leader, suppressed); another tenant nothing at all.
const ana = 'leader-ana-gql1';
const manager = 'leader-mgr-gql1';
const executive = 'leader-exe-gql1';
const raters = ['r1', 'r2', 'r3', 'r4', 'r5'].map((name) => `rater-${name}-gql1`);
const people = {
  [ana]: 'finance',
  [manager]: 'finance',
  [executive]: 'board',
  ...Object.fromEntries(raters.map((id) => [id, 'operations'])),
};
const ASSESSMENT = 'trust-ana-gql';
const answers = (value: number) =>
  CURRENT_TRUST_INSTRUMENT.items.map(({ id }) => ({ item: id, value }));

const MY_ASSESSMENTS = `query ($token: String) {
  myTrustAssessments(consistentWith: $token) {
    assessmentId pendingCount stale self { trust } peers { ratingCount trust { trust } }
  }
}`;
const AGGREGATES = `query ($token: String) {
  assessmentAggregates(consistentWith: $token) {
    suppressedDivisionIds self { leaders } peers { leaders }
  }
}`;

describe('the Trusted Leader assessment through GraphQL', () => {
  let w: AssessmentWorld;
  let gateway: GatewayUnderTest;
  let lastToken: string;
  const tokenOf = (leaderId: string, ...roles: string[]) =>
    gateway.tokenFor(w.as(leaderId, ...(roles as never[])));
  const mutate = async (name: string, input: unknown, token: string) => {
    const answer = await gateway.graphql(
      `mutation ($id: ID!, $input: ${name[0].toUpperCase()}${name.slice(1)}Input!) {
        ${name}(commandId: $id, input: $input) { consistencyToken }
      }`,
      { id: randomUUID(), input },
      token,
    );
    expect(answer.errors).toBeUndefined();
    return (answer.data?.[name] as { consistencyToken: string }).consistencyToken;
  };

  beforeAll(async () => {
    w = await startAssessmentWorld('trust-gateway', people);
    gateway = await startGateway({
      DATABASE_URL: w.service.variables.DATABASE_URL,
      ASSESSMENT_SERVICE_ADDRESS: `127.0.0.1:${w.service.variables.TCP_PORT}`,
    });
    const asAna = await tokenOf(ana, 'leader');
    await mutate(
      'submitTrustSelfAssessment',
      { assessmentId: ASSESSMENT, instrumentVersion: 1, answers: answers(6) },
      asAna,
    );
    await mutate('requestPeerTrustRatings', { assessmentId: ASSESSMENT, raterIds: raters }, asAna);
    for (const rater of raters) {
      lastToken = await mutate(
        'submitPeerTrustRating',
        { assessmentId: ASSESSMENT, answers: answers(5) },
        await tokenOf(rater, 'leader'),
      );
    }
  });

  afterAll(async () => {
    await gateway?.stop();
    await w?.stop();
  });

  const ask = async (query: string, token: string) =>
    gateway.graphql(query, { token: lastToken }, token);

  it('shows the subject their own result, released at the fifth rating', async () => {
    const answer = await ask(MY_ASSESSMENTS, await tokenOf(ana, 'leader'));
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({
      myTrustAssessments: [
        {
          assessmentId: ASSESSMENT,
          pendingCount: 0,
          stale: false,
          self: { trust: 3 },
          peers: { ratingCount: 5, trust: { trust: 3 } },
        },
      ],
    });
  });

  it.each([
    ['a peer who rated', () => tokenOf(raters[0], 'leader')],
    ["the subject's manager", () => tokenOf(manager, 'leader', 'division_head')],
    ['an executive', () => tokenOf(executive, 'leader', 'executive')],
  ])("shows %s nothing of the subject's result", async (_, token) => {
    const answer = await ask(MY_ASSESSMENTS, await token());
    expect(answer.data).toEqual({ myTrustAssessments: [] });
  });

  it.each([
    ['a peer', () => tokenOf(raters[0], 'leader')],
    ['a manager', () => tokenOf(manager, 'leader', 'division_head')],
  ])('refuses %s the aggregates', async (_, token) => {
    const answer = await ask(AGGREGATES, await token());
    expect(answer.errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      rule: 'ASSESSMENT_AGGREGATES_VISIBILITY',
    });
  });

  it('shows an executive the aggregates, with a division of one assessed leader suppressed', async () => {
    const answer = await ask(AGGREGATES, await tokenOf(executive, 'leader', 'executive'));
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({
      assessmentAggregates: { suppressedDivisionIds: ['finance'], self: null, peers: null },
    });
  });

  it('shows another tenant nothing', async () => {
    const stranger = principal(`${w.tenant}-other`, ana, 'leader', 'executive');
    const token = await gateway.tokenFor(stranger);
    expect((await gateway.graphql(MY_ASSESSMENTS, {}, token)).data).toEqual({
      myTrustAssessments: [],
    });
    expect((await gateway.graphql(AGGREGATES, {}, token)).data).toEqual({
      assessmentAggregates: { suppressedDivisionIds: [], self: null, peers: null },
    });
  });
});
