import { randomUUID } from 'node:crypto';
import { testEnvironment } from '@lib/testing';
import { Pool } from 'pg';
import { OPEN_NEED_STATUSES, StrategyIndex } from './strategy-index';
import { projectStrategyEvent, type StrategyEvent } from './strategy-index.projection';
import { migrateStrategyIndex } from './strategy-index.schema';

const tenant = 'tenant-a';

function event(type: string, data: object, tenantId = tenant): StrategyEvent {
  return { type, data, metadata: { tenantId } };
}

const need = (needId: string, supportingDivId = 'ops') => ({
  needId,
  projectId: 'ledger',
  supportingDivId,
});

describe('the strategy index', () => {
  const pool = new Pool({ connectionString: testEnvironment().databaseUrl, max: 2 });
  const schema = `idx_${randomUUID().replace(/-/g, '').slice(0, 10)}`;
  const index = new StrategyIndex(pool, schema);
  const apply = async (...events: StrategyEvent[]) => {
    for (const e of events) await projectStrategyEvent(pool, schema, e);
  };

  beforeAll(async () => {
    await migrateStrategyIndex(pool, schema);
    await migrateStrategyIndex(pool, schema);
    await apply(
      event('StrategicProjectRegistered', {
        projectId: 'ledger',
        ownerId: 'ana',
        homeDivId: 'finance',
        targetAt: '2026-12-01T00:00:00.000Z',
      }),
      event(
        'StrategicProjectRegistered',
        {
          projectId: 'ledger',
          ownerId: 'zed',
          homeDivId: 'legal',
          targetAt: '2027-01-01T00:00:00.000Z',
        },
        'tenant-b',
      ),
      event('SupportNeedDeclared', need('asked')),
      event('SupportNeedDeclared', need('offered')),
      event('SupportCounterProposed', need('offered')),
      event('SupportNeedDeclared', need('promised')),
      event('SupportCommitted', need('promised')),
      event('SupportSlipped', need('promised')),
      event('SupportNeedDeclared', need('declined')),
      event('SupportDeclined', need('declined')),
      event('SupportNeedDeclared', need('elsewhere', 'legal')),
      event('ProjectStatusReported', { projectId: 'ledger' }),
    );
  });

  afterAll(async () => {
    await pool.query(`DROP SCHEMA ${schema} CASCADE`);
    await pool.end();
  });

  it('knows a project per tenant', async () => {
    expect(await index.project(tenant, 'ledger')).toEqual({
      projectId: 'ledger',
      ownerId: 'ana',
      homeDivisionId: 'finance',
      targetAt: '2026-12-01T00:00:00.000Z',
      status: 'active',
    });
    expect((await index.project('tenant-b', 'ledger'))?.ownerId).toBe('zed');
    expect(await index.project('tenant-c', 'ledger')).toBeUndefined();
  });

  it('follows the owner and the closing of a project', async () => {
    await apply(
      event('ProjectOwnerChanged', { projectId: 'ledger', ownerId: 'bea' }),
      event('ProjectClosed', { projectId: 'ledger', outcome: 'achieved' }),
    );
    expect(await index.project(tenant, 'ledger')).toMatchObject({
      ownerId: 'bea',
      status: 'closed',
    });
    expect((await index.project('tenant-b', 'ledger'))?.status).toBe('active');
    expect(await index.projectIdsOfDivision(tenant, 'finance')).toEqual(['ledger']);
  });

  it('knows every need addressed to a division, and which are still open', async () => {
    expect(await index.need(tenant, 'offered')).toEqual({
      needId: 'offered',
      projectId: 'ledger',
      supportingDivisionId: 'ops',
      status: 'counter_proposed',
    });
    expect(await index.needIdsAddressedTo(tenant, 'ops')).toEqual([
      'asked',
      'declined',
      'offered',
      'promised',
    ]);
    expect(await index.needIdsAddressedTo(tenant, 'ops', OPEN_NEED_STATUSES)).toEqual([
      'asked',
      'offered',
      'promised',
    ]);
    expect(await index.needIdsAddressedTo('tenant-b', 'ops')).toEqual([]);
  });

  it('never reopens a final need, nor rewinds one declared again', async () => {
    await apply(
      event('SupportCommitted', need('declined')),
      event('SupportNeedDeclared', need('promised')),
    );
    expect((await index.need(tenant, 'declined'))?.status).toBe('declined');
    expect((await index.need(tenant, 'promised'))?.status).toBe('committed');
  });
});
