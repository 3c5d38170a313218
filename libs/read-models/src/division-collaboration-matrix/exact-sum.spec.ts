import fc from 'fast-check';
import { exactDecimal, exactSum, nearestDouble, scaledOf } from './exact-sum';

const units = fc.oneof(
  fc.constantFrom(0.25, 0.6, 0.8, 1, 1.2, 1.4, 1.6, 2.4, 2.8, 3, 4.8, 5.6),
  fc
    .double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true })
    .filter((x) => Math.abs(x) > 1e-9),
);

describe('help units summed exactly', () => {
  it('give the same total for the same values in any order', () => {
    fc.assert(
      fc.property(fc.array(units, { maxLength: 40 }), (values) => {
        const total = exactSum(values);
        expect(exactSum([...values].reverse())).toBe(total);
        expect(exactSum([...values].sort((a, b) => a - b))).toBe(total);
      }),
    );
  });

  it('equal the plain sum whenever the plain sum is exact', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1000, max: 1000 }), { maxLength: 40 }),
        (quarters) => {
          const values = quarters.map((q) => q / 4);
          expect(exactSum(values)).toBe(values.reduce((a, b) => a + b, 0));
        },
      ),
    );
  });

  it('round once, to the nearest double, ties to even', () => {
    // The doubles 0.1 and 0.2 sum exactly to halfway between 0.3 and the next double up.
    expect(exactSum([0.1, 0.2])).toBe(0.1 + 0.2);
    expect(exactSum([0.1, 0.2, -0.1])).toBe(0.2);
  });

  it('carry a value through its decimal and back unchanged', () => {
    fc.assert(
      fc.property(units, (value) => {
        expect(nearestDouble(scaledOf(exactDecimal(value)))).toBe(value);
      }),
    );
  });

  it('refuse a value they cannot carry exactly, naming it', () => {
    expect(() => exactDecimal(Number.NaN)).toThrow(/units: NaN must be finite/);
    expect(() => exactDecimal(2 ** -120)).toThrow(/at most 100 binary digits/);
    expect(() => scaledOf('1.2e3')).toThrow(/units: 1.2e3 is not a decimal/);
  });
});
