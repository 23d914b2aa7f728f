/**
 * `npm run bench`: builds the production apps and measures the platform on the seed and on the large generated data,
 * on SQLite and PostgreSQL; prints a table and writes bench/results/latest.json, each figure with its target and
 * whether it was met. Options narrow a run while working on one thing:
 *   --sizes seed,large  --databases sqlite,postgres  --duration 10 (seconds of load per page)  --samples 20
 *   --only serving,publish,render,search,bytes,lighthouse,search-flood  (data, start and build figures are always taken)
 */
import path from 'node:path';
import { graphqlCounts, resetGraphqlCounts, startCmsProxy } from '../../web/e2e/helpers/cms-proxy';
import { startEmptyApp } from '../../web/e2e/helpers/empty-app';
import { firstLoadJavaScript } from '../../web/e2e/helpers/first-load-js';
import { readCommandLine, UsageError } from './command-line';
import { prepareDataset, type DatabaseClient, type Dataset, type Size } from './datasets';
import { describeMachine } from './machine';
import { lighthouse } from './measure/lighthouse';
import { publishToVisible } from './measure/publish';
import { PAGE_TYPES, samplePaths, uncachedRenders, type PageType } from './measure/render';
import { searchTimes } from './measure/search';
import { FLOOD_CONNECTIONS, FLOOD_PATH, searchFlood } from './measure/search-flood';
import { loadTest, pageBytes, startStaticServer } from './measure/serving';
import { freePort, type Server } from './processes';
import { Results } from './results';
import { buildWebsite, cmsEnvironment, startCms, startWebsite, websiteEnvironment, type WebServerKind } from './stack';

const MEASURES = ['serving', 'publish', 'render', 'search', 'bytes', 'lighthouse', 'search-flood'] as const;
type Measure = (typeof MEASURES)[number];

interface Options {
  sizes: Size[];
  databases: DatabaseClient[];
  duration: number;
  samples: number;
  only: Measure[];
}

const USAGE = `Usage: npm run bench -- [--sizes seed,large] [--databases sqlite,postgres] [--duration 10] [--samples 20] [--only ${MEASURES.join(',')}]

Builds the production apps (CMS and website) and measures them on the seed and on large generated data, on SQLite and
PostgreSQL; prints a table and writes bench/results/latest.json, each figure with its target and whether it was met
(bench/README.md says what each measure does). A full run takes tens of minutes.

Options:
  --sizes seed,large           the datasets: the institute's seed, and the seed grown by npm run bench:data
  --databases sqlite,postgres  the CMS's databases
  --duration 10                seconds of load per page and server
  --samples 20                 renders per page type with empty caches, and pages sampled per type
  --only ${MEASURES.join(',')}
                               the measures taken (data, start and build figures are always taken)
  -h, --help                   print this help

Environment:
  BENCH_POSTGRES_URL  PostgreSQL server the benchmarks make their databases in (postgres://postgres@127.0.0.1:5432/postgres)
  CHROMIUM_PATH       the browser Lighthouse drives (/usr/bin/chromium)

Exit status: 0 measured (missed targets are reported, not failures); 1 failed; 2 bad command line.`;

export function parseOptions(argv: string[]): Options {
  const options: Options = { sizes: ['seed', 'large'], databases: ['sqlite', 'postgres'], duration: 10, samples: 20, only: [...MEASURES] };
  for (let index = 0; index < argv.length; index += 1) {
    const [flag, inline] = argv[index].split('=', 2);
    if (!['--sizes', '--databases', '--only', '--duration', '--samples'].includes(flag)) throw new UsageError(`Unknown option "${argv[index]}".`);
    const value = inline ?? argv[(index += 1)] ?? '';
    const list = value.split(',').filter(Boolean);
    if (list.length === 0) throw new UsageError(`${flag} needs a value.`);
    if (flag === '--sizes' && list.every((item) => item === 'seed' || item === 'large')) options.sizes = list as Size[];
    else if (flag === '--databases' && list.every((item) => item === 'sqlite' || item === 'postgres')) options.databases = list as DatabaseClient[];
    else if (flag === '--only' && list.every((item) => (MEASURES as readonly string[]).includes(item))) options.only = list as Measure[];
    else if ((flag === '--duration' || flag === '--samples') && /^\d+$/.test(value) && Number(value) > 0) options[flag.slice(2) as 'duration' | 'samples'] = Number(value);
    else throw new UsageError(`Bad value for ${flag}: "${value}".`);
  }
  return options;
}

/** The pages measured for serving and Lighthouse: the home page and one of each main detail type. */
const SERVED: PageType[] = ['home', 'team', 'person', 'news'];
const DETAIL_PAGES: PageType[] = ['team', 'platform', 'person', 'news'];
const MB = 1024 * 1024;
const RESULTS_DIR = path.resolve(__dirname, '..', 'results');
const KB = 1024;

async function measureDataset(dataset: Dataset, options: Options, results: Results, firstDataset: boolean) {
  const label = dataset.label;
  results.add({ section: 'data', dataset: label, name: dataset.preparation.what, value: dataset.preparation.seconds, unit: 's', note: dataset.preparation.inThisRun ? undefined : 'measured when the data was generated' });
  const [cmsPort, webPort] = [await freePort(), await freePort()];
  const siteUrl = `http://127.0.0.1:${webPort}`;
  const servers: Server[] = [];
  const closers: Array<() => Promise<void>> = [];
  try {
    const cms = await startCms(cmsEnvironment(dataset.env, cmsPort, siteUrl));
    servers.push(cms.server);
    results.add({ section: 'start', dataset: label, name: 'CMS cold start', value: cms.coldStartSeconds, unit: 's' });

    // The website reaches the CMS through a counting proxy (GraphQL requests per page); media come from the CMS itself.
    const proxy = await startCmsProxy(cms.url);
    closers.push(() => proxy.close());
    const siteEnv = websiteEnvironment(proxy.url, siteUrl, { CMS_PUBLIC_URL: cms.url });
    const build = await buildWebsite(siteEnv);
    results.add({ section: 'build', dataset: label, name: 'next build time', value: build.seconds, unit: 's' });
    results.add({ section: 'build', dataset: label, name: 'next build peak memory', value: build.peakRssBytes / MB, unit: 'MB' });

    const paths = await (async () => {
      const site = await startWebsite('production server', siteEnv, webPort);
      try {
        return await samplePaths(site.url, options.samples);
      } finally {
        await site.server.stop();
      }
    })();

    const wants = (measure: Measure) => options.only.includes(measure);
    // 1. Serving cached pages: next start alone, then the production server, then a static server with the same bytes.
    const throughput: Partial<Record<WebServerKind, Record<string, number>>> = {};
    const serve = async (kind: WebServerKind, url: string) => {
      for (const type of SERVED) {
        const page = `${url}${paths[type][0]}`;
        // Twice: the first visit may render it, the second finds it cached.
        await pageBytes(page);
        await pageBytes(page);
        const figures = await loadTest(page, options.duration, { 'accept-encoding': 'gzip' });
        (throughput[kind] ??= {})[type] = figures.requestsPerSecond;
        const name = `${kind}, ${type}`;
        results.add({ section: 'serving', dataset: label, name: `${name} throughput`, value: figures.requestsPerSecond, unit: 'req/s', note: figures.errors ? `${figures.errors} errors` : undefined });
        results.add({ section: 'serving', dataset: label, name: `${name} latency p50`, value: figures.p50Ms, unit: 'ms' });
        results.add({ section: 'serving', dataset: label, name: `${name} latency p99`, value: figures.p99Ms, unit: 'ms' });
      }
    };
    if (wants('serving')) {
      const alone = await startWebsite('next start', siteEnv, webPort);
      try {
        await serve('next start', alone.url);
      } finally {
        await alone.server.stop();
      }
    }
    const site = await startWebsite('production server', siteEnv, webPort);
    servers.push(site.server);
    if (wants('serving')) {
      await serve('production server', site.url);
      const pages = new Map<string, Awaited<ReturnType<typeof pageBytes>>>();
      for (const type of SERVED) pages.set(paths[type][0], await pageBytes(`${site.url}${paths[type][0]}`));
      const staticServer = await startStaticServer(pages);
      try {
        for (const type of SERVED) {
          const figures = await loadTest(`${staticServer.url}${paths[type][0]}`, options.duration, { 'accept-encoding': 'gzip' });
          results.add({ section: 'serving', dataset: label, name: `static server, ${type} throughput`, value: figures.requestsPerSecond, unit: 'req/s' });
          for (const kind of ['next start', 'production server'] as WebServerKind[]) {
            results.add({
              section: 'serving',
              dataset: label,
              name: `${kind} / static, ${type}`,
              value: (throughput[kind]?.[type] ?? Number.NaN) / figures.requestsPerSecond,
              unit: '',
              ...(kind === 'production server' ? { target: { comparison: '>=' as const, value: 0.5 } } : {}),
            });
          }
        }
      } finally {
        await staticServer.close();
      }
    }

    // 2. Publish to visible, through the production server.
    if (wants('publish')) {
      const publish = await publishToVisible(cms.url, site.url, 20);
      results.add({ section: 'publish', dataset: label, name: 'publish to visible p50', value: publish.p50Ms, unit: 'ms' });
      results.add({ section: 'publish', dataset: label, name: 'publish to visible p95', value: publish.p95Ms, unit: 'ms', target: { comparison: '<=', value: 2000 } });
    }

    // 4. Uncached render of each page type (the target holds at the large size), and 3. its GraphQL requests.
    const counter = { reset: () => resetGraphqlCounts(proxy.url), count: async () => (await graphqlCounts(proxy.url)).operations.length };
    for (const type of wants('render') ? (Object.keys(PAGE_TYPES) as PageType[]) : []) {
      const render = await uncachedRenders(site.url, paths[type], options.samples, counter);
      const target = dataset.size === 'large' ? { target: { comparison: '<=' as const, value: 300 } } : {};
      results.add({ section: 'render', dataset: label, name: `uncached ${type} p50`, value: render.p50Ms, unit: 'ms' });
      results.add({ section: 'render', dataset: label, name: `uncached ${type} p95`, value: render.p95Ms, unit: 'ms', ...target });
      results.add({
        section: 'requests',
        dataset: label,
        name: `GraphQL requests per ${type} render (most)`,
        value: Math.max(...render.graphqlRequests),
        unit: '',
        ...(DETAIL_PAGES.includes(type) ? { target: { comparison: '<=' as const, value: 1 } } : {}),
      });
    }

    // 8. Site search: the CMS's search query and the results page (never cached), over queries of every kind.
    if (wants('search')) {
      const search = await searchTimes(cms.url, site.url, options.samples, counter);
      const target = dataset.size === 'large' ? { target: { comparison: '<=' as const, value: 300 } } : {};
      results.add({ section: 'search', dataset: label, name: 'CMS search query p50', value: search.cmsP50Ms, unit: 'ms', note: `${search.firstQueryHits} hits for "cancer"` });
      results.add({ section: 'search', dataset: label, name: 'CMS search query p95', value: search.cmsP95Ms, unit: 'ms' });
      results.add({ section: 'search', dataset: label, name: 'search page p50', value: search.pageP50Ms, unit: 'ms' });
      results.add({ section: 'search', dataset: label, name: 'search page p95', value: search.pageP95Ms, unit: 'ms', ...target });
      results.add({ section: 'requests', dataset: label, name: 'GraphQL requests per search page (most)', value: Math.max(...search.graphqlRequests), unit: '', target: { comparison: '<=', value: 1 } });
    }

    // 5 and 7 run once per run (the pages are the same on every database), against an empty page of the same Next.js.
    if (firstDataset && (wants('bytes') || wants('lighthouse'))) {
      const empty = await startEmptyApp();
      closers.push(() => empty.stop());
      // 5. First-load JavaScript.
      if (wants('bytes')) {
        const baseline = (await firstLoadJavaScript(`${empty.url}/`)).gzipBytes;
        results.add({ section: 'bytes', dataset: '-', name: 'first-load JS, empty Next.js page', value: baseline / KB, unit: 'KB' });
        for (const type of Object.keys(PAGE_TYPES) as PageType[]) {
          const page = await firstLoadJavaScript(`${site.url}${paths[type][0]}`);
          results.add({ section: 'bytes', dataset: '-', name: `first-load JS, ${type}`, value: page.gzipBytes / KB, unit: 'KB' });
          results.add({ section: 'bytes', dataset: '-', name: `first-load JS, ${type} over the empty page`, value: (page.gzipBytes - baseline) / KB, unit: 'KB', target: { comparison: '<=', value: 15 } });
        }
      }
      // 7. Lighthouse; the empty page's figures are the framework's floor on this machine (no target).
      if (wants('lighthouse')) {
        const targets = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };
        const pages: Array<[string, string]> = [['empty Next.js page', `${empty.url}/`], ...SERVED.map((type): [string, string] => [type, `${site.url}${paths[type][0]}`])];
        for (const [name, url] of pages) {
          const { scores, metrics, performanceRuns } = await lighthouse(url, path.join(RESULTS_DIR, `lighthouse-${name.replace(/\W+/g, '-')}.json`));
          const baseline = name === 'empty Next.js page';
          for (const [category, score] of Object.entries(scores) as Array<[keyof typeof targets, number]>) {
            if (baseline && category !== 'performance') continue;
            const note = category === 'performance' ? `median of ${performanceRuns.length} runs: ${performanceRuns.join(', ')}` : undefined;
            results.add({ section: 'lighthouse', dataset: label, name: `${name} ${category}`, value: score, unit: '', note, ...(baseline ? {} : { target: { comparison: '>=' as const, value: targets[category] } }) });
          }
          results.add({ section: 'lighthouse', dataset: label, name: `${name} total blocking time`, value: metrics.totalBlockingTimeMs, unit: 'ms' });
          results.add({ section: 'lighthouse', dataset: label, name: `${name} largest contentful paint`, value: metrics.largestContentfulPaintMs, unit: 'ms' });
        }
      }
    }

    // 9. A search flood, last (it leaves the CMS busy for a while): what cached pages and the CMS's health check get
    // meanwhile. A production server of its own, reaching the CMS directly as in production: the counting proxy runs
    // in this process, whose timers time the light loads.
    if (wants('search-flood')) {
      const floodSite = await startWebsite('production server', websiteEnvironment(cms.url, siteUrl, { CMS_PUBLIC_URL: cms.url }), await freePort());
      servers.push(floodSite.server);
      const seconds = 2 * options.duration;
      const figures = await searchFlood(floodSite.url, cms.url, SERVED.map((type) => paths[type][0]), seconds);
      const add = (name: string, value: number, unit: string, extra: { note?: string; target?: { comparison: '<='; value: number } } = {}) =>
        results.add({ section: 'search-flood', dataset: label, name, value, unit, ...extra });
      const { flood, cached, health } = figures;
      const statuses = Object.entries(flood.statusCounts).map(([status, count]) => `${count} x ${status}`).join(', ');
      add(`flood throughput (${FLOOD_CONNECTIONS} connections, ${seconds} s on ${FLOOD_PATH})`, flood.requestsPerSecond, 'req/s', {
        note: `${statuses || 'no answer'}${flood.failures ? `, ${flood.failures} errors or timeouts` : ''}`,
      });
      add('flood results pages (200)', flood.resultsPerSecond, 'req/s');
      add('flood answers refused (503 or 429)', flood.refusedShare * 100, '%');
      add('flood latency p50', flood.p50Ms, 'ms');
      add('flood latency p99', flood.p99Ms, 'ms');
      const cachedNote = { note: `${cached.requests} requests over ${SERVED.join(', ')}${cached.failures ? `, ${cached.failures} failed` : ''}` };
      add('cached pages during the flood p50', cached.p50Ms, 'ms', cachedNote);
      add('cached pages during the flood p99', cached.p99Ms, 'ms', { target: { comparison: '<=', value: 200 } });
      const healthNote = { note: `${health.samples} samples${health.failures ? `, ${health.failures} failed` : ''}` };
      add('CMS /_health during the flood p50', health.p50Ms, 'ms', healthNote);
      add('CMS /_health during the flood p99', health.p99Ms, 'ms', { target: { comparison: '<=', value: 200 } });
      add('CMS /_health during the flood max', health.maxMs, 'ms');
    }
  } finally {
    for (const server of servers.reverse()) await server.stop();
    for (const close of closers.reverse()) await close();
  }
}

async function main() {
  const options = readCommandLine(process.argv.slice(2), USAGE, parseOptions);
  const results = new Results();
  const machine = describeMachine();
  console.log(`Benchmarks on ${machine.cpus} x ${machine.cpuModel}, ${machine.memoryGiB} GiB, ${machine.os}, Node ${machine.node}`);
  let first = true;
  for (const size of options.sizes) {
    for (const client of options.databases) {
      const dataset = await prepareDataset(size, client, (message) => console.log(message));
      console.log(`Measuring on ${dataset.label}`);
      await measureDataset(dataset, options, results, first);
      first = false;
    }
  }
  console.log(`\n${results.table()}`);
  const file = path.join(RESULTS_DIR, 'latest.json');
  results.write(file, { date: new Date().toISOString(), machine, options });
  const missed = results.figures.filter((figure) => figure.met === false).length;
  console.log(`\n${results.figures.length} figures, ${missed} target(s) missed. Written to ${path.relative(process.cwd(), file)}.`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  });
}
