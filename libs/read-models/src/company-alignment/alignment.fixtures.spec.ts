import { validateEventData } from '@lib/contracts';
import fc from 'fast-check';
import { AlignmentEventFactory } from './test/alignment.fixtures';
import { deliveriesArb } from './test/alignment.histories';

// The specs feed the projection events shaped by these fixtures: they must be events the strategy
// and org services could publish, or the specs would prove nothing about the feed.
describe('the alignment fixtures', () => {
  it('build events that match the feed contracts', () => {
    const events = new AlignmentEventFactory('t');
    const need = { needId: 'n1', projectId: 'p1', supportingDivId: 'B' };
    const samples = [
      events.ranked('A', 'c1', 1, 'p:p1 t:t1 n:n2', '2026-01-01T00:00:00.000Z'),
      events.companyRanked('c1', 1, ['t1'], '2026-01-01T00:00:00.000Z'),
      events.needDeclared(
        { ...need, homeDivId: 'A', criticality: 'nice', capacity: 1 },
        '2026-01-01T00:00:00.000Z',
      ),
      events.needClosed('SupportDeclined', need, '2026-01-01T00:00:00.000Z'),
      events.needClosed('SupportDelivered', need, '2026-01-01T00:00:00.000Z'),
      events.needClosed('SupportNeedWithdrawn', need, '2026-01-01T00:00:00.000Z'),
      events.projectClosed('p1', '2026-01-01T00:00:00.000Z'),
      events.merged(['B'], 'A', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
      events.cycleClosed('c1', '2026-01-01T00:00:00.000Z'),
    ];
    for (const event of samples) {
      expect([event.type, validateEventData(event.type, event.schemaVersion, event.data)]).toEqual([
        event.type,
        expect.objectContaining({ ok: true }),
      ]);
    }
  });

  it('generate random histories of valid events', () => {
    for (const { history } of fc.sample(deliveriesArb, 50)) {
      for (const event of history) {
        expect(validateEventData(event.type, event.schemaVersion, event.data).ok).toBe(true);
      }
    }
  });
});
