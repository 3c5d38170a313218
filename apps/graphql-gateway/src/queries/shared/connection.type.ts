import type { Type } from '@nestjs/common';
import { Field, ObjectType } from '@nestjs/graphql';
import { invalidArgument } from '../../errors/gateway-error';
import { ReadModelAnswer } from './freshness.type';

/** The largest page a connection returns: `first` above it is refused. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
  stale: boolean;
  lag: ReadModelAnswer['lag'];
}

/** A Relay connection of `node`, with the freshness of the read model it came from. */
export function ConnectionOf<T>(node: Type<T>, name: string): Type<Connection<T>> {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field()
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType extends ReadModelAnswer {
    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => [node])
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;
  }
  return ConnectionType as unknown as Type<Connection<T>>;
}

/** `first`, checked against the cap; the cost limit multiplies a connection's fields by it. */
export function pageSize(first: number | undefined): number {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE)
    throw invalidArgument('first', 'max', `first must be from 1 to ${MAX_PAGE_SIZE}`);
  return size;
}

/** A page from `limit + 1` rows fetched after the cursor: the extra row says there is more. */
export function pageOf<T>(
  rows: readonly T[],
  limit: number,
  cursorOf: (row: T) => string,
  freshness: Readonly<{ stale: boolean; lag: readonly ReadModelAnswer['lag'][number][] }>,
): Connection<T> {
  const nodes = rows.slice(0, limit);
  const edges = nodes.map((row) => ({ cursor: cursorOf(row), node: row }));
  return {
    edges,
    nodes,
    pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
    stale: freshness.stale,
    lag: [...freshness.lag],
  };
}

/** The cost of a connection field: its children's, times the page it asks for. */
export function connectionComplexity({
  args,
  childComplexity,
}: {
  args: { first?: number };
  childComplexity: number;
}): number {
  return 1 + childComplexity * Math.min(args.first ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE * 10);
}
