import { resolveCorrelationId } from './correlation-id.resolver';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('resolving the correlation id of a request', () => {
  describe('given the caller sent one', () => {
    it('keeps it', () => {
      expect(resolveCorrelationId('portal-42.req:7')).toBe('portal-42.req:7');
    });

    it('keeps the first when the header was repeated', () => {
      expect(resolveCorrelationId(['first', 'second'])).toBe('first');
    });
  });

  describe('given the caller sent none', () => {
    it('generates a UUID, a different one each time', () => {
      const first = resolveCorrelationId(undefined);
      expect(first).toMatch(UUID);
      expect(resolveCorrelationId(undefined)).not.toBe(first);
    });
  });

  describe('given the caller sent one that is unsafe to log or echo', () => {
    it.each([[''], ['with space'], ['line\nbreak'], ['x'.repeat(129)]])(
      'replaces %j with a UUID',
      (header) => {
        expect(resolveCorrelationId(header)).toMatch(UUID);
      },
    );
  });
});
