/** One header's value as Kafka carries it: bytes (or text), several when the header was repeated. */
export type HeaderValue = string | Buffer | (string | Buffer)[];

/** A message's headers, every value kept as it arrived: checks for a repeated header or bad text can fire. */
export type MessageHeaders = Record<string, HeaderValue>;

/** A header value in JSON: text, or bytes that are not UTF-8 as base64. */
export type StoredHeaderValue = string | { base64: string } | StoredHeaderValue[];

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The header's text when it appears once as UTF-8; otherwise undefined (absent, repeated, bytes). */
export function headerText(headers: MessageHeaders, name: string): string | undefined {
  const value = headers[name];
  if (value === undefined || Array.isArray(value)) return undefined;
  return textOf(value);
}

/** Headers as JSON (a parked message's), losing nothing: `restoreHeaders` gives the same values back. */
export function storeHeaders(headers: MessageHeaders): Record<string, StoredHeaderValue> {
  return Object.fromEntries(
    Object.entries(headers).map(([name, value]) => [
      name,
      Array.isArray(value) ? value.map(storeOne) : storeOne(value),
    ]),
  );
}

/** Stored headers back as Kafka carries them; plain text (as older parked rows hold) stays text. */
export function restoreHeaders(
  stored: Readonly<Record<string, StoredHeaderValue>>,
): MessageHeaders {
  return Object.fromEntries(
    Object.entries(stored).map(([name, value]) => [
      name,
      Array.isArray(value) ? value.map((v) => restoreOne(name, v)) : restoreOne(name, value),
    ]),
  );
}

function storeOne(value: string | Buffer): StoredHeaderValue {
  const text = textOf(value);
  return text ?? { base64: (value as Buffer).toString('base64') };
}

function restoreOne(name: string, value: StoredHeaderValue): string | Buffer {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) throw new Error(`stored header ${name} nests a list`);
  return Buffer.from(value.base64, 'base64');
}

function textOf(value: string | Buffer): string | undefined {
  if (typeof value === 'string') return value;
  try {
    return utf8.decode(value);
  } catch {
    return undefined;
  }
}
