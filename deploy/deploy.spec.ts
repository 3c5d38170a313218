import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import {
  declaredVariables,
  deployableApps,
  requiredVariables,
  startingEnvironment,
  type DeployableApp,
} from './checks/app-catalog';
import {
  BASE,
  DEPLOY,
  interpolate,
  kustomizationResources,
  manifestsIn,
  named,
  PRODUCTION,
  readYaml,
  type Kustomization,
} from './checks/deploy-files';
import { schemaViolations, unknownFields, type Manifest } from './checks/kubernetes-schema';
import { ROOT } from './local/apps';

// Stand-ins for what operators keep out of the repository; shaped as the apps' rules demand.
const SECRET_STAND_INS: Record<string, string> = {
  DATABASE_URL: 'postgres://platform:password@postgres:5432/leadership',
  SERVICE_CREDENTIAL_SECRET: 's'.repeat(32),
  AUTH_SECRET: 'a'.repeat(32),
  POSTGRES_PASSWORD: 'password',
  RATER_KEY_WRAPPING_KEY: `${'k'.repeat(43)}=`,
};
const INFRASTRUCTURE_SERVICES = ['kafka', 'postgres'];

type Env = {
  name: string;
  value?: string;
  valueFrom?: { secretKeyRef?: { name: string; key: string } };
};
interface Container {
  name: string;
  image: string;
  ports?: { name: string; containerPort: number }[];
  env?: Env[];
  envFrom?: { configMapRef?: { name: string } }[];
  livenessProbe?: { httpGet?: { path: string; port: string | number } };
  readinessProbe?: { httpGet?: { path: string; port: string | number } };
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
}
type DeploymentDoc = {
  spec: {
    template: { spec: { containers: Container[]; securityContext?: { runAsNonRoot?: boolean } } };
  };
};

let apps: DeployableApp[];
let base: Manifest[];
beforeAll(async () => {
  apps = await deployableApps();
  base = kustomizationResources(BASE);
});

const docsOf = (kind: string) => base.filter(({ document }) => document.kind === kind);
const nameOf = ({ document }: Manifest) => (document.metadata as { name: string }).name;

function containerOf(app: string): Container {
  const deployment = named(base, 'Deployment', app) as unknown as DeploymentDoc | undefined;
  if (!deployment) throw new Error(`no Deployment ${app} in ${BASE}`);
  return deployment.spec.template.spec.containers[0];
}

/** What the container's process would see: its ConfigMaps, its env, the Secret's keys as stand-ins. */
function kubernetesVariables(container: Container): Record<string, string> {
  const fromConfigMaps = (container.envFrom ?? []).map(({ configMapRef }) => {
    const configMap = named(base, 'ConfigMap', configMapRef?.name ?? '');
    if (!configMap) throw new Error(`ConfigMap ${configMapRef?.name} is not in the base`);
    return configMap.data as Record<string, string>;
  });
  const fromEnv = (container.env ?? []).map(({ name, value, valueFrom }) => {
    const key = valueFrom?.secretKeyRef?.key;
    if (key !== undefined && SECRET_STAND_INS[key] === undefined) {
      throw new Error(`${name}: secret key ${key} has no stand-in here nor a line in the README`);
    }
    return { [name]: key !== undefined ? SECRET_STAND_INS[key] : (value ?? '') };
  });
  return Object.assign({}, ...fromConfigMaps, ...fromEnv) as Record<string, string>;
}

function undeclared(app: DeployableApp, variables: Record<string, string>, shared: string[]) {
  const declared = declaredVariables(app);
  return Object.keys(variables).filter(
    (name) => !declared.includes(name) && !shared.includes(name),
  );
}

describe('Given the apps nest-cli.json lists', () => {
  it('finds each app with the environment class it starts with', () => {
    expect(apps.length).toBeGreaterThan(0);
    for (const app of apps) expect(requiredVariables(app)).toContain('DATABASE_URL');
  });

  describe('the Dockerfile', () => {
    const dockerfile = readFileSync(join(DEPLOY, 'Dockerfile'), 'utf8');
    const instructions = (name: string) =>
      dockerfile
        .split('\n')
        .filter((line) => line.startsWith(`${name} `))
        .map((line) => line.slice(name.length + 1));

    it('builds the app named by its APP argument, on a Node LTS base', () => {
      expect(instructions('ARG')).toContain('APP');
      expect(dockerfile).toMatch(/nest build "\$\{APP\}"/);
      const image = /^ARG NODE_IMAGE=node:(\d+)-/m.exec(dockerfile);
      // Even majors are the LTS lines; 20 has reached its end of life.
      expect(Number(image?.[1]) % 2 === 0 && Number(image?.[1]) >= 22).toBe(true);
      expect(instructions('FROM').every((from) => from.startsWith('${NODE_IMAGE} AS '))).toBe(true);
    });

    it('runs the production build as the unprivileged node user', () => {
      const runtime = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
      expect(runtime).toMatch(/\nUSER node\n/);
      expect(runtime).toMatch(/NODE_ENV=production/);
      expect(dockerfile).toMatch(/npm ci --omit=dev/);
    });

    it('exposes the ports the apps listen on by default', () => {
      const exposed = instructions('EXPOSE')
        .flatMap((line) => line.split(' '))
        .map(Number);
      for (const app of apps) {
        // The class's initializers are the defaults the apps listen on.
        const defaults = new app.environment() as unknown as Record<string, unknown>;
        expect(exposed).toContain(defaults.PORT);
        if (app.takesCommands) expect(exposed).toContain(defaults.TCP_PORT);
      }
    });
  });

  describe('the compose file', () => {
    const compose = parse(
      interpolate(readFileSync(join(DEPLOY, 'compose.yaml'), 'utf8'), SECRET_STAND_INS),
      {
        merge: true,
      },
    ) as { services: Record<string, ComposeService> };

    it('has a service per app beside PostgreSQL 15 and a KRaft Kafka broker', () => {
      const appServices = Object.keys(compose.services).filter(
        (name) => !INFRASTRUCTURE_SERVICES.includes(name),
      );
      expect(appServices.sort()).toEqual(apps.map(({ name }) => name).sort());
      expect(compose.services.postgres.image).toBe('postgres:15');
      expect(compose.services.kafka.environment?.KAFKA_PROCESS_ROLES).toBe('broker,controller');
      for (const name of INFRASTRUCTURE_SERVICES)
        expect(compose.services[name].healthcheck).toBeDefined();
    });

    it('builds each app from the one Dockerfile and starts it once its infrastructure is healthy', () => {
      for (const { name } of apps) {
        const service = compose.services[name];
        expect(service.build).toEqual({
          context: '..',
          dockerfile: 'deploy/Dockerfile',
          args: { APP: name },
        });
        for (const dependency of INFRASTRUCTURE_SERVICES) {
          expect(service.depends_on?.[dependency]).toEqual({ condition: 'service_healthy' });
        }
      }
    });

    it('sets every variable an app requires, each to a value the app accepts', () => {
      for (const app of apps) {
        const variables = stringValues(compose.services[app.name].environment ?? {});
        expect({ app: app.name, undeclared: undeclared(app, variables, []) }).toEqual({
          app: app.name,
          undeclared: [],
        });
        expect(() => startingEnvironment(app, variables)).not.toThrow();
      }
    });

    it('takes the secrets from the shell or an uncommitted .env, never from the file', () => {
      const text = readFileSync(join(DEPLOY, 'compose.yaml'), 'utf8');
      for (const secret of [
        'SERVICE_CREDENTIAL_SECRET',
        'POSTGRES_PASSWORD',
        'RATER_KEY_WRAPPING_KEY',
      ]) {
        expect(text).toMatch(new RegExp(`${secret}: \\$\\{${secret}:\\?`));
      }
      expect(() => interpolate(text, {})).toThrow(/compose needs POSTGRES_PASSWORD/);
      expect(readFileSync(join(ROOT, '.gitignore'), 'utf8')).toMatch(/^\.env$/m);
    });
  });

  describe('the Kubernetes base', () => {
    it('validates against the Kubernetes schemas, with no field they do not know', () => {
      expect(schemaViolations(base)).toEqual([]);
      expect(unknownFields(base)).toEqual([]);
    });

    it('has a Deployment, a Service and a PodDisruptionBudget per app, and nothing for an app that is gone', () => {
      for (const kind of ['Deployment', 'Service', 'PodDisruptionBudget']) {
        expect(docsOf(kind).map(nameOf).sort()).toEqual(apps.map(({ name }) => name).sort());
      }
    });

    it('autoscales every app but the command services', () => {
      const scaled = docsOf('HorizontalPodAutoscaler').map(
        ({ document }) =>
          (document.spec as { scaleTargetRef: { kind: string; name: string } }).scaleTargetRef,
      );
      const expected = apps
        .filter((app) => !app.takesCommands)
        .map(({ name }) => ({ apiVersion: 'apps/v1', kind: 'Deployment', name }));
      expect(scaled).toEqual(expect.arrayContaining(expected));
      expect(scaled).toHaveLength(expected.length);
    });

    it('sets every variable an app requires from ConfigMaps, the Secret and its own env', () => {
      const shared = docsOf('ConfigMap').flatMap(({ document }) =>
        Object.keys(document.data as object),
      );
      for (const app of apps) {
        const variables = kubernetesVariables(containerOf(app.name));
        expect({ app: app.name, undeclared: undeclared(app, variables, shared) }).toEqual({
          app: app.name,
          undeclared: [],
        });
        expect(() => startingEnvironment(app, variables)).not.toThrow();
      }
      // A shared key that no app reads is a misspelling or a leftover.
      const readByAnApp = apps.flatMap(declaredVariables);
      expect(shared.filter((name) => !readByAnApp.includes(name))).toEqual([]);
    });

    it('probes /health/live and /health/ready on the port the app listens on, within set resources', () => {
      for (const app of apps) {
        const container = containerOf(app.name);
        const environment = startingEnvironment(app, kubernetesVariables(container));
        const port = (name: string | number) =>
          container.ports?.find((p) => p.name === name)?.containerPort ?? name;
        expect(port(container.livenessProbe?.httpGet?.port ?? '')).toBe(environment.PORT);
        expect(container.livenessProbe?.httpGet?.path).toBe('/health/live');
        expect(port(container.readinessProbe?.httpGet?.port ?? '')).toBe(environment.PORT);
        expect(container.readinessProbe?.httpGet?.path).toBe('/health/ready');
        if (app.takesCommands) expect(port('commands')).toBe(environment.TCP_PORT);
        for (const bound of ['requests', 'limits'] as const) {
          expect(Object.keys(container.resources?.[bound] ?? {}).sort()).toEqual(['cpu', 'memory']);
        }
        const pod = (named(base, 'Deployment', app.name) as unknown as DeploymentDoc).spec.template
          .spec;
        expect(pod.securityContext?.runAsNonRoot).toBe(true);
      }
    });

    it('holds no Secret: the apps expect one the operator creates', () => {
      const everyManifest = yamlFilesBelow(join(DEPLOY, 'kubernetes')).flatMap(manifestsIn);
      expect(everyManifest.filter(({ document }) => document?.kind === 'Secret')).toEqual([]);
      const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
      for (const key of Object.keys(SECRET_STAND_INS)) expect(readme).toContain(key);
    });
  });

  describe('the production overlay', () => {
    const overlay = readYaml<Kustomization>(join(PRODUCTION, 'kustomization.yaml'));

    it('builds on the base and patches only what the base has', () => {
      expect(overlay.resources).toEqual(['../../base']);
      const unmatched = (overlay.patches ?? [])
        .map(patchTarget)
        .filter(({ kind, name }) => !base.some((manifest) => matchesTarget(manifest, kind, name)));
      expect(unmatched).toEqual([]);
    });

    it('retags exactly the images of the base', () => {
      const images = apps.map(({ name }) => containerOf(name).image).sort();
      expect((overlay.images ?? []).map(({ name }) => name).sort()).toEqual(images);
    });

    it('patches with fields the Kubernetes schemas know', () => {
      const patchFiles = (overlay.patches ?? []).flatMap(({ path }) =>
        path ? manifestsIn(join(PRODUCTION, path)) : [],
      );
      expect(unknownFields(patchFiles, { partial: true })).toEqual([]);
    });
  });
});

describe('Given manifests that break the rules, the checks name the fault', () => {
  const deployment = (container: Record<string, unknown>): Manifest => ({
    file: 'fixture.yaml',
    document: {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'fixture' },
      spec: {
        selector: { matchLabels: { app: 'fixture' } },
        template: { spec: { containers: [{ name: 'app', image: 'fixture', ...container }] } },
      },
    },
  });

  it('a misspelled field', () => {
    expect(unknownFields([deployment({ readinessprobe: {} })]).join()).toMatch(
      /'"?readinessprobe"?' does not exist/,
    );
  });

  it('a misspelled field in a patch, which may leave required fields to the base', () => {
    const patch = deployment({ resources: { limit: { cpu: '1' } } });
    expect(unknownFields([patch], { partial: true }).join()).toMatch(/'"?limit"?' does not exist/);
  });

  it('a value of the wrong type', () => {
    expect(schemaViolations([deployment({ ports: [{ containerPort: 'http' }] })]).join()).toMatch(
      /containerPort must be integer/,
    );
  });

  it('a required variable that is not set', () => {
    expect(() => startingEnvironment(apps[0], { KAFKA_BROKERS: 'kafka:9092' })).toThrow(
      /DATABASE_URL/,
    );
  });
});

interface ComposeService {
  image?: string;
  build?: unknown;
  environment?: Record<string, string | number>;
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: unknown;
}

function stringValues(record: Record<string, string | number>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, String(value)]));
}

/** A patch applies to its target, or without one to the resource its file names (kind and name). */
function patchTarget({ target, path }: NonNullable<Kustomization['patches']>[number]) {
  if (target) return { kind: target.kind, name: target.name };
  const { kind, metadata } = manifestsIn(join(PRODUCTION, path ?? ''))[0].document;
  return { kind, name: (metadata as { name: string }).name };
}

function matchesTarget({ document }: Manifest, kind?: string, name?: string): boolean {
  const actual = (document.metadata as { name: string }).name;
  return (kind === undefined || document.kind === kind) && (name === undefined || actual === name);
}

function yamlFilesBelow(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? yamlFilesBelow(join(dir, entry.name))
      : entry.name.endsWith('.yaml')
        ? [join(dir, entry.name)]
        : [],
  );
}
