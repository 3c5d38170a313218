// The import rules of ARCHITECTURE.md ("Layout"), checked by test/architecture/architecture.spec.ts.
// Paths are matched relative to the folder the cruise starts in, so the same rules judge the real tree
// and each fixture tree under test/architecture/fixtures (a miniature repository with its own tsconfig).
// Every rule needs a fixture that breaks it: the architecture suite fails on a rule without one.

const testCode = ['\\.(int-|e2e-)?spec\\.ts$', '(^|/)test/'];
const testSupport = [...testCode, '^libs/testing/'];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment:
        'The deciders and event types must replay identically anywhere: no framework, driver, other library ' +
        'or node builtin. Time, ids, tenant and actor arrive in the command metadata instead. ' +
        'Its specs are test code and may use libs/testing.',
      severity: 'error',
      from: { path: '^libs/domain/src/', pathNot: testCode },
      to: { pathNot: '^libs/domain/src/' },
    },
    {
      name: 'no-app-to-app',
      comment:
        "Apps talk through Kafka and Nest transports, never through each other's code. Share it through a lib.",
      severity: 'error',
      from: { path: '^apps/([^/]+)/' },
      to: { path: '^apps/', pathNot: '^apps/$1/' },
    },
    {
      name: 'libs-never-import-apps',
      comment: 'Imports flow one way: apps use libs. Move what a lib needs from an app into a lib.',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'testing-only-from-tests',
      comment:
        'libs/testing holds test helpers and the infrastructure harness; production code must not ship them.',
      severity: 'error',
      from: { pathNot: testSupport },
      to: { path: '^libs/testing/' },
    },
    {
      name: 'contracts-are-pure-data',
      comment:
        'The contracts (topics, envelope, JSON Schemas, AsyncAPI) are read by any consumer, ours or a ' +
        "customer's: they may use the domain's types, a JSON Schema builder (TypeBox) and validator (ajv), nothing with I/O.",
      severity: 'error',
      from: { path: '^libs/contracts/src/', pathNot: testCode },
      to: {
        pathNot: [
          '^libs/contracts/src/',
          '^libs/domain/src/',
          '(^|/)node_modules/ajv(-formats)?/',
          '(^|/)node_modules/@sinclair/typebox/',
        ],
      },
    },
    {
      name: 'callers-never-reach-the-event-store',
      comment:
        'A caller that only sends commands (the GraphQL gateway, the command client) needs the envelope, the ' +
        'client and the reply, never the event store: not directly and not through another file. The command ' +
        "services' side of the transport is '@lib/command-transport/service'.",
      severity: 'error',
      from: {
        path: ['^apps/graphql-gateway/', '^libs/command-transport/src/'],
        pathNot: [...testCode, '^libs/command-transport/src/service/'],
      },
      to: {
        path: ['^libs/event-store/', '^libs/command-transport/src/service/'],
        reachable: true,
      },
    },
    {
      name: 'no-production-code-imports-tests',
      comment:
        'Specs and test folders only test the code; what production needs from them belongs in production code.',
      severity: 'error',
      from: { pathNot: testSupport },
      to: { path: testCode, pathNot: '(^|/)node_modules/' },
    },
    {
      name: 'no-circular',
      comment:
        'A cycle between files makes load order matter and the pieces impossible to understand alone.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      comment:
        'An import that cannot be resolved to a file is a broken build (or a missing package).',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^test/architecture/fixtures/' },
    // Type-only imports count: a domain file that imports a type from a framework is not pure either.
    tsPreCompilationDeps: true,
    // Relative to the cruise's working folder: the repository root, or a fixture root.
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['main', 'types', 'typings'],
      extensions: ['.ts', '.d.ts', '.js', '.cjs', '.mjs', '.json'],
    },
  },
};
