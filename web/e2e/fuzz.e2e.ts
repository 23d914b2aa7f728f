import { webUrl } from './helpers/site';

/**
 * Bad input against every route: generated URLs (unicode, encoded and overlong slugs, path traversal, unknown locales,
 * odd query strings) and methods. No answer may be a server error, unknown pages are 404s, and the site keeps answering.
 */
const ROUTES = ['', '/presentation', '/organigram', '/teams', '/teams/x', '/platforms', '/platforms/x', '/people', '/people/x', '/news', '/news/x', '/contact', '/accessibility'];
const SLUGS = [
  'é',
  '%C3%A9',
  '%E9',
  '%',
  '%%',
  '%00',
  '..',
  '..%2F..%2Fetc%2Fpasswd',
  '%2e%2e%2f%2e%2e',
  '....//....//',
  'a'.repeat(3000),
  '%F0%9F%98%80',
  '😀',
  '<script>alert(1)</script>',
  "' OR 1=1 --",
  '${7*7}',
  '{{7*7}}',
  'null',
  'undefined',
  '__proto__',
  'constructor',
  '%0d%0aSet-Cookie:%20x=1',
  '\u202e',
  'ＡＢＣ',
  'UPPER-Case',
  '-',
  'a--b',
  '.env',
  'index.php',
  '%252e%252e',
];
const QUERIES = [
  '',
  '?page=-1',
  '?page=0',
  '?page=99999999999',
  '?page=1e3',
  '?page=abc',
  '?page[]=1&page[]=2',
  '?q=%00',
  '?q=' + 'x'.repeat(5000),
  '?q=%E9',
  '?department=../../',
  '?team=%27%22',
  '?status=admin',
  '?position=__proto__',
  '?category=%3Cscript%3E',
  '?__proto__[x]=1',
  '?constructor[prototype][x]=1',
];
const LOCALES = ['fr', 'en', 'de', 'FR', 'fr-FR', '', 'xx', '%66r', '..'];
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'];

/** Deterministic pseudo-random choices, so a failure can be replayed. */
function generator(seed: number) {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  return <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
}

function requests(count: number): Array<{ method: string; path: string }> {
  const pick = generator(20261129);
  const list: Array<{ method: string; path: string }> = [];
  for (let index = 0; index < count; index += 1) {
    const locale = pick(LOCALES);
    const route = pick(ROUTES).replace(/\/x$/, `/${pick(SLUGS)}`);
    const extra = index % 7 === 0 ? `/${pick(SLUGS)}` : '';
    list.push({ method: index % 5 === 0 ? pick(METHODS) : 'GET', path: `/${locale}${route}${extra}${pick(QUERIES)}` });
  }
  return list;
}

test('1000 generated requests: no server error, and the site keeps answering', async () => {
  const failures: string[] = [];
  const statuses = new Map<number, number>();
  const all = requests(1000);
  for (let start = 0; start < all.length; start += 20) {
    await Promise.all(
      all.slice(start, start + 20).map(async ({ method, path }) => {
        let status: number;
        try {
          const response = await fetch(webUrl(path), { method, redirect: 'manual', body: method === 'POST' || method === 'PUT' || method === 'PATCH' ? '{"a":1}' : undefined });
          status = response.status;
          await response.arrayBuffer();
        } catch (error) {
          failures.push(`${method} ${path.slice(0, 120)}: ${(error as Error).message}`);
          return;
        }
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        if (status >= 500) failures.push(`${method} ${path.slice(0, 120)}: ${status}`);
      }),
    );
  }
  console.log(`Fuzzing: ${all.length} requests, statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`);
  expect(failures).toEqual([]);
  expect((await fetch(webUrl('/fr'))).status).toBe(200);
});

test('unknown pages, slugs and locales among them are 404s', async () => {
  for (const path of ['/fr/teams/%C3%A9', '/en/people/..%2F..%2Fetc%2Fpasswd', '/de/teams', '/fr/news/' + 'a'.repeat(300), '/en/platforms/__proto__', '/FR', '/fr/nope/deeper']) {
    const response = await fetch(webUrl(path));
    expect({ path: path.slice(0, 60), status: response.status }).toEqual({ path: path.slice(0, 60), status: 404 });
  }
});
