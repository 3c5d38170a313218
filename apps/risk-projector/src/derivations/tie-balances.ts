import { loadHelpUnits, saveTieLedgerRow, tieLedgerRow } from '@lib/read-models';
import type { DeriveContext } from './derive-context';

/** Folds each directed pair's ledger lines into its balance again. */
export async function refreshTieBalances(
  { db, s, tenantId, rules }: DeriveContext,
  pairs: readonly (readonly [string, string])[],
): Promise<void> {
  for (const [fromId, toId] of pairs) {
    const lines = await loadHelpUnits(db, s, tenantId, { leaderIds: [fromId] });
    const row = tieLedgerRow(tenantId, fromId, toId, lines, rules);
    await saveTieLedgerRow(db, s, { tenantId, fromId, toId }, row);
  }
}
