// Figures of a benchmark's child processes (one real `dossier` command each): where the binary is,
// their CPU time and their peak resident memory. Read from /proc (Linux); elsewhere NaN / 0.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { DossierError } from '../errors.js';

/** bin/dossier.js, found upward from this module (src/bench under vitest, dist/src/bench when built). */
export function dossierBin(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const bin = join(dir, 'bin', 'dossier.js');
    if (existsSync(bin)) return bin;
    dir = dirname(dir);
  }
  throw new DossierError(
    'NOT_FOUND',
    'cannot find bin/dossier.js above the benchmark module; run from a checkout',
  );
}

/** CPU seconds of this process's waited-for children (cutime + cstime in /proc/self/stat). */
export function childCpuSeconds(): number {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return Number.NaN;
  }
}

/** Peak resident set of a running process, in kB (VmHWM), or 0 when unknown. */
export function peakKb(pid: number): number {
  try {
    const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

export interface ChildRun {
  seconds: number;
  cpuSeconds: number;
  peakMb: number;
}

/**
 * Waits for a child process to exit, polling its peak memory; resolves with the peak in kB when it exits
 * with one of `ok`, else rejects with the end of its stderr.
 */
export function watchChild(child: ChildProcess, ok: number[], what: string): Promise<number> {
  return new Promise((resolve, reject) => {
    let peak = 0;
    let stderr = '';
    const poll = setInterval(() => {
      if (child.pid) peak = Math.max(peak, peakKb(child.pid));
    }, 100);
    child.stderr?.on('data', (b: Buffer) => {
      stderr += b.toString();
    });
    child.on('error', (err) => {
      clearInterval(poll);
      reject(err);
    });
    child.on('exit', (code) => {
      clearInterval(poll);
      if (code !== null && ok.includes(code)) resolve(peak);
      else
        reject(new DossierError('STORE_ERROR', `${what} exited with ${code}: ${stderr.trim().slice(-500)}`));
    });
  });
}

/** Runs `dossier <args>` to its end (exit 0 or 2 = some inputs rejected), timing it and polling its peak memory. */
export async function runDossier(args: string[]): Promise<ChildRun> {
  const cpu0 = childCpuSeconds();
  const t0 = performance.now();
  const child = spawn(process.execPath, [dossierBin(), ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  const peak = await watchChild(child, [0, 2], `dossier ${args.join(' ')}`);
  const seconds = (performance.now() - t0) / 1000;
  return { seconds, cpuSeconds: childCpuSeconds() - cpu0, peakMb: peak / 1024 };
}
