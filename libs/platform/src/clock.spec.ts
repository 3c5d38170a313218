import { SeedClock } from './clock';

describe('the seed clock', () => {
  const at = (iso: string) => new Date(iso);

  describe('before the seed sets it', () => {
    it('shows system time', () => {
      const before = Date.now();
      const shown = new SeedClock().now().getTime();
      expect(shown).toBeGreaterThanOrEqual(before);
      expect(shown).toBeLessThanOrEqual(Date.now());
    });
  });

  describe('once set', () => {
    it('stays at the instant set, however much time passes', async () => {
      const clock = new SeedClock();
      await clock.set(at('2026-09-01T09:00:00.000Z'));
      expect(clock.now().toISOString()).toBe('2026-09-01T09:00:00.000Z');
      expect(clock.now().toISOString()).toBe('2026-09-01T09:00:00.000Z');
      expect(clock.isFrozen).toBe(true);
    });

    it('moves forward, running what fell due before it answers', async () => {
      const clock = new SeedClock();
      const seen: string[] = [];
      clock.onAdvance(async (to) => {
        await Promise.resolve();
        seen.push(to.toISOString());
      });
      await clock.set(at('2026-09-01T09:00:00.000Z'));
      await clock.set(at('2026-09-02T09:00:00.000Z'));
      expect(seen).toEqual(['2026-09-01T09:00:00.000Z', '2026-09-02T09:00:00.000Z']);
    });

    it('refuses to go back in time, naming both instants', async () => {
      const clock = new SeedClock();
      await clock.set(at('2026-09-02T09:00:00.000Z'));
      await expect(clock.set(at('2026-09-01T09:00:00.000Z'))).rejects.toThrow(
        'the seed clock only moves forward: it shows 2026-09-02T09:00:00.000Z, asked for 2026-09-01T09:00:00.000Z',
      );
    });

    it('refuses an invalid instant', async () => {
      await expect(new SeedClock().set(new Date('not a date'))).rejects.toThrow(RangeError);
    });
  });

  describe('when released', () => {
    it('shows system time again', async () => {
      const clock = new SeedClock();
      await clock.set(at('2020-01-01T00:00:00.000Z'));
      clock.release();
      expect(clock.isFrozen).toBe(false);
      expect(clock.now().getFullYear()).toBeGreaterThan(2020);
    });
  });
});
