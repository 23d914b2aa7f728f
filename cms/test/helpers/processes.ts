import { spawn } from 'node:child_process';

export interface ProcessResult {
  code: number | null;
  output: string;
}

/** Runs a command to its end (killed after `timeoutMs`) and gives back its exit code and everything it printed. */
export function runProcess(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs?: number },
): Promise<ProcessResult> {
  return new Promise((resolve) => {
    // No input: a command that would prompt (Strapi's CLI asks for a missing key) fails at once instead of waiting.
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 180000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}
