import { createRequire } from 'node:module';
import type RE2Type from 're2';

/** The RE2 binding's constructor (with `RE2.Set`). */
export type RE2Class = typeof RE2Type;

let loaded: RE2Class | undefined;

/**
 * The `re2` native binding, loaded on first use: only custom policy rules need it, so a process
 * on the built-in policy (a one-shot `auditmask mask`, every worker thread) does not pay for
 * loading the addon (about 5 ms here). Synchronous, as policy compilation is.
 */
export function re2(): RE2Class {
  loaded ??= createRequire(import.meta.url)('re2') as RE2Class;
  return loaded;
}
