// Usage: npm run contracts:asyncapi
// Rewrites libs/contracts/asyncapi.json from the event definitions. It lives outside src/ because
// the contracts library itself does no I/O (the architecture rule "contracts-are-pure-data").
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { generateAsyncApi } from '../src/asyncapi/generate-asyncapi';

const ASYNCAPI_FILE = join(__dirname, '..', 'asyncapi.json');

async function main(): Promise<void> {
  const options = await resolveConfig(ASYNCAPI_FILE);
  const json = await format(JSON.stringify(generateAsyncApi()), { ...options, parser: 'json' });
  writeFileSync(ASYNCAPI_FILE, json);
  process.stdout.write(`wrote ${ASYNCAPI_FILE}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
