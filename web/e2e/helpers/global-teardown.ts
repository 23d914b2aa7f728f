import { rmSync } from 'node:fs';
import { runningCmsProxy } from './global-setup';
import { readState, STATE_FILE } from './state';

const stop = async (pid: number) => {
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return; // already gone
  }
  for (let waited = 0; waited < 10000; waited += 200) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  process.kill(pid, 'SIGKILL');
};

export default async function globalTeardown() {
  const state = readState(process.env.E2E_STATE_FILE ?? STATE_FILE);
  await stop(state.web.pid);
  await runningCmsProxy()?.close();
  await stop(state.cms.pid);
  rmSync(state.dataDir, { recursive: true, force: true });
  rmSync(process.env.E2E_STATE_FILE ?? STATE_FILE, { force: true });
}
