/** A leader is unknown until registered, then active until deactivated, which is final. */
export type LeaderState =
  | Readonly<{ status: 'unregistered' }>
  | Readonly<{ status: 'active'; leaderId: string; divisionId: string }>
  | Readonly<{ status: 'inactive'; leaderId: string; divisionId: string }>;

export type ActiveLeader = Extract<LeaderState, { status: 'active' }>;
