import { Test } from '@nestjs/testing';
import { Pool } from 'pg';
import { workerLifecycle } from './worker-lifecycle';

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
});
