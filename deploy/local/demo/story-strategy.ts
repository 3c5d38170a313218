import { CAST } from './story-cast';
import { delegateOf, divisionOf, headOf } from './organisation';
import type { SeededRandom } from './seeded-random';
import { leader, type StoryBuilder } from './story-builder';
import { DEMO_CYCLE_ID } from './story-org';

interface DemoProject {
  projectId: string;
  name: string;
  homeDivisionId: string;
  ownerId: string;
  themeIds: string[];
  tier: 'T1' | 'T2' | 'T3';
  needs: DemoNeed[];
}

interface DemoNeed {
  needId: string;
  supportingDivisionId: string;
  criticality: 'blocking' | 'important' | 'nice';
  capacityFteWeeks: number;
  neededByDay: number;
}

const need = (
  needId: string,
  supportingDivisionId: string,
  criticality: DemoNeed['criticality'],
  capacityFteWeeks: number,
  neededByDay: number,
): DemoNeed => ({ needId, supportingDivisionId, criticality, capacityFteWeeks, neededByDay });

// Fifteen projects across six divisions (Marketing, merged away mid-story, homes none); each
// needs one to three other divisions.
const PROJECTS: DemoProject[] = [
  {
    projectId: CAST.atRiskProject.projectId,
    name: 'Automated month-end close',
    homeDivisionId: 'finance',
    ownerId: CAST.atRiskProject.owner,
    themeIds: ['efficiency'],
    tier: 'T1',
    needs: [
      need(CAST.atRiskProject.needId, 'operations', 'blocking', 6, 100),
      need('close-controls-review', 'legal', 'important', 2, 110),
    ],
  },
  {
    projectId: 'treasury-forecast',
    name: 'Rolling treasury forecast',
    homeDivisionId: 'finance',
    ownerId: 'grace',
    themeIds: ['growth', 'efficiency'],
    tier: 'T2',
    needs: [need('forecast-pipeline-data', 'sales', 'important', 3, 80)],
  },
  {
    projectId: 'spend-analytics',
    name: 'Spend analytics',
    homeDivisionId: 'finance',
    ownerId: 'henrik',
    themeIds: ['efficiency'],
    tier: 'T3',
    needs: [need('spend-data-platform', 'technology', 'nice', 2, 120)],
  },
  {
    projectId: 'warehouse-automation',
    name: 'Warehouse automation',
    homeDivisionId: 'operations',
    ownerId: 'diego',
    themeIds: ['efficiency'],
    tier: 'T1',
    needs: [
      need('warehouse-robotics-platform', 'technology', 'blocking', 8, 90),
      need('warehouse-safety-training', 'people', 'important', 2, 100),
    ],
  },
  {
    projectId: 'supplier-scorecards',
    name: 'Supplier scorecards',
    homeDivisionId: 'operations',
    ownerId: 'ingrid',
    themeIds: ['customer', 'compliance'],
    tier: 'T2',
    needs: [need('supplier-contract-terms', 'legal', 'important', 2, 95)],
  },
  {
    projectId: 'dynamic-pricing',
    name: 'Dynamic pricing',
    homeDivisionId: 'sales',
    ownerId: 'raj',
    themeIds: ['growth', 'customer'],
    tier: 'T1',
    needs: [
      need('pricing-margin-data', 'finance', 'blocking', 6, 85),
      need('pricing-engine', 'technology', 'important', 5, 110),
      need('pricing-rollout', 'operations', 'important', 3, 130),
    ],
  },
  {
    projectId: 'key-accounts',
    name: 'Key account programme',
    homeDivisionId: 'sales',
    ownerId: 'emma',
    themeIds: ['customer'],
    tier: 'T2',
    needs: [need('key-account-coaching', 'people', 'nice', 2, 100)],
  },
  {
    projectId: 'partner-channel',
    name: 'Partner channel',
    homeDivisionId: 'sales',
    ownerId: 'mateo',
    themeIds: ['growth'],
    tier: 'T3',
    needs: [need('partner-agreements', 'legal', 'important', 3, 105)],
  },
  {
    projectId: 'customer-portal',
    name: 'Customer self-service portal',
    homeDivisionId: 'technology',
    ownerId: 'noah',
    themeIds: ['customer'],
    tier: 'T1',
    needs: [
      need('portal-service-processes', 'operations', 'important', 4, 95),
      need('portal-privacy-review', 'legal', 'blocking', 2, 80),
    ],
  },
  {
    projectId: 'data-platform',
    name: 'Company data platform',
    homeDivisionId: 'technology',
    ownerId: 'mei',
    themeIds: ['efficiency', 'growth'],
    tier: 'T2',
    needs: [need('data-platform-finance-model', 'finance', 'important', 3, 100)],
  },
  {
    projectId: 'cloud-cost',
    name: 'Cloud cost programme',
    homeDivisionId: 'technology',
    ownerId: 'lucas',
    themeIds: ['efficiency'],
    tier: 'T3',
    needs: [need('cloud-cost-chargeback', 'finance', 'nice', 1, 90)],
  },
  {
    projectId: 'leadership-academy',
    name: 'Leadership academy',
    homeDivisionId: 'people',
    ownerId: 'fatima',
    themeIds: ['talent'],
    tier: 'T2',
    needs: [
      need('academy-sales-mentors', 'sales', 'important', 2, 90),
      need('academy-ops-mentors', 'operations', 'nice', 2, 100),
    ],
  },
  {
    projectId: 'hybrid-work',
    name: 'Hybrid work policy',
    homeDivisionId: 'people',
    ownerId: 'liam',
    themeIds: ['talent', 'compliance'],
    tier: 'T3',
    needs: [need('hybrid-work-legal', 'legal', 'important', 1, 75)],
  },
  {
    projectId: 'ai-act-readiness',
    name: 'AI regulation readiness',
    homeDivisionId: 'legal',
    ownerId: 'clara',
    themeIds: ['compliance'],
    tier: 'T1',
    needs: [
      need('ai-model-inventory', 'technology', 'blocking', 4, 85),
      need('ai-training', 'people', 'important', 2, 100),
    ],
  },
  {
    projectId: 'contract-lifecycle',
    name: 'Contract lifecycle management',
    homeDivisionId: 'legal',
    ownerId: 'mikhail',
    themeIds: ['efficiency', 'compliance'],
    tier: 'T3',
    needs: [need('contract-tool-integration', 'technology', 'nice', 2, 120)],
  },
];

export const DEMO_PROJECTS = PROJECTS;

/** Day 2 and 3: the projects and what they need from other divisions. */
export function registerProjects(story: StoryBuilder): void {
  for (const project of PROJECTS) {
    const { needs, ownerId, ...rest } = project;
    story.on(2, 9, 'RegisterStrategicProject', leader(ownerId), {
      ...rest,
      ownerId,
      startAt: story.instant(2, 0),
      targetAt: story.instant(170, 0),
    });
    for (const item of needs) {
      story.on(3, 9, 'DeclareSupportNeed', leader(ownerId), {
        needId: item.needId,
        projectId: project.projectId,
        supportingDivisionId: item.supportingDivisionId,
        keyContactId: divisionOf(item.supportingDivisionId).leaders[2].leaderId,
        capacityFteWeeks: item.capacityFteWeeks,
        neededBy: story.instant(item.neededByDay, 0),
        criticality: item.criticality,
      });
    }
  }
}

/**
 * Each division ranks its portfolio three times (day 5, 35 and 60): its own projects, the themes
 * it cares about, then what others need from it. Operations keeps Finance's blocking need last.
 */
export function rankPortfolios(story: StoryBuilder, random: SeededRandom): void {
  const divisions = ['finance', 'operations', 'sales', 'technology', 'people', 'legal'];
  [5, 35, 60].forEach((day, revision) => {
    for (const divisionId of divisions) {
      const own = PROJECTS.filter((p) => p.homeDivisionId === divisionId).map((p) => p.projectId);
      const inbound = PROJECTS.flatMap((p) => p.needs)
        .filter((n) => n.supportingDivisionId === divisionId && !declinedBy(n.needId, day))
        .map((n) => n.needId);
      const ordered = orderInbound(divisionId, inbound, random);
      const themes = random.sample(['growth', 'efficiency', 'customer', 'talent', 'compliance'], 2);
      const ranker = revision === 1 ? delegateOf(divisionId) : headOf(divisionId);
      story.on(
        day,
        11,
        'RankDivisionPortfolio',
        leader(ranker, ...(revision === 1 ? [] : ['division_head' as const])),
        {
          divisionId,
          cycleId: DEMO_CYCLE_ID,
          items: [
            ...own.map((ref) => ({ kind: 'project', ref })),
            ...themes.map((ref) => ({ kind: 'theme', ref })),
            ...ordered.map((ref) => ({ kind: 'need', ref })),
          ],
          expectedRevision: revision,
        },
      );
    }
  });
}

function orderInbound(divisionId: string, needIds: string[], random: SeededRandom): string[] {
  const shuffled = random.sample(needIds, needIds.length);
  if (divisionId !== CAST.atRiskProject.supportingDivisionId) return shuffled;
  const atRisk = CAST.atRiskProject.needId;
  return [...shuffled.filter((id) => id !== atRisk), ...shuffled.filter((id) => id === atRisk)];
}

const DECLINE_DAY = 62;

function declinedBy(needId: string, day: number): boolean {
  return needId === CAST.atRiskProject.needId && day > DECLINE_DAY;
}

/**
 * Supporting divisions answer the needs: most commit within two weeks, a few counter-propose and
 * the owner accepts; some commitments slip, some are delivered. Operations never commits to
 * Finance's blocking need and declines it on day 62.
 */
export function answerNeeds(story: StoryBuilder, random: SeededRandom): void {
  for (const project of PROJECTS) {
    for (const item of project.needs) {
      const head = leader(headOf(item.supportingDivisionId), 'division_head');
      if (item.needId === CAST.atRiskProject.needId) {
        story.on(DECLINE_DAY, 15, 'DeclineSupport', head, {
          needId: item.needId,
          reasonCode: 'conflicting_priorities',
        });
        continue;
      }
      const answeredOn = random.int(6, 20);
      const deliverByDay = item.neededByDay - random.int(0, 10);
      if (random.chance(0.2)) {
        story.on(answeredOn, 14, 'CounterProposeSupport', head, {
          needId: item.needId,
          deliverBy: story.instant(item.neededByDay + 14, 0),
          capacityFteWeeks: item.capacityFteWeeks,
          note: 'We can do it two weeks later than asked',
        });
        story.on(answeredOn + 2, 10, 'AcceptCounterProposal', leader(project.ownerId), {
          needId: item.needId,
        });
        continue;
      }
      story.on(answeredOn, 14, 'CommitSupport', head, {
        needId: item.needId,
        deliverBy: story.instant(deliverByDay, 0),
        capacityFteWeeks: item.capacityFteWeeks,
      });
      if (random.chance(0.25)) {
        story.on(random.int(40, 70), 16, 'ReportSupportSlip', head, {
          needId: item.needId,
          newDeliverBy: story.instant(deliverByDay + random.int(7, 21), 0),
        });
      } else if (deliverByDay <= 88) {
        story.on(deliverByDay - 1, 16, 'RecordSupportDelivered', head, { needId: item.needId });
      }
    }
  }
}

/** Owners report their project's status every three weeks; the at-risk project turns red. */
export function reportStatus(story: StoryBuilder, random: SeededRandom): void {
  for (const project of PROJECTS) {
    for (const day of [21, 42, 63, 84]) {
      const atRisk = project.projectId === CAST.atRiskProject.projectId;
      const rag = atRisk ? (day < 60 ? 'amber' : 'red') : random.pick(['green', 'green', 'amber']);
      story.on(day + random.int(0, 2), 17, 'ReportProjectStatus', leader(project.ownerId), {
        projectId: project.projectId,
        rag,
        confidence: rag === 'green' ? random.int(7, 9) : rag === 'amber' ? random.int(4, 6) : 2,
        ...(atRisk && day >= 60
          ? { note: 'Operations declined the data we need for the close' }
          : {}),
      });
    }
  }
}
