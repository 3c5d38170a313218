import { RateLimiter } from './rate-limiter';

describe('the rate limit per principal', () => {
  it('Given a principal within its rate, When it asks again, Then it is admitted until the limit', () => {
    let now = 0;
    const limiter = new RateLimiter(2, () => now);
    expect([limiter.take('acme/ada'), limiter.take('acme/ada'), limiter.take('acme/ada')]).toEqual([
      true,
      true,
      false,
    ]);
    expect(limiter.take('acme/bob')).toBe(true);
    now = 60_000;
    expect(limiter.take('acme/ada')).toBe(true);
  });
});
