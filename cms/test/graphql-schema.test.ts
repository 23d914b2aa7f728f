import { readFileSync } from 'node:fs';
import { startCms, type TestCms } from './helpers/cms';

// The export script is plain JavaScript (it runs without a build step).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { SCHEMA_FILE, printedSchemaOf } = require('../scripts/graphql-schema.js') as {
  SCHEMA_FILE: string;
  printedSchemaOf(url: string): Promise<string>;
};

let cms: TestCms;
beforeAll(async () => {
  cms = await startCms({ SEED_ON_START: 'skip' });
});
afterAll(async () => cms?.stop());

test('the schema committed for the website is the one the CMS serves (else: npm run graphql:schema --workspace cms)', async () => {
  const served = await printedSchemaOf(`${cms.url}/graphql`);
  expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(served);
});
