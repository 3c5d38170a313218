import {
  type CommandMetadata,
  exhaustive,
  type PeerRequestCommand,
  peerRequestDecider,
  peerRequestStream,
  type RecipientFacts,
  type ScoringRules,
} from '@lib/domain';
import type { CommandHandler } from '@lib/event-store';
import type { Clock } from '@lib/platform';
import { createHash } from 'node:crypto';
import type { PeerRequestFacts } from '../peer-requests';
import type { DueTimer } from './sla-timer.store';

/**
 * Sends a due timer's command straight to the command handler, as the service itself: no person
 * sends it, so it needs no credential. The command id is derived from the timer, so a timer fired
 * twice (a retry, a restart, two instances) appends its events once.
 */
export class SlaBreachRecorder {
  constructor(
    private readonly handler: CommandHandler,
    private readonly facts: PeerRequestFacts,
    private readonly clock: Clock,
    private readonly actorId: string,
    /** The scoring rules in force: a response SLA breach records their version. */
    private readonly rules: ScoringRules,
  ) {}

  async fire(timer: DueTimer): Promise<void> {
    const facts = await this.facts.recipient(timer.tenantId, timer.requestId);
    const metadata: CommandMetadata = {
      tenantId: timer.tenantId,
      actorId: this.actorId,
      commandId: slaCommandId(timer),
      now: this.clock.now().toISOString(),
      roles: [],
    };
    await this.handler.handleCommand(
      peerRequestDecider,
      peerRequestStream(timer.tenantId, timer.requestId),
      timerCommand(timer, facts, metadata, this.rules),
    );
  }
}

function timerCommand(
  timer: DueTimer,
  facts: RecipientFacts,
  metadata: CommandMetadata,
  rules: ScoringRules,
): PeerRequestCommand {
  const { requestId } = timer;
  switch (timer.command) {
    case 'RecordResponseSlaBreach':
      return {
        type: timer.command,
        data: { requestId, ruleVersion: rules.version, facts },
        metadata,
      };
    case 'RecordDeliverySlaBreach':
      return { type: timer.command, data: { requestId, facts }, metadata };
    default:
      return exhaustive(timer.command);
  }
}

const COMMAND_ID_MAX = 128;

/**
 * `sla:<request>:<command>`: command ids are scoped by tenant already. A request id long enough
 * to push it past the 128 characters an id may have is replaced by its digest.
 */
export function slaCommandId({ requestId, command }: DueTimer): string {
  const readable = `sla:${requestId}:${command}`;
  if (readable.length <= COMMAND_ID_MAX) return readable;
  return `sla:${createHash('sha256').update(requestId).digest('hex')}:${command}`;
}
