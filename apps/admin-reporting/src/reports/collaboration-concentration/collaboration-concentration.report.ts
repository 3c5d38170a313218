import { PeerLoadQueries } from '@lib/read-models';
import { instant, type ReportDefinition, type ReportRow } from '../report';
import { giniOf, top5ShareOf } from './concentration';

/**
 * Who carries the collaborative work: each leader's load and overload index, busiest first, with
 * the tenant's Gini and top-5 % share of load in every row (the summary the chart titles).
 */
export function collaborationConcentrationReport(loads: PeerLoadQueries): ReportDefinition {
  return {
    name: 'collaboration-concentration',
    title: 'Collaboration concentration',
    description:
      'Each leader\u2019s request load and overload index, busiest first, with the Gini and top-5 % share of all load.',
    filters: [],
    columns: [
      { key: 'leader', label: 'Leader' },
      { key: 'load', label: 'Load' },
      { key: 'shareOfLoad', label: 'Share of load' },
      { key: 'overloadIndex', label: 'Overload index' },
      { key: 'overloaded', label: 'Overloaded' },
      { key: 'overloadedSince', label: 'Overloaded since' },
      { key: 'gini', label: 'Gini of load' },
      { key: 'top5Share', label: 'Top-5 % share' },
      { key: 'evaluatedAt', label: 'Evaluated at' },
    ],
    chart: { kind: 'bar', category: 'leader', values: ['load'] },
    async rows(tenantId: string): Promise<ReportRow[]> {
      const leaders = (await loads.findLoads(tenantId)).sort(
        (a, b) => b.load - a.load || (a.leaderId < b.leaderId ? -1 : 1),
      );
      const amounts = leaders.map((leader) => leader.load);
      const total = amounts.reduce((sum, amount) => sum + amount, 0);
      const gini = giniOf(amounts);
      const top5Share = top5ShareOf(amounts);
      return leaders.map((leader) => ({
        leader: leader.leaderId,
        load: leader.load,
        shareOfLoad: total === 0 ? null : leader.load / total,
        overloadIndex: leader.oi,
        overloaded: leader.overloaded,
        overloadedSince: leader.overloadedSince,
        gini,
        top5Share,
        evaluatedAt: instant(leader.evaluatedAt),
      }));
    },
  };
}
