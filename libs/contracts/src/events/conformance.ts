// Compile-time proof that the domain emits exactly the shapes the public contract promises. The
// domain may not import the contracts (it imports nothing), so the check lives here instead.

type DeepWritable<T> = T extends readonly (infer U)[]
  ? DeepWritable<U>[]
  : T extends object
    ? { -readonly [K in keyof T]: DeepWritable<T[K]> }
    : T;

type Equal<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/** `true` only when both types have the same shape, readonly modifiers aside; otherwise `never`. */
export type SameShape<A, B> = Equal<DeepWritable<A>, DeepWritable<B>> extends true ? true : never;
