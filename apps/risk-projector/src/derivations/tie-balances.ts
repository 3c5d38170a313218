import {
  type HelpUnit,
  loadPairLines,
  saveTieLedgerRows,
  type TieLedgerRow,
  tieLedgerRow,
} from '@lib/read-models';
import { pairKey } from '../inputs/touched';
import type { DeriveContext } from './derive-context';

/** Folds each directed pair's ledger lines into its balance again, all pairs in three statements. */
export async function refreshTieBalances(
  { db, s, tenantId, rules }: DeriveContext,
  pairs: readonly (readonly [string, string])[],
): Promise<void> {
  if (pairs.length === 0) return;
  const linesByPair = new Map<string, HelpUnit[]>();
  for (const line of await loadPairLines(db, s, tenantId, pairs)) {
    const key = pairKey(line.giverId, line.receiverId);
    const lines = linesByPair.get(key) ?? [];
    lines.push(line);
    linesByPair.set(key, lines);
  }
  const rows: TieLedgerRow[] = [];
  const emptied: (readonly [string, string])[] = [];
  for (const [fromId, toId] of pairs) {
    const row = tieLedgerRow(
      tenantId,
      fromId,
      toId,
      linesByPair.get(pairKey(fromId, toId)) ?? [],
      rules,
    );
    if (row) rows.push(row);
    else emptied.push([fromId, toId]);
  }
  await saveTieLedgerRows(db, s, tenantId, rows, emptied);
}
