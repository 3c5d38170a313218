import { matrixCell } from './division-collaboration-matrix.projection';

const key = { tenantId: 't', fromDivId: 'fin', toDivId: 'ops' };

describe('a cell of the division collaboration matrix', () => {
  it('given requests, counts fulfilment, the median response and SLA breaches', () => {
    const cell = matrixCell(
      key,
      [
        {
          requestId: 'a',
          raisedAt: '2026-01-01T00:00:00.000Z',
          firstResponseAt: '2026-01-01T02:00:00.000Z',
          fulfilled: true,
          slaBreached: false,
        },
        {
          requestId: 'b',
          raisedAt: '2026-01-01T00:00:00.000Z',
          firstResponseAt: '2026-01-01T10:00:00.000Z',
          fulfilled: false,
          slaBreached: true,
        },
        {
          requestId: 'c',
          raisedAt: '2026-01-01T00:00:00.000Z',
          firstResponseAt: null,
          fulfilled: false,
          slaBreached: true,
        },
        {
          requestId: 'd',
          raisedAt: '2026-01-01T00:00:00.000Z',
          firstResponseAt: '2026-01-02T00:00:00.000Z',
          fulfilled: true,
          slaBreached: false,
        },
      ],
      { given: [1, 0.25], received: [4] },
      1,
    );
    expect(cell).toEqual({
      ...key,
      requests: 4,
      fulfilled: 2,
      fulfilmentRate: 0.5,
      medianResponseHours: 10,
      slaBreaches: 2,
      slaBreachRate: 0.5,
      unitsGiven: 1.25,
      unitsReceived: 4,
      netGive: -2.75,
      ruleVersion: 1,
    });
  });

  it('given only help flowing back, has no request rates', () => {
    expect(matrixCell(key, [], { given: [], received: [3] }, 1)).toMatchObject({
      requests: 0,
      fulfilmentRate: null,
      medianResponseHours: null,
      netGive: -3,
    });
  });

  it('given nothing between the divisions, is no cell at all', () => {
    expect(matrixCell(key, [], { given: [], received: [] }, 1)).toBeUndefined();
  });
});
