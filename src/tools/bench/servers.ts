import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { isAbsolute, join } from 'node:path';
import { readFileSync } from 'node:fs';

const DIST = join(__dirname, '..', '..');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

export interface BenchServer {
  name: string;
  url: string;
  child: ChildProcess;
  /** resident memory now and at its peak, in MB (from /proc) */
  memory(): { rssMb: number; peakMb: number };
  /** what it printed (the end of it), for error reports */
  output(): string;
  /** resolves once the process has stopped using CPU: requests left in flight by a round are done */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

/** CPU time used by a process so far, in clock ticks (utime + stime from /proc). */
function cpuTicks(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

async function waitIdle(pid: number): Promise<void> {
  const deadline = Date.now() + 600_000;
  let quiet = 0;
  let last = cpuTicks(pid);
  while (quiet < 2 && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 300));
    const now = cpuTicks(pid);
    quiet = now - last <= 1 ? quiet + 1 : 0;
    last = now;
  }
}

function memoryOf(pid: number): { rssMb: number; peakMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}

/** Starts a node script pinned to one core (taskset), on 127.0.0.1, and waits until it answers. */
export async function startPinned(
  name: string,
  core: number,
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  port: number,
  nodeArgs: string[] = [],
): Promise<BenchServer> {
  const path = isAbsolute(script) ? script : join(DIST, script);
  const child = spawn('taskset', ['-c', String(core), process.execPath, ...nodeArgs, path, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout!.on('data', (d) => (log += d));
  child.stderr!.on('data', (d) => (log += d));
  const url = `http://127.0.0.1:${port}/graphql`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited: ${log}`);
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ __typename }","operationName":"Ping","variables":{}}',
      });
      await res.text();
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`${name} did not start: ${log}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return {
    name,
    url,
    child,
    memory: () => memoryOf(child.pid!),
    output: () => log.slice(-4000),
    idle: () => waitIdle(child.pid!),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
      }),
  };
}
