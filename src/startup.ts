/**
 * V8 settings for a short-lived command-line run, set before the tool's code is loaded. They change
 * speed only, never results. Measured on the seed, md+pdf, both editions, 2 cores: about 950 ms with
 * V8's defaults, about 800 ms with these.
 * - Regular expressions are compiled to machine code at once: the analysis runs each pattern over
 *   many sentences, and interpreting them first, then compiling them, costs about 45 ms.
 * - Functions are optimised later (an interrupt budget of 1,000,000 bytes of bytecode, V8's default
 *   is 67,584): a build lasts about a second, and optimising code that is nearly done running took
 *   a third of the CPU on background threads, which compete with the PDF worker for the two cores.
 *   Long runs still optimise their hot loops; a batch of 100 articles got faster too.
 * - Young-generation collections run on the thread that needs them, without helper threads: the main
 *   thread and the PDF worker already keep both cores busy, so helpers only wait for a core. In
 *   alternating runs a batch of 100 articles took 4 to 6% less time; the seed and the 1 MB interview
 *   1 to 3% less, near the noise.
 */
import { setFlagsFromString } from 'node:v8';

export const V8_FLAGS = ['--no-regexp-tier-up', '--interrupt-budget=1000000', '--no-parallel-scavenge'] as const;

/**
 * The Node major these settings were measured on. V8 prints an error for a flag it does not know,
 * and another V8 may tier differently, so other versions run with V8's defaults (only slower).
 */
export const MEASURED_NODE = 20;

const measured = (): boolean => Number(process.versions.node.split('.')[0]) === MEASURED_NODE;

/**
 * For a batch: the heap grows by 30% at a time rather than V8's larger steps, so a long batch stays
 * near 200 MB (a batch of 100 went from about 320 MB to under 200) for about 10% more time. V8
 * reads the setting at every collection, so it can be set once the inputs are counted.
 */
export const BATCH_FLAGS = ['--heap-growing-percent=30'] as const;

let tuned = false;
let batch = false;

/** Sets V8_FLAGS once per process; worker threads started afterwards inherit them. */
export function tuneV8(): void {
  if (tuned || !measured()) return;
  tuned = true;
  for (const flag of V8_FLAGS) setFlagsFromString(flag);
}

/** Sets BATCH_FLAGS once per process, before a build of more than one article starts its worker. */
export function tuneV8ForBatch(): void {
  if (batch || !measured()) return;
  batch = true;
  for (const flag of BATCH_FLAGS) setFlagsFromString(flag);
}
