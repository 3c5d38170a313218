import { parsePrincipal, type Principal } from '@lib/auth';
import { ApiException } from '@lib/platform';

/** What travels to a command service over TCP: who acts, through which caller, and the input. */
export interface CommandEnvelope {
  /** The client's idempotency key: the same id always gets the first result. */
  commandId: string;
  /** A service credential (ServiceCredentials) issued by the caller for this service. */
  credential: string;
  principal: Principal;
  correlationId?: string;
  input: unknown;
}

const ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The envelope's parts, each checked; the input itself is validated against its command's class. */
export function openEnvelope(raw: unknown): CommandEnvelope {
  const envelope = (raw ?? {}) as Partial<CommandEnvelope>;
  if (typeof envelope.commandId !== 'string' || !ID.test(envelope.commandId)) {
    throw invalid(
      'commandId',
      'isId',
      'commandId must be an id of 1 to 128 letters, digits or ._:-',
    );
  }
  if (
    envelope.correlationId !== undefined &&
    (typeof envelope.correlationId !== 'string' || !ID.test(envelope.correlationId))
  ) {
    throw invalid(
      'correlationId',
      'isId',
      'correlationId must be an id of 1 to 128 letters, digits or ._:-',
    );
  }
  const principal = parsePrincipal(envelope.principal);
  if (typeof principal === 'string')
    throw new ApiException({ code: 'UNAUTHENTICATED', message: principal });
  return {
    commandId: envelope.commandId,
    credential: String(envelope.credential ?? ''),
    principal,
    correlationId: envelope.correlationId,
    input: envelope.input,
  };
}

function invalid(field: string, rule: string, message: string): ApiException {
  return new ApiException({
    code: 'VALIDATION_FAILED',
    message,
    errors: [{ field, rule, message }],
  });
}
