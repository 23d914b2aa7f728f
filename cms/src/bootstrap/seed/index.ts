import type { Core } from '@strapi/strapi';
import { withoutWebsiteNotifications } from '../../document-middlewares/notify-website';
import { runSeed, type SeedReport } from './import';

export { runSeed, SEED_MODES, type SeedMode, type SeedReport } from './import';

export function describeSeedReport(report: SeedReport): string {
  if (report.skipped) return `Seed (${report.mode}) skipped: ${report.skipped}.`;
  const created = Object.entries(report.created).map(([uid, count]) => `${count} ${uid.split('.').pop()}`);
  const parts = [`Seed (${report.mode}): created ${created.length > 0 ? created.join(', ') : 'nothing'}`];
  if (report.kept.length > 0) parts.push(`kept ${report.kept.length} existing entries untouched`);
  if (report.missingReferences.length > 0) {
    parts.push(`left ${report.missingReferences.length} missing references empty: ${report.missingReferences.join('; ')}`);
  }
  // A run that found every publication in place has nothing to say about them.
  const publications = report.publications;
  if (publications && publications.added.length + publications.updated.length + publications.skipped.length > 0) {
    const { merged, unmatchedAuthors, skipped } = publications;
    parts.push(
      `publications: ${merged.length} merged from several source files, ${skipped.length} skipped, ${unmatchedAuthors.length} authors not linked to a person`,
    );
  }
  return `${parts.join('; ')}.`;
}

/** SEED_ON_START=if-empty (default) fills a brand-new database with the institute's content; "skip" never seeds. */
export async function seedOnStart(strapi: Core.Strapi): Promise<void> {
  const setting = process.env.SEED_ON_START || 'if-empty';
  if (setting === 'skip') return;
  if (setting !== 'if-empty') throw new Error(`SEED_ON_START must be "if-empty" or "skip", got "${setting}"`);
  const started = Date.now();
  // A first start: the website, if it runs already, renders the seeded pages on their first request anyway.
  const report = await withoutWebsiteNotifications(() => runSeed(strapi, 'if-empty'));
  strapi.log.info(`${describeSeedReport(report)} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
