import { join } from 'node:path';
import * as ts from 'typescript';
import { ROOT } from '../local/apps';

export interface Manifest {
  readonly file: string;
  readonly document: Record<string, unknown> & { kind: string; apiVersion: string };
}

interface ModelClass {
  new (data: unknown): { validate(): void };
}

/** Where kubernetes-models keeps each kind we deploy: `apiVersion` → package subpath. */
function modelFor({ apiVersion, kind }: Manifest['document']): {
  module: string;
  model: ModelClass;
} {
  const module = `kubernetes-models/${apiVersion}`;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const model = (require(module) as Record<string, ModelClass | undefined>)[kind];
  if (!model) throw new Error(`kubernetes-models has no ${kind} in ${apiVersion}`);
  return { module, model };
}

/** Each manifest against the compiled OpenAPI schema of its kind: types, required fields, enums. */
export function schemaViolations(manifests: readonly Manifest[]): string[] {
  return manifests.flatMap(({ file, document }) => {
    try {
      new (modelFor(document).model)(document).validate();
      return [];
    } catch (error) {
      return [`${file} ${document.kind}: ${error instanceof Error ? error.message : error}`];
    }
  });
}

// "Object literal may only specify known properties" (with or without a "did you mean").
const EXCESS_PROPERTY = [2353, 2561];

/**
 * The compiled validators accept fields the schema does not know (a misspelled `readinessprobe`
 * is silently ignored by the cluster too). TypeScript's excess property check on the models'
 * typed constructors names each one, at any depth.
 */
export function unknownFields(
  manifests: readonly Manifest[],
  { partial = false }: { partial?: boolean } = {},
): string[] {
  const sources = new Map<string, { source: string; manifest: Manifest }>();
  manifests.forEach((manifest, i) => {
    const { module } = modelFor(manifest.document);
    // The models set apiVersion and kind themselves; their constructors take the rest.
    const { kind, apiVersion: _apiVersion, ...fields } = manifest.document;
    const source = `import { ${kind} } from '${module}';\nnew ${kind}(${JSON.stringify(fields)});\n`;
    sources.set(join(ROOT, `__manifest_${i}.ts`), { source, manifest });
  });
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    types: [],
    skipLibCheck: true,
    module: ts.ModuleKind.CommonJS,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    target: ts.ScriptTarget.ES2022,
  };
  const host = ts.createCompilerHost(options);
  const readFile = host.getSourceFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.getSourceFile = (name, language, ...rest) => {
    const virtual = sources.get(name);
    return virtual
      ? ts.createSourceFile(name, virtual.source, language)
      : readFile(name, language, ...rest);
  };
  host.fileExists = (name) => sources.has(name) || fileExists(name);
  const program = ts.createProgram([...sources.keys()], options, host);
  // A patch is a fragment: only its fields are judged, not what it leaves to the base.
  const judged = ts
    .getPreEmitDiagnostics(program)
    .filter((diagnostic) => !partial || EXCESS_PROPERTY.includes(diagnostic.code));
  return judged.map((diagnostic) => {
    const manifest = diagnostic.file && sources.get(diagnostic.file.fileName)?.manifest;
    const where = manifest ? `${manifest.file} ${manifest.document.kind}` : 'manifest';
    return `${where}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`;
  });
}
