import { ApiException } from '@lib/platform';
import type { KeysetPage } from '@lib/read-models';
import type { Freshness } from '../../consistency/read-model-freshness';
import { fromApiError } from '../../errors/gateway-error';
import { readModelUnavailable } from '../../read-models/read-model-errors';
import type { Connection } from './connection.type';

/** A directory read's refusal (a bad cursor, filter or page size) or absence, as the API names it. */
export function directoryError(error: unknown): unknown {
  if (error instanceof ApiException) return fromApiError(error.error);
  return readModelUnavailable(error, 'directory') ?? error;
}

/** Reads from the directory, its errors named as the API names them. */
export async function fromDirectory<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    throw directoryError(error);
  }
}

/** A keyset page of a directory read model as a Relay connection, with its freshness. */
export async function directoryConnection<R, T>(
  read: () => Promise<KeysetPage<R>>,
  nodeOf: (row: R) => T,
  freshness: Freshness,
): Promise<Connection<T>> {
  const page = await fromDirectory(read);
  const edges = page.edges.map((edge) => ({ cursor: edge.cursor, node: nodeOf(edge.node) }));
  return {
    edges,
    nodes: edges.map((edge) => edge.node),
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
    stale: freshness.stale,
    lag: [...freshness.lag],
  };
}
