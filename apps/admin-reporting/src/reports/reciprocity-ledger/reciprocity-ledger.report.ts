import { type DivisionCollaborationCell, DivisionCollaborationQueries } from '@lib/read-models';
import type { ReportDefinition, ReportFilters, ReportRow } from '../report';

/**
 * Give and take between two divisions, from both cells of the collaboration matrix: the help
 * units each way, the net, and which side is the net giver. The taker's relationship is
 * overdrawn (it has received more than it gave).
 */
export function reciprocityLedgerReport(matrix: DivisionCollaborationQueries): ReportDefinition {
  return {
    name: 'reciprocity-ledger',
    title: 'Reciprocity ledger by division pair',
    description:
      'Help units each way between two divisions, the net giver and the net taker (whose relationship is overdrawn).',
    filters: ['division'],
    columns: [
      { key: 'pair', label: 'Pair' },
      { key: 'division', label: 'Division' },
      { key: 'otherDivision', label: 'Other division' },
      { key: 'unitsGiven', label: 'Units given' },
      { key: 'unitsReceived', label: 'Units received' },
      { key: 'net', label: 'Net (given − received)' },
      { key: 'netGiver', label: 'Net giver' },
      { key: 'netTaker', label: 'Net taker (overdrawn)' },
    ],
    chart: { kind: 'bar', category: 'pair', values: ['net'] },
    async rows(tenantId: string, filters: ReportFilters): Promise<ReportRow[]> {
      const cells = filters.division
        ? await matrix.findCellsOfDivision(tenantId, filters.division)
        : await matrix.findMatrix(tenantId);
      return pairsOf(cells).map(([division, otherDivision, given, received]) => {
        const net = given - received;
        return {
          pair: `${division} ↔ ${otherDivision}`,
          division,
          otherDivision,
          unitsGiven: given,
          unitsReceived: received,
          net,
          netGiver: net > 0 ? division : net < 0 ? otherDivision : null,
          netTaker: net > 0 ? otherDivision : net < 0 ? division : null,
        };
      });
    },
  };
}

/**
 * Each unordered pair once, lower id first, with the units its first division gave and got. The
 * cell a→b counts both directions already; the mirror b→a stands in only where a→b is missing.
 */
function pairsOf(cells: readonly DivisionCollaborationCell[]): [string, string, number, number][] {
  const pairs = new Map<string, [string, string, number, number]>();
  for (const cell of cells) {
    if (cell.fromDivId === cell.toDivId) continue;
    const forward = cell.fromDivId < cell.toDivId;
    const [a, b] = forward ? [cell.fromDivId, cell.toDivId] : [cell.toDivId, cell.fromDivId];
    const key = JSON.stringify([a, b]);
    if (forward) pairs.set(key, [a, b, cell.unitsGiven, cell.unitsReceived]);
    else if (!pairs.has(key)) pairs.set(key, [a, b, cell.unitsReceived, cell.unitsGiven]);
  }
  return [...pairs.entries()].sort(([x], [y]) => (x < y ? -1 : 1)).map(([, pair]) => pair);
}
