import { rmSync } from 'node:fs';
import type { ChildProcess } from 'node:child_process';
import { stopServer } from './processes';

interface E2eState {
  cms?: { child: ChildProcess };
  web?: { child: ChildProcess };
  dataDir?: string;
}

export default async function globalTeardown() {
  const state = (globalThis as { __E2E__?: E2eState }).__E2E__;
  await stopServer(state?.web?.child);
  await stopServer(state?.cms?.child);
  if (state?.dataDir) rmSync(state.dataDir, { recursive: true, force: true });
}
