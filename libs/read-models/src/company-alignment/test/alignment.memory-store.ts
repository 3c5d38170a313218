import {
  type AlignmentInputChange,
  type AlignmentInputs,
  type CompanyPrioritiesInput,
  type CycleClosingInput,
  earlierClosing,
  type MergeInput,
  type NeedInput,
  type ProjectClosingInput,
  type RankingInput,
} from '../../division-pair-alignment/alignment-inputs';
import { compareText } from '../../division-pair-alignment/merged-portfolios';
import type { RerankAlignment } from '../alignment-drift.derive';
import type { CycleIndexEntry } from '../alignment-reach';
import { AlignmentStore } from '../alignment.store';
import type { CycleAlignment } from '../company-alignment.derive';

/**
 * The alignment store in memory, with the same keys and upserts as the SQL one: lets a property
 * test replay thousands of event orders through the real projection function in seconds.
 */
export class InMemoryAlignmentStore extends AlignmentStore {
  private readonly rankings = new Map<string, RankingInput>();
  private readonly companyPriorities = new Map<string, CompanyPrioritiesInput>();
  private readonly needs = new Map<string, NeedInput>();
  private readonly projectClosings = new Map<string, ProjectClosingInput>();
  private readonly merges = new Map<string, MergeInput>();
  private readonly cycleClosings = new Map<string, CycleClosingInput>();
  private readonly cycles = new Map<string, CycleAlignment>();
  private readonly reranks = new Map<string, RerankAlignment>();

  async record(change: AlignmentInputChange): Promise<void> {
    switch (change.kind) {
      case 'ranking': {
        const r = change.ranking;
        this.rankings.set(key(r.tenantId, r.cycleId, r.divisionId, r.revision), r);
        return;
      }
      case 'companyPriorities': {
        const p = change.priorities;
        this.companyPriorities.set(key(p.tenantId, p.cycleId, p.version), p);
        return;
      }
      case 'needDeclared': {
        const k = key(change.need.tenantId, change.need.needId);
        this.needs.set(k, { ...this.needs.get(k), ...change.need });
        return;
      }
      case 'needClosed': {
        const k = key(change.tenantId, change.needId);
        const need = this.needs.get(k) ?? { tenantId: change.tenantId, needId: change.needId };
        this.needs.set(k, { ...need, closed: earlierClosing(need.closed, change.closed) });
        return;
      }
      case 'projectClosed': {
        const c = change.closing;
        keepEarliest(this.projectClosings, key(c.tenantId, c.projectId), c);
        return;
      }
      case 'cycleClosed': {
        const c = change.closing;
        keepEarliest(this.cycleClosings, key(c.tenantId, c.cycleId), c);
        return;
      }
      case 'merge':
        for (const m of change.merges) this.merges.set(key(m.tenantId, m.eventId, m.sourceId), m);
    }
  }

  async cycleIndex(tenantId: string): Promise<CycleIndexEntry[]> {
    const last = new Map<string, string>();
    for (const r of this.rankings.values()) {
      if (r.tenantId !== tenantId) continue;
      const kept = last.get(r.cycleId);
      if (!kept || Date.parse(r.occurredAt) > Date.parse(kept)) last.set(r.cycleId, r.occurredAt);
    }
    return [...last].map(([cycleId, lastRankedAt]) => ({
      cycleId,
      lastRankedAt,
      closedAt: this.cycleClosings.get(key(tenantId, cycleId))?.at ?? null,
    }));
  }

  async inputs(tenantId: string, cycleIds: readonly string[]): Promise<AlignmentInputs> {
    const ofTenant = <T extends { tenantId: string }>(rows: Map<string, T>) =>
      [...rows.values()].filter((row) => row.tenantId === tenantId);
    return {
      tenantId,
      rankings: ofTenant(this.rankings).filter((r) => cycleIds.includes(r.cycleId)),
      companyPriorities: ofTenant(this.companyPriorities).filter((p) =>
        cycleIds.includes(p.cycleId),
      ),
      needs: ofTenant(this.needs),
      projectClosings: ofTenant(this.projectClosings),
      merges: ofTenant(this.merges),
      cycleClosings: ofTenant(this.cycleClosings),
    };
  }

  async saveCycle(cycle: CycleAlignment): Promise<void> {
    this.cycles.set(key(cycle.tenantId, cycle.cycleId), cycle);
  }

  async saveRerank(rerank: RerankAlignment): Promise<void> {
    this.reranks.set(key(rerank.rerank.tenantId, rerank.rerank.eventId), rerank);
  }

  /** Every derived row, in key order: two stores fed the same events compare equal. */
  readModel() {
    const byKey = <T>(rows: Map<string, T>) =>
      [...rows].sort(([a], [b]) => compareText(a, b)).map(([, row]) => row);
    return { cycles: byKey(this.cycles), reranks: byKey(this.reranks) };
  }
}

function key(...parts: readonly (string | number)[]): string {
  return parts.join('\u0000');
}

function keepEarliest<T extends CycleClosingInput | ProjectClosingInput>(
  rows: Map<string, T>,
  k: string,
  closing: T,
): void {
  const kept = rows.get(k);
  rows.set(k, kept && earlierClosing(kept, closing) === kept ? kept : closing);
}
