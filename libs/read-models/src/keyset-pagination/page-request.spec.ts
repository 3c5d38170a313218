import { ApiException } from '@lib/platform';
import {
  allowedValues,
  batchIdsOf,
  decodeCursor,
  encodeCursor,
  MAX_BATCH_IDS,
  MAX_PAGE_SIZE,
  pageSizeOf,
} from './page-request';

function refusal(act: () => unknown) {
  try {
    act();
  } catch (error) {
    expect(error).toBeInstanceOf(ApiException);
    return (error as ApiException).error;
  }
  throw new Error('expected a refusal');
}

describe('a page request', () => {
  it('given no size, then it asks for the default page', () => {
    expect(pageSizeOf({})).toBe(20);
  });

  it.each([0, -1, MAX_PAGE_SIZE + 1, 2.5, Number.NaN])(
    'given first = %p, then it is refused naming first and its range',
    (first) => {
      expect(refusal(() => pageSizeOf({ first }))).toMatchObject({
        code: 'VALIDATION_FAILED',
        errors: [{ field: 'first', rule: 'range', message: expect.stringContaining('1 to 100') }],
      });
    },
  );

  it.each([1, MAX_PAGE_SIZE])(
    'given first = %p, a bound of the range, then it is taken',
    (first) => {
      expect(pageSizeOf({ first })).toBe(first);
    },
  );
});

describe('a cursor', () => {
  it('reads back the position it was made from', () => {
    const cursor = encodeCursor('leaders', { sortKey: '2026-03-02T09:00:00.000Z', id: 'ana' });
    expect(decodeCursor('leaders', cursor)).toEqual({
      sortKey: '2026-03-02T09:00:00.000Z',
      id: 'ana',
    });
  });

  it.each([
    ['garbage', 'not-a-cursor!'],
    ['JSON of another shape', Buffer.from('{"a":1}').toString('base64url')],
    ["another list's cursor", encodeCursor('divisions', { sortKey: 'x', id: 'x' })],
  ])('given %s, then it is refused naming after', (_, cursor) => {
    expect(refusal(() => decodeCursor('leaders', cursor))).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [{ field: 'after', rule: 'cursor' }],
    });
  });
});

describe('a batch of ids', () => {
  it('is loaded once per id', () => {
    expect(batchIdsOf(['a', 'b', 'a'])).toEqual(['a', 'b']);
  });

  it('given more ids than a batch may hold, then it is refused naming ids', () => {
    const ids = Array.from({ length: MAX_BATCH_IDS + 1 }, (_, i) => `id-${i}`);
    expect(refusal(() => batchIdsOf(ids))).toMatchObject({
      errors: [{ field: 'ids', rule: 'maxItems' }],
    });
  });
});

describe('a filter', () => {
  it('given a value the list does not know, then it is refused naming the filter', () => {
    expect(refusal(() => allowedValues('statuses', ['raised', 'lost'], ['raised']))).toMatchObject({
      errors: [{ field: 'statuses', rule: 'isIn', message: expect.stringContaining('lost') }],
    });
  });

  it('given nothing, then it filters nothing', () => {
    expect(allowedValues('statuses', [], ['raised'])).toBeUndefined();
  });
});
