import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { ROOT } from '../local/apps';
import type { Manifest } from './kubernetes-schema';

export const DEPLOY = join(ROOT, 'deploy');
export const BASE = join(DEPLOY, 'kubernetes', 'base');
export const PRODUCTION = join(DEPLOY, 'kubernetes', 'overlays', 'production');

export interface Kustomization {
  resources?: string[];
  patches?: { path?: string; patch?: string; target?: { kind?: string; name?: string } }[];
  images?: { name: string }[];
}

export function readYaml<T>(file: string): T {
  return parse(readFileSync(file, 'utf8')) as T;
}

/** Every document of every file a kustomization lists as a resource (nested bases excluded). */
export function kustomizationResources(dir: string): Manifest[] {
  const { resources = [] } = readYaml<Kustomization>(join(dir, 'kustomization.yaml'));
  return resources
    .filter((resource) => resource.endsWith('.yaml'))
    .flatMap((resource) => manifestsIn(join(dir, resource)));
}

export function manifestsIn(file: string): Manifest[] {
  return parseAllDocuments(readFileSync(file, 'utf8')).map((document) => {
    if (document.errors.length > 0) throw new Error(`${file}: ${document.errors[0].message}`);
    return { file, document: document.toJS() as Manifest['document'] };
  });
}

export function named(manifests: readonly Manifest[], kind: string, name: string) {
  return manifests.find(
    ({ document }) =>
      document.kind === kind && (document.metadata as { name?: string })?.name === name,
  )?.document;
}

/**
 * Compose's `${NAME}`, `${NAME:?message}` and `${NAME:-default}` with the given values: what
 * `docker compose config` would produce from a shell that exports them.
 */
export function interpolate(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\$\{([A-Z0-9_]+)(?::?([?-])([^}]*))?\}/g, (_, name: string, op, rest) => {
    if (values[name] !== undefined) return values[name];
    if (op === '-') return rest as string;
    throw new Error(`compose needs ${name}${op === '?' ? `: ${rest}` : ''}`);
  });
}
