import { randomUUID } from 'node:crypto';
import { type Principal, SecretAccessTokens } from '@lib/auth';
import { eventually } from '@lib/testing';
import type { GraphQLSchema } from 'graphql';
import { gatewaySchema } from '../../apps/graphql-gateway/src/schema/gateway-schema';
import { TEST_AUTH_SECRET } from '../../apps/graphql-gateway/test/gateway-under-test';
import { startPlatform } from './gateway/gateway-platform';
import { operationOf, stringsIn } from './gateway/schema-walk';

// The portals' API through the running platform: every write a mutation, every read a query.

const DAY = 86_400_000;
const at = (days: number) => new Date(Date.now() + days * DAY).toISOString();
const WAIT = { timeoutMs: 45_000, intervalMs: 250 };

type Platform = Awaited<ReturnType<typeof startPlatform>>;
type Sent = { events: { eventId: string; type: string }[]; consistencyToken: string };

describe('the GraphQL gateway in front of the platform', () => {
  const mark = `m${randomUUID().slice(0, 6)}`;
  const id = (name: string) => `${name}-${mark}`;
  const tenantA = `tenant-a-${mark}`;
  const who = (leaderId: string, ...roles: Principal['roles']): Principal => ({
    tenantId: tenantA,
    leaderId: id(leaderId),
    roles: roles.length > 0 ? roles : ['leader'],
  });
  const admin = { ...who('admin', 'admin', 'executive'), leaderId: id('admin') };
  let platform: Platform;
  const tokens = new Map<string, string>();
  const tokenOf = async (principal: Principal) => {
    const key = `${principal.tenantId}/${principal.leaderId}/${principal.roles.join()}`;
    if (!tokens.has(key)) tokens.set(key, await platform.gateway.tokenFor(principal));
    return tokens.get(key)!;
  };

  const mutate = async (
    name: string,
    input: Record<string, unknown>,
    as: Principal,
  ): Promise<Sent> => {
    const inputType = `${name[0].toUpperCase()}${name.slice(1)}Input`;
    const answer = await platform.gateway.graphql(
      `mutation ($commandId: ID!, $input: ${inputType}!) {
        ${name}(commandId: $commandId, input: $input) {
          events { eventId type streamVersion globalPosition } warnings consistencyToken
        } }`,
      { commandId: randomUUID(), input },
      await tokenOf(as),
    );
    if (answer.errors) throw new Error(`${name}: ${JSON.stringify(answer.errors)}`);
    return answer.data![name] as Sent;
  };

  const replies: Record<string, Sent> = {};

  beforeAll(async () => {
    platform = await startPlatform();
    await mutate('openCycle', { cycleId: id('fy'), startsAt: at(-30), endsAt: at(150) }, admin);
    await mutate(
      'defineTheme',
      { themeId: id('growth'), cycleId: id('fy'), name: 'Growth' },
      admin,
    );
    for (const division of ['finance', 'operations'])
      await mutate('registerDivision', { divisionId: id(division), name: division }, admin);
    for (const [leader, division] of [
      ['cfo', 'finance'],
      ['ana', 'finance'],
      ['coo', 'operations'],
      ['ben', 'operations'],
    ])
      await mutate(
        'registerLeader',
        { leaderId: id(leader), divisionId: id(division), name: leader, level: 'senior' },
        admin,
      );
    await mutate('appointDivisionHead', { divisionId: id('finance'), leaderId: id('cfo') }, admin);
    await mutate(
      'appointDivisionHead',
      { divisionId: id('operations'), leaderId: id('coo') },
      admin,
    );
  }, 120_000);

  afterAll(() => platform?.stop(), 60_000);

  describe('Given a Finance project with a blocking support need to Operations', () => {
    beforeAll(async () => {
      // The strategy service learns the organisation from the org topic: sent once it knows it.
      await eventually(
        () =>
          mutate(
            'registerStrategicProject',
            {
              projectId: id('ledger'),
              name: 'Ledger migration',
              ownerId: id('ana'),
              homeDivisionId: id('finance'),
              themeIds: [id('growth')],
              tier: 'T1',
              startAt: at(-10),
              targetAt: at(120),
            },
            who('ana'),
          ),
        WAIT,
      );
      await mutate(
        'declareSupportNeed',
        {
          needId: id('n-ops'),
          projectId: id('ledger'),
          supportingDivisionId: id('operations'),
          keyContactId: id('ben'),
          capacityFteWeeks: 4,
          neededBy: at(60),
          criticality: 'blocking',
        },
        who('ana'),
      );
      replies.financeRanks = await mutate(
        'rankDivisionPortfolio',
        {
          divisionId: id('finance'),
          cycleId: id('fy'),
          items: [
            { kind: 'project', ref: id('ledger') },
            { kind: 'theme', ref: id('growth') },
          ],
          expectedRevision: 0,
        },
        who('cfo', 'leader', 'division_head'),
      );
    }, 120_000);

    describe('When Operations ranks the need last, then declines it', () => {
      beforeAll(async () => {
        replies.operationsRanks = await mutate(
          'rankDivisionPortfolio',
          {
            divisionId: id('operations'),
            cycleId: id('fy'),
            items: [
              { kind: 'theme', ref: id('growth') },
              { kind: 'need', ref: id('n-ops') },
            ],
            expectedRevision: 0,
          },
          who('coo', 'leader', 'division_head'),
        );
        replies.decline = await mutate(
          'declineSupport',
          { needId: id('n-ops'), reasonCode: 'no_capacity' },
          who('coo', 'leader', 'division_head'),
        );
      }, 60_000);

      it("Then the project's risk is at risk for R1 and R2, each citing the ranking and decline events", async () => {
        const risk = await eventually(async () => {
          const answer = await platform.gateway.graphql(
            `query ($projectId: ID!, $token: String) {
              projectRisk(projectId: $projectId, consistentWith: $token) {
                score band stale
                reasons { code needId contribution evidence { eventId type } }
                needs { needId state declineReason }
              } }`,
            { projectId: id('ledger'), token: replies.decline.consistencyToken },
            await tokenOf(who('ana')),
          );
          expect(answer.errors).toBeUndefined();
          const found = answer.data!.projectRisk as {
            band: string;
            stale: boolean;
            reasons: {
              code: string;
              contribution: number;
              evidence: { eventId: string; type: string }[];
            }[];
            needs: { state: string }[];
          };
          expect(found.reasons.map((reason) => reason.code)).toEqual(
            expect.arrayContaining(['UNDER_PRIORITISED', 'NOT_COMMITTED']),
          );
          return found;
        }, WAIT);
        expect(risk.stale).toBe(false);
        expect(risk.band).toBe('at_risk');
        const contributions = risk.reasons.map((reason) => reason.contribution);
        expect(contributions).toEqual([...contributions].sort((a, b) => b - a));
        const evidenceOf = (code: string) =>
          risk.reasons.find((reason) => reason.code === code)!.evidence.map((e) => e.eventId);
        expect(evidenceOf('UNDER_PRIORITISED')).toEqual(
          expect.arrayContaining([
            replies.financeRanks.events[0].eventId,
            replies.operationsRanks.events[0].eventId,
          ]),
        );
        expect(evidenceOf('NOT_COMMITTED')).toContain(replies.decline.events[0].eventId);
        expect(risk.needs).toEqual([expect.objectContaining({ state: 'declined' })]);
      });
    });
  });

  describe('bad input', () => {
    const declare = (input: Record<string, unknown>) =>
      platform.gateway.graphql(
        'mutation ($c: ID!, $input: DeclareCapacityInput!) { declareCapacity(commandId: $c, input: $input) { warnings } }',
        { c: randomUUID(), input },
        tokens.get(`${tenantA}/${id('ana')}/leader`) ?? '',
      );

    it.each([
      ['missing', { leaderId: 'ana' }, 'input.maxOpen', 'isDefined'],
      ['of the wrong type', { leaderId: 'ana', maxOpen: 'ten' }, 'input.maxOpen', 'isType'],
      [
        'unknown',
        { leaderId: 'ana', maxOpen: 3, priority: 'urgent' },
        'input.priority',
        'whitelistValidation',
      ],
      ['out of range', { leaderId: 'ana', maxOpen: 50 }, 'input.maxOpen', 'max'],
    ])(
      'Given a field %s, When sent, Then VALIDATION_FAILED names it and nothing is appended',
      async (_, input, field, rule) => {
        await tokenOf(who('ana'));
        const before = await platform.eventsOf(tenantA);
        const answer = await declare({ ...input, leaderId: id('ana') });
        expect(answer.errors?.[0].extensions).toEqual(
          expect.objectContaining({
            code: 'VALIDATION_FAILED',
            errors: expect.arrayContaining([expect.objectContaining({ field, rule })]),
          }),
        );
        expect(await platform.eventsOf(tenantA)).toBe(before);
      },
    );
  });

  describe('security', () => {
    const VIEWER = '{ viewer { leaderId } }';
    const refusal = async (token?: string) =>
      (await platform.gateway.graphql(VIEWER, {}, token)).errors?.[0].extensions.code;

    it('Given no token, Then UNAUTHENTICATED', async () => {
      expect(await refusal()).toBe('UNAUTHENTICATED');
    });

    it.each([
      [
        'expired',
        () =>
          new SecretAccessTokens(TEST_AUTH_SECRET).issue(
            who('ana'),
            Math.floor(Date.now() / 1000) - 5,
          ),
      ],
      ['forged', () => new SecretAccessTokens(`${TEST_AUTH_SECRET}-forged`).issue(who('ana'))],
      [
        'unsigned (alg none)',
        async () => {
          const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url');
          const claims = {
            sub: id('ana'),
            tenant: tenantA,
            roles: ['admin'],
            iss: 'leadership-platform',
          };
          return `${encode({ alg: 'none', typ: 'JWT' })}.${encode(claims)}.`;
        },
      ],
    ])('Given a token that is %s, Then UNAUTHENTICATED', async (_, token) => {
      expect(await refusal(await token())).toBe('UNAUTHENTICATED');
    });

    describe("Given tenant B's most privileged token and tenant A's ids", () => {
      let schema: GraphQLSchema;
      const intruder: Principal = {
        tenantId: `tenant-b-${randomUUID().slice(0, 6)}`,
        leaderId: 'intruder',
        roles: ['leader', 'division_head', 'executive', 'admin'],
      };
      const idOf = (field: string) => {
        const named: Record<string, string> = {
          projectId: 'ledger',
          projectIds: 'ledger',
          needId: 'n-ops',
          supportNeedId: 'n-ops',
          cycleId: 'fy',
          themeId: 'growth',
          divisionId: 'finance',
          otherDivisionId: 'operations',
          supportingDivisionId: 'operations',
          homeDivisionId: 'finance',
          targetId: 'finance',
          sourceId: 'operations',
          toDivisionId: 'operations',
        };
        return id(named[field] ?? 'ana');
      };
      beforeAll(async () => {
        schema = await gatewaySchema();
      });

      it('When every query is asked, Then no answer holds anything of tenant A', async () => {
        const token = await tokenOf(intruder);
        for (const field of Object.values(schema.getQueryType()!.getFields())) {
          const { query, variables } = operationOf('query', field, idOf);
          const answer = await platform.gateway.graphql(query, variables, token);
          const leaked = stringsIn(answer.data, new Set(['cycleId'])).filter((s) =>
            s.includes(mark),
          );
          expect({ query: field.name, leaked }).toEqual({ query: field.name, leaked: [] });
        }
      });

      it('When every mutation is sent, Then nothing of tenant A changes', async () => {
        const token = await tokenOf(intruder);
        const before = await platform.eventsOf(tenantA);
        for (const field of Object.values(schema.getMutationType()!.getFields())) {
          const { query, variables } = operationOf('mutation', field, idOf);
          const answer = await platform.gateway.graphql(query, variables, token);
          const streamId = (answer.data?.[field.name] as { streamId?: string } | null)?.streamId;
          if (streamId) expect(streamId).toContain(intruder.tenantId);
          expect(answer.statusCode).toBeLessThan(500);
          const codes = (answer.errors ?? []).map((error) => error.extensions.code);
          expect({ mutation: field.name, codes }).not.toEqual(
            expect.objectContaining({ codes: expect.arrayContaining(['INTERNAL']) }),
          );
        }
        expect(await platform.eventsOf(tenantA)).toBe(before);
      });
    });
  });
});
