import { Logger, type INestApplication } from '@nestjs/common';
import { gracefulShutdown, type ClosableApp } from './graceful-shutdown';

type Step = 'http server closed' | 'shutdown hooks ran';

function fakeApp(hooks: () => Promise<void> = () => Promise.resolve()) {
  const steps: Step[] = [];
  const app: ClosableApp = {
    getHttpAdapter: (() => ({
      close: async () => void steps.push('http server closed'),
    })) as unknown as INestApplication['getHttpAdapter'],
    close: async () => {
      await hooks();
      steps.push('shutdown hooks ran');
    },
  };
  return { app, steps };
}

function exitCode(): { exit: (code: number) => void; code: Promise<number> } {
  let exit!: (code: number) => void;
  const code = new Promise<number>((resolve) => (exit = resolve));
  return { exit, code };
}

describe('shutting down on a signal', () => {
  beforeAll(() => Logger.overrideLogger(false));

  describe('when the hooks finish in time', () => {
    it('stops taking requests before running the hooks, then exits 0', async () => {
      const { app, steps } = fakeApp();
      const { exit, code } = exitCode();

      await gracefulShutdown(app, 1_000, exit)('SIGTERM');

      expect(await code).toBe(0);
      expect(steps).toEqual(['http server closed', 'shutdown hooks ran']);
    });
  });

  describe('when a hook hangs', () => {
    it('exits 1 once the timeout has passed', async () => {
      const { app } = fakeApp(() => new Promise<never>(() => undefined));
      const { exit, code } = exitCode();

      void gracefulShutdown(app, 20, exit)('SIGTERM');

      expect(await code).toBe(1);
    });
  });

  describe('when a hook fails', () => {
    it('exits 1', async () => {
      const { app } = fakeApp(() => Promise.reject(new Error('pool already closed')));
      const { exit, code } = exitCode();

      await gracefulShutdown(app, 1_000, exit)('SIGINT');

      expect(await code).toBe(1);
    });
  });

  describe('when a second signal arrives during the shutdown', () => {
    it('shuts down once', async () => {
      const { app, steps } = fakeApp();
      const exits: number[] = [];
      const shutDown = gracefulShutdown(app, 1_000, (code) => void exits.push(code));

      await Promise.all([shutDown('SIGTERM'), shutDown('SIGINT')]);

      expect(exits).toEqual([0]);
      expect(steps).toEqual(['http server closed', 'shutdown hooks ran']);
    });
  });
});
