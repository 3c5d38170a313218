import { Test } from '@nestjs/testing';
import { Pool } from 'pg';
import { eventually } from '@lib/testing/eventually';
import { workerLifecycle, type Worker } from './worker-lifecycle';
import { Workers } from './workers';

/** A worker whose starts fail while `fails(attempt)` says so, counting its starts and stops. */
function countingWorker(fails: (attempt: number) => string | undefined) {
  const counts = { attempts: 0, stops: 0 };
  const worker: Worker = {
    migrate: async () => undefined,
    start: async () => {
      counts.attempts += 1;
      const reason = fails(counts.attempts);
      if (reason) throw new Error(reason);
    },
    stop: async () => {
      counts.stops += 1;
    },
  };
  return { worker, counts };
}

async function appWith(worker: Worker, workers = new Workers()) {
  const app = await Test.createTestingModule({
    providers: [
      { provide: Pool, useValue: { end: async () => undefined } },
      { provide: Workers, useValue: workers },
      workerLifecycle({ name: 'relay', inject: [], useFactory: () => worker }),
    ],
  }).compile();
  await app.init();
  return app;
}

describe('a worker lifecycle', () => {
  describe('when the app starts and then shuts down', () => {
    it('migrates, starts the worker, stops it, and ends the pool last', async () => {
      const steps: string[] = [];
      const step = (name: string) => async () => {
        steps.push(name);
      };
      const app = await Test.createTestingModule({
        providers: [
          { provide: Pool, useValue: { end: step('end the pool') } },
          { provide: 'relay', useValue: 'the relay' },
          workerLifecycle({
            name: 'relay',
            inject: ['relay'],
            useFactory: (relay: string) => ({
              migrate: step(`migrate for ${relay}`),
              start: step(`start ${relay}`),
              stop: step(`stop ${relay}`),
            }),
          }),
        ],
      }).compile();

      await app.init();
      await app.close();

      expect(steps).toEqual([
        'migrate for the relay',
        'start the relay',
        'stop the relay',
        'end the pool',
      ]);
    });
  });

  describe('when the worker cannot start yet (no broker, a topic without a leader)', () => {
    it('is reported waiting with the reason, tried again, and reported running once it starts', async () => {
      const workers = new Workers();
      const { worker, counts } = countingWorker((attempt) =>
        attempt < 3 ? 'There is no leader for this topic-partition' : undefined,
      );
      const app = await appWith(worker, workers);

      expect(workers.notRunning()).toEqual({ relay: expect.stringMatching(/starting|waiting/) });
      await eventually(() => expect(workers.notRunning()).toEqual({}), { timeoutMs: 10_000 });
      await workers.allRunning();
      // Each failed start released what it took before the next try.
      expect(counts).toEqual({ attempts: 3, stops: 2 });
      await app.close();
      expect(counts.stops).toBe(3);
    });

    it('says what it waits for while it waits', async () => {
      const workers = new Workers();
      const { worker } = countingWorker(() => 'Connection error: connect ECONNREFUSED 127.0.0.1:9');
      const app = await appWith(worker, workers);

      await eventually(() =>
        expect(workers.notRunning()).toEqual({
          relay: 'waiting: Connection error: connect ECONNREFUSED 127.0.0.1:9',
        }),
      );
      await app.close();
    });

    it('stops trying at shutdown, having released what every failed start took', async () => {
      const workers = new Workers();
      const { worker, counts } = countingWorker(() => 'no broker');
      const app = await appWith(worker, workers);
      await eventually(() => expect(counts.attempts).toBeGreaterThanOrEqual(2));

      await app.close();

      expect(counts.stops).toBe(counts.attempts);
      expect(workers.notRunning()).toEqual({ relay: 'stopped' });
    });
  });
});
