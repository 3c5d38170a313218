import {
  getNamedType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';

/** A value of an input type: `idOf` names the ids, so a walk can aim at another tenant's data. */
export function sampleValue(
  type: GraphQLInputType,
  field: string,
  idOf: (field: string) => string,
): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType, field, idOf);
  if (isListType(type)) return [sampleValue(type.ofType, field.replace(/s$/, ''), idOf)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type))
    return Object.fromEntries(
      Object.values(type.getFields()).map((f) => [f.name, sampleValue(f.type, f.name, idOf)]),
    );
  if (isScalarType(type)) {
    if (type.name === 'ID') return idOf(field);
    if (type.name === 'Int') return 1;
    if (type.name === 'Float') return 1;
    if (/At$|By$/.test(field)) return new Date(Date.now() + 30 * 86_400_000).toISOString();
    return `A sample ${field}`;
  }
  throw new Error(`no sample for ${String(type)}`);
}

/** Every scalar leaf of a field's type, `depth` levels down: a selection that reads what it can. */
export function selectionOf(field: GraphQLField<unknown, unknown>, depth = 3): string {
  const type = getNamedType(field.type);
  if (!isObjectType(type)) return '';
  if (depth === 0) return '{ __typename }';
  const parts = Object.values(type.getFields())
    .filter((child) => child.args.every((arg) => !isNonNullType(arg.type)))
    .map((child) => `${child.name} ${selectionOf(child, depth - 1)}`);
  return `{ ${parts.join(' ')} }`;
}

/** One operation per root field, with every argument as a variable. */
export function operationOf(
  kind: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  idOf: (field: string) => string,
): { query: string; variables: Record<string, unknown> } {
  const args = field.args.filter((arg) => isNonNullType(arg.type) || arg.name.endsWith('Id'));
  const declarations = args.map((arg: GraphQLArgument) => `$${arg.name}: ${String(arg.type)}`);
  const uses = args.map((arg) => `${arg.name}: $${arg.name}`);
  const variables = Object.fromEntries(
    args.map((arg) => [
      arg.name,
      arg.name === 'commandId'
        ? `walk-${field.name}-${Date.now()}`
        : sampleValue(arg.type, arg.name, idOf),
    ]),
  );
  const signature = declarations.length > 0 ? `(${declarations.join(', ')})` : '';
  const call = uses.length > 0 ? `(${uses.join(', ')})` : '';
  return { query: `${kind}${signature} { ${field.name}${call} ${selectionOf(field)} }`, variables };
}

/** Every string in an answer, but the arguments it echoes back (a cycle's id, say). */
export function stringsIn(value: unknown, echoed: ReadonlySet<string>, key = ''): string[] {
  if (typeof value === 'string') return echoed.has(key) ? [] : [value];
  if (Array.isArray(value)) return value.flatMap((item) => stringsIn(item, echoed, key));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => stringsIn(v, echoed, k));
  return [];
}
