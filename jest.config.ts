import type { Config } from 'jest';

// Three tiers by file suffix (unit: *.spec.ts, integration: *.int-spec.ts, e2e: test/e2e).
// Only the tiers that need infrastructure start it: their global setup brings up whatever
// PostgreSQL and Kafka are missing, and the teardown stops what the setup started.
const swc: Config['transform'] = {
  '^.+\\.ts$': '@swc/jest',
  // ESM-only dependencies (content-disposition under mercurius' @fastify/static, quick-lru that
  // mercurius imports dynamically): Node 20 loads them natively, jest's module runtime does not, so
  // they, and mercurius' dynamic import, are compiled to CommonJS here.
  '/node_modules/(content-disposition|quick-lru|mercurius)/.+\\.js$': [
    '@swc/jest',
    { module: { type: 'commonjs' }, jsc: { parser: { syntax: 'ecmascript' } } },
  ],
};
const esmOnlyDependencies = ['content-disposition', 'quick-lru', 'mercurius'];
const moduleNameMapper = {
  // The test helpers that start services live apart, so pure specs need not load Nest.
  '^@lib/testing/(.+)$': '<rootDir>/libs/testing/src/$1',
  // The command services' side of the transport, apart so a caller never loads the event store.
  '^@lib/command-transport/service$': '<rootDir>/libs/command-transport/src/service',
  // The feeds' Nest modules, apart because they run on the projection runtime, which reads read-models.
  '^@lib/read-models/feeds$': '<rootDir>/libs/read-models/src/feeds',
  '^@lib/([a-z-]+)$': '<rootDir>/libs/$1/src',
};
const common = {
  rootDir: __dirname,
  transform: swc,
  moduleNameMapper,
  testEnvironment: 'node',
  // Decorators (class-validator, class-transformer, Nest) read metadata through reflect-metadata.
  setupFiles: ['reflect-metadata'],
  modulePathIgnorePatterns: ['<rootDir>/dist/'],
  transformIgnorePatterns: [`/node_modules/(?!(${esmOnlyDependencies.join('|')})/)`],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '<rootDir>/test/architecture/fixtures/'],
} satisfies Config;
const withInfrastructure = {
  globalSetup: '<rootDir>/test/setup/global-setup.ts',
  globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
  slowTestThreshold: 30,
} satisfies Config;

const config: Config = {
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/{apps,libs,deploy,test/architecture}/**/*.spec.ts'],
    },
    {
      ...common,
      ...withInfrastructure,
      displayName: 'integration',
      testMatch: ['<rootDir>/{apps,libs,test}/**/*.int-spec.ts'],
    },
    {
      ...common,
      ...withInfrastructure,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'],
    },
  ],
  testTimeout: 60_000,
};

export default config;
