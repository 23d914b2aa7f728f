import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { OPERATION_LIMITS, operationCostRule } from '../src/graphql/operation-cost';

/** The operation limits against the website's own queries (which must pass) and abusive ones (which must not). */
const WEB_CMS = path.resolve(__dirname, '..', '..', 'web', 'src', 'lib', 'cms');
const schema = buildSchema(readFileSync(path.join(WEB_CMS, 'schema.graphql'), 'utf8'));
const errorsOf = (source: string) => validate(schema, parse(source), [operationCostRule]).map((error) => error.message);

test("every query of the website is within the limits", () => {
  const folder = path.join(WEB_CMS, 'queries');
  const sources = readdirSync(folder).map((file) => readFileSync(path.join(folder, file), 'utf8'));
  const document = sources.join('\n');
  const operations = parse(document).definitions.filter((definition) => definition.kind === 'OperationDefinition');
  expect(operations.length).toBeGreaterThan(10);
  expect(errorsOf(document)).toEqual([]);
});

test('hundreds of aliases are refused', () => {
  const aliases = Array.from({ length: 300 }, (_, index) => `a${index}: teams { name }`).join('\n');
  expect(errorsOf(`{ ${aliases} }`)).toEqual([expect.stringMatching(/selects \d+ fields; at most 500/)]);
});

test('nested lists that could return millions of objects are refused, even within the depth limit', () => {
  const big = '{ teams(pagination: { limit: 100 }) { members(pagination: { limit: 100 }) { teams(pagination: { limit: 100 }) { name } } } }';
  expect(errorsOf(big)).toEqual([expect.stringMatching(/could return up to \d+ objects; at most 500000/)]);
  const variable = 'query($p: PaginationArg) { teams(pagination: $p) { members(pagination: $p) { teams(pagination: $p) { name } } } }';
  expect(errorsOf(variable)).toHaveLength(1);
  expect(errorsOf('{ teams(pagination: { limit: 10 }) { members(pagination: { limit: 10 }) { slug } } }')).toEqual([]);
  expect(OPERATION_LIMITS.maxCost).toBeLessThan(100 ** 3);
});

test('fragments count as many times as they are spread, and a fragment cycle does not hang', () => {
  const fields = Array.from({ length: 60 }, (_, index) => `f${index}: name`).join(' ');
  const spreads = Array.from({ length: 10 }, () => '...T').join(' ');
  expect(errorsOf(`{ teams { ${spreads} } } fragment T on Team { ${fields} }`)).toEqual([expect.stringMatching(/fields/)]);
});
