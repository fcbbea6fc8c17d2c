// Creating a config's sources, sinks and dead-letter sink through the component registry
// (issue 17: topology layer, shared by `auditmask run` and `auditmask replay`).
// The built-in component types register themselves on import: the topology, which builds pipelines
// from configs, is where they are loaded (not the config loader).
import '../components/builtin.js';
import { componentDefinition, type ComponentDeps, type ComponentKind } from '../core/registry.js';
import type { ComponentEntry, RunConfig } from '../config/run-config.js';
import type { TestFaults } from '../core/test-faults.js';
import { type ConfigIssue, ConfigError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import type { DeadLetterSink, Sink, Source } from '../core/component.js';
import { processMetrics } from '../telemetry/metrics.js';

export interface Components {
  sources: Source[];
  sinks: Sink[];
  deadLetter: DeadLetterSink;
  /** Risks in the valid config (`path: message`), from the components' `warnings`. */
  warnings: string[];
}

/**
 * Creates every component through the registry; every failure is reported at once. `testFaults`:
 * the fault-injection test seam (src/core/test-faults.ts), handed to every component; never in production.
 */
export function createComponents(config: RunConfig, configSource: string, logger: Logger, testFaults?: TestFaults): Components {
  const issues: ConfigIssue[] = [];
  const warnings: string[] = [];
  const make = <T>(kind: ComponentKind, entry: ComponentEntry, path: string): T | undefined => {
    const def = componentDefinition(kind, entry.type);
    const deps: ComponentDeps = {
      logger: logger.child({ component: entry.id ?? kind }),
      metrics: processMetrics,
      ...(testFaults ? { testFaults } : {}),
    };
    try {
      if (!def) throw new ConfigError(undefined, [{ path: '', message: `unknown ${kind} type "${entry.type}"` }]);
      const created = def.create(entry as never, deps) as T;
      for (const w of def.warnings?.(entry as never) ?? []) warnings.push(`${path} (${entry.id ?? entry.type}): ${w}`);
      return created;
    } catch (err) {
      if (err instanceof ConfigError)
        issues.push(...err.issues.map((i) => ({ ...i, path: i.path && i.path !== entry.type ? `${path}.${i.path}` : path })));
      else issues.push({ path, message: `cannot be created: ${(err as Error).message}` });
      return undefined;
    }
  };
  const sources = (config.sources as ComponentEntry[]).map((e, i) => make<Source>('source', e, `sources[${i}]`));
  const sinks = (config.sinks as ComponentEntry[]).map((e, i) => make<Sink>('sink', e, `sinks[${i}]`));
  const deadLetter = make<DeadLetterSink>('dead_letter', { ...(config.dead_letter as ComponentEntry), id: 'dead_letter' }, 'dead_letter');
  if (issues.length > 0 || !deadLetter) throw new ConfigError(configSource, issues);
  return { sources: sources as Source[], sinks: sinks as Sink[], deadLetter, warnings };
}

/**
 * Creates one sink of a config, chosen by id, through the registry (for a command that writes to
 * where `run` writes: `reveal --trail-sink`). Throws a ConfigError naming the known ids when
 * there is no such sink, or the sink's own issues under `sinks[i]`.
 */
export function createSinkById(config: RunConfig, id: string, configSource: string, logger: Logger): Sink {
  const entries = config.sinks as ComponentEntry[];
  const index = entries.findIndex((e) => e.id === id);
  const entry = entries[index];
  if (!entry)
    throw new ConfigError(configSource, [
      { path: 'sinks', message: `no sink with id "${id}" (the config has ${entries.map((e) => e.id).join(', ')})` },
    ]);
  const def = componentDefinition('sink', entry.type);
  const path = `sinks[${index}]`;
  if (!def) throw new ConfigError(configSource, [{ path, message: `unknown sink type "${entry.type}"` }]);
  try {
    return def.create(entry as never, { logger: logger.child({ component: entry.id }) }) as Sink;
  } catch (err) {
    if (err instanceof ConfigError)
      throw new ConfigError(
        configSource,
        err.issues.map((i) => ({ ...i, path: i.path ? `${path}.${i.path}` : path })),
      );
    throw err;
  }
}
