import { streamId } from '../../shared/stream-id';

/** NotProposed → Proposed → Confirmed. Only the partner may act once it is proposed. */
export type MutualThemeState =
  | Readonly<{ status: 'NotProposed' }>
  | Readonly<{
      status: 'Proposed' | 'Confirmed';
      mutualThemeId: string;
      partnerId: string;
    }>;

export function mutualThemeStream(tenantId: string, mutualThemeId: string): string {
  return streamId('mutual-theme', tenantId, mutualThemeId);
}
