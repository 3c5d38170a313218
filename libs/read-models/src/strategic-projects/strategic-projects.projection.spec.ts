import type { DirectoryEvent } from '../directory-rows';
import { StreamEvents } from '../directory-rows/test/directory-events';
import { evolveStrategicProject, type StrategicProjectRow } from './strategic-projects.projection';

describe('a strategic project', () => {
  const stream = new StreamEvents();
  const registered = stream.next('StrategicProjectRegistered', {
    projectId: 'ledger',
    name: 'Ledger migration',
    ownerId: 'ana',
    homeDivId: 'finance',
    themeIds: ['growth'],
    tier: 'T1',
    startAt: '2026-01-15T00:00:00Z',
    targetAt: '2026-09-30T00:00:00Z',
  });
  const status = stream.next('ProjectStatusReported', {
    projectId: 'ledger',
    reportedBy: 'ana',
    rag: 'amber',
    confidence: 6,
  });
  const owner = stream.next('ProjectOwnerChanged', {
    projectId: 'ledger',
    previousOwnerId: 'ana',
    ownerId: 'fay',
    ownerDivId: 'finance',
  });
  const closed = stream.next('ProjectClosed', { projectId: 'ledger', outcome: 'achieved' });
  const after = (events: DirectoryEvent[], merges = new Map<string, string>()) =>
    events.reduce<StrategicProjectRow | null>(
      (row, event) => evolveStrategicProject(row, event, merges),
      null,
    );

  it('given a status report, an owner change and its closing, then the row shows the last of each', () => {
    expect(after([registered, status, owner, closed])).toMatchObject({
      ownerId: 'fay',
      homeDivId: 'finance',
      rag: 'amber',
      confidence: 6,
      statusReportedAt: status.occurredAt,
      status: 'closed',
      outcome: 'achieved',
      targetAt: '2026-09-30T00:00:00.000Z',
    });
  });

  it('given its home division was merged, then it is listed under the division it merged into', () => {
    expect(after([registered], new Map([['finance', 'corporate']]))).toMatchObject({
      homeDivId: 'corporate',
      recordedHomeDivId: 'finance',
    });
  });
});
