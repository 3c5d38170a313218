import { Forbidden, NotFound, RuleViolated } from '@lib/domain';
import { ApiException } from '@lib/platform';
import { CommandIdReusedError, ConcurrencyError } from '@lib/event-store';
import { toApiError } from './api-error-mapping';

describe('mapping a failed command to an API error', () => {
  it('keeps the domain rule code and the field', () => {
    expect(
      toApiError(
        new RuleViolated('RESPOND_BY_IN_THE_PAST', 'respondBy must be later than now', 'respondBy'),
      ),
    ).toEqual({
      code: 'RULE_VIOLATED',
      rule: 'RESPOND_BY_IN_THE_PAST',
      field: 'respondBy',
      message: 'respondBy must be later than now',
    });
  });

  it.each([
    [new Forbidden('NOT_THE_RECIPIENT', 'only the recipient accepts'), 'FORBIDDEN'],
    [new NotFound('LEADER_NOT_FOUND', 'no leader l-9'), 'NOT_FOUND'],
    [new ConcurrencyError('s', 1, 2), 'CONFLICT'],
  ])('maps %p to %s', (error, code) => {
    expect(toApiError(error).code).toBe(code);
  });

  it('refuses a reused command id as a conflict with a rule code of its own', () => {
    expect(toApiError(new CommandIdReusedError('tenant-a', 'c-1'))).toEqual({
      code: 'CONFLICT',
      rule: 'COMMAND_ID_REUSED',
      message:
        'command id c-1 was used before for another input; send a new command id for a new command',
    });
  });

  it('passes an API error through', () => {
    const error = { code: 'UNAUTHENTICATED' as const, message: 'no credential' };
    expect(toApiError(new ApiException(error))).toBe(error);
  });

  it('hides the details of an unexpected failure', () => {
    expect(toApiError(new Error('connection reset by peer at 10.0.0.3'))).toEqual({
      code: 'INTERNAL',
      message: 'the command could not be handled; it may be retried with the same commandId',
    });
  });
});
