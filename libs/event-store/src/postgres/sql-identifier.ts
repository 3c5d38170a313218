/** Schema names are interpolated into SQL, so only plain lowercase identifiers are accepted. */
export function schemaIdentifier(schema: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new Error(`schema must be a lowercase SQL identifier (got "${schema}")`);
  }
  return schema;
}
