import { createHash } from 'node:crypto';
import { type Principal, ServiceCredentials } from '@lib/auth';
import { CommandClient, CommandRejected } from '@lib/command-transport';
import { waitUntil } from './process-utils';

/**
 * A demo organisation in tenant `demo`, sent through the services' own command APIs. Every command
 * id is fixed, so starting the platform again replays the same commands and changes nothing.
 */
export const DEMO_TENANT = 'demo';
const TENANT = DEMO_TENANT;
export const DEMO_ADMIN: Principal = {
  tenantId: TENANT,
  leaderId: 'demo-admin',
  roles: ['admin', 'executive'],
};
const admin = DEMO_ADMIN;
const leader = (leaderId: string, ...roles: Principal['roles']): Principal => ({
  tenantId: TENANT,
  leaderId,
  roles: ['leader', ...roles],
});

interface ServiceAddress {
  app: string;
  tcpPort: number;
}

type Send = (type: string, who: Principal, input: Record<string, unknown>) => Promise<void>;

export const DEMO_DIVISIONS = [
  { divisionId: 'finance', name: 'Finance', head: 'maria', members: ['tomas'] },
  { divisionId: 'operations', name: 'Operations', head: 'kwame', members: ['lena'] },
  { divisionId: 'sales', name: 'Sales', head: 'sofia', members: ['raj'] },
  { divisionId: 'legal', name: 'Legal', head: 'anna', members: ['jon'] },
];

export async function seedDemoOrganisation(
  services: ServiceAddress[],
  secret: string,
): Promise<void> {
  const clients = new Map<string, CommandClient>();
  const credentials = new ServiceCredentials(secret);
  for (const { app, tcpPort } of services) {
    clients.set(
      app,
      new CommandClient(
        { service: app, host: '127.0.0.1', port: tcpPort },
        credentials,
        'demo-seed',
      ),
    );
  }
  const sender =
    (app: string): Send =>
    async (type, who, input) => {
      const client = clients.get(app);
      if (!client) return;
      await sendOnce(client, type, who, input);
    };
  try {
    const half = currentHalfYear(new Date());
    await seedOrg(sender('org-service'), half);
    await seedStrategy(sender('strategy-service'), half);
    await seedPeerWork(sender('peer-service'), new Date());
    console.log(
      `Demo organisation ready in tenant "${TENANT}" (${DEMO_DIVISIONS.length} divisions, ${DEMO_DIVISIONS.length * 2} leaders).`,
    );
  } finally {
    await Promise.all([...clients.values()].map((client) => client.close()));
  }
}

async function seedOrg(send: Send, half: HalfYear): Promise<void> {
  await send('OpenCycle', admin, {
    cycleId: half.cycleId,
    startsAt: half.startsAt,
    endsAt: half.endsAt,
  });
  for (const [themeId, name] of [
    ['growth', 'Profitable growth'],
    ['efficiency', 'Operational efficiency'],
    ['customer', 'Customer trust'],
  ]) {
    await send('DefineTheme', admin, { themeId, cycleId: half.cycleId, name });
  }
  for (const division of DEMO_DIVISIONS) {
    await send('RegisterDivision', admin, { divisionId: division.divisionId, name: division.name });
    for (const leaderId of [division.head, ...division.members]) {
      await send('RegisterLeader', admin, {
        leaderId,
        divisionId: division.divisionId,
        name: leaderId[0].toUpperCase() + leaderId.slice(1),
        level: leaderId === division.head ? 'senior' : 'middle',
      });
    }
    await send('AppointDivisionHead', admin, {
      divisionId: division.divisionId,
      leaderId: division.head,
    });
    await send('DelegateRanking', leader(division.head, 'division_head'), {
      divisionId: division.divisionId,
      delegateId: division.members[0],
    });
  }
  await send('ShareFocusAreas', leader('tomas'), {
    leaderId: 'tomas',
    themeIds: ['growth', 'efficiency'],
  });
  await send('ShareFocusAreas', leader('lena'), { leaderId: 'lena', themeIds: ['efficiency'] });
}

/** Two strategic projects that need other divisions, commitments, and each division's priorities. */
async function seedStrategy(send: Send, half: HalfYear): Promise<void> {
  const day = (n: number) => new Date(Date.parse(half.startsAt) + n * 86_400_000).toISOString();
  await send('RegisterStrategicProject', leader('raj'), {
    projectId: 'dynamic-pricing',
    name: 'Dynamic pricing',
    ownerId: 'raj',
    homeDivisionId: 'sales',
    themeIds: ['growth', 'customer'],
    tier: 'T1',
    startAt: half.startsAt,
    targetAt: half.endsAt,
  });
  await send('RegisterStrategicProject', leader('tomas'), {
    projectId: 'close-automation',
    name: 'Automated month-end close',
    ownerId: 'tomas',
    homeDivisionId: 'finance',
    themeIds: ['efficiency'],
    tier: 'T2',
    startAt: half.startsAt,
    targetAt: half.endsAt,
  });
  const needs = [
    {
      needId: 'pricing-data',
      projectId: 'dynamic-pricing',
      supportingDivisionId: 'finance',
      keyContactId: 'tomas',
      capacityFteWeeks: 6,
      neededBy: day(90),
      criticality: 'blocking',
      owner: 'raj',
    },
    {
      needId: 'pricing-rollout',
      projectId: 'dynamic-pricing',
      supportingDivisionId: 'operations',
      keyContactId: 'lena',
      capacityFteWeeks: 4,
      neededBy: day(120),
      criticality: 'important',
      owner: 'raj',
    },
    {
      needId: 'close-review',
      projectId: 'close-automation',
      supportingDivisionId: 'legal',
      keyContactId: 'jon',
      capacityFteWeeks: 2,
      neededBy: day(100),
      criticality: 'nice',
      owner: 'tomas',
    },
  ];
  for (const { owner, ...need } of needs) await send('DeclareSupportNeed', leader(owner), need);
  await send('CommitSupport', leader('maria', 'division_head'), {
    needId: 'pricing-data',
    deliverBy: day(80),
    capacityFteWeeks: 6,
  });
  const rank = (divisionId: string, head: string, items: { kind: string; ref: string }[]) =>
    send('RankDivisionPortfolio', leader(head, 'division_head'), {
      divisionId,
      cycleId: half.cycleId,
      items,
      expectedRevision: 0,
    });
  await rank('finance', 'maria', [
    { kind: 'project', ref: 'close-automation' },
    { kind: 'theme', ref: 'efficiency' },
    { kind: 'need', ref: 'pricing-data' },
  ]);
  await rank('sales', 'sofia', [
    { kind: 'project', ref: 'dynamic-pricing' },
    { kind: 'theme', ref: 'growth' },
  ]);
  // Operations leaves the pricing roll-out unranked: the demo shows the warning and the misalignment.
  await rank('operations', 'kwame', [{ kind: 'theme', ref: 'efficiency' }]);
  await send('RankCompanyPriorities', admin, {
    cycleId: half.cycleId,
    themeIds: ['growth', 'customer', 'efficiency'],
  });
}

/** Leaders asking each other for help across divisions, answering, and presenting to each other. */
async function seedPeerWork(send: Send, now: Date): Promise<void> {
  const inDays = (n: number) => new Date(now.getTime() + n * 86_400_000).toISOString();
  const raise = (
    requestId: string,
    requesterId: string,
    recipientId: string,
    extra: Record<string, unknown>,
  ) =>
    send('RaisePeerRequest', leader(requesterId), {
      requestId,
      requesterId,
      recipientId,
      respondBy: inDays(3),
      dueAt: inDays(14),
      overrideReason: 'The demo asks the same few peers on purpose',
      ...extra,
    });
  await raise('pricing-history', 'raj', 'tomas', {
    kind: 'input',
    topic: 'Three years of price and margin history for the pricing model',
    themeIds: ['growth'],
    projectId: 'dynamic-pricing',
    effort: 'M',
  });
  await send('AcceptPeerRequest', leader('tomas'), {
    requestId: 'pricing-history',
    expectedBy: inDays(7),
  });
  await send('FulfilPeerRequest', leader('tomas'), {
    requestId: 'pricing-history',
    summary: 'Shared the margin cube and walked Raj through it',
  });
  await send('AcknowledgePeerRequest', leader('raj'), {
    requestId: 'pricing-history',
    helpfulness: 5,
    thanks: 'Saved us weeks',
  });
  await raise('contract-clauses', 'lena', 'jon', {
    kind: 'review',
    topic: 'Review the supplier clauses of the new rollout contracts',
    themeIds: ['efficiency'],
    effort: 'L',
  });
  await send('DeclinePeerRequest', leader('jon'), {
    requestId: 'contract-clauses',
    reasonCode: 'no_capacity',
    suggestedPeerId: 'anna',
  });
  await raise('close-controls', 'tomas', 'kwame', {
    kind: 'help',
    topic: 'Operational controls we can automate in the month-end close',
    themeIds: ['efficiency'],
    effort: 'S',
  });
  await send('InvitePeerToPresent', leader('maria'), {
    invitationId: 'pricing-roadmap',
    hostId: 'maria',
    presenterId: 'sofia',
    meetingAt: inDays(7),
    topic: 'The dynamic pricing roadmap, for the finance leadership team',
  });
  await send('RespondToInvitation', leader('sofia'), {
    invitationId: 'pricing-roadmap',
    response: 'accept',
  });
}

/**
 * Sends with a command id derived from the command, so a second start answers from the first.
 * Another service's copy of the org directory may not have caught up with the org topic yet, which
 * it answers with NOT_FOUND, an unknown leader or an unknown head: such refusals are retried for a
 * while, then reported.
 */
async function sendOnce(
  client: CommandClient,
  type: string,
  who: Principal,
  input: Record<string, unknown>,
): Promise<void> {
  // Dates move from start to start; the command is the same one, so they stay out of its id.
  const stable = JSON.stringify(input, (_, value: unknown) =>
    typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) ? undefined : value,
  );
  const commandId = `demo:${type}:${createHash('sha256').update(stable).digest('hex').slice(0, 32)}`;
  let lastError: unknown;
  const sent = await waitUntil(
    30_000,
    async () => {
      try {
        await client.send(type, { commandId, principal: who, input });
        return true;
      } catch (error) {
        // Already there from an earlier start (perhaps sent with other data): nothing to add.
        if (error instanceof CommandRejected && alreadyThere(error)) return true;
        lastError = error;
        if (error instanceof CommandRejected && mayBeCatchingUp(error)) return false;
        throw error;
      }
    },
    500,
  );
  if (!sent) throw lastError;
}

function alreadyThere({ error }: CommandRejected): boolean {
  return (
    error.code === 'CONFLICT' ||
    (error.code === 'RULE_VIOLATED' && /^ALREADY_/.test(error.rule ?? ''))
  );
}

function mayBeCatchingUp({ error }: CommandRejected): boolean {
  return (
    error.code === 'NOT_FOUND' ||
    error.code === 'FORBIDDEN' ||
    (error.code === 'RULE_VIOLATED' && /UNKNOWN|NOT_FOUND|NOT_IN/.test(error.rule ?? ''))
  );
}

interface HalfYear {
  cycleId: string;
  startsAt: string;
  endsAt: string;
}

function currentHalfYear(now: Date): HalfYear {
  const year = now.getUTCFullYear();
  const firstHalf = now.getUTCMonth() < 6;
  return {
    cycleId: `${year}-${firstHalf ? 'h1' : 'h2'}`,
    startsAt: new Date(Date.UTC(year, firstHalf ? 0 : 6, 1)).toISOString(),
    endsAt: new Date(Date.UTC(firstHalf ? year : year + 1, firstHalf ? 6 : 0, 1)).toISOString(),
  };
}
