import { type Principal, SecretAccessTokens } from '@lib/auth';
import { eventually } from '@lib/testing';
import { DEMO_USERS } from '../../deploy/local/demo/demo-users';
import { CAST } from '../../deploy/local/demo/story-cast';

type Answer<T> = { data?: T; errors?: unknown[] };
type Tie = { direction: string; weight: number; peerId: string; dormant: boolean };
type Story = {
  projectRisk: { band: string; reasons: { code: string; evidence: { type: string }[] }[] };
  peerLoad: { open: number; capacity: number; overloadIndex: number };
  socialCapital: { components: { name: string; value: number }[]; ties: Tie[] };
  divisions: { nodes: { divisionId: string; mergedIntoId: string | null }[] };
};

/** Asks the gateway as one of the demo users. */
async function ask(url: string, token: string, query: string): Promise<Story> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const answer = (await response.json()) as Answer<Story>;
  expect(answer.errors).toBeUndefined();
  return answer.data!;
}

/**
 * The five situations the demo story is told around, each read through GraphQL as a portal
 * reads it, polled until the projectors have caught up with the seed.
 */
export async function expectTheDemoStory(gatewayUrl: string, authSecret: string): Promise<void> {
  const tokens = new SecretAccessTokens(authSecret);
  const as = async (leaderId: string) =>
    tokens.issue(DEMO_USERS.find((user) => user.leaderId === leaderId) as Principal);
  const executive = await as('demo-executive');
  const admin = await as('demo-admin');
  const until = (check: () => Promise<void>) => eventually(check, { timeoutMs: 120_000 });

  // 1. Operations' low ranking, then its decline, puts Finance's project at risk.
  await until(async () => {
    const { projectRisk } = await ask(
      gatewayUrl,
      executive,
      `{ projectRisk(projectId: "${CAST.atRiskProject.projectId}") { band reasons { code evidence { type } } } }`,
    );
    expect(projectRisk.band).toBe('at_risk');
    const codes = projectRisk.reasons.map((reason) => reason.code);
    expect(codes).toEqual(expect.arrayContaining(['UNDER_PRIORITISED', 'NOT_COMMITTED']));
    const evidence = projectRisk.reasons.flatMap((r) => r.evidence.map((e) => e.type));
    expect(evidence).toEqual(
      expect.arrayContaining(['DivisionPortfolioRanked', 'SupportDeclined']),
    );
  });

  // 2. The generous connector carries more accepted requests than she can take.
  await until(async () => {
    const { peerLoad } = await ask(
      gatewayUrl,
      admin,
      `{ peerLoad(leaderId: "${CAST.connector}") { open capacity overloadIndex } }`,
    );
    expect(peerLoad.open).toBeGreaterThan(peerLoad.capacity);
    expect(peerLoad.overloadIndex).toBeGreaterThanOrEqual(1);
  });

  // 3. The taker receives far more than he gives.
  await until(async () => {
    const { socialCapital } = await ask(
      gatewayUrl,
      executive,
      `{ socialCapital(leaderId: "${CAST.taker}") { components { name value } ties { direction weight } } }`,
    );
    const giving = socialCapital.components.find((c) => c.name === 'giving')!;
    expect(giving.value).toBeLessThan(0.1);
    const total = (direction: string) =>
      socialCapital.ties
        .filter((tie) => tie.direction === direction)
        .reduce((sum, tie) => sum + tie.weight, 0);
    expect(total('receives')).toBeGreaterThan(5 * total('gives'));
  });

  // 4. The pair who helped each other every few days for a month have a dormant tie.
  const [first, second] = CAST.dormantPair;
  await until(async () => {
    const { socialCapital } = await ask(
      gatewayUrl,
      executive,
      `{ socialCapital(leaderId: "${first}") { ties { peerId dormant } } }`,
    );
    const withPartner = socialCapital.ties.filter(
      (tie: { peerId: string }) => tie.peerId === second,
    );
    expect(withPartner.length).toBeGreaterThan(0);
    expect(withPartner.every((tie) => tie.dormant)).toBe(true);
  });

  // 5. Marketing was merged into Sales half-way through.
  await until(async () => {
    const { divisions } = await ask(
      gatewayUrl,
      admin,
      '{ divisions(includeMerged: true, first: 20) { nodes { divisionId mergedIntoId } } }',
    );
    expect(divisions.nodes).toContainEqual({
      divisionId: CAST.merger.sourceId,
      mergedIntoId: CAST.merger.targetId,
    });
  });
}
