import { eventually, testEnvironment } from '@lib/testing';
import { freePort, startAppProcess, type AppProcess } from '../../test/app-process';

const MINIMAL_APP = 'libs/platform/test/minimal-app.ts';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function validVariables(port: number): Record<string, string> {
  const { databaseUrl, kafkaBrokers } = testEnvironment();
  return {
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    DATABASE_URL: databaseUrl,
    KAFKA_BROKERS: kafkaBrokers.join(','),
  };
}

describe('starting an app built on the platform', () => {
  describe('given PORT is not a number', () => {
    it('exits 1 and tells on stderr which variable breaks which rule, without a stack trace', async () => {
      const app = startAppProcess(MINIMAL_APP, { ...validVariables(3000), PORT: 'abc' });

      expect(await app.exited).toEqual({ code: 1, signal: null });
      expect(app.stderr()).toBe(
        'Invalid configuration:\n  - PORT: must be an integer from 1 to 65535 (got "abc")\n',
      );
      expect(app.stdout()).toBe('');
    });
  });

  describe('given a valid environment', () => {
    let app: AppProcess;
    let baseUrl: string;

    beforeAll(async () => {
      const port = await freePort();
      baseUrl = `http://127.0.0.1:${port}`;
      app = startAppProcess(MINIMAL_APP, validVariables(port));
      await eventually(
        async () => {
          if ((await fetch(`${baseUrl}/health/live`)).status !== 200) throw new Error('not live');
        },
        { timeoutMs: 30_000, intervalMs: 200 },
      );
    });

    afterAll(async () => {
      app.signal('SIGKILL');
      await app.exited;
    });

    it('logs, as JSON, the URL it listens on', () => {
      expect(app.logLines()).toContainEqual(
        expect.objectContaining({
          msg: `minimal-app listening on ${baseUrl}`,
          service: 'minimal-app',
        }),
      );
    });

    it('answers liveness with 200', async () => {
      const response = await fetch(`${baseUrl}/health/live`);
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ status: 'ok' });
    });

    it('serves process metrics and the HTTP duration histogram in the Prometheus format', async () => {
      const response = await fetch(`${baseUrl}/metrics`);
      const text = await response.text();

      expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
      expect(text).toMatch(/^process_cpu_user_seconds_total\{service="minimal-app"\} /m);
      expect(text).toContain('# TYPE http_request_duration_seconds histogram');
      expect(text).toMatch(
        /^http_request_duration_seconds_count\{service="minimal-app",method="GET",route="\/health\/live",status_code="200"\} \d+$/m,
      );
    });

    describe('when a request carries x-correlation-id: abc', () => {
      it('echoes it and writes it into every log line of that request', async () => {
        const response = await fetch(`${baseUrl}/greetings`, {
          headers: { 'x-correlation-id': 'abc' },
        });

        expect(response.headers.get('x-correlation-id')).toBe('abc');
        const linesOfRequest = await eventually(() => {
          const lines = app.logLines().filter((line) => line.correlationId === 'abc');
          expect(lines.map((line) => line.msg)).toEqual(['greeting a caller', 'request completed']);
          return lines;
        });
        expect(linesOfRequest[0]).toMatchObject({ context: 'GreetingController' });
      });
    });

    describe('when a request carries no correlation id', () => {
      it('answers with a generated one', async () => {
        const response = await fetch(`${baseUrl}/greetings`);
        expect(response.headers.get('x-correlation-id')).toMatch(UUID);
      });
    });

    describe('when it receives SIGTERM', () => {
      it('shuts down cleanly and exits 0', async () => {
        app.signal('SIGTERM');

        expect(await app.exited).toEqual({ code: 0, signal: null });
        expect(app.logLines().map((line) => line.msg)).toContain('shut down cleanly');
      });
    });
  });
});
