import { randomBytes } from 'node:crypto';
import type { Command } from 'commander';
import { readChainKey } from '../config/chain-key.js';
import { ConfigError } from '../core/errors.js';
import { createEngine, defaultPolicy, loadPolicyFile } from '../engine/index.js';
import { expandPaths, type VerifyResult, verifyFiles } from '../evidence/verify-files.js';
import type { KafkaLineage } from '../kafka/verify-chain.js';
import { describeLocation, type Location } from '../evidence/verify.js';
import {
  type ConstructionCounts,
  countConstruction,
  countsJson,
  mixedKeys,
  mixWarnings,
  recordConstruction,
} from '../evidence/token-constructions.js';
import { maskJsonBytes } from '../record/json-codec.js';
import type { Io } from './mask-command.js';

export interface VerifyOptions {
  keyFile?: string;
  brokers?: string;
  topic?: string;
  policy?: string;
  checkpoints?: string;
  leaks?: boolean;
  json?: boolean;
  maxProblems: number;
}

/** A record that the given policy would mask now: where it is and what, never a value. */
export interface Leak {
  where: string;
  location: Location;
  findings: { path: string; entity: string; detector: string }[];
  /** For a Kafka record: the raw record it was masked from (lineage headers). */
  source?: KafkaLineage;
}

export interface VerifyReport extends VerifyResult {
  intact: boolean;
  chain_key: string;
  /** Records per token key id and token construction (`v1` = evidence without `tok`). */
  tokens: Record<string, Record<string, number>>;
  /** Token key ids whose records mix constructions (a warning: joins across the switch miss). */
  token_mix?: string[];
  leaks?: { policy: string; records: number; leaks: Leak[]; replay?: string[] };
}

/**
 * `auditmask verify`: checks the chains of the given files or folders; with `leaks`, re-scans
 * every record with the policy. Exit code: 0 intact (and, with --leaks, nothing found), 1 a
 * problem or a leak, 2 usage (no key, a path that does not exist, a trail under another key).
 */
export async function verifyCommand(paths: string[], opts: VerifyOptions, io: Io): Promise<{ code: number; report: VerifyReport }> {
  const key = readChainKey(opts.keyFile ? { keyFile: opts.keyFile } : {});
  if (!key) {
    throw new ConfigError(undefined, [
      { path: '--key-file', message: 'the chain key is needed: -k FILE, $AUDITMASK_CHAIN_KEY_FILE or $AUDITMASK_CHAIN_KEY' },
    ]);
  }
  if ((opts.brokers === undefined) !== (opts.topic === undefined)) {
    throw new ConfigError(undefined, [{ path: '--topic', message: 'a Kafka trail needs both --brokers and --topic' }]);
  }
  if (!opts.topic && paths.length === 0) {
    throw new ConfigError(undefined, [{ path: 'PATH', message: 'give files or folders to verify, or --brokers and --topic' }]);
  }
  let files: string[] = [];
  try {
    files = await expandPaths(paths);
  } catch (err) {
    throw new ConfigError(undefined, [
      { path: 'PATH', message: `cannot read ${(err as NodeJS.ErrnoException).path ?? 'a path'} (${(err as NodeJS.ErrnoException).code})` },
    ]);
  }
  const leaks: Leak[] = [];
  let scanned = 0;
  let policyHash = '';
  const policy = opts.policy ? loadPolicyFile(opts.policy) : defaultPolicy();
  // Every record's token key and construction, read from its evidence head (no full parse).
  const constructions: ConstructionCounts = new Map();
  const evidenceField = policy.policy.evidence.field;
  let onRecord: (canonical: Buffer, location: Location, lineage?: KafkaLineage) => void = (canonical) =>
    countConstruction(constructions, recordConstruction(canonical, evidenceField));
  if (opts.leaks) {
    policyHash = policy.hash;
    // Detection only: tokens are never shown, so any key will do.
    const engine = createEngine({ policy, key: randomBytes(32), keyId: 'verify' });
    onRecord = (canonical, location) => {
      countConstruction(constructions, recordConstruction(canonical, evidenceField));
      scanned++;
      const found = maskJsonBytes(engine, canonical).findings.filter((f) => f.action !== 'keep');
      if (found.length > 0) {
        leaks.push({
          where: describeLocation(location),
          location,
          findings: found.map(({ path, entity, detector }) => ({ path, entity, detector })),
        });
      }
    };
  }
  const result = await verifyFiles(files, {
    key: key.key.reveal(),
    keyId: key.id,
    ...(opts.checkpoints ? { checkpointFile: opts.checkpoints } : {}),
    onRecord,
  });
  if (opts.brokers && opts.topic) {
    // kafkajs is loaded only for a topic: verifying files starts without it.
    const [{ brokersFlagClient }, { verifyKafkaTopic }] = await Promise.all([
      import('../kafka/connection.js'),
      import('../kafka/verify-chain.js'),
    ]);
    const kafka = brokersFlagClient(opts.brokers, 'auditmask-verify');
    const k = await verifyKafkaTopic(kafka, opts.topic, { key: key.key.reveal(), keyId: key.id, onRecord });
    result.files.push(...k.files);
    result.lines += k.lines;
    result.streams.push(...k.streams);
    result.problems.push(...k.problems);
  }
  const replay = replayHints(leaks);
  const mixed = mixedKeys(constructions);
  const report: VerifyReport = {
    ...result,
    intact: result.problems.length === 0,
    chain_key: key.id,
    tokens: countsJson(constructions),
    ...(mixed.length > 0 ? { token_mix: mixed } : {}),
    ...(opts.leaks ? { leaks: { policy: policyHash, records: scanned, leaks, ...(replay.length > 0 ? { replay } : {}) } } : {}),
  };
  if (opts.json) io.stdout.write(`${JSON.stringify(report)}\n`);
  else io.stdout.write(formatReport(report, opts.maxProblems));
  // A mix is a warning, not a verdict on the chain: the exit code does not change.
  for (const w of mixWarnings(constructions)) io.stderr.write(`auditmask: warning: ${w}\n`);
  // A trail under another key cannot be checked at all: a usage problem, not a verdict.
  const wrongKey = result.problems.some((p) => p.kind === 'key_mismatch');
  const code = wrongKey ? 2 : result.problems.length > 0 || leaks.length > 0 ? 1 : 0;
  return { code, report };
}

function formatReport(r: VerifyReport, maxProblems: number): string {
  const out: string[] = [];
  const records = r.streams.reduce((n, s) => n + s.records, 0);
  out.push(
    `${r.intact ? 'intact' : 'NOT INTACT'}: ${r.files.length} file(s), ${r.lines} lines, ${r.streams.length} stream(s), ${records} records; chain key ${r.chain_key}`,
  );
  for (const p of r.problems.slice(0, maxProblems)) out.push(`  ${p.where}: ${p.kind}: ${p.message}`);
  if (r.problems.length > maxProblems) out.push(`  … and ${r.problems.length - maxProblems} more problems (--json lists them all)`);
  for (const s of r.streams) {
    const tail =
      s.end === 'sealed'
        ? 'sealed'
        : `open (no seal: live, stopped without shutdown, or cut; ${s.recordsAfterLastCheckpoint} records after the last checkpoint)`;
    out.push(
      `  stream ${s.stream ?? '?'}: ${s.records} records in ${s.segments.length} file(s), policy ${s.policy ?? '?'}, started ${s.started ?? '?'}, ${tail}`,
    );
  }
  for (const [k, byTok] of Object.entries(r.tokens)) {
    const parts = Object.entries(byTok).map(([tok, n]) => `${tok} ${n}`);
    out.push(`  token key ${k}: ${parts.join(', ')} records${r.token_mix?.includes(k) ? ' (MIXED constructions: see the warning)' : ''}`);
  }
  if (r.leaks) {
    out.push(`leaks: ${r.leaks.leaks.length} of ${r.leaks.records} records would be masked by policy ${r.leaks.policy}`);
    for (const l of r.leaks.leaks.slice(0, maxProblems)) {
      out.push(`  ${l.where}: ${l.findings.map((f) => `${f.path || '(text)'} ${f.entity}`).join(', ')}`);
    }
    for (const cmd of r.leaks.replay ?? []) out.push(`  re-mask from the raw topic: ${cmd}`);
  }
  return `${out.join('\n')}\n`;
}

/**
 * For leaks found in Kafka records: one `auditmask replay` command per raw source topic, starting
 * each source partition at its earliest leaking record (`--from topic:partition:offset,…`).
 */
export function replayHints(leaks: readonly Leak[]): string[] {
  const earliest = new Map<string, Map<number, bigint>>();
  for (const l of leaks) {
    if (!l.source) continue;
    const byPartition = earliest.get(l.source.topic) ?? new Map<number, bigint>();
    const o = BigInt(l.source.offset);
    const prev = byPartition.get(l.source.partition);
    if (prev === undefined || o < prev) byPartition.set(l.source.partition, o);
    earliest.set(l.source.topic, byPartition);
  }
  return [...earliest].map(([topic, parts]) => {
    const from = [...parts]
      .sort((a, b) => a[0] - b[0])
      .map(([p, o]) => `${topic}:${p}:${o}`)
      .join(',');
    return `auditmask replay --topic ${topic} --from ${from} --to-topic <clean topic>`;
  });
}

export function addVerifyCommand(program: Command, io: Io, setExitCode: (code: number) => void): void {
  program
    .command('verify')
    .description('Check the evidence chain of written trails (files or folders of rotated files); --leaks re-scans them')
    .argument('[paths...]', 'chained JSON Lines files, or folders of them (every *.jsonl, by name)')
    .option('-k, --key-file <file>', 'chain key file (else AUDITMASK_CHAIN_KEY_FILE / AUDITMASK_CHAIN_KEY)')
    .option('-b, --brokers <list>', 'with --topic: verify a Kafka topic (every partition, first to last offset)')
    .option('-t, --topic <name>', 'the chained Kafka topic to verify')
    .option('--checkpoints <file>', 'the checkpoint file written beside the trail: detects a tail cut after the last checkpoint')
    .option('--leaks', 'also re-scan every record with the policy and list those it would mask now (paths and types only)')
    .option('-p, --policy <file>', 'policy for --leaks, and whose evidence member to read (default: the built-in policy)')
    .option('--json', 'the report as one JSON document on stdout')
    .option('--max-problems <n>', 'problems listed in the text report', (v) => Number.parseInt(v, 10), 50)
    .addHelpText(
      'after',
      '\nExit: 0 intact, 1 a problem (or a leak with --leaks), 2 usage.\nExample:\n  auditmask verify -k chain.key --checkpoints trail.checkpoints .data/auditmask/masked\n',
    )
    .action(async (paths: string[], opts: VerifyOptions) => {
      const { code } = await verifyCommand(paths, opts, io);
      setExitCode(code);
    });
}
