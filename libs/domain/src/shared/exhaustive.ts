/** Ends an exhaustive switch: adding a command or event without handling it fails to compile. */
export function exhaustive(value: never): never {
  throw new Error(`unhandled case: ${JSON.stringify(value)}`);
}
