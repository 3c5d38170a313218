import { eventDefinitions, findEventDefinition } from '@lib/contracts';
import { feedUpcasters } from './feed-upcasters';

describe('the upcasters of the public feed', () => {
  it.each(eventDefinitions.map((d) => [d.type, d.schemaVersion] as const))(
    'lead %s to its current schema version %i',
    (type, schemaVersion) => {
      expect(feedUpcasters.currentVersion(type)).toBe(schemaVersion);
    },
  );

  describe('given a LeaderRegistered event stored as version 1', () => {
    const v1 = {
      leaderId: 'leader-1',
      divisionId: 'division-finance',
      managerId: 'leader-0',
      name: 'Grace Hopper',
    };

    it('was valid against the version 1 schema', () => {
      expect(
        findEventDefinition('LeaderRegistered').previousVersions[0].validate(v1),
      ).toMatchObject({ ok: true });
    });

    it('reads as version 2 with the level unspecified, valid against the current schema', () => {
      const current = feedUpcasters.upcast('LeaderRegistered', 1, v1);
      expect(current).toEqual({ schemaVersion: 2, data: { ...v1, level: 'unspecified' } });
      expect(findEventDefinition('LeaderRegistered').validate(current.data)).toMatchObject({
        ok: true,
      });
    });
  });
});
