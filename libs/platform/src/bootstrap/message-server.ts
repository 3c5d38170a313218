import { type MessageHandler, ServerTCP, type TcpOptions } from '@nestjs/microservices';
import { throwError } from 'rxjs';
import type { ApiError } from '../errors/api-error';

const SHOWN_PATTERN_LENGTH = 64;

/**
 * Nest's TCP server, except that a message no handler takes is answered with a stable API error
 * (NOT_FOUND, rule UNKNOWN_COMMAND) instead of Nest's own sentence, so a caller can tell an unknown
 * command from a failure without matching text.
 */
export class MessageServer extends ServerTCP {
  constructor(options: TcpOptions['options']) {
    super(options ?? {});
  }

  override getHandlerByPattern(pattern: string): MessageHandler | null {
    return super.getHandlerByPattern(pattern) ?? unknownCommand(pattern);
  }
}

function unknownCommand(pattern: string): MessageHandler {
  const handler = (() =>
    Promise.resolve(throwError(() => unknownCommandError(pattern)))) as MessageHandler;
  return handler;
}

/** Names only what the caller sent: the list of commands this service takes is not an answer. */
export function unknownCommandError(pattern: string): ApiError {
  const shown =
    pattern.length > SHOWN_PATTERN_LENGTH ? `${pattern.slice(0, SHOWN_PATTERN_LENGTH)}…` : pattern;
  return {
    code: 'NOT_FOUND',
    rule: 'UNKNOWN_COMMAND',
    message: `this service takes no command '${shown}'`,
  };
}
