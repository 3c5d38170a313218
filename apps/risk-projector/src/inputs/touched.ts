/**
 * What an event changed among the inputs, so that only the read-model rows derived from those
 * inputs are derived again. Erring on the side of more is safe; missing one is not, because a row
 * left stale would depend on the order events arrived in.
 */
export class Touched {
  readonly tiePairs = new Set<string>();
  readonly divisionPairs = new Set<string>();
  readonly needIds = new Set<string>();
  readonly projectIds = new Set<string>();
  /** Leaders whose ties changed: the dyadic capital of the projects they own. */
  readonly tiedLeaders = new Set<string>();
  /** A merge: every division-keyed row of the tenant. */
  allDivisions = false;
  /** Membership, heads or cycles changed: every project's risk. */
  allProjects = false;

  tie(fromId: string, toId: string): this {
    this.tiePairs.add(pairKey(fromId, toId));
    this.tiedLeaders.add(fromId).add(toId);
    return this;
  }

  divisions(fromId: string, toId: string): this {
    this.divisionPairs.add(pairKey(fromId, toId));
    this.divisionPairs.add(pairKey(toId, fromId));
    return this;
  }

  need(needId: string): this {
    this.needIds.add(needId);
    return this;
  }

  project(projectId: string | null | undefined): this {
    if (projectId) this.projectIds.add(projectId);
    return this;
  }
}

const SEPARATOR = '\u0000';

export function pairKey(a: string, b: string): string {
  return `${a}${SEPARATOR}${b}`;
}

export function splitPair(key: string): [string, string] {
  const [a, b] = key.split(SEPARATOR);
  return [a, b];
}
