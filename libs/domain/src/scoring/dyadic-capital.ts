import type { ScoringRules } from './scoring-rules';
import { sumOf } from './scoring-math';
import { hasActiveTie, type TieNetwork, tieWeight } from './tie-network';

// Dyadic capital DSC_{o,E} of a project owner with a supporting division, domain README §5.2: the capital
// the owner can draw on when asking E for help, which R3 of the project risk reads (§5.5).

export type DyadicCapitalInput = Readonly<{
  ownerId: string;
  divisionId: string;
  /** E's members as of T (a reorg changes who counts, never the ties themselves). */
  memberIds: readonly string[];
  /** The need's key contact and E's head: a working tie with either earns k = 1. */
  contactIds: readonly string[];
  network: TieNetwork;
}>;

export type DyadicCapital = Readonly<{
  ownerId: string;
  divisionId: string;
  give: number;
  recv: number;
  /** S = 1 − e^{−(give+recv)/3}. */
  strength: number;
  /** ρ = give/(give + recv); null with no activity. */
  balance: number | null;
  /** k: an active tie with E's key contact or head. */
  hasContact: boolean;
  /** DSC = 0.5·S + 0.3·min(1, ρ/0.5) + 0.2·k. */
  value: number;
  /** give − recv. */
  netCredit: number;
  /** The owner has taken more from E than given: "overdrawn with E". */
  overdrawn: boolean;
  ruleVersion: number;
}>;

export function dyadicCapital(input: DyadicCapitalInput, rules: ScoringRules): DyadicCapital {
  const { ownerId, network } = input;
  const members = [...new Set(input.memberIds)].filter((b) => b !== ownerId);
  const give = sumOf(members.map((b) => tieWeight(network, ownerId, b)));
  const recv = sumOf(members.map((b) => tieWeight(network, b, ownerId)));
  const { strengthScale, balanceTarget, weights } = rules.dyadicCapital;
  const strength = 1 - Math.exp(-(give + recv) / strengthScale);
  const balance = give + recv > 0 ? give / (give + recv) : null;
  const hasContact = input.contactIds.some(
    (c) => c !== ownerId && hasActiveTie(network, ownerId, c, rules),
  );
  const value =
    weights.strength * strength +
    weights.balance * (balance === null ? 0 : Math.min(1, balance / balanceTarget)) +
    weights.contact * (hasContact ? 1 : 0);
  return {
    ownerId,
    divisionId: input.divisionId,
    give,
    recv,
    strength,
    balance,
    hasContact,
    value,
    netCredit: give - recv,
    overdrawn: give - recv < 0,
    ruleVersion: rules.version,
  };
}
