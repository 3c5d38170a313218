import { CommandHandler } from '@nestjs/cqrs';
import { CommandForwarder } from '../../../command-forwarder';
import { GatewayCommand } from '../../../gateway-command';
import type { AcceptCounterProposalInput } from './accept-counter-proposal.input';

export class AcceptCounterProposalCommand extends GatewayCommand<AcceptCounterProposalInput> {
  readonly type = 'AcceptCounterProposal';
}

@CommandHandler(AcceptCounterProposalCommand)
export class AcceptCounterProposalHandler extends CommandForwarder<AcceptCounterProposalCommand> {}
