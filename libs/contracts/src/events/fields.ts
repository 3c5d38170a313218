import { Type, type TProperties } from '@sinclair/typebox';
import { PERSONAL_DATA_KEYWORD } from '../validation';

// Field builders shared by every event schema, so that one kind of value has one JSON Schema
// everywhere and every field carries the description a consumer reads in the AsyncAPI document.

// Ids are opaque: leader ids come from the identity provider, others from clients (idempotency).
// The character set matches the correlation ids the platform trusts, which keeps ids safe to put
// in stream ids, Kafka keys, headers and log lines.
const ID_PATTERN = '^[A-Za-z0-9._:-]{1,128}$';
const WARNING_CODE_PATTERN = '^[A-Z][A-Z0-9_]{0,63}$';

/** Event data is a closed object: a misspelt or unknown field is an error, not silently kept. */
export function eventData<T extends TProperties>(properties: T, options: ObjectOptions = {}) {
  return Type.Object(properties, { ...options, additionalProperties: false });
}

/** Fields that only make sense together: `dependencies: { a: ['b'] }` means "a requires b". */
export interface ObjectOptions {
  readonly dependencies?: Readonly<Record<string, readonly string[]>>;
}

export function id(description: string) {
  return Type.String({ pattern: ID_PATTERN, description });
}

/** A set of ids: order carries no meaning and duplicates are rejected. */
export function idSet(description: string, bounds: { minItems?: number; maxItems?: number } = {}) {
  return Type.Array(Type.String({ pattern: ID_PATTERN }), {
    ...bounds,
    uniqueItems: true,
    description,
  });
}

/** An instant as an RFC 3339 date-time with an offset (`2025-03-01T09:00:00Z`). */
export function dateTime(description: string) {
  return Type.String({ format: 'date-time', description });
}

/** A closed set of string values; one `enum` keeps the JSON Schema and its errors short. */
export function oneOf<const T extends readonly string[]>(values: T, description: string) {
  return Type.Unsafe<T[number]>({ type: 'string', enum: [...values], description });
}

export function integer(description: string, bounds: { minimum: number; maximum?: number }) {
  return Type.Integer({ ...bounds, description });
}

/** Text that is not about a person (names of divisions, themes, projects). */
export function text(description: string, bounds: { minLength: number; maxLength: number }) {
  return Type.String({ ...bounds, description });
}

/**
 * Personal data: free text a person wrote, or a name (domain README §3 ⊕). Annotated, so the fields that
 * crypto-shredding will encrypt are listed by the contract itself, not by a convention to remember.
 */
export function personalText(
  description: string,
  bounds: { minLength: number; maxLength: number },
) {
  return Type.String({ ...bounds, description, [PERSONAL_DATA_KEYWORD]: true });
}

/** Soft-rule codes the command was accepted with (domain README §2 "S"); empty when none applied. */
export function warnings(codes: readonly string[]) {
  return Type.Array(Type.String({ pattern: WARNING_CODE_PATTERN }), {
    uniqueItems: true,
    description: `Soft warnings accepted with the command; known codes: ${codes.join(', ')}.`,
  });
}
