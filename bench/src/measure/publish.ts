import { percentile } from '../results';

/** An administrator's session on the CMS's admin API: what the admin screens call when an editor saves and publishes. */
export class AdminSession {
  private constructor(
    private readonly cmsUrl: string,
    private readonly token: string,
  ) {}

  /** Registers the first administrator on a database that has none, or logs in with the benchmark's or the local one. */
  static async open(cmsUrl: string): Promise<AdminSession> {
    const post = (path: string, body: unknown) =>
      fetch(`${cmsUrl}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const bench = { email: 'bench@example.org', password: 'Bench-admin-1337' };
    const init = (await (await fetch(`${cmsUrl}/admin/init`)).json()) as { data: { hasAdmin: boolean } };
    if (!init.data.hasAdmin) {
      const response = await post('/admin/register-admin', { ...bench, firstname: 'Bench', lastname: 'Runner' });
      if (!response.ok) throw new Error(`Registering the benchmark's administrator failed: ${response.status} ${await response.text()}`);
    }
    for (const credentials of [bench, { email: process.env.CMS_ADMIN_EMAIL ?? 'admin@example.org', password: process.env.CMS_ADMIN_PASSWORD ?? 'Institute-dev-1337' }]) {
      const response = await post('/admin/login', credentials);
      if (response.ok) return new AdminSession(cmsUrl, ((await response.json()) as { data: { token: string } }).data.token);
    }
    throw new Error('No administrator account of the benchmark (or the local development one) can log in to this database.');
  }

  async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.cmsUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${this.token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text.slice(0, 300)}`);
    return JSON.parse(text) as T;
  }
}

export interface PublishTimes {
  samplesMs: number[];
  p50Ms: number;
  p95Ms: number;
}

/**
 * Edits a team's summary and publishes it, `edits` times, each time measuring from the publish request until the
 * public page (through the production server, as visitors get it) shows the new text.
 */
export async function publishToVisible(cmsUrl: string, siteUrl: string, edits: number): Promise<PublishTimes> {
  const admin = await AdminSession.open(cmsUrl);
  const base = '/content-manager/collection-types/api::team.team';
  const list = await admin.call<{ results: Array<{ documentId: string; slug: string }> }>('GET', `${base}?locale=en&page=1&pageSize=1&sort=name:ASC`);
  const team = list.results[0];
  if (!team) throw new Error('No team to edit');
  const pageUrl = `${siteUrl}/en/teams/${team.slug}`;
  // The page is in every cache before the first edit, as a visited page would be.
  await (await fetch(pageUrl)).text();
  const samplesMs: number[] = [];
  for (let edit = 1; edit <= edits; edit += 1) {
    const marker = `Benchmark edit ${Date.now()}-${edit}`;
    await admin.call('PUT', `${base}/${team.documentId}?locale=en`, { summary: marker });
    const started = performance.now();
    await admin.call('POST', `${base}/${team.documentId}/actions/publish?locale=en`, {});
    const deadline = started + 30000;
    for (;;) {
      const html = await (await fetch(pageUrl)).text();
      if (html.includes(marker)) break;
      if (performance.now() > deadline) throw new Error(`Edit ${edit} did not show on ${pageUrl} within 30 s`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    samplesMs.push(performance.now() - started);
  }
  return { samplesMs, p50Ms: percentile(samplesMs, 0.5), p95Ms: percentile(samplesMs, 0.95) };
}
