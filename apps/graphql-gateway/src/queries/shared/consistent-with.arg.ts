/** The `consistentWith` argument every query takes. */
export const CONSISTENT_WITH = {
  type: () => String,
  nullable: true,
  description:
    'A consistencyToken from a mutation: answer once the read models include its events, or say stale.',
} as const;
