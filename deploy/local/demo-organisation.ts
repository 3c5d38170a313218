import { type Principal, ServiceCredentials } from '@lib/auth';
import { CommandClient, CommandRejected } from '@lib/event-store';
import { waitUntil } from './process-utils';

/**
 * A demo organisation in tenant `demo`, sent through the services' own command APIs. Every command
 * id is fixed, so starting the platform again replays the same commands and changes nothing.
 */
const TENANT = 'demo';
const admin: Principal = {
  tenantId: TENANT,
  leaderId: 'demo-admin',
  roles: ['admin', 'executive'],
};
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

const DIVISIONS = [
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
    await seedOrg(sender('org-service'));
    console.log(
      `Demo organisation ready in tenant "${TENANT}" (${DIVISIONS.length} divisions, ${DIVISIONS.length * 2} leaders).`,
    );
  } finally {
    await Promise.all([...clients.values()].map((client) => client.close()));
  }
}

async function seedOrg(send: Send): Promise<void> {
  const half = currentHalfYear(new Date());
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
  for (const division of DIVISIONS) {
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

/**
 * Sends with a command id derived from the command, so a second start answers from the first.
 * A NOT_FOUND may only mean another service's directory has not caught up yet: it is retried.
 */
async function sendOnce(
  client: CommandClient,
  type: string,
  who: Principal,
  input: Record<string, unknown>,
): Promise<void> {
  const commandId = `demo:${type}:${Object.values(input).flat().join(':')}`
    .slice(0, 128)
    .replace(/[^A-Za-z0-9._:-]/g, '-');
  let lastError: unknown;
  const sent = await waitUntil(
    30_000,
    async () => {
      try {
        await client.send(type, { commandId, principal: who, input });
        return true;
      } catch (error) {
        lastError = error;
        if (error instanceof CommandRejected && error.error.code === 'NOT_FOUND') return false;
        throw error;
      }
    },
    500,
  );
  if (!sent) throw lastError;
}

function currentHalfYear(now: Date): { cycleId: string; startsAt: string; endsAt: string } {
  const year = now.getUTCFullYear();
  const firstHalf = now.getUTCMonth() < 6;
  return {
    cycleId: `${year}-${firstHalf ? 'h1' : 'h2'}`,
    startsAt: new Date(Date.UTC(year, firstHalf ? 0 : 6, 1)).toISOString(),
    endsAt: new Date(Date.UTC(firstHalf ? year : year + 1, firstHalf ? 6 : 0, 1)).toISOString(),
  };
}
