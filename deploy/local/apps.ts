import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { run } from './process-utils';

export const ROOT = join(__dirname, '..', '..');

interface NestCli {
  projects: Record<string, { type: 'application' | 'library'; root: string }>;
}

function nestCli(): NestCli {
  return JSON.parse(readFileSync(join(ROOT, 'nest-cli.json'), 'utf8')) as NestCli;
}

/** Every app of the monorepo, as nest-cli.json lists them. */
export function applications(): string[] {
  return Object.entries(nestCli().projects)
    .filter(([, project]) => project.type === 'application')
    .map(([name]) => name);
}

export function appEntryPoint(app: string): string {
  return join(ROOT, 'dist', 'apps', app, 'main.js');
}

/**
 * Builds the apps whose sources changed since their last build, one after the other (each
 * `nest build` is a webpack run that takes both cores): a start with nothing changed builds
 * nothing. An app's sources are its own folder, every library and the build's configuration.
 */
export async function buildApplications(log: (line: string) => void = console.log): Promise<void> {
  const apps = applications();
  if (apps.length === 0) return log('No apps to build yet.');
  const shared = fingerprintOf(sharedSources());
  for (const app of apps) {
    const fingerprint = fingerprintOf([join(ROOT, nestCli().projects[app].root)], shared);
    if (builtFrom(app) === fingerprint) {
      log(`${app} is up to date`);
      continue;
    }
    log(`Building ${app}…`);
    await run(join(ROOT, 'node_modules', '.bin', 'nest'), ['build', app]);
    writeFileSync(fingerprintFile(app), fingerprint);
  }
}

function sharedSources(): string[] {
  const files = ['package-lock.json', 'nest-cli.json', 'tsconfig.json', 'tsconfig.build.json'];
  return [join(ROOT, 'libs'), ...files.map((file) => join(ROOT, file))];
}

function fingerprintFile(app: string): string {
  return join(ROOT, 'dist', 'apps', app, '.sources.sha256');
}

function builtFrom(app: string): string | undefined {
  if (!existsSync(appEntryPoint(app)) || !existsSync(fingerprintFile(app))) return undefined;
  return readFileSync(fingerprintFile(app), 'utf8');
}

/** A digest of every file's path and content below the given paths (tests left out). */
function fingerprintOf(paths: string[], seed = ''): string {
  const hash = createHash('sha256').update(seed);
  for (const file of paths.flatMap(filesBelow).sort()) {
    hash.update(relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

// Tests and test helpers are not in a build.
const SKIPPED = /(^|\/)(node_modules|dist|test)$|\/libs\/testing$|\.(int-|e2e-)?spec\.ts$/;

function filesBelow(path: string): string[] {
  if (!existsSync(path) || SKIPPED.test(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((name) => filesBelow(join(path, name)));
}

if (require.main === module) {
  buildApplications().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
