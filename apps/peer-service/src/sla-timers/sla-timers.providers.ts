import { CommandHandler } from '@lib/event-store';
import { Clock, SeedClock, ServiceIdentity } from '@lib/platform';
import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type Provider,
} from '@nestjs/common';
import { Pool } from 'pg';
import { PeerScoringRules } from '../peer-scoring-rules';
import { PeerServiceEnvironment } from '../peer-service.options';
import { PeerRequestFacts } from '../peer-requests';
import { SlaBreachRecorder } from './sla-breach-recorder';
import { SlaTimerPoller } from './sla-timer-poller';
import { SlaTimerStore } from './sla-timer.store';

/** The poller runs while the app does: from bootstrap until shutdown begins. */
@Injectable()
class SlaTimerLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(@Inject(SlaTimerPoller) private readonly poller: SlaTimerPoller) {}

  onApplicationBootstrap(): void {
    this.poller.start();
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.poller.stop();
  }
}

export function slaTimerProviders(schema: string): Provider[] {
  const logger = new Logger('SlaTimers');
  return [
    {
      provide: SlaTimerStore,
      inject: [Pool],
      useFactory: (pool: Pool) => new SlaTimerStore(pool, schema),
    },
    {
      provide: SlaBreachRecorder,
      inject: [CommandHandler, PeerRequestFacts, Clock, ServiceIdentity, PeerScoringRules],
      useFactory: (
        handler: CommandHandler,
        facts: PeerRequestFacts,
        clock: Clock,
        service: ServiceIdentity,
        scoring: PeerScoringRules,
      ) => new SlaBreachRecorder(handler, facts, clock, service.name, scoring.rules),
    },
    {
      provide: SlaTimerPoller,
      inject: [SlaTimerStore, SlaBreachRecorder, Clock, PeerServiceEnvironment],
      useFactory: (
        store: SlaTimerStore,
        recorder: SlaBreachRecorder,
        clock: Clock,
        env: PeerServiceEnvironment,
      ) => {
        const poller = new SlaTimerPoller(store, (timer) => recorder.fire(timer), clock, {
          intervalMs: env.SLA_POLL_INTERVAL_MS,
          batchSize: env.SLA_BATCH_SIZE,
          log: (message, error) => logger.warn({ err: error }, message),
        });
        // A seeded history breaches its SLAs at the business time they fall due.
        if (clock instanceof SeedClock) clock.onAdvance(() => poller.catchUp());
        return poller;
      },
    },
    SlaTimerLifecycle,
  ];
}
