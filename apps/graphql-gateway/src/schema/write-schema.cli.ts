import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gatewaySchemaSdl, SCHEMA_FILE } from './gateway-schema';

// `npm run graphql:schema`: writes the SDL that schema.spec.ts holds the checked-in file to.
void gatewaySchemaSdl().then((sdl) => {
  writeFileSync(join(__dirname, '..', '..', '..', '..', SCHEMA_FILE), sdl);
  process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
});
