import { metrics } from './metrics.js';

/** What a component says about itself for `/readyz`. `reason` never quotes a record. */
export interface ReadinessReport {
  ready: boolean;
  reason?: string;
}

/**
 * Optional on any component (source, sink, dead-letter sink): whether it can do its work now — a
 * Kafka source that lost its broker or its group membership, a sink whose downstream is gone.
 * Without it, a component is ready between a successful `start()` and `stop()`.
 */
export interface ReadinessProbe {
  ready(): ReadinessReport | boolean;
}

export function hasReadiness(c: unknown): c is ReadinessProbe {
  return typeof (c as { ready?: unknown } | null)?.ready === 'function';
}

export interface HealthReport {
  ready: boolean;
  /** Per check: ready or not, and why not. */
  checks: Record<string, ReadinessReport>;
}

/**
 * The readiness of the whole process: every registered check must be ready. `/readyz` answers 200
 * with this report when it is, 503 when it is not; `auditmask_component_ready` mirrors each check.
 */
export class Health {
  readonly #checks = new Map<string, () => ReadinessReport>();

  /** Adds (or replaces) a check; `name` is a component id or `pool`, `pipeline`. */
  register(name: string, check: () => ReadinessReport | boolean): void {
    this.#checks.set(name, () => {
      try {
        const r = check();
        return typeof r === 'boolean' ? { ready: r } : r;
      } catch {
        return { ready: false, reason: 'readiness check failed' };
      }
    });
  }

  report(): HealthReport {
    const checks: Record<string, ReadinessReport> = {};
    let ready = this.#checks.size > 0;
    for (const [name, check] of this.#checks) {
      const r = check();
      checks[name] = r.ready ? { ready: true } : { ready: false, reason: r.reason ?? 'not ready' };
      if (!r.ready) ready = false;
      metrics().componentReady.set({ component: metrics().component(name) }, r.ready ? 1 : 0);
    }
    return { ready, checks };
  }
}
