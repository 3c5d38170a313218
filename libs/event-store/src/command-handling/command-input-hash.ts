import { createHash } from 'node:crypto';
import type { Command } from '@lib/domain';
import { stringify } from 'safe-stable-stringify';

/**
 * What a client sent, as a digest: the command's type, its stream and its data with keys in a
 * fixed order. The facts a service fills in from its read models are left out: they may have
 * moved between a command and its retry, which is still the same command.
 */
export function commandInputHash(
  streamId: string,
  command: Pick<Command, 'type' | 'data'>,
): string {
  const data = command.data as Record<string, unknown> | null;
  const input =
    data !== null && typeof data === 'object' && 'facts' in data
      ? Object.fromEntries(Object.entries(data).filter(([key]) => key !== 'facts'))
      : data;
  const text = stringify({ type: command.type, streamId, input }) ?? '';
  return createHash('sha256').update(text).digest('base64url');
}
