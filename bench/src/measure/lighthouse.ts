import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { runTimed } from '../processes';
import { BIN, ROOT } from '../stack';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = '--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run';

export interface LighthouseScores {
  performance: number;
  accessibility: number;
  'best-practices': number;
  seo: number;
}

/** The two metrics that decide most of the performance score on this site: they explain a score that is missed. */
export interface LighthouseMetrics {
  totalBlockingTimeMs: number;
  largestContentfulPaintMs: number;
}

/** Lighthouse's advice on variability: several runs, the median one reported. The first also warms the server's caches. */
export const LIGHTHOUSE_RUNS = 3;

export interface LighthouseResult {
  scores: LighthouseScores;
  metrics: LighthouseMetrics;
  /** The performance score of every run, in order. */
  performanceRuns: number[];
}

/**
 * Lighthouse's four category scores (0-100) for a page, with its default mobile settings (throttled, phone screen):
 * the run with the median performance score of LIGHTHOUSE_RUNS. Its whole report is kept at `reportFile` for reading
 * what cost points.
 */
export async function lighthouse(url: string, reportFile: string): Promise<LighthouseResult> {
  if (!existsSync(CHROMIUM)) throw new Error(`Lighthouse needs Chromium at ${CHROMIUM}: apt-get install chromium, or set CHROMIUM_PATH.`);
  mkdirSync(path.dirname(reportFile), { recursive: true });
  const runs: Array<{ file: string; scores: LighthouseScores; metrics: LighthouseMetrics }> = [];
  for (let run = 1; run <= LIGHTHOUSE_RUNS; run += 1) {
    const file = reportFile.replace(/\.json$/, `.run${run}.json`);
    runs.push({ file, ...(await lighthouseRun(url, file)) });
  }
  const median = [...runs].sort((a, b) => a.scores.performance - b.scores.performance)[Math.floor(runs.length / 2)];
  copyFileSync(median.file, reportFile);
  for (const run of runs) rmSync(run.file);
  return { scores: median.scores, metrics: median.metrics, performanceRuns: runs.map((run) => run.scores.performance) };
}

async function lighthouseRun(url: string, reportFile: string): Promise<{ scores: LighthouseScores; metrics: LighthouseMetrics }> {
  await runTimed(
    path.join(BIN, 'lighthouse'),
    [url, `--chrome-path=${CHROMIUM}`, `--chrome-flags=${CHROME_FLAGS}`, '--output=json', `--output-path=${reportFile}`, '--quiet', '--only-categories=performance,accessibility,best-practices,seo'],
    { cwd: ROOT, env: { ...process.env, CHROME_PATH: CHROMIUM } },
  );
  const report = JSON.parse(readFileSync(reportFile, 'utf8')) as {
    categories: Record<keyof LighthouseScores, { score: number | null }>;
    audits: Record<string, { numericValue?: number }>;
  };
  const score = (name: keyof LighthouseScores) => Math.round((report.categories[name].score ?? 0) * 100);
  const metric = (audit: string) => report.audits[audit]?.numericValue ?? Number.NaN;
  return {
    scores: { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo') },
    metrics: { totalBlockingTimeMs: metric('total-blocking-time'), largestContentfulPaintMs: metric('largest-contentful-paint') },
  };
}
