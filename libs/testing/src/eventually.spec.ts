import { eventually } from './eventually';

describe('eventually', () => {
  it('returns the value once the probe stops failing', async () => {
    let calls = 0;
    const value = await eventually(
      () => {
        calls += 1;
        if (calls < 3) throw new Error('not yet');
        return 'ready';
      },
      { intervalMs: 1 },
    );
    expect(value).toBe('ready');
    expect(calls).toBe(3);
  });

  it('rethrows the last failure when the deadline passes', async () => {
    let calls = 0;
    const attempt = eventually(
      () => {
        calls += 1;
        throw new Error(`attempt ${calls}`);
      },
      { timeoutMs: 50, intervalMs: 5 },
    );
    await expect(attempt).rejects.toThrow(/still failing after 50 ms: attempt \d+/);
    expect(calls).toBeGreaterThan(1);
  });
});
