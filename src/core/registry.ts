import { z } from 'zod';
import { Secret } from './secret.js';
import type { TestFaults } from './test-faults.js';
import { ConfigError } from './errors.js';
import type { Logger } from './logger.js';
import type { DeadLetterSink, Sink, Source } from './component.js';
import type { ComponentMetrics } from './component-metrics.js';

/**
 * The component registry: every source, sink and dead-letter sink type registers itself here with
 * its config schema and its factory; the run config schema (src/config/run-config.ts) is assembled
 * from it, and `auditmask run` creates components through it. The pipeline never names a type.
 *
 * To add a type: write `src/sources/<type>/` (or `src/sinks/<type>/`) with a module that calls
 * `registerSource` / `registerSink` / `registerDeadLetter` at load, and add one import line for it
 * in src/components/builtin.ts.
 */

/** What a factory gets besides its own config. */
export interface ComponentDeps {
  /** A child logger already tagged with the component id. */
  logger: Logger;
  /**
   * Where the component records its metrics (the topology passes the process's; absent: nothing
   * is recorded, e.g. in tests). Components never import the metrics module.
   */
  metrics?: ComponentMetrics;
  /**
   * The fault-injection test seam (src/core/test-faults.ts): set only by the topology for
   * `auditmask run --internal-test-faults`; absent in production. Only the Kafka source reads it.
   */
  testFaults?: TestFaults;
}

export type ComponentKind = 'source' | 'sink' | 'dead_letter';

interface KindTypes {
  source: Source;
  sink: Sink;
  dead_letter: DeadLetterSink;
}

/** The config every component gets: its own fields plus `id` and `type`. */
export type ComponentConfig<O extends z.ZodRawShape> = z.output<z.ZodObject<O>> & { id: string; type: string };

export interface ComponentDefinition<K extends ComponentKind, O extends z.ZodRawShape = z.ZodRawShape> {
  kind: K;
  /** The `type:` value in config (lower_snake, named after the protocol: `file`, `otlp`, `kafka`). */
  type: string;
  /** One line for docs and `config show` comments. */
  description: string;
  /**
   * The type's own fields (not `id` or `type`), each with `.describe()` and a default where one
   * makes sense: the descriptions are the user documentation. Unknown keys are refused.
   */
  options: O;
  create(config: ComponentConfig<O>, deps: ComponentDeps): KindTypes[K];
  /**
   * Risks in a valid config that deserve a warning (a receiver reachable from the network without
   * TLS or a token): logged at start by the component, printed by `config check`. Optional.
   */
  warnings?(config: ComponentConfig<O>): string[];
  /** Set by `registerPlaceholder`: the type is reserved but not implemented in this build. */
  placeholder?: boolean;
}

type AnyDefinition = ComponentDefinition<ComponentKind, z.ZodRawShape>;

const registry: Record<ComponentKind, Map<string, AnyDefinition>> = {
  source: new Map(),
  sink: new Map(),
  dead_letter: new Map(),
};

function register(def: AnyDefinition): void {
  const existing = registry[def.kind].get(def.type);
  if (existing && !existing.placeholder && !def.placeholder) {
    throw new Error(`${def.kind} type "${def.type}" is registered twice`);
  }
  if (existing && !existing.placeholder && def.placeholder) return;
  registry[def.kind].set(def.type, def);
}

export function registerSource<O extends z.ZodRawShape>(def: Omit<ComponentDefinition<'source', O>, 'kind'>): void {
  register({ ...def, kind: 'source' } as unknown as AnyDefinition);
}

export function registerSink<O extends z.ZodRawShape>(def: Omit<ComponentDefinition<'sink', O>, 'kind'>): void {
  register({ ...def, kind: 'sink' } as unknown as AnyDefinition);
}

export function registerDeadLetter<O extends z.ZodRawShape>(def: Omit<ComponentDefinition<'dead_letter', O>, 'kind'>): void {
  register({ ...def, kind: 'dead_letter' } as unknown as AnyDefinition);
}

/**
 * Reserves a type another module will implement: its config accepts any keys, and creating it
 * fails at startup with "not implemented yet". A real registration replaces it, in any load order.
 */
export function registerPlaceholder(kind: ComponentKind, type: string, description: string): void {
  register({
    kind,
    type,
    description,
    options: {},
    placeholder: true,
    create: () => {
      throw new ConfigError(undefined, [
        { path: type, message: `the ${type} ${kind.replace('_', '-')} type is not implemented in this build yet` },
      ]);
    },
  });
}

export function componentTypes(kind: ComponentKind): AnyDefinition[] {
  return [...registry[kind].values()];
}

export function componentDefinition(kind: ComponentKind, type: string): AnyDefinition | undefined {
  return registry[kind].get(type);
}

/** `id`: lower_snake, unique per kind (checked by the run config). */
export const componentId = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, 'use lower_snake: a lowercase letter, then lowercase letters, digits or _')
  .describe('Name of this component, lower_snake: used in logs, metrics and dead-letter records.');

/** The config schema for one component of `kind`: a union on `type` of every registered type. */
export function componentSchema(kind: ComponentKind): z.ZodType {
  const options = componentTypes(kind).map((def) => {
    const type = { type: z.literal(def.type).describe(def.description) };
    const shape = kind === 'dead_letter' ? { ...type, ...def.options } : { id: componentId, ...type, ...def.options };
    return def.placeholder ? z.looseObject(shape) : z.strictObject(shape);
  });
  if (options.length === 0) throw new Error(`no ${kind} type is registered`);
  const [first, ...rest] = options;
  return rest.length === 0 ? (first as z.ZodType) : z.discriminatedUnion('type', [first, ...rest] as [z.ZodObject, ...z.ZodObject[]]);
}

/**
 * A config field that is a secret (token, password): a string in YAML, a `Secret` once parsed, so
 * it prints as `[secret]` in logs, errors and `auditmask config show`.
 */
export function secretString(description: string) {
  return z
    .string()
    .min(1)
    .transform((s) => new Secret(s))
    .describe(`${description} (secret: prints as [secret])`);
}
