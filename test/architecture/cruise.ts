import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

export const repositoryRoot = join(__dirname, '..', '..');
export const fixturesRoot = join(__dirname, 'fixtures');

const config = join(repositoryRoot, '.dependency-cruiser.cjs');
// dependency-cruiser is ESM-only and @swc/jest turns import() into require(), so it runs in a child process.
const runner = join(__dirname, 'cruise-trees.mjs');

export type Import = { readonly from: string; readonly to: string };

/** `to` is the import as written in the source ('@nestjs/common'), not the file it resolved to. */
export type Violation = Import & { readonly rule: string };

export type Cruise = {
  readonly rules: readonly string[];
  readonly imports: readonly Import[];
  readonly violations: readonly Violation[];
};

type CruiseResult = {
  readonly modules: readonly {
    readonly source: string;
    readonly dependencies: readonly { readonly module: string; readonly resolved: string }[];
  }[];
  readonly summary: {
    readonly violations: readonly (Import & { readonly rule: { readonly name: string } })[];
    readonly ruleSetUsed: { readonly forbidden: readonly { readonly name: string }[] };
  };
};

/** Cruises each root as a repository of its own: paths relative to it, aliases from its tsconfig.json. */
export async function cruise(roots: readonly string[]): Promise<Map<string, Cruise>> {
  const { stdout } = await promisify(execFile)(process.execPath, [runner, config, ...roots], {
    maxBuffer: 64 * 1024 * 1024,
  });
  const results = JSON.parse(stdout) as Record<string, CruiseResult>;
  return new Map(roots.map((root) => [root, summarise(results[root])]));
}

function summarise({ modules, summary }: CruiseResult): Cruise {
  const imports = modules.flatMap(({ source, dependencies }) =>
    dependencies.map(({ module, resolved }) => ({ from: source, to: module, resolved })),
  );
  const asWritten = new Map(imports.map(({ from, to, resolved }) => [`${from} → ${resolved}`, to]));
  return {
    rules: summary.ruleSetUsed.forbidden.map(({ name }) => name),
    imports: imports.map(({ from, to }) => ({ from, to })),
    violations: summary.violations.map(({ from, to, rule }) => ({
      rule: rule.name,
      from,
      to: asWritten.get(`${from} → ${to}`) ?? to,
    })),
  };
}
