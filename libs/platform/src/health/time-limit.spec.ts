import { TimeLimitExceededError, withinTimeLimit } from './time-limit';

describe('running a check within a time limit', () => {
  describe('given the check answers in time', () => {
    it('returns its answer', async () => {
      await expect(withinTimeLimit(Promise.resolve('up'), 1_000, 'PostgreSQL')).resolves.toBe('up');
    });

    it('passes its failure through', async () => {
      const refused = Promise.reject(new Error('connect ECONNREFUSED'));
      await expect(withinTimeLimit(refused, 1_000, 'PostgreSQL')).rejects.toThrow('ECONNREFUSED');
    });
  });

  describe('given the check never answers', () => {
    it('fails once the limit has passed, naming the dependency', async () => {
      const startedAt = Date.now();
      const silence = new Promise<never>(() => undefined);

      await expect(withinTimeLimit(silence, 50, 'Kafka')).rejects.toEqual(
        new TimeLimitExceededError('Kafka did not answer within 50 ms'),
      );
      expect(Date.now() - startedAt).toBeLessThan(1_000);
    });
  });
});
