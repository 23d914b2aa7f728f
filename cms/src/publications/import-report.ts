import type { PublicationImportReport } from './import';

/** How many unmatched authors the text report names; the rest are counted. */
const UNMATCHED_SHOWN = 25;

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

/** The importer's report as the command prints it. */
export function describeImportReport(report: PublicationImportReport): string {
  const lines: string[] = [];
  for (const file of report.files) {
    lines.push(file.error ? `ERROR ${file.error} Nothing was imported from this file.` : `Read ${file.file}: ${plural(file.records, 'record')} (${file.format}).`);
  }
  lines.push(
    `Added ${report.added.length}, updated ${report.updated.length}, unchanged ${report.unchanged}, skipped ${report.skipped.length}; ` +
      `${plural(report.merged.length, 'work')} read from several records merged.`,
  );
  for (const slug of report.added) lines.push(`  added ${slug}`);
  for (const { slug, fields } of report.updated) lines.push(`  updated ${slug}: ${fields.join(', ')}`);
  for (const { title, origins } of report.merged) lines.push(`  merged "${title}" from ${origins.join(' + ')}`);
  for (const { slug, fields } of report.keptEdits) lines.push(`  kept the editor's ${fields.join(', ')} of ${slug}`);
  for (const { what, reason } of report.skipped) lines.push(`  skipped ${what}: ${reason}`);
  if (report.unmatchedAuthors.length > 0) {
    const shown = report.unmatchedAuthors.slice(0, UNMATCHED_SHOWN).map(({ name, reason, publications }) =>
      `${name}${reason === 'ambiguous' ? ' (several people match)' : ''} x${publications}`,
    );
    const more = report.unmatchedAuthors.length - shown.length;
    lines.push(
      `${plural(report.unmatchedAuthors.length, 'author')} not linked to a person: ${shown.join(', ')}${more > 0 ? `, and ${more} more` : ''}.`,
    );
  }
  return lines.join('\n');
}
