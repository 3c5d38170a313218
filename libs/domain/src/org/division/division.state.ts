/**
 * A division ranks its portfolio through its head, or through delegates the head names, so
 * delegates exist only once there is a head. A later head inherits the delegations until revoked.
 */
export type DivisionState =
  | Readonly<{ status: 'unregistered' }>
  | Readonly<{ status: 'registered'; divisionId: string }>
  | Readonly<{
      status: 'headed';
      divisionId: string;
      headId: string;
      delegateIds: readonly string[];
    }>;

export type RegisteredDivision = Exclude<DivisionState, { status: 'unregistered' }>;
export type HeadedDivision = Extract<DivisionState, { status: 'headed' }>;
