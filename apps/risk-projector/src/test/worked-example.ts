import type { EventEnvelope } from '@lib/contracts';
import { RiskHistory } from './risk-history';

/**
 * domain README §5.5's worked example as events. Finance (H) owns project p, which needs blocking
 * support from operations (E), declared 3 days before T and still pending. Finance ranks p first;
 * operations ranks the need 4th of 11. The owner has never exchanged help with operations
 * (DSC 0). The key contact Kai holds 6 open requests from other peers against the default
 * capacity of 5 (OI 1.2). The owner reported green with confidence 8 a week before T. Then the
 * owner's two project requests to operations pass their response SLA.
 */
export function workedExample(tenantId: string): {
  before: EventEnvelope[];
  breaches: EventEnvelope[];
  evaluateAt: Date;
  events: { rankings: EventEnvelope[]; declaration: EventEnvelope; loads: EventEnvelope[] };
} {
  const h = new RiskHistory(tenantId, '2026-03-02T09:00:00.000Z');
  const T = 20;
  const olga = { id: 'olga', div: 'finance' };
  const kai = { id: 'kai', div: 'operations' };
  const hana = { id: 'hana', div: 'operations' };
  const peers = [
    { id: 'lee', div: 'legal' },
    { id: 'mia', div: 'legal' },
    { id: 'ned', div: 'marketing' },
  ];
  h.add('CycleOpened', 'cycle:h1', { cycleId: 'h1', startsAt: h.at(-30), endsAt: h.at(150) }, -30);
  for (const leader of [olga, kai, hana, ...peers]) h.leader(leader.id, leader.div, -60);
  h.add(
    'DivisionHeadAppointed',
    'division:operations',
    { divisionId: 'operations', leaderId: 'hana' },
    -59,
  );
  h.add(
    'StrategicProjectRegistered',
    'project:p',
    {
      projectId: 'p',
      name: 'Vendor consolidation',
      ownerId: 'olga',
      homeDivId: 'finance',
      themeIds: ['theme-cost'],
      tier: 'T1',
      startAt: h.at(0),
      targetAt: h.at(120),
    },
    0,
  );
  const declaration = h.add(
    'SupportNeedDeclared',
    'need:n',
    {
      needId: 'n',
      projectId: 'p',
      supportingDivId: 'operations',
      homeDivId: 'finance',
      keyContactId: 'kai',
      capacity: 6,
      neededBy: h.at(90),
      criticality: 'blocking',
    },
    T - 3,
  );
  const opsItems = ['t1', 't2', 'x1', 'NEED', 't3', 't4', 'x2', 'x3', 't5', 't6', 'x4'].map(
    (ref) =>
      ref === 'NEED' ? { kind: 'need' as const, ref: 'n' } : { kind: 'theme' as const, ref },
  );
  const rankings = [
    h.add(
      'DivisionPortfolioRanked',
      'portfolio:finance:h1',
      {
        divisionId: 'finance',
        cycleId: 'h1',
        revision: 1,
        items: [
          { kind: 'project', ref: 'p' },
          { kind: 'theme', ref: 'theme-cost' },
        ],
        rankedBy: 'olga',
        warnings: [],
      },
      T - 2,
    ),
    h.add(
      'DivisionPortfolioRanked',
      'portfolio:operations:h1',
      {
        divisionId: 'operations',
        cycleId: 'h1',
        revision: 1,
        items: opsItems,
        rankedBy: 'hana',
        warnings: [],
      },
      T - 2,
    ),
  ];
  h.add(
    'ProjectStatusReported',
    'project:p',
    { projectId: 'p', reportedBy: 'olga', rag: 'green', confidence: 8 },
    T - 7,
  );
  const loads = [0, 1, 2, 3, 4, 5].map((i) =>
    h.raise(`load-${i}`, peers[i % 3], kai, 5 + i, {
      effort: 'S',
      respondBy: h.at(40),
      dueAt: h.at(60),
    }),
  );
  for (const i of [1, 2]) {
    h.raise(`ask-${i}`, olga, hana, T - 6, {
      effort: 'S',
      projectId: 'p',
      respondBy: h.at(T - 3),
      dueAt: h.at(T + 10),
    });
  }
  const before = [...h.events];
  h.responseSlaBreached('ask-1', hana, T - 3);
  h.responseSlaBreached('ask-2', hana, T - 3);
  return {
    before,
    breaches: h.events.slice(before.length),
    evaluateAt: new Date(h.at(T)),
    events: { rankings, declaration, loads },
  };
}
