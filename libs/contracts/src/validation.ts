import Ajv, { type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';

/** One failing field: `path` is a JSON Pointer into the validated value (`/items/0/ref`). */
export interface ValidationIssue {
  readonly path: string;
  readonly message: string;
}

export type ValidationResult<T = unknown> =
  | { readonly ok: true; readonly data: T }
  | { readonly ok: false; readonly errors: readonly ValidationIssue[] };

export type Validator<T = unknown> = (value: unknown) => ValidationResult<T>;

/** Schema annotation for personal free text, the fields crypto-shredding will encrypt (domain README §3 ⊕). */
export const PERSONAL_DATA_KEYWORD = 'x-personal-data';

// One instance for every contract schema. allErrors reports every failing field at once, which the
// API's VALIDATION_FAILED answer needs; strict mode turns a misspelt schema keyword into an error.
const ajv = new Ajv({ allErrors: true, strict: true });
addFormats(ajv, ['date-time', 'uuid']);
ajv.addKeyword({ keyword: PERSONAL_DATA_KEYWORD, schemaType: 'boolean' });

/**
 * Compiles on first use and keeps the result: importing the contracts for their types or topic names
 * costs nothing, and each schema is still compiled only once.
 */
export function compileValidator<T>(schema: object): Validator<T> {
  let compiled: ReturnType<typeof ajv.compile> | undefined;
  return (value) => {
    compiled ??= ajv.compile(schema);
    if (compiled(value)) return { ok: true, data: value as T };
    return { ok: false, errors: toIssues(compiled.errors ?? []) };
  };
}

function toIssues(errors: readonly ErrorObject[]): ValidationIssue[] {
  const unique = new Map<string, ValidationIssue>();
  for (const error of errors) {
    const issue = toIssue(error);
    unique.set(`${issue.path}\n${issue.message}`, issue);
  }
  return [...unique.values()];
}

// Ajv reports a missing or an unknown property at the parent object; a caller wants the field itself.
function toIssue({
  keyword,
  instancePath,
  params,
  message = 'is invalid',
}: ErrorObject): ValidationIssue {
  switch (keyword) {
    case 'required':
      return { path: `${instancePath}/${pointerToken(params.missingProperty)}`, message };
    case 'additionalProperties':
      return {
        path: `${instancePath}/${pointerToken(params.additionalProperty)}`,
        message: 'is not a field of this schema',
      };
    case 'enum':
      return { path: instancePath, message: `${message}: ${params.allowedValues.join(', ')}` };
    case 'const':
      return { path: instancePath, message: `${message}: ${params.allowedValue}` };
    default:
      return { path: instancePath, message };
  }
}

function pointerToken(property: string): string {
  return property.replaceAll('~', '~0').replaceAll('/', '~1');
}
