import { ApiException } from '@lib/platform';

/** Most items one page may hold: a portal asks for more pages, never for everything at once. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;
/** Most ids one batch load may name (a DataLoader batch of one request). */
export const MAX_BATCH_IDS = 500;

/** What a caller asks of a list: how many, and after which item (an opaque cursor). */
export type PageRequest = Readonly<{ first?: number; after?: string | null }>;

/** A position in one list: the sort key and id of the last item seen. */
export type CursorPosition = Readonly<{ sortKey: string; id: string }>;

export function invalidInput(field: string, rule: string, message: string): ApiException {
  return new ApiException({
    code: 'VALIDATION_FAILED',
    message,
    field,
    errors: [{ field, rule, message }],
  });
}

export function pageSizeOf(request: PageRequest): number {
  const first = request.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE)
    throw invalidInput(
      'first',
      'range',
      `first must be an integer from 1 to ${MAX_PAGE_SIZE} (got ${String(first)})`,
    );
  return first;
}

/**
 * A cursor names its list, so that one list's cursor handed to another is refused instead of
 * silently starting somewhere arbitrary.
 */
export function encodeCursor(list: string, position: CursorPosition): string {
  return Buffer.from(JSON.stringify([list, position.sortKey, position.id])).toString('base64url');
}

export function decodeCursor(list: string, cursor: string): CursorPosition {
  const refused = () =>
    invalidInput('after', 'cursor', `after is not a cursor of this list (${list})`);
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw refused();
  }
  if (
    !Array.isArray(decoded) ||
    decoded.length !== 3 ||
    decoded[0] !== list ||
    typeof decoded[1] !== 'string' ||
    typeof decoded[2] !== 'string'
  )
    throw refused();
  return { sortKey: decoded[1], id: decoded[2] };
}

export function assertTenant(tenantId: string): void {
  if (typeof tenantId !== 'string' || tenantId.length === 0)
    throw invalidInput('tenantId', 'required', 'every read names its tenant');
}

export function batchIdsOf(ids: readonly string[]): string[] {
  if (ids.length > MAX_BATCH_IDS)
    throw invalidInput(
      'ids',
      'maxItems',
      `ids may name at most ${MAX_BATCH_IDS} items (got ${ids.length})`,
    );
  return [...new Set(ids)];
}

/** A filter's values, each one the list knows: an unknown one is an error, not an empty page. */
export function allowedValues<T extends string>(
  field: string,
  values: readonly string[] | undefined,
  allowed: readonly T[],
): T[] | undefined {
  if (values === undefined || values.length === 0) return undefined;
  const unknown = values.filter((value) => !(allowed as readonly string[]).includes(value));
  if (unknown.length > 0)
    throw invalidInput(
      field,
      'isIn',
      `${field} must each be one of ${allowed.join(', ')} (got ${unknown.join(', ')})`,
    );
  return [...new Set(values)] as T[];
}
