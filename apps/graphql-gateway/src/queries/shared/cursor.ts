import { invalidArgument } from '../../errors/gateway-error';

/** An opaque keyset cursor: the sort key and id of the last item a page returned. */
export function encodeCursor(position: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

export function decodeCursor<T extends readonly (string | number)[]>(
  cursor: string,
  shape: readonly ('string' | 'number')[],
  argument = 'after',
): T {
  try {
    const position = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (
      Array.isArray(position) &&
      position.length === shape.length &&
      position.every((part, i) => typeof part === shape[i])
    )
      return position as unknown as T;
  } catch {
    // answered below
  }
  throw invalidArgument(
    argument,
    'isCursor',
    `${argument} must be a cursor this connection returned`,
  );
}
