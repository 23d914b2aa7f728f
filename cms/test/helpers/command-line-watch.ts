import { readdirSync, readFileSync } from 'node:fs';

/**
 * Watches the command line of every process on the machine (what `ps` shows, /proc/<pid>/cmdline) for a secret while
 * a command runs; `stop` gives back the command lines it was seen in.
 */
export function watchCommandLines(secret: string): { stop(): string[] } {
  const seen = new Set<string>();
  const look = () => {
    for (const pid of readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      try {
        const commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
        if (commandLine.includes(secret)) seen.add(commandLine.replaceAll('\0', ' ').trim());
      } catch {
        // The process ended between the listing and the read.
      }
    }
  };
  const timer = setInterval(look, 20);
  return {
    stop() {
      clearInterval(timer);
      look();
      return [...seen];
    },
  };
}
