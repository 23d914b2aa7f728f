import type { Core } from '@strapi/strapi';

/**
 * What the seed has already imported, kept in Strapi's core store. An entry is imported at most once: an editor may
 * change or delete it afterwards and no later seed run brings it back.
 */
export interface LedgerState {
  entries: string[];
  media: Record<string, number>;
}

export class SeedLedger {
  private constructor(
    private readonly store: ReturnType<Core.Strapi['store']>,
    private readonly state: LedgerState,
  ) {}

  static async open(strapi: Core.Strapi): Promise<SeedLedger> {
    const store = strapi.store({ type: 'app', name: 'institute', key: 'seed-ledger' });
    const saved = (await store.get({})) as Partial<LedgerState> | null;
    return new SeedLedger(store, { entries: saved?.entries ?? [], media: saved?.media ?? {} });
  }

  get isEmpty(): boolean {
    return this.state.entries.length === 0;
  }

  has(key: string): boolean {
    return this.state.entries.includes(key);
  }

  async record(key: string): Promise<void> {
    if (this.has(key)) return;
    this.state.entries.push(key);
    await this.save();
  }

  mediaId(file: string): number | undefined {
    return this.state.media[file];
  }

  async recordMedia(file: string, id: number): Promise<void> {
    this.state.media[file] = id;
    await this.save();
  }

  private async save(): Promise<void> {
    await this.store.set({ value: this.state });
  }
}
