import { Logger } from '@nestjs/common';
import type { RiskProjectorEnvironment } from '../risk-projector.options';
import { ReevaluationJob, type RiskEvaluator } from './risk-evaluator';

describe('the periodic re-evaluation', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  const environment = { REEVALUATE_INTERVAL_MS: 1_000 } as RiskProjectorEnvironment;

  it('evaluates once per interval, and never starts a second run while one is still going', async () => {
    let finish: () => void = () => undefined;
    const evaluate = jest.fn(
      () =>
        new Promise<string[]>((resolve) => {
          finish = () => resolve([]);
        }),
    );
    const job = new ReevaluationJob({ evaluate } as unknown as RiskEvaluator, environment);
    job.onApplicationBootstrap();
    await jest.advanceTimersByTimeAsync(3_500);
    expect(evaluate).toHaveBeenCalledTimes(1);
    finish();
    await jest.advanceTimersByTimeAsync(1_000);
    expect(evaluate).toHaveBeenCalledTimes(2);
    finish();
    await job.onApplicationShutdown();
  });

  it('keeps running after an evaluation fails', async () => {
    const evaluate = jest
      .fn()
      .mockRejectedValueOnce(new Error('database away'))
      .mockResolvedValue([]);
    const job = new ReevaluationJob({ evaluate } as unknown as RiskEvaluator, environment);
    jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    job.onApplicationBootstrap();
    await jest.advanceTimersByTimeAsync(2_000);
    expect(evaluate).toHaveBeenCalledTimes(2);
    await job.onApplicationShutdown();
  });
});
