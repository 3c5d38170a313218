import type { Static, TSchema } from '@sinclair/typebox';
import type { Topic } from '../topics';
import { compileValidator, PERSONAL_DATA_KEYWORD, type Validator } from '../validation';

/** The aggregates of domain README §1 whose events are on the feed. */
export type Aggregate =
  | 'Leader'
  | 'Division'
  | 'PlanningCycle'
  | 'Theme'
  | 'PeerRequest'
  | 'PresentationInvitation'
  | 'MutualTheme'
  | 'StrategicProject'
  | 'SupportNeed'
  | 'DivisionPortfolio'
  | 'CompanyPriorities'
  | 'TrustAssessment';

/** One shape of an event's data: its JSON Schema and the validator compiled from it. */
export interface SchemaVersion<TData extends TSchema = TSchema> {
  readonly schemaVersion: number;
  readonly schema: TData;
  readonly validate: Validator<Static<TData>>;
}

export interface EventDefinition<
  TType extends string = string,
  TData extends TSchema = TSchema,
> extends SchemaVersion<TData> {
  readonly type: TType;
  readonly topic: Topic;
  readonly aggregate: Aggregate;
  readonly description: string;
  /**
   * Shapes this type had before, oldest first. A shipped event never changes shape (STYLE.md): stored
   * streams and the topic keep the old ones forever, and an upcaster maps each to the current shape.
   */
  readonly previousVersions: readonly SchemaVersion[];
  /** JSON Pointers of the personal free-text fields (domain README §3 ⊕) in the current shape. */
  readonly personalData: readonly string[];
}

export interface EventSpec<TType extends string, TData extends TSchema> {
  readonly type: TType;
  readonly schemaVersion: number;
  readonly topic: Topic;
  readonly aggregate: Aggregate;
  readonly description: string;
  readonly data: TData;
  readonly previousVersions?: Readonly<Record<number, TSchema>>;
}

/** The data type of an event definition: `EventData<typeof PeerRequestRaised>`. */
export type EventData<D extends EventDefinition> = Static<D['schema']>;

/** One value per event type of a list of definitions, keyed by type: `ExamplesOf<typeof orgEvents>`. */
export type ExamplesOf<Definitions extends readonly EventDefinition[]> = {
  readonly [D in Definitions[number] as D['type']]: Static<D['schema']>;
};

export function defineEvent<const TType extends string, TData extends TSchema>(
  spec: EventSpec<TType, TData>,
): EventDefinition<TType, TData> {
  const previousVersions = Object.entries(spec.previousVersions ?? {})
    .map(([version, schema]) => schemaVersion(Number(version), schema))
    .sort((a, b) => a.schemaVersion - b.schemaVersion);
  assertVersions(spec.type, spec.schemaVersion, previousVersions);
  return Object.freeze({
    ...schemaVersion(spec.schemaVersion, spec.data),
    type: spec.type,
    topic: spec.topic,
    aggregate: spec.aggregate,
    description: spec.description,
    previousVersions,
    personalData: personalDataPaths(spec.data),
  });
}

function schemaVersion<TData extends TSchema>(
  version: number,
  schema: TData,
): SchemaVersion<TData> {
  return { schemaVersion: version, schema, validate: compileValidator<Static<TData>>(schema) };
}

// A definition is module-level data; a wrong version number must fail on import, not on a replay.
function assertVersions(type: string, current: number, previous: readonly SchemaVersion[]): void {
  const versions = [...previous.map(({ schemaVersion }) => schemaVersion), current];
  const wrong = versions.find(
    (version, index) =>
      !Number.isInteger(version) || version < 1 || version >= (versions[index + 1] ?? Infinity),
  );
  if (wrong !== undefined) {
    throw new Error(
      `${type}: schema versions must be integers from 1, older than ${current}: ${wrong}`,
    );
  }
}

function personalDataPaths(schema: Record<string, unknown>, at = ''): string[] {
  if (schema[PERSONAL_DATA_KEYWORD] === true) return [at];
  const properties = (schema.properties ?? {}) as Record<string, Record<string, unknown>>;
  const branches = (schema.anyOf ?? []) as Record<string, unknown>[];
  const paths = [
    ...Object.entries(properties).flatMap(([name, property]) =>
      personalDataPaths(property, `${at}/${name}`),
    ),
    ...branches.flatMap((branch) => personalDataPaths(branch, at)),
  ];
  return [...new Set(paths)];
}
