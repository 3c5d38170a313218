import { slaCommandId } from './sla-breach-recorder';

describe('the command id of an SLA timer', () => {
  const timer = {
    tenantId: 'tenant-acme',
    requestId: 'req-42',
    command: 'RecordResponseSlaBreach' as const,
    dueAt: '2026-03-01T09:00:00.000Z',
  };

  it('names the request and the command, so a timer fired twice is one command', () => {
    expect(slaCommandId(timer)).toBe('sla:req-42:RecordResponseSlaBreach');
    expect(slaCommandId({ ...timer })).toBe(slaCommandId(timer));
  });

  it('differs between the two timers of a request', () => {
    expect(slaCommandId({ ...timer, command: 'RecordDeliverySlaBreach' })).not.toBe(
      slaCommandId(timer),
    );
  });

  it('stays a valid id when the request id is long', () => {
    const id = slaCommandId({ ...timer, requestId: 'r'.repeat(128) });
    expect(id).toMatch(/^[A-Za-z0-9._:-]{1,128}$/);
    expect(id).toBe(slaCommandId({ ...timer, requestId: 'r'.repeat(128) }));
    expect(id).not.toBe(slaCommandId({ ...timer, requestId: 's'.repeat(128) }));
  });
});
