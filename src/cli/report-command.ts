import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { readChainKey } from '../config/chain-key.js';
import { ConfigError } from '../core/errors.js';
import { renderReport, type ReportInput } from '../evidence/report-html.js';
import { collectTrailStats, deadLetterReasons } from '../evidence/trail-stats.js';
import { expandPaths } from '../evidence/verify-files.js';
import type { Io } from './mask-command.js';
import { verifyCommand } from './verify-command.js';

export interface ReportOptions {
  out: string;
  keyFile?: string;
  policy?: string;
  checkpoints?: string;
  deadLetter?: string[];
  leaks: boolean;
}

/**
 * `auditmask report`: one self-contained HTML page for an auditor, from trail files (chained or
 * not): period, records by source, findings over time and by type and action, policies and keys,
 * dead letters, and — when the chain key is available — the chain verification and leak re-scan
 * (the same checks as `auditmask verify --leaks`). Exit 0 when written, whatever it shows.
 */
export async function reportCommand(paths: string[], opts: ReportOptions, io: Io): Promise<number> {
  let files: string[];
  try {
    files = await expandPaths(paths);
  } catch (err) {
    throw new ConfigError(undefined, [
      { path: 'PATH', message: `cannot read ${(err as NodeJS.ErrnoException).path ?? 'a path'} (${(err as NodeJS.ErrnoException).code})` },
    ]);
  }
  const stats = await collectTrailStats(files);
  const key = readChainKey(opts.keyFile ? { keyFile: opts.keyFile } : {});
  let chain: ReportInput['chain'] = {
    checked: false,
    reason: 'Not checked: no chain key was given (-k, AUDITMASK_CHAIN_KEY_FILE or AUDITMASK_CHAIN_KEY).',
  };
  let leaks: ReportInput['leaks'] = {
    checked: false,
    reason: opts.leaks
      ? 'Not checked: the re-scan runs with the chain verification, which needs the chain key.'
      : 'Not asked (--no-leaks).',
  };
  if (key) {
    const sink = { write: () => true } as unknown as NodeJS.WritableStream;
    const { report } = await verifyCommand(
      paths,
      {
        ...(opts.keyFile ? { keyFile: opts.keyFile } : {}),
        ...(opts.policy ? { policy: opts.policy } : {}),
        ...(opts.checkpoints ? { checkpoints: opts.checkpoints } : {}),
        leaks: opts.leaks,
        json: true,
        maxProblems: 0,
      },
      { ...io, stdout: sink },
    );
    chain = {
      checked: true,
      intact: report.intact,
      chainKey: report.chain_key,
      files: report.files.length,
      streams: report.streams,
      problems: report.problems,
    };
    if (report.leaks) leaks = { checked: true, policy: report.leaks.policy, records: report.leaks.records, leaks: report.leaks.leaks };
  }
  const html = renderReport({
    generatedAt: new Date().toISOString(),
    paths,
    stats,
    chain,
    leaks,
    deadLetter: opts.deadLetter && opts.deadLetter.length > 0 ? await deadLetterReasons(opts.deadLetter) : undefined,
  });
  await writeFile(opts.out, html, { mode: 0o640 });
  io.stderr.write(
    `auditmask: report written to ${opts.out}: ${stats.records} records, chain ${chain.checked ? (chain.intact ? 'intact' : 'NOT INTACT') : 'not checked'}, leaks ${leaks.checked ? leaks.leaks.length : 'not checked'}\n`,
  );
  return 0;
}

const collect = (v: string, prev: string[] = []) => [...prev, v];

export function addReportCommand(program: Command, io: Io, setExitCode: (code: number) => void): void {
  program
    .command('report')
    .description("An auditor's report of written trails as one self-contained HTML page (inline SVG charts, no network)")
    .argument('<paths...>', 'trail files, or folders of them (every *.jsonl, by name)')
    .requiredOption('-o, --out <file>', 'the HTML file to write')
    .option(
      '-k, --key-file <file>',
      'chain key file, to include the chain verification (else AUDITMASK_CHAIN_KEY_FILE / AUDITMASK_CHAIN_KEY)',
    )
    .option('--checkpoints <file>', 'the checkpoint file written beside the trail')
    .option('-p, --policy <file>', 'policy for the leak re-scan (default: the built-in policy)')
    .option('--dead-letter <file>', 'dead-letter file to count by reason (repeatable)', collect)
    .option('--no-leaks', 'skip the leak re-scan')
    .addHelpText(
      'after',
      '\nExample:\n  auditmask report -k chain.key --checkpoints trail.checkpoints --dead-letter dead-letter.jsonl --out report.html .data/auditmask/masked\n',
    )
    .action(async (paths: string[], opts: ReportOptions) => {
      setExitCode(await reportCommand(paths, opts, io));
    });
}
