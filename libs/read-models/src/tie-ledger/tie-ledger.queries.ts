import {
  DEFAULT_SCORING_RULES,
  decayTo,
  isActiveTie,
  isDormantTie,
  type ScoringRules,
} from '@lib/domain';
import type { DataSource } from 'typeorm';
import { HelpUnitEntry, TieLedgerEntry } from './tie-ledger.entity';
import { directedTieOf } from './tie-ledger.projection';

/** A directed tie read at an instant: W decayed to it, and whether the pair is active or dormant. */
export interface TieAt {
  fromId: string;
  toId: string;
  /** W_{from→to}(at). */
  weight: number;
  lastAt: string;
  eventCount: number;
  meanGapDays: number | null;
  /** W_{from→to} + W_{to→from} > ε at `at`. */
  active: boolean;
  /** Silent for more than 8 mean gaps at `at`. */
  dormant: boolean;
  ruleVersion: number;
}

/** The tie ledger of a tenant, read at an instant the caller gives (decay is applied on read). */
export class TieLedgerQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rules: ScoringRules = DEFAULT_SCORING_RULES,
  ) {}

  async findTies(tenantId: string, at: Date): Promise<TieAt[]> {
    const entries = await this.dataSource
      .getRepository(TieLedgerEntry)
      .find({ where: { tenantId }, order: { fromId: 'ASC', toId: 'ASC' } });
    return this.readAt(entries, at);
  }

  /** The ties a leader gives and receives. */
  async findTiesOfLeader(tenantId: string, leaderId: string, at: Date): Promise<TieAt[]> {
    const all = await this.findTies(tenantId, at);
    return all.filter((tie) => tie.fromId === leaderId || tie.toId === leaderId);
  }

  /** The ledger lines behind a directed tie, newest first: the evidence of W. */
  findLines(tenantId: string, fromId: string, toId: string): Promise<HelpUnitEntry[]> {
    return this.dataSource.getRepository(HelpUnitEntry).find({
      where: { tenantId, giverId: fromId, receiverId: toId },
      order: { at: 'DESC', unitKey: 'ASC' },
    });
  }

  private readAt(entries: readonly TieLedgerEntry[], at: Date): TieAt[] {
    const t = at.getTime();
    const byPair = new Map(entries.map((entry) => [`${entry.fromId}>${entry.toId}`, entry]));
    return entries.map((entry) => {
      const tie = directedTieOf(asRow(entry));
      const back = byPair.get(`${entry.toId}>${entry.fromId}`);
      return {
        fromId: entry.fromId,
        toId: entry.toId,
        weight: decayTo(tie, Math.max(t, tie.lastAt), this.rules),
        lastAt: entry.lastAt.toISOString(),
        eventCount: entry.eventCount,
        meanGapDays: entry.meanGapDays,
        active: isActiveTie(tie, back && directedTieOf(asRow(back)), t, this.rules),
        dormant: isDormantTie(tie, t, this.rules),
        ruleVersion: entry.ruleVersion,
      };
    });
  }
}

function asRow(entry: TieLedgerEntry) {
  return {
    weight: entry.weight,
    firstAt: entry.firstAt.toISOString(),
    lastAt: entry.lastAt.toISOString(),
    eventCount: entry.eventCount,
  };
}
