import {
  Equal,
  type FindOptionsOrder,
  type FindOptionsWhere,
  In,
  LessThan,
  MoreThan,
  type ObjectLiteral,
  type Repository,
} from 'typeorm';
import {
  assertTenant,
  batchIdsOf,
  decodeCursor,
  encodeCursor,
  invalidInput,
  type PageRequest,
  pageSizeOf,
} from './page-request';

export type Edge<T> = Readonly<{ node: T; cursor: string }>;

/** One page of a list in its order, as a Relay connection reads it. */
export type KeysetPage<T> = Readonly<{
  edges: readonly Edge<T>[];
  hasNextPage: boolean;
  endCursor: string | null;
}>;

/**
 * How a list is ordered: by a sort key, then by id so that ties have one order. A timestamp key
 * travels in the cursor as an ISO string.
 */
export type KeysetOrder<E> = Readonly<{
  list: string;
  sortBy: keyof E & string;
  idBy: keyof E & string;
  direction: 'ASC' | 'DESC';
  /** A timestamp key is compared as one, not as its text. */
  sortType: 'text' | 'timestamp';
}>;

/**
 * One page: the rows after the cursor's position in the list's order, fetching first + 1 to learn
 * whether there is a next page. Every condition carries `where`, which names the tenant.
 */
export async function keysetPage<E extends ObjectLiteral & { tenantId: string }>(
  repository: Repository<E>,
  where: FindOptionsWhere<E> & { tenantId: string },
  order: KeysetOrder<E>,
  request: PageRequest,
): Promise<KeysetPage<E>> {
  assertTenant(where.tenantId);
  const first = pageSizeOf(request);
  const rows = await repository.find({
    where: request.after ? afterCursor(where, order, request.after) : where,
    order: {
      [order.sortBy]: order.direction,
      [order.idBy]: order.direction,
    } as FindOptionsOrder<E>,
    take: first + 1,
  });
  const edges = rows.slice(0, first).map((node) => ({
    node,
    cursor: encodeCursor(order.list, {
      sortKey: sortKeyText(node[order.sortBy]),
      id: String(node[order.idBy]),
    }),
  }));
  return {
    edges,
    hasNextPage: rows.length > first,
    endCursor: edges.length > 0 ? edges[edges.length - 1].cursor : null,
  };
}

function afterCursor<E extends ObjectLiteral>(
  where: FindOptionsWhere<E>,
  order: KeysetOrder<E>,
  cursor: string,
): FindOptionsWhere<E>[] {
  const { sortKey, id } = decodeCursor(order.list, cursor);
  const beyond = order.direction === 'ASC' ? MoreThan : LessThan;
  if (order.sortBy === order.idBy) return [{ ...where, [order.idBy]: beyond(id) }];
  const key = order.sortType === 'timestamp' ? new Date(sortKey) : sortKey;
  if (key instanceof Date && Number.isNaN(key.getTime()))
    throw invalidInput('after', 'cursor', `after is not a cursor of this list (${order.list})`);
  return [
    { ...where, [order.sortBy]: beyond(key) },
    { ...where, [order.sortBy]: Equal(key), [order.idBy]: beyond(id) },
  ];
}

function sortKeyText(value: unknown): string {
  return value instanceof Date ? value.toISOString() : String(value);
}

/**
 * The rows of many ids in one statement, in the order of `ids`, null where none exists: what a
 * DataLoader's batch function returns.
 */
export async function loadByIds<E extends ObjectLiteral & { tenantId: string }>(
  repository: Repository<E>,
  tenantId: string,
  idBy: keyof E & string,
  ids: readonly string[],
): Promise<(E | null)[]> {
  assertTenant(tenantId);
  if (ids.length === 0) return [];
  const rows = await repository.find({
    where: { tenantId, [idBy]: In(batchIdsOf(ids)) } as FindOptionsWhere<E>,
  });
  const byId = new Map(rows.map((row) => [String(row[idBy]), row]));
  return ids.map((id) => byId.get(id) ?? null);
}

/** The rows of many groups (a cycle's themes, a project's needs) in one statement, per key. */
export async function loadGroups<E extends ObjectLiteral & { tenantId: string }>(
  repository: Repository<E>,
  tenantId: string,
  groupBy: keyof E & string,
  keys: readonly string[],
  order: FindOptionsOrder<E>,
): Promise<E[][]> {
  assertTenant(tenantId);
  if (keys.length === 0) return [];
  const rows = await repository.find({
    where: { tenantId, [groupBy]: In(batchIdsOf(keys)) } as FindOptionsWhere<E>,
    order,
  });
  return keys.map((key) => rows.filter((row) => String(row[groupBy]) === key));
}
