import { DiagnosticSeverity, Parser, type AsyncAPIDocumentInterface } from '@asyncapi/parser';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { eventDefinitions } from '../events';
import { Topics } from '../topics';
import { generateAsyncApi } from './generate-asyncapi';

const checkedIn = join(__dirname, '..', '..', 'asyncapi.json');

describe('the AsyncAPI document of the feed', () => {
  const document = generateAsyncApi();
  let parsed: AsyncAPIDocumentInterface | undefined;
  let diagnostics: Awaited<ReturnType<Parser['parse']>>['diagnostics'];

  beforeAll(async () => {
    ({ document: parsed, diagnostics } = await new Parser().parse(JSON.stringify(document)));
  });

  it('is the one checked in', () => {
    const stored: unknown = JSON.parse(readFileSync(checkedIn, 'utf8'));
    // Compared as JSON, so that formatting is prettier's business and only content can be stale.
    if (!isDeepStrictEqual(stored, JSON.parse(JSON.stringify(document)))) {
      throw new Error(
        `${checkedIn} is stale: the event definitions changed. Run \`npm run contracts:asyncapi\` ` +
          'and commit the result.',
      );
    }
  });

  it('is valid AsyncAPI 3.0 with no warnings', () => {
    const problems = diagnostics
      .filter(({ severity }) => severity <= DiagnosticSeverity.Warning)
      .map(({ code, message, path }) => `${code} at ${path.join('.')}: ${message}`);
    expect(problems).toEqual([]);
    expect(parsed?.version()).toBe('3.0.0');
  });

  // Guards the check above: a parser that never reports anything would pass it too.
  it('would report an invalid document', async () => {
    const broken = { ...document, operations: { publish: { action: 'publish' } } };

    const { diagnostics } = await new Parser().parse(JSON.stringify(broken));

    expect(diagnostics.some(({ severity }) => severity === DiagnosticSeverity.Error)).toBe(true);
  });

  it('has a channel per topic, at its address', () => {
    const addresses = parsed
      ?.channels()
      .all()
      .map((channel) => channel.address());
    expect(addresses?.sort()).toEqual(Object.values(Topics).sort());
  });

  it.each(eventDefinitions.map((definition) => [definition.type, definition] as const))(
    'describes %s on its topic with its payload schema',
    (type, definition) => {
      const channel = parsed
        ?.channels()
        .all()
        .find((c) => c.address() === definition.topic);
      const message = channel?.messages().get(type);

      expect(message?.contentType()).toBe('application/json');
      // The parser annotates schemas (x-parser-schema-id), so the payload holds the schema rather
      // than equals it.
      expect(message?.payload()?.json()).toMatchObject(
        JSON.parse(JSON.stringify(definition.schema)),
      );
      const headers = message?.headers()?.properties();
      expect(headers?.ce_type?.const()).toBe(type);
      expect(headers?.ce_schemaversion?.const()).toBe(String(definition.schemaVersion));
      expect(message?.bindings().get('kafka')?.value().key).toMatchObject({ type: 'string' });
    },
  );
});
