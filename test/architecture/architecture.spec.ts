import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { cruise, type Cruise, fixturesRoot, repositoryRoot } from './cruise';

// One fixture folder per rule, named after it: a miniature repository that breaks that rule and no other.
const fixtures = readdirSync(fixturesRoot, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

let realCode: Cruise;
let fixtureCruises: Map<string, Cruise>;

// One cruise of the whole repository and every fixture: tens of seconds, more on a busy machine.
beforeAll(async () => {
  const cruises = await cruise([
    repositoryRoot,
    ...fixtures.map((rule) => join(fixturesRoot, rule)),
  ]);
  realCode = cruises.get(repositoryRoot) as Cruise;
  fixtureCruises = new Map(
    fixtures.map((rule) => [rule, cruises.get(join(fixturesRoot, rule)) as Cruise]),
  );
}, 180_000);

function fixtureOf(rule: string): Cruise {
  const fixture = fixtureCruises.get(rule);
  if (!fixture) throw new Error(`no fixture breaks the rule '${rule}'`);
  return fixture;
}

function expectForbidden(rule: string, from: string, to: string): void {
  expect(fixtureOf(rule).violations).toContainEqual({ rule, from, to });
}

// The import must be in the fixture, so that a misspelt path cannot make this pass.
function expectAllowed(rule: string, from: string, to: string): void {
  const { imports, violations } = fixtureOf(rule);
  expect(imports).toContainEqual({ from, to });
  expect(violations).not.toContainEqual(expect.objectContaining({ from, to }));
}

describe('the real code', () => {
  it('breaks no architecture rule', () => {
    expect(realCode.violations).toEqual([]);
  });
});

describe('every architecture rule', () => {
  it('has a fixture that breaks it', () => {
    expect(fixtures).toEqual([...realCode.rules].sort());
  });

  it.each(fixtures)('%s is the only rule its fixture breaks', (rule) => {
    expect(new Set(fixtureOf(rule).violations.map((violation) => violation.rule))).toEqual(
      new Set([rule]),
    );
  });
});

describe('the domain', () => {
  const rule = 'domain-is-pure';
  const domain = 'libs/domain/src';

  it('may not import a framework', () => {
    expectForbidden(rule, `${domain}/uses-a-framework.ts`, '@nestjs/common');
  });

  it('may not import another library', () => {
    expectForbidden(rule, `${domain}/uses-another-library.ts`, '@lib/contracts');
  });

  it('may not import a node builtin', () => {
    expectForbidden(rule, `${domain}/uses-a-node-builtin.ts`, 'crypto');
  });

  it('may import its own files', () => {
    expectAllowed(rule, `${domain}/peer-request.decider.ts`, './peer-request.events');
  });

  it('may use the test helpers in its specs', () => {
    expectAllowed(rule, `${domain}/peer-request.decider.spec.ts`, '@lib/testing');
  });
});

describe('an app', () => {
  const rule = 'no-app-to-app';

  it('may not import another app', () => {
    expectForbidden(
      rule,
      'apps/org-service/src/main.ts',
      '../../peer-service/src/peer-request.handler',
    );
  });

  it('may import its own files', () => {
    expectAllowed(rule, 'apps/org-service/src/main.ts', './org.module');
  });
});

describe('a library', () => {
  const rule = 'libs-never-import-apps';

  it('may not import an app', () => {
    expectForbidden(rule, 'libs/kafka/src/producer.ts', '../../../apps/org-service/src/org.config');
  });

  it('may be imported by an app', () => {
    expectAllowed(rule, 'apps/org-service/src/main.ts', '@lib/kafka');
  });
});

describe('the test helpers', () => {
  const rule = 'testing-only-from-tests';

  it('may not be imported by an app', () => {
    expectForbidden(rule, 'apps/org-service/src/main.ts', '@lib/testing');
  });

  it('may not be imported by a library', () => {
    expectForbidden(rule, 'libs/event-store/src/append.ts', '@lib/testing');
  });

  it.each([
    ['a spec', 'libs/event-store/src/append.spec.ts'],
    ['an integration spec', 'libs/event-store/src/append.int-spec.ts'],
    ['an end-to-end spec in the test folder', 'test/e2e/org.e2e-spec.ts'],
  ])('may be imported by %s', (_, from) => {
    expectAllowed(rule, from, '@lib/testing');
  });

  it('may import their own files', () => {
    expectAllowed(rule, 'libs/testing/src/index.ts', './eventually');
  });
});

describe('the contracts', () => {
  const rule = 'contracts-are-pure-data';
  const schema = 'libs/contracts/src/peer-request-raised.schema.ts';

  it.each([
    ['a framework', 'uses-a-framework.ts', '@nestjs/common'],
    ['a database driver', 'uses-a-database-driver.ts', 'pg'],
    ['a Kafka client', 'uses-a-kafka-client.ts', 'kafkajs'],
  ])('may not import %s', (_, file, to) => {
    expectForbidden(rule, `libs/contracts/src/${file}`, to);
  });

  it.each([
    ['the domain', '@lib/domain'],
    ['the JSON Schema validator', 'ajv'],
    ['the JSON Schema builder', '@sinclair/typebox'],
    ['their own files', './topics'],
  ])('may import %s', (_, to) => {
    expectAllowed(rule, schema, to);
  });
});

describe('a caller that only sends commands', () => {
  const rule = 'callers-never-reach-the-event-store';
  const store = 'libs/event-store/src/index.ts';

  it('may not import the event store', () => {
    expectForbidden(rule, 'apps/graphql-gateway/src/replay-helper.ts', '@lib/event-store');
  });

  it('may not reach the event store through another file', () => {
    expectForbidden(rule, 'apps/graphql-gateway/src/reaches-the-store.ts', store);
  });

  it("may not reach the command services' side of the transport from the caller's side", () => {
    const from = 'libs/command-transport/src/uses-the-service-side.ts';
    expectForbidden(rule, from, '@lib/command-transport/service');
    expectForbidden(rule, from, store);
  });

  it('may use the command client', () => {
    expectAllowed(rule, 'apps/graphql-gateway/src/mutations.ts', '@lib/command-transport');
  });

  it("leaves the command services' side free to use the event store", () => {
    expectAllowed(rule, 'libs/command-transport/src/service/index.ts', '@lib/event-store');
  });
});

describe('code that ships', () => {
  const rule = 'no-production-code-imports-tests';

  it('may not import a spec', () => {
    expectForbidden(rule, 'libs/event-store/src/seed.ts', './append.spec');
  });

  it('may not import the test folder', () => {
    expectForbidden(rule, 'apps/org-service/src/main.ts', '../../../test/e2e/harness');
  });

  it('leaves tests free to import the test folder', () => {
    expectAllowed(rule, 'test/e2e/org.e2e-spec.ts', './harness');
  });
});

describe('a file', () => {
  it('may not import a file that imports it back, even for its types only', () => {
    expectForbidden('no-circular', 'apps/org-service/src/org.module.ts', './org.service');
  });
});

describe('an import', () => {
  const rule = 'not-to-unresolvable';
  const main = 'apps/org-service/src/main.ts';

  it('must resolve to an existing file', () => {
    expectForbidden(rule, main, './a-file-that-does-not-exist');
  });

  it('must name an existing library', () => {
    expectForbidden(rule, main, '@lib/a-library-that-does-not-exist');
  });

  it('must name an installed package', () => {
    expectForbidden(rule, main, 'a-package-that-is-not-installed');
  });
});
