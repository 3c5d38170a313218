import { Forbidden, NotFound, RuleViolated } from '../../shared/domain-errors';
import { speaksForDivision, type DivisionRankingAuthority } from '../strategy.facts';
import type { SupportNeedState } from './support-need.state';

type DeclaredNeed = Exclude<SupportNeedState, { status: 'undeclared' }>;
type Status = DeclaredNeed['status'];

export function existingNeed(state: SupportNeedState, needId: string): DeclaredNeed {
  if (state.status === 'undeclared') {
    throw new NotFound('SUPPORT_NEED_NOT_FOUND', `no support need ${needId}`, 'needId');
  }
  return state;
}

function needIn<S extends Status>(
  need: DeclaredNeed,
  allowed: readonly S[],
  code: string,
  rule: string,
): Extract<DeclaredNeed, { status: S }> {
  if ((allowed as readonly Status[]).includes(need.status)) {
    return need as Extract<DeclaredNeed, { status: S }>;
  }
  throw new RuleViolated(code, `support need ${need.ref.needId} is ${need.status}: ${rule}`);
}

export function awaitingAnswer(need: DeclaredNeed) {
  return needIn(
    need,
    ['declared', 'counter_proposed'],
    'NOT_AWAITING_ANSWER',
    'only a need awaiting an answer can be committed, counter-proposed or declined',
  );
}

export function withCounterProposal(need: DeclaredNeed) {
  return needIn(need, ['counter_proposed'], 'NO_COUNTER_PROPOSAL', 'there is no offer to accept');
}

export function committed(need: DeclaredNeed) {
  return needIn(
    need,
    ['committed'],
    'SUPPORT_NOT_COMMITTED',
    'only promised support can slip or be delivered',
  );
}

export function stillOpen(need: DeclaredNeed) {
  return needIn(
    need,
    ['declared', 'counter_proposed', 'committed'],
    'SUPPORT_NEED_CLOSED',
    'a declined, withdrawn or delivered need cannot be withdrawn',
  );
}

export function assertSpeaksForSupportingDivision(
  actorId: string,
  supportingDivision: DivisionRankingAuthority,
): void {
  if (speaksForDivision(actorId, supportingDivision)) return;
  throw new Forbidden(
    'NOT_SUPPORTING_DIVISION_HEAD_OR_DELEGATE',
    "only the supporting division's head or a ranking delegate answers for it",
  );
}

export function assertProjectOwner(actorId: string, projectOwnerId: string): void {
  if (actorId === projectOwnerId) return;
  throw new Forbidden('NOT_THE_PROJECT_OWNER', "only the project's owner may do this");
}
