import {
  consistencyToken,
  mergeConsistencyTokens,
  parseConsistencyToken,
} from './consistency-token';

describe('a consistency token', () => {
  const raised = { topic: 'peer', eventId: '0b7c2a64-58c4-4b8e-9d7e-2f3a1c5e9b10' } as const;
  const ranked = { topic: 'strategy', eventId: '5d0e8f1a-2b3c-4d5e-8f90-a1b2c3d4e5f6' } as const;

  it('Given the events a mutation appended, When read back, Then it names each with its topic', () => {
    expect(parseConsistencyToken(consistencyToken([raised, ranked]))).toEqual([raised, ranked]);
  });

  it('Given two tokens, When merged, Then the result names the events of both', () => {
    const merged = mergeConsistencyTokens([consistencyToken([raised]), consistencyToken([ranked])]);
    expect(parseConsistencyToken(merged)).toEqual([raised, ranked]);
  });

  it.each(['', 'c1', 'c2.abc', `c1.${Buffer.from('xnot-a-uuid').toString('base64url')}`])(
    'Given %j, When read, Then it is refused naming the argument',
    (token) => {
      expect(() => parseConsistencyToken(token)).toThrow(
        expect.objectContaining({
          extensions: expect.objectContaining({
            code: 'VALIDATION_FAILED',
            errors: [expect.objectContaining({ field: 'consistentWith' })],
          }),
        }),
      );
    },
  );
});
