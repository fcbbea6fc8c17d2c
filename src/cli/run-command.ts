import { type Command, InvalidArgumentError, Option } from 'commander';
import { Document, isMap, isScalar, isSeq, stringify } from 'yaml';
import { z } from 'zod';
import { type ComponentEntry, displayConfig, loadRunConfig, runConfigSchema } from '../config/run-config.js';
import { parseTestFaults, type TestFaults } from '../core/test-faults.js';
import { type ConfigIssue, ConfigError } from '../core/errors.js';
import { createLogger } from '../log/logger.js';
import type { PreparedRun } from '../topology/prepare.js';
import type { RunOptions } from '../topology/run.js';
import type { Io } from './mask-command.js';

export type { RunOptions };

// The topology (every component type and its libraries: kafkajs, the OTLP servers, the OTel SDK)
// is loaded when `run` or `config check` runs, not when the CLI starts: `auditmask mask` and the
// other one-shot commands start without it (src/cli/main.ts builds every command's definition).

/** `auditmask run`: parses nothing itself; runPipeline (src/topology/run.ts) does the work. */
export async function runCommand(opts: RunOptions, io: Io, stop?: AbortSignal): Promise<number> {
  const { runPipeline } = await import('../topology/run.js');
  return runPipeline(opts, io, stop);
}

/** Parses `--internal-test-faults` (commander reports a bad value as a usage error). */
function testFaultsOption(value: string): TestFaults {
  try {
    return parseTestFaults(value);
  } catch (err) {
    throw new InvalidArgumentError((err as Error).message);
  }
}

/** Registers `run` and `config check|show` on the program. */
export function addRunCommands(program: Command, io: Io, setExitCode: (code: number) => void): void {
  program
    .command('run')
    .description(
      'Run the processor: sources → masking workers → sinks, until SIGTERM/SIGINT, or until every source is a file read to the end (no --config: OTLP on 127.0.0.1:4318/4317 in, JSON Lines files out)',
    )
    .option('-c, --config <file>', 'run config YAML (see `auditmask config show` for every field and its default)')
    .option('--follow', 'keep running after file sources were read to the end (config: follow: true)')
    // The fault-injection test seam (src/core/test-faults.ts): hidden from --help on purpose.
    .addOption(new Option('--internal-test-faults <json>', "auditmask's own fault tests only").argParser(testFaultsOption).hideHelp())
    .addHelpText(
      'after',
      '\nExamples:\n  auditmask run\n  auditmask run --config auditmask.yaml\n  auditmask run --config batch-job.yaml   # file sources: exits 0 once all is written\n',
    )
    .action(async (opts: RunOptions & { internalTestFaults?: TestFaults }) => {
      const { internalTestFaults, ...rest } = opts;
      setExitCode(await runCommand({ ...rest, ...(internalTestFaults ? { testFaults: internalTestFaults } : {}) }, io));
    });

  const config = program.command('config').description('Check and show run configs');
  config
    .command('check')
    .description('Validate a run config, its policy and its key: every problem with its line; exit 2 when invalid')
    .argument('<file>', 'run config YAML')
    .action(async (file: string) => {
      const [{ prepareRun }, { createComponents }] = await Promise.all([
        import('../topology/prepare.js'),
        import('../topology/components.js'),
      ]);
      // Every problem at once: the policy's and the key's, and the components' (ports, files,
      // environment variables) as soon as the config itself loads.
      const issues: ConfigIssue[] = [];
      let run: PreparedRun | undefined;
      try {
        run = prepareRun(file);
      } catch (err) {
        if (!(err instanceof ConfigError)) throw err;
        issues.push(...err.issues);
      }
      let config = run?.config;
      if (config === undefined) {
        try {
          config = loadRunConfig(file).config;
        } catch {
          // The config's own issues are already in `issues`.
        }
      }
      let warnings: string[] = [];
      if (config !== undefined) {
        try {
          warnings = createComponents(config, file, createLogger({ level: 'silent' })).warnings;
        } catch (err) {
          if (!(err instanceof ConfigError)) throw err;
          issues.push(...err.issues);
        }
      }
      for (const w of warnings) io.stderr.write(`warning: ${w}\n`);
      if (issues.length > 0 || run === undefined) throw new ConfigError(file, issues);
      const ids = (list: unknown[]) => (list as ComponentEntry[]).map((c) => `${c.id} (${c.type})`).join(', ');
      io.stdout.write(
        `ok: ${file}: sources ${ids(run.config.sources)}; sinks ${ids(run.config.sinks)}; policy ${run.policy.source} (${run.policy.hash}); key ${run.key.source === 'random' ? 'random (random_ok)' : `from ${run.key.source}`}\n`,
      );
    });
  config
    .command('show')
    .description('Print a run config with every default filled in (the built-in default when no file is given); secrets print as [secret]')
    .argument('[file]', 'run config YAML')
    .option('--explain', 'each field preceded by its description as a comment')
    .action(async (file: string | undefined, opts: { explain?: boolean }) => {
      // A run config names its components by type: register the built-in types first.
      await import('../components/builtin.js');
      const { config: c, source } = loadRunConfig(file);
      const shown = displayConfig(c);
      io.stdout.write(`# ${source}\n${opts.explain ? explainConfig(shown) : stringify(shown)}`);
    });
}

type JsonSchema = {
  description?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  const?: unknown;
};

/** The config as YAML with each field's schema description as a comment above it. */
export function explainConfig(shown: unknown): string {
  const schema = z.toJSONSchema(runConfigSchema(), { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const doc = new Document(shown);
  const pick = (js: JsonSchema | undefined, value: unknown): JsonSchema | undefined => {
    const options = js?.oneOf ?? js?.anyOf;
    if (!options) return js;
    const type = (value as { type?: unknown } | null)?.type;
    return options.find((o) => o.properties?.type?.const === type) ?? js;
  };
  const walk = (node: unknown, js: JsonSchema | undefined, value: unknown): void => {
    const here = pick(js, value);
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '';
        const child = here?.properties?.[key];
        const text = child?.description ?? pick(child, (value as Record<string, unknown>)?.[key])?.description;
        if (text && isScalar(pair.key)) pair.key.commentBefore = ` ${text}`;
        walk(pair.value, child, (value as Record<string, unknown>)?.[key]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        walk(item, here?.items, (value as unknown[])[i]);
      });
    }
  };
  walk(doc.contents, schema, shown);
  return doc.toString({ lineWidth: 0 });
}
