import { Upcasters } from './upcasters';

/**
 * The upcasters of the public feed's event types. Each target version matches the type's
 * current schemaVersion in libs/contracts (checked by a test).
 */
export const feedUpcasters = new Upcasters([
  {
    // LeaderRegistered v2 added the leader's level; leaders registered before it have none on record.
    type: 'LeaderRegistered',
    fromVersion: 1,
    upcast: (data) => ({ ...(data as object), level: 'unspecified' }),
  },
]);
