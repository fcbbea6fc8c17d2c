import { maskJsonBytes } from '../record/json-codec.js';
import { engineFromOptions, type EngineOptions } from '../config/engine-from-options.js';
import { inputLines } from './input.js';
import type { Io } from './mask-command.js';

export interface ScanReport {
  records: number;
  records_with_findings: number;
  read_as_text: number;
  rejected: Record<string, number>;
  /** Findings per entity type. */
  entities: Record<string, number>;
  /** Findings per field path (array indexes folded to [*]) and entity. */
  paths: { path: string; entity: string; detector: string; count: number }[];
  policy: string;
}

/** `auditmask scan`: the same detection as `mask`, reported as counts; never a value. */
export async function scanCommand(
  files: string[],
  opts: EngineOptions & { format: string; maxLineBytes: number },
  io: Io,
): Promise<ScanReport> {
  const { engine } = await engineFromOptions(opts, io.stderr, false);
  const report: ScanReport = {
    records: 0,
    records_with_findings: 0,
    read_as_text: 0,
    rejected: {},
    entities: {},
    paths: [],
    policy: engine.policy.hash,
  };
  const byPath = new Map<string, { path: string; entity: string; detector: string; count: number }>();
  for await (const { line } of inputLines(files, io.stdin, opts.maxLineBytes)) {
    report.records++;
    if ('oversize' in line) {
      report.rejected.line_too_long = (report.rejected.line_too_long ?? 0) + 1;
      continue;
    }
    const result = maskJsonBytes(engine, line.bytes);
    if (result.rejected) {
      report.rejected[result.rejected.reason] = (report.rejected[result.rejected.reason] ?? 0) + 1;
      continue;
    }
    if (result.input === 'text') report.read_as_text++;
    if (result.findings.length > 0) report.records_with_findings++;
    for (const f of result.findings) {
      const n = f.count ?? 1;
      report.entities[f.entity] = (report.entities[f.entity] ?? 0) + n;
      const path = f.path.replace(/\[\d+\]/g, '[*]') || '(text)';
      const k = `${path}\u0000${f.entity}\u0000${f.detector}`;
      const row = byPath.get(k);
      if (row) row.count += n;
      else byPath.set(k, { path, entity: f.entity, detector: f.detector, count: n });
    }
  }
  report.paths = [...byPath.values()].sort((a, b) => b.count - a.count || a.path.localeCompare(b.path));
  if (opts.format === 'json') io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else io.stdout.write(formatScanTable(report));
  return report;
}

function formatScanTable(r: ScanReport): string {
  const lines: string[] = [];
  const rejected =
    Object.entries(r.rejected)
      .map(([k, n]) => `${n} ${k}`)
      .join(', ') || '0';
  lines.push(`records: ${r.records}   with findings: ${r.records_with_findings}   read as text: ${r.read_as_text}   rejected: ${rejected}`);
  lines.push(`policy: ${r.policy}`, '');
  lines.push(
    table(
      ['ENTITY', 'FINDINGS'],
      Object.entries(r.entities)
        .sort((a, b) => b[1] - a[1])
        .map(([e, n]) => [e, String(n)]),
    ),
  );
  lines.push(
    '',
    table(
      ['PATH', 'ENTITY', 'DETECTOR', 'FINDINGS'],
      r.paths.map((p) => [p.path, p.entity, p.detector, String(p.count)]),
    ),
  );
  return `${lines.join('\n')}\n`;
}

/** A plain text table, columns padded to their widest cell. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const fmt = (r: string[]) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i] ?? 0))).join('  ');
  return [fmt(header), ...rows.map(fmt)].join('\n');
}
