import type { Core } from '@strapi/strapi';
import type { WorkIdentity } from './merge';

/** A publication's fields as the importer compares and writes them (relations as document ids). */
export interface PublicationValues {
  title: string;
  year: number;
  journal: string | null;
  date: string | null;
  type: string;
  doi: string | null;
  pmid: string | null;
  halId: string | null;
  abstract: string | null;
  url: string | null;
  openAccess: boolean | null;
  authors: Array<{ name: string; person: string | null }>;
  teams: string[];
}

export type PublicationField = keyof PublicationValues;

interface LedgerEntry {
  identity: WorkIdentity;
  /** The value of each field as the importer last wrote it. */
  written: Partial<PublicationValues>;
}

/**
 * What the importer last wrote into each publication it created or updated, kept in Strapi's core store. A field
 * that still holds that value was not edited since, so a later import may refresh it; any other value is an editor's
 * and stays. It also remembers the works it created, so one an editor deleted is not brought back.
 */
export class PublicationImportLedger {
  private dirty = false;

  private constructor(
    private readonly store: ReturnType<Core.Strapi['store']>,
    private readonly entries: Record<string, LedgerEntry>,
  ) {}

  static async open(strapi: Core.Strapi): Promise<PublicationImportLedger> {
    const store = strapi.store({ type: 'app', name: 'institute', key: 'publication-import-ledger' });
    const saved = (await store.get({})) as { entries?: Record<string, LedgerEntry> } | null;
    return new PublicationImportLedger(store, saved?.entries ?? {});
  }

  written(documentId: string): Partial<PublicationValues> | undefined {
    return this.entries[documentId]?.written;
  }

  /** The documents the importer wrote whose identity matches, whether they still exist or not. */
  documentsMatching(matches: (identity: WorkIdentity) => boolean): string[] {
    return Object.entries(this.entries)
      .filter(([, entry]) => matches(entry.identity))
      .map(([documentId]) => documentId);
  }

  record(documentId: string, identity: WorkIdentity, written: Partial<PublicationValues>): void {
    const previous = this.entries[documentId]?.written ?? {};
    this.entries[documentId] = { identity, written: { ...previous, ...written } };
    this.dirty = true;
  }

  async save(): Promise<void> {
    if (!this.dirty) return;
    await this.store.set({ value: { entries: this.entries } });
    this.dirty = false;
  }
}
