import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * What the browser tests' global setup started, kept in a file so a test may stop and restart the CMS (the outage
 * test) and the teardown still stops whatever runs at the end.
 */
export interface E2eState {
  dataDir: string;
  cms: { pid: number; command: string; args: string[]; cwd: string; env: Record<string, string | undefined>; url: string };
  web: { pid: number; url: string };
}

export const STATE_FILE = path.join(tmpdir(), `institute-e2e-${process.pid}.json`);

export const readState = (file = process.env.E2E_STATE_FILE ?? STATE_FILE): E2eState => JSON.parse(readFileSync(file, 'utf8')) as E2eState;
export const writeState = (state: E2eState, file = process.env.E2E_STATE_FILE ?? STATE_FILE): void =>
  writeFileSync(file, JSON.stringify(state));
