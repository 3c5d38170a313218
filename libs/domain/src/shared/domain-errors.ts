/**
 * Why a decider refused a command. Each maps to one stable API error code: a rule of the domain
 * (RULE_VIOLATED, with the rule's own code), an actor who may not act (FORBIDDEN), something that
 * does not exist (NOT_FOUND) or already exists (CONFLICT).
 */
export abstract class DomainError extends Error {
  abstract readonly apiCode: 'RULE_VIOLATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT';
  constructor(
    /** A stable, SCREAMING_SNAKE_CASE code a client can switch on, e.g. `RESPOND_BY_IN_THE_PAST`. */
    readonly code: string,
    message: string,
    /** The command field the rule is about, when there is one. */
    readonly field?: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class RuleViolated extends DomainError {
  readonly apiCode = 'RULE_VIOLATED' as const;
}

export class Forbidden extends DomainError {
  readonly apiCode = 'FORBIDDEN' as const;
}

export class NotFound extends DomainError {
  readonly apiCode = 'NOT_FOUND' as const;
}

export class Conflict extends DomainError {
  readonly apiCode = 'CONFLICT' as const;
}
