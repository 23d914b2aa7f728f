import type { Page } from 'playwright-core';

/** The local administrator account the CMS creates outside production (cms/src/bootstrap/dev-admin.ts). */
export const ADMIN = { email: 'admin@example.org', password: 'Institute-dev-1337' };

export const cmsUrl = (path = ''): string => `${process.env.E2E_CMS_URL}${path}`;

/** Logs into the Strapi admin the way an editor does, and closes the guided tour if it shows. */
export async function logIntoAdmin(page: Page): Promise<void> {
  await page.goto(cmsUrl('/admin'));
  await page.locator('input[name="email"]').fill(ADMIN.email);
  await page.locator('input[name="password"]').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Login' }).click();
  await page.getByRole('link', { name: 'Content Manager' }).first().waitFor();
}

/** Strapi's guided tour pops up over a first visit's pages, a moment after they load: close it if it comes. */
export async function skipGuidedTour(page: Page): Promise<void> {
  const skip = page.getByRole('button', { name: 'Skip' });
  try {
    await skip.waitFor({ state: 'visible', timeout: 4000 });
    await skip.click();
  } catch {
    // No tour this time.
  }
}

/** Opens an administrator's session through the admin's login endpoint; fails with the CMS's answer if refused. */
export async function adminLogin(cmsBaseUrl: string): Promise<string> {
  const response = await fetch(`${cmsBaseUrl}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ADMIN),
  });
  const text = await response.text();
  const token = response.ok ? (JSON.parse(text) as { data?: { token?: string } }).data?.token : undefined;
  if (!token) throw new Error(`the admin login was refused (${response.status}): ${text.slice(0, 300)}`);
  return token;
}

/**
 * The admin's own HTTP API (what its screens call), with an administrator's session: for setting up test content
 * quickly where the test is not about the screens themselves.
 */
export class AdminApi {
  private constructor(private readonly token: string) {}

  /** The administrator's session the global setup opened (E2E_ADMIN_TOKEN), or a new one. */
  static async login(): Promise<AdminApi> {
    return new AdminApi(process.env.E2E_ADMIN_TOKEN || (await adminLogin(cmsUrl())));
  }

  async call<T = { data: Record<string, unknown> }>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(cmsUrl(path), {
      method,
      headers: { authorization: `Bearer ${this.token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
    return JSON.parse(text) as T;
  }
}
