import type { Exposure } from './exposures.js';

/** The alert event sent to on-call tooling: never a value, only the token as fingerprint. */
export interface ExposureAlert {
  type: 'auditmask.exposure';
  entity: string;
  fingerprint: string;
  /** Where it was first seen in this window, and where last (a record origin: topic/partition@offset, file:line…). */
  source: string;
  last_source: string;
  paths: string[];
  first_seen: string;
  last_seen: string;
  /** Sightings in this window (1 in the first alert of a window; more in a repeat). */
  count: number;
  window_ms: number;
  policy: string;
  key: string;
  /** Token construction of the fingerprint (evidence `tok`), when the evidence names one. */
  tok?: string;
}

interface Entry {
  alert: ExposureAlert;
  windowEnds: number;
}

/**
 * De-duplicates exposures per fingerprint within a window: the first sighting of a fingerprint
 * gives an alert at once; later sightings within `windowMs` of it only count. The first sighting
 * after the window gives a new alert whose `count` includes the sightings suppressed before it.
 * Memory: one entry per fingerprint seen within the last window (expired entries are dropped).
 */
export class AlertDeduplicator {
  readonly #windowMs: number;
  readonly #entries = new Map<string, Entry>();
  readonly #now: () => number;
  #lastSweep = 0;

  constructor(windowMs: number, now: () => number = Date.now) {
    this.#windowMs = windowMs;
    this.#now = now;
  }

  /** The alert to send for this exposure, or undefined when it is suppressed. */
  see(e: Exposure): ExposureAlert | undefined {
    const now = this.#now();
    this.#sweep(now);
    const at = new Date(now).toISOString();
    const entry = this.#entries.get(e.fingerprint);
    if (entry && now < entry.windowEnds) {
      const a = entry.alert;
      a.count++;
      a.last_seen = at;
      a.last_source = e.source;
      if (!a.paths.includes(e.path) && a.paths.length < 20) a.paths.push(e.path);
      return undefined;
    }
    const suppressed = entry ? entry.alert.count - 1 : 0;
    const alert: ExposureAlert = {
      type: 'auditmask.exposure',
      entity: e.entity,
      fingerprint: e.fingerprint,
      source: e.source,
      last_source: e.source,
      paths: [e.path],
      first_seen: entry ? entry.alert.first_seen : at,
      last_seen: at,
      count: 1 + suppressed,
      window_ms: this.#windowMs,
      policy: e.policy,
      key: e.key,
      ...(e.tok !== undefined ? { tok: e.tok } : {}),
    };
    this.#entries.set(e.fingerprint, { alert: { ...alert, paths: [...alert.paths], count: 1 }, windowEnds: now + this.#windowMs });
    return alert;
  }

  get size(): number {
    return this.#entries.size;
  }

  #sweep(now: number): void {
    if (now - this.#lastSweep < Math.min(this.#windowMs, 60_000)) return;
    this.#lastSweep = now;
    // An expired entry is kept one more window so a repeat can report what it suppressed.
    for (const [k, v] of this.#entries) if (now >= v.windowEnds + this.#windowMs) this.#entries.delete(k);
  }
}
