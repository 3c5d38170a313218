import type { INestApplication } from '@nestjs/common';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { Logger, LoggerModule } from 'nestjs-pino';
import { currentCorrelationId, runWithCorrelationId } from './correlation.context';
import { loggerOptions } from './logger.options';

describe('running background work with a correlation id', () => {
  const lines: string[] = [];
  let app: INestApplication;
  let logger: Logger;

  beforeAll(async () => {
    const destination = { write: (line: string) => void lines.push(line) };
    const moduleRef = await Test.createTestingModule({
      imports: [
        LoggerModule.forRoot({ pinoHttp: [loggerOptions('info', 'projector'), destination] }),
      ],
    }).compile();
    app = await moduleRef.createNestApplication(new FastifyAdapter()).init();
    logger = app.get(Logger);
  });

  afterAll(() => app.close());
  beforeEach(() => lines.splice(0));

  const logged = () => lines.map((line) => JSON.parse(line) as Record<string, unknown>);

  describe('when a batch logs before and after awaiting', () => {
    it('writes the id into every line of the batch', async () => {
      await runWithCorrelationId('batch-7', async () => {
        logger.log('batch received');
        await new Promise((resolve) => setImmediate(resolve));
        logger.log('batch committed');
      });

      expect(logged()).toEqual([
        expect.objectContaining({ msg: 'batch received', correlationId: 'batch-7' }),
        expect.objectContaining({ msg: 'batch committed', correlationId: 'batch-7' }),
      ]);
    });

    it('hands the id to code that copies it into outgoing messages', async () => {
      const seen = await runWithCorrelationId('batch-8', async () => {
        await Promise.resolve();
        return currentCorrelationId();
      });
      expect(seen).toBe('batch-8');
    });
  });

  describe('when two batches run concurrently', () => {
    it('keeps each line with its own batch id', async () => {
      const batch = (id: string) =>
        runWithCorrelationId(id, async () => {
          await new Promise((resolve) => setImmediate(resolve));
          logger.log(`handled ${id}`);
        });
      await Promise.all([batch('a'), batch('b')]);

      const ids = Object.fromEntries(logged().map((line) => [line.msg, line.correlationId]));
      expect(ids).toEqual({ 'handled a': 'a', 'handled b': 'b' });
    });
  });

  describe('when a run starts inside another', () => {
    it('uses the inner id, written once per line', () => {
      runWithCorrelationId('outer', () =>
        runWithCorrelationId('inner', () => logger.log('nested')),
      );

      expect(logged()).toEqual([expect.objectContaining({ correlationId: 'inner' })]);
      expect(lines[0].match(/"correlationId"/g)).toHaveLength(1);
    });
  });

  describe('when work runs outside any run or request', () => {
    it('logs without a correlation id and reports none', () => {
      logger.log('idle');

      expect(logged()[0]).not.toHaveProperty('correlationId');
      expect(currentCorrelationId()).toBeUndefined();
    });
  });
});
