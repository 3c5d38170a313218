import type { Principal } from '@lib/auth';
import type { CommandType } from '@lib/command-transport';

/** A mutation's command on the in-process bus: its type, idempotency key, input and caller. */
export abstract class GatewayCommand<I extends object = object> {
  abstract readonly type: CommandType;

  constructor(
    readonly commandId: string,
    readonly input: I,
    readonly principal: Principal,
  ) {}
}
