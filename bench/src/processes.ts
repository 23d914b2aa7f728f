import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { freePort, startServer as startProcess, stopServer, waitForUrl as waitForAnswer } from '../../web/e2e/helpers/processes';

/**
 * The benchmark's processes: servers started and stopped the way the website's browser tests do it (their helpers are
 * shared), plus what only the benchmark needs: timed runs with the peak memory of a whole process tree.
 */
export { freePort };

export type Server = ReturnType<typeof startProcess> & { stop(): Promise<void> };

export function startServer(name: string, command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Server {
  const server = startProcess(name, command, args, options);
  return { ...server, stop: () => stopServer(server.child) };
}

/** Waits for a server's first answer, asking every 100 ms so that start times are measured closely. */
export function waitForUrl(url: string, server: Server, timeoutMs: number): Promise<void> {
  return waitForAnswer(url, server, timeoutMs, 100);
}

/** Resident memory of a process and all its descendants, in bytes (Linux /proc), 0 once it has gone. */
export function treeRss(pid: number): number {
  const children = new Map<number, number[]>();
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // The process ended while the list was read.
    }
  }
  const pending = [pid];
  while (pending.length > 0) {
    const current = pending.pop() as number;
    try {
      const status = readFileSync(`/proc/${current}/status`, 'utf8');
      total += Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
    } catch {
      continue;
    }
    pending.push(...(children.get(current) ?? []));
  }
  return total;
}

export interface TimedRun {
  seconds: number;
  peakRssBytes: number;
  output: string;
}

/** Runs a command to its end, timing it and sampling the memory of its whole process tree. */
export function runTimed(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<TimedRun> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-20000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let peak = 0;
    const sampler = setInterval(() => {
      if (child.pid) peak = Math.max(peak, treeRss(child.pid));
    }, 250);
    child.once('error', reject);
    child.once('close', (code) => {
      clearInterval(sampler);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (code === 0) resolve({ seconds, peakRssBytes: peak, output });
      else reject(new Error(`${command} ${args.join(' ')} failed (${code}):\n${output.slice(-5000)}`));
    });
  });
}
