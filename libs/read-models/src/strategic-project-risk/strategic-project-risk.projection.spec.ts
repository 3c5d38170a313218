import { DEFAULT_SCORING_RULES as rules } from '@lib/domain';
import type { PromiseEntry } from '../support-commitment-ledger/support-commitment-ledger.projection';
import type { NeedRiskFacts, ProjectRiskFacts } from './strategic-project-risk.facts';
import { strategicProjectRisk } from './strategic-project-risk.projection';

const T = '2026-03-22T09:00:00.000Z';
const ev = (eventId: string, type: string) => ({
  eventId,
  type,
  recordedAt: '2026-03-01T00:00:00.000Z',
});

function promise(
  eventId: string,
  type: string,
  occurredAt: string,
  streamVersion: number,
  deliverBy: string | null = null,
): PromiseEntry {
  return {
    eventId,
    type,
    streamVersion,
    occurredAt,
    recordedAt: occurredAt,
    deliverBy,
    capacity: null,
    reasonCode: null,
  };
}

const declared = promise('declared', 'SupportNeedDeclared', '2026-03-19T09:00:00.000Z', 1);
const need: NeedRiskFacts = {
  declaration: {
    needId: 'n',
    projectId: 'p',
    supportingDivId: 'ops',
    homeDivId: 'fin',
    keyContactId: 'kai',
    criticality: 'blocking',
    capacity: 6,
    neededBy: '2026-06-01T00:00:00.000Z',
    declaredAt: declared.occurredAt,
  },
  history: [declared],
  capital: { value: 0, evidence: [] },
  slaBreaches: { requests: 0, evidence: [] },
  keyPeer: { leaderId: 'kai', overload: 1.2, evidence: [ev('load-1', 'PeerRequestRaised')] },
};
const opsItems = ['t1', 't2', 't3', 'n', 't4', 't5', 't6', 't7', 't8', 't9', 't10'].map((ref) => ({
  kind: ref === 'n' ? ('need' as const) : ('theme' as const),
  ref,
}));
const example: ProjectRiskFacts = {
  tenantId: 't',
  projectId: 'p',
  ownerId: 'olga',
  homeDivId: 'fin',
  registeredAt: '2026-03-01T00:00:00.000Z',
  registration: ev('registered', 'StrategicProjectRegistered'),
  status: {
    rag: 'green',
    confidence: 8,
    at: '2026-03-15T09:00:00.000Z',
    evidence: ev('status', 'ProjectStatusReported'),
  },
  cycle: { cycleId: 'h1', lock: null },
  rankings: new Map([
    [
      'fin',
      {
        divisionId: 'fin',
        items: [{ kind: 'project', ref: 'p' }],
        evidence: ev('rank-fin', 'DivisionPortfolioRanked'),
      },
    ],
    [
      'ops',
      { divisionId: 'ops', items: opsItems, evidence: ev('rank-ops', 'DivisionPortfolioRanked') },
    ],
  ]),
  needs: [need],
};

describe('strategic project risk with evidence (domain README §5.5)', () => {
  it("given the worked example's facts, then the project scores 53 and is on watch", () => {
    const row = strategicProjectRisk(example, T, rules);
    expect(row).toMatchObject({
      score: 53,
      band: 'watch',
      colour: 'yellow',
      cycleId: 'h1',
      evaluatedAt: T,
      ruleVersion: 1,
    });
    expect(row.needs).toEqual([
      expect.objectContaining({
        projectPriority: 1,
        needPriority: 0.7,
        commitment: 'pending',
        keyPeerId: 'kai',
      }),
    ]);
  });

  describe('when two requests to the division pass their SLA', () => {
    const breached = {
      ...need,
      slaBreaches: {
        requests: 2,
        evidence: [
          ev('breach-1', 'PeerRequestResponseSlaBreached'),
          ev('breach-2', 'PeerRequestResponseSlaBreached'),
        ],
      },
    };
    const row = strategicProjectRisk({ ...example, needs: [breached] }, T, rules);

    it('then it scores 67, at risk, with R4, R3, R1, R5 in order of contribution', () => {
      expect(row).toMatchObject({ score: 67, band: 'at_risk' });
      expect(row.reasons.map((r) => [r.code, r.contribution])).toEqual([
        ['REQUESTS_PAST_SLA', 14],
        ['LOW_CAPITAL_WITH_DIVISION', 11],
        ['UNDER_PRIORITISED', 9],
        ['KEY_PEER_OVERLOADED', 8],
      ]);
    });

    it('then each reason cites the events of its kind', () => {
      const cited = Object.fromEntries(
        row.reasons.map((r) => [r.code, r.evidence.map((e) => e.eventId)]),
      );
      expect(cited).toEqual({
        REQUESTS_PAST_SLA: ['breach-1', 'breach-2'],
        // No ledger line between the owner and operations: the need itself is the evidence.
        LOW_CAPITAL_WITH_DIVISION: ['declared'],
        UNDER_PRIORITISED: ['rank-fin', 'rank-ops'],
        KEY_PEER_OVERLOADED: ['load-1'],
      });
    });
  });

  it('given the need still unranked a week after its declaration, then R1 is full and cites the declaration', () => {
    const unranked = new Map([...example.rankings].filter(([division]) => division !== 'ops'));
    const row = strategicProjectRisk(
      { ...example, rankings: unranked },
      '2026-03-27T09:00:00.000Z',
      rules,
    );
    const r1 = row.reasons.find((r) => r.code === 'UNDER_PRIORITISED');
    expect(r1?.s).toBe(1);
    expect(r1?.evidence.map((e) => e.eventId)).toEqual(['rank-fin', 'declared']);
  });

  it('given a commitment whose date passed after a slip, then R6 cites the slip that set it', () => {
    const committed = promise(
      'committed',
      'SupportCommitted',
      '2026-03-20T00:00:00.000Z',
      2,
      '2026-03-21T00:00:00.000Z',
    );
    const slipped = promise(
      'slipped',
      'SupportSlipped',
      '2026-03-20T12:00:00.000Z',
      3,
      '2026-03-21T09:00:00.000Z',
    );
    const row = strategicProjectRisk(
      { ...example, needs: [{ ...need, history: [declared, committed, slipped] }] },
      T,
      rules,
    );
    const r6 = row.reasons.find((r) => r.code === 'DELIVERY_SLIPPED');
    expect(r6?.s).toBeCloseTo(0.5 + 1 / 14, 12);
    expect(r6?.evidence.map((e) => e.eventId)).toEqual(['slipped']);
  });

  it('given the need delivered, then it no longer counts and the project is on track', () => {
    const delivered = promise('delivered', 'SupportDelivered', '2026-03-21T00:00:00.000Z', 2);
    const row = strategicProjectRisk(
      { ...example, needs: [{ ...need, history: [declared, delivered] }] },
      T,
      rules,
    );
    expect(row).toMatchObject({ score: 0, band: 'on_track', reasons: [], needs: [] });
  });

  it('given no status for 22 days, then R7 cites the registration', () => {
    const row = strategicProjectRisk({ ...example, status: null, needs: [] }, T, rules);
    expect(row.reasons).toEqual([
      expect.objectContaining({
        code: 'STATUS_SIGNAL',
        s: 0.5,
        evidence: [ev('registered', 'StrategicProjectRegistered')],
      }),
    ]);
  });
});
