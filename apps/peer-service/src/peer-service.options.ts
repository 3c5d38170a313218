import { CommandServiceEnvironment } from '@lib/command-transport/service';
import { IntegerVariable, type PlatformOptions } from '@lib/platform';

export class PeerServiceEnvironment extends CommandServiceEnvironment {
  /** How often due SLA timers are looked for; a breach is emitted at most this late. */
  @IntegerVariable(100, 3_600_000)
  readonly SLA_POLL_INTERVAL_MS: number = 5000;

  /** Timers fired per poll; a full batch is followed at once by the next (catching up after downtime). */
  @IntegerVariable(1, 10_000)
  readonly SLA_BATCH_SIZE: number = 100;
}

/** The peer service owns peer requests, presentation invitations and mutual themes. */
export const peerServiceOptions = (
  variables?: NodeJS.ProcessEnv,
): PlatformOptions<PeerServiceEnvironment> => ({
  serviceName: 'peer-service',
  environment: PeerServiceEnvironment,
  variables,
  tcpPort: (environment) => environment.TCP_PORT,
});

/**
 * The service's own PostgreSQL schema: its events, the read models of its own events, its copies
 * of the org directory and of the strategic projects, and the SLA timers.
 */
export const PEER_SCHEMA = 'peer';
