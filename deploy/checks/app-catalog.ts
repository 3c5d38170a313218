import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CommandServiceEnvironment } from '@lib/command-transport/service';
import {
  loadEnvironment,
  type EnvironmentVariables,
  type PlatformEnvironment,
  type PlatformOptions,
} from '@lib/platform';
import { getMetadataStorage } from 'class-validator';
import { applications, ROOT } from '../local/apps';

/** What the deployment files must know of an app, read from its code rather than from a list. */
export interface DeployableApp {
  readonly name: string;
  readonly environment: new () => PlatformEnvironment;
  /** Command services take commands over TCP; everything else scales out behind an autoscaler. */
  readonly takesCommands: boolean;
}

type OptionsFactory = (variables?: NodeJS.ProcessEnv) => PlatformOptions<PlatformEnvironment>;

/** Every app of nest-cli.json with the environment class its `<app>.options.ts` starts it with. */
export async function deployableApps(): Promise<DeployableApp[]> {
  return Promise.all(applications().map(deployableApp));
}

async function deployableApp(name: string): Promise<DeployableApp> {
  const file = join(ROOT, 'apps', name, 'src', `${name}.options.ts`);
  if (!existsSync(file)) throw new Error(`${name}: no ${file} exporting its PlatformOptions`);
  const exported = Object.values((await import(file)) as Record<string, unknown>);
  const options = exported
    .filter((value): value is OptionsFactory => typeof value === 'function')
    .map(optionsOf)
    .find((candidate) => candidate?.serviceName === name);
  if (!options) throw new Error(`${name}: ${file} exports no options with serviceName '${name}'`);
  const environment = options.environment as unknown as new () => PlatformEnvironment;
  return {
    name,
    environment,
    takesCommands:
      options.tcpPort !== undefined || environment.prototype instanceof CommandServiceEnvironment,
  };
}

function optionsOf(factory: OptionsFactory): PlatformOptions<PlatformEnvironment> | undefined {
  // Environment classes are functions too; only a factory returns options when called.
  if (/^class\b/.test(Function.prototype.toString.call(factory))) return undefined;
  try {
    const result: unknown = factory({});
    return result && typeof result === 'object' && 'environment' in result
      ? (result as PlatformOptions<PlatformEnvironment>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** The variables the app declares (each has a validation rule), required or not. */
export function declaredVariables(app: DeployableApp): string[] {
  const rules = getMetadataStorage().getTargetValidationMetadatas(app.environment, '', true, false);
  return [...new Set(rules.map((rule) => rule.propertyName))].sort();
}

/** Declared variables without a default: the app refuses to start without them. */
export function requiredVariables(app: DeployableApp): string[] {
  const defaults = new app.environment() as unknown as Record<string, unknown>;
  return declaredVariables(app).filter((variable) => defaults[variable] === undefined);
}

/** The app's environment as it would start with these variables (throws naming each problem). */
export function startingEnvironment(
  app: DeployableApp,
  variables: EnvironmentVariables,
): PlatformEnvironment & Record<string, unknown> {
  return loadEnvironment(app.environment, variables) as PlatformEnvironment &
    Record<string, unknown>;
}
