import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gatewaySchemaSdl, SCHEMA_FILE } from './gateway-schema';

describe('the checked-in SDL', () => {
  it('is the schema the gateway serves (npm run graphql:schema writes it)', async () => {
    const checkedIn = readFileSync(join(__dirname, '..', '..', '..', '..', SCHEMA_FILE), 'utf8');
    expect(checkedIn).toBe(await gatewaySchemaSdl());
  });
});
