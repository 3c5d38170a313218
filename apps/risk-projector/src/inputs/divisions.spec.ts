import { DivisionMap } from './divisions';

describe('division ids as they stand now', () => {
  describe('given legal merged into operations, and operations later into shared services', () => {
    const divisions = new DivisionMap(
      new Map([
        ['legal', 'operations'],
        ['operations', 'shared'],
      ]),
    );

    it('then every merged division answers as the last one it ended up in', () => {
      expect(divisions.current('legal')).toBe('shared');
      expect(divisions.current('operations')).toBe('shared');
      expect(divisions.current('finance')).toBe('finance');
    });

    it('then the surviving division stands for every id merged into it', () => {
      expect(divisions.idsOf('shared')).toEqual(['legal', 'operations', 'shared']);
    });
  });

  it('given a merge cycle in bad data, still answers', () => {
    const divisions = new DivisionMap(
      new Map([
        ['a', 'b'],
        ['b', 'a'],
      ]),
    );
    expect(['a', 'b']).toContain(divisions.current('a'));
  });
});
