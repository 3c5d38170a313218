import type { ExpectedVersion } from './event-store';

/** The stream was not at the version the caller expected: someone else appended first. */
export class ConcurrencyError extends Error {
  override readonly name = 'ConcurrencyError';
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedVersion,
    readonly actual: number | 'no_stream',
  ) {
    super(`stream ${streamId}: expected version ${String(expected)}, actual ${String(actual)}`);
  }
}

/** Some of the events' ids are stored already and some are not: not a retry of one append. */
export class EventIdConflictError extends Error {
  override readonly name = 'EventIdConflictError';
  constructor(readonly eventIds: string[]) {
    super(`events ${eventIds.join(', ')} are stored already, but not the rest of this append`);
  }
}

export class InvalidAppendError extends Error {
  override readonly name = 'InvalidAppendError';
}

/**
 * The command id was used before for a command with another input: answering with the first
 * command's result would silently drop the new input, as a reused idempotency key would.
 */
export class CommandIdReusedError extends Error {
  override readonly name = 'CommandIdReusedError';
  constructor(
    readonly tenantId: string,
    readonly commandId: string,
  ) {
    super(
      `command id ${commandId} was used before for another input; send a new command id for a new command`,
    );
  }
}
