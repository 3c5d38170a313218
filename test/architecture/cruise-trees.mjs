// Usage: node cruise-trees.mjs <config> <root>...
// Cruises each root as a repository of its own (paths relative to it, its own tsconfig.json) and prints
// one JSON object keyed by root. One process for all roots: loading dependency-cruiser and TypeScript
// costs far more than cruising a tree, and dependency-cruiser is ESM-only, so jest cannot load it.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { cruise } from 'dependency-cruiser';
import loadConfig from 'dependency-cruiser/config-utl/extract-depcruise-config';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';

const layoutFolders = ['apps', 'libs', 'test', 'deploy'];
const [configFile, ...roots] = process.argv.slice(2);
const config = await loadConfig(configFile);
const results = {};

// One root after another: dependency-cruiser keeps its resolver and parser caches in module state.
for (const root of roots) {
  const tsConfigFile = join(root, config.options.tsConfig.fileName);
  const ruleSet = {
    ...config,
    options: { ...config.options, tsConfig: { fileName: tsConfigFile } },
  };
  const { output } = await cruise(
    layoutFolders.filter((folder) => existsSync(join(root, folder))),
    { validate: true, ruleSet, baseDir: root },
    {},
    { tsConfig: extractTSConfig(tsConfigFile) },
  );
  results[root] = output;
}

process.stdout.write(JSON.stringify(results));
