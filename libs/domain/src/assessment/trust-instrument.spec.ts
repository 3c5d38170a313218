import { createHash } from 'node:crypto';
import { TRUST_COMPONENTS, TRUST_INSTRUMENTS, trustInstrument } from './trust-instrument';

// A published version never changes meaning: its text and scoring are pinned by a digest. A new
// wording is a new version with a digest of its own, never an edit of one below.
const PUBLISHED: Record<number, string> = {
  1: 'dc976abe5806679e3607b83c8d4e5f3bcf4f989bbaca130715f1a3b6eaad6967',
};

const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

describe('the Trusted Leader instrument', () => {
  it.each(Object.keys(TRUST_INSTRUMENTS).map(Number))(
    'version %i has the text and scoring it was published with',
    (version) => {
      expect(digest(TRUST_INSTRUMENTS[version])).toBe(PUBLISHED[version]);
    },
  );

  it.each(Object.values(TRUST_INSTRUMENTS))(
    'asks at least two items per component',
    (instrument) => {
      for (const component of TRUST_COMPONENTS) {
        expect(
          instrument.items.filter((item) => item.component === component).length,
        ).toBeGreaterThanOrEqual(2);
      }
    },
  );

  it('cannot be changed at run time', () => {
    expect(Object.isFrozen(TRUST_INSTRUMENTS[1].items[0])).toBe(true);
    expect(Object.isFrozen(TRUST_INSTRUMENTS[1].items)).toBe(true);
  });

  it('has no version it was not published with', () => {
    expect(trustInstrument(2)).toBeUndefined();
    expect(trustInstrument(1)?.version).toBe(1);
  });
});
