import { Upcasters } from './upcasters';

describe('upcasters', () => {
  const upcasters = new Upcasters([
    {
      type: 'ThemeDefined',
      fromVersion: 1,
      upcast: (data) => ({ ...(data as object), objectiveRef: null }),
    },
    {
      type: 'ThemeDefined',
      fromVersion: 2,
      upcast: (data) => {
        const { name, ...rest } = data as { name: string };
        return { ...rest, title: name };
      },
    },
  ]);

  describe('given an event type with two upcasters', () => {
    it('knows the current version is the one the last upcaster leads to', () => {
      expect(upcasters.currentVersion('ThemeDefined')).toBe(3);
    });

    it('reads a version 1 event in the current shape, one step at a time', () => {
      expect(upcasters.upcast('ThemeDefined', 1, { themeId: 't', name: 'Growth' })).toEqual({
        schemaVersion: 3,
        data: { themeId: 't', objectiveRef: null, title: 'Growth' },
      });
    });

    it('leaves an event already in the current shape unchanged', () => {
      const data = { themeId: 't', objectiveRef: 'o', title: 'Growth' };
      expect(upcasters.upcast('ThemeDefined', 3, data)).toEqual({ schemaVersion: 3, data });
    });
  });

  describe('given an event type without upcasters', () => {
    it('is at version 1 and read as stored', () => {
      expect(upcasters.currentVersion('LeaderDeactivated')).toBe(1);
      expect(upcasters.upcast('LeaderDeactivated', 1, { leaderId: 'l' })).toEqual({
        schemaVersion: 1,
        data: { leaderId: 'l' },
      });
    });
  });

  describe('when a step of the chain is missing', () => {
    it('says which step', () => {
      const gap = new Upcasters([{ type: 'X', fromVersion: 2, upcast: (d) => d }]);
      expect(() => gap.upcast('X', 1, {})).toThrow('no upcaster from X v1 to v3');
    });
  });

  it('refuses two upcasters for the same step', () => {
    const twice = { type: 'X', fromVersion: 1, upcast: (d: unknown) => d };
    expect(() => new Upcasters([twice, twice])).toThrow('two upcasters from X v1');
  });
});
