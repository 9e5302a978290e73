/**
 * Describes the machine a benchmark ran on (cores, CPU model, memory, Node version, load), so a
 * figure is never read without its context. The load average matters: on a shared machine the
 * other processes' work lands in every timing.
 */
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';

export interface MachineInfo {
  readonly cores: number;
  readonly cpu: string;
  readonly memoryGb: number;
  readonly node: string;
  readonly loadBefore: readonly number[];
  loadAfter?: readonly number[];
}

export function describeMachine(): MachineInfo {
  return {
    cores: availableParallelism(),
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    loadBefore: loadavg().map((x) => Math.round(x * 100) / 100),
  };
}

export function formatMachine(m: MachineInfo): string {
  const load = (l: readonly number[] | undefined): string => (l ? l.join(' / ') : '?');
  return `Machine: ${m.cores} cores, ${m.cpu}, ${m.memoryGb} GB, Node ${m.node}; load average (1/5/15 min) before ${load(m.loadBefore)}, after ${load(m.loadAfter)}`;
}
