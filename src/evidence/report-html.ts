import { mixWarnings } from './token-constructions.js';
import type { TrailStats } from './trail-stats.js';
import type { Problem, StreamSummary } from './verify.js';

/**
 * The auditor's report as one self-contained HTML page: inline CSS and SVG charts, no script, no
 * network. Every text from the trail (paths, entity types, hashes, file names) is escaped; no
 * record value is ever given to this module.
 */
export interface ReportInput {
  generatedAt: string;
  paths: string[];
  stats: TrailStats;
  chain:
    | { checked: false; reason: string }
    | { checked: true; intact: boolean; chainKey: string; files: number; streams: StreamSummary[]; problems: Problem[] };
  leaks:
    | { checked: false; reason: string }
    | { checked: true; policy: string; records: number; leaks: { where: string; findings: { path: string; entity: string }[] }[] };
  deadLetter: Map<string, number> | undefined;
}

const esc = (s: unknown) =>
  String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
const fmt = (n: number) => n.toLocaleString('en-US');
const PALETTE = ['#2563eb', '#dc2626', '#16a34a', '#9333ea', '#ea580c', '#0891b2', '#ca8a04', '#db2777', '#64748b'];

function sum(m: Map<string, number>): number {
  let n = 0;
  for (const v of m.values()) n += v;
  return n;
}

/** Horizontal bars: one row per label. */
export function barChart(rows: readonly [string, number][], title: string, color = PALETTE[0]): string {
  if (rows.length === 0) return `<p class="none">No data.</p>`;
  const max = Math.max(...rows.map((r) => r[1]), 1);
  const rowH = 22;
  const labelW = 230;
  const barW = 420;
  const h = rows.length * rowH + 10;
  const bars = rows
    .map(([label, v], i) => {
      const w = Math.max(1, Math.round((v / max) * barW));
      const y = i * rowH + 5;
      return `<text x="${labelW - 8}" y="${y + 14}" text-anchor="end" class="lbl">${esc(label)}</text><rect x="${labelW}" y="${y + 2}" width="${w}" height="${rowH - 6}" rx="3" fill="${color}"/><text x="${labelW + w + 6}" y="${y + 14}" class="val">${fmt(v)}</text>`;
    })
    .join('');
  return `<svg class="chart" role="img" aria-label="${esc(title)}" viewBox="0 0 ${labelW + barW + 80} ${h}" width="${labelW + barW + 80}" height="${h}"><title>${esc(title)}</title>${bars}</svg>`;
}

/** Stacked columns per time bucket, one colour per entity type (the 8 most frequent, then `other`). */
export function timeChart(stats: TrailStats, title: string): string {
  const buckets = [...stats.overTime.keys()].sort();
  if (buckets.length === 0) return `<p class="none">No findings with a time.</p>`;
  const totals = new Map<string, number>();
  for (const b of stats.overTime.values()) for (const [e, n] of b) totals.set(e, (totals.get(e) ?? 0) + n);
  const top = [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8)
    .map(([e]) => e);
  const series = [...top, ...(totals.size > top.length ? ['other'] : [])];
  const height = 220;
  const left = 50;
  const colW = Math.max(8, Math.min(40, Math.floor(640 / buckets.length)));
  const width = left + buckets.length * colW + 20;
  const stackOf = (b: string) => {
    const m = stats.overTime.get(b) as Map<string, number>;
    return series.map((s) => (s === 'other' ? [...m].filter(([e]) => !top.includes(e)).reduce((n, [, v]) => n + v, 0) : (m.get(s) ?? 0)));
  };
  const max = Math.max(...buckets.map((b) => stackOf(b).reduce((a, c) => a + c, 0)), 1);
  let cols = '';
  buckets.forEach((b, i) => {
    let y = height;
    stackOf(b).forEach((v, si) => {
      if (v === 0) return;
      const h = Math.max(1, (v / max) * (height - 10));
      y -= h;
      cols += `<rect x="${left + i * colW + 1}" y="${y.toFixed(1)}" width="${colW - 2}" height="${h.toFixed(1)}" fill="${PALETTE[si % PALETTE.length]}"><title>${esc(b)} ${esc(series[si])}: ${fmt(v)}</title></rect>`;
    });
  });
  const axis = `<line x1="${left}" y1="${height}" x2="${width - 10}" y2="${height}" stroke="#94a3b8"/><text x="${left - 6}" y="14" text-anchor="end" class="val">${fmt(max)}</text><text x="${left - 6}" y="${height}" text-anchor="end" class="val">0</text><text x="${left}" y="${height + 16}" class="val">${esc(buckets[0])}</text><text x="${width - 10}" y="${height + 16}" text-anchor="end" class="val">${esc(buckets[buckets.length - 1])}</text>`;
  const legend = series
    .map((s, i) => `<span class="key"><i style="background:${PALETTE[i % PALETTE.length]}"></i>${esc(s)}</span>`)
    .join(' ');
  return `<svg class="chart" role="img" aria-label="${esc(title)}" viewBox="0 0 ${width} ${height + 24}" width="${width}" height="${height + 24}"><title>${esc(title)}</title>${cols}${axis}</svg><div class="legend">${legend}</div>`;
}

/** `v2 120, v1 30` for a token key id: records per token construction. */
function constructionsOf(s: TrailStats, key: string): string {
  const byTok = s.constructions.get(key);
  return byTok
    ? [...byTok]
        .sort()
        .map(([tok, n]) => `${tok} ${fmt(n)}`)
        .join(', ')
    : '—';
}

function table(head: readonly string[], rows: readonly (readonly unknown[])[]): string {
  if (rows.length === 0) return `<p class="none">None.</p>`;
  return `<table><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${typeof c === 'number' ? fmt(c) : esc(c ?? '—')}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

export function renderReport(r: ReportInput): string {
  const s = r.stats;
  const totalFindings = [...s.findings.values()].reduce((n, m) => n + sum(m), 0);
  const actions = [...new Set([...s.findings.values()].flatMap((m) => [...m.keys()]))].sort();
  const entityRows = [...s.findings].sort((a, b) => sum(b[1]) - sum(a[1]));
  const chainBadge = !r.chain.checked
    ? `<span class="badge warn">not checked</span>`
    : r.chain.intact
      ? `<span class="badge ok">intact</span>`
      : `<span class="badge bad">NOT INTACT</span>`;
  const leakBadge = !r.leaks.checked
    ? `<span class="badge warn">not checked</span>`
    : r.leaks.leaks.length === 0
      ? `<span class="badge ok">no leak</span>`
      : `<span class="badge bad">${fmt(r.leaks.leaks.length)} records</span>`;
  const dl = r.deadLetter;
  const dlTotal = dl ? sum(dl) : 0;

  const chainSection = !r.chain.checked
    ? `<p>${esc(r.chain.reason)}</p>`
    : `<p>Chain key <code>${esc(r.chain.chainKey)}</code>; ${fmt(r.chain.files)} file(s) or partition(s), ${fmt(r.chain.streams.length)} stream(s).</p>
${table(
  ['stream', 'started', 'last checkpoint or seal', 'records', 'files', 'end'],
  r.chain.streams.map((st) => [
    st.stream ?? '?',
    st.started,
    st.endedAt,
    st.records,
    st.segments.length,
    st.end === 'sealed' ? 'sealed' : `open (${st.recordsAfterLastCheckpoint} after last checkpoint)`,
  ]),
)}
${
  r.chain.problems.length === 0
    ? '<p class="okline">Every record is in place: no change, removal, insertion or reordering, no file missing.</p>'
    : table(
        ['where', 'problem', 'detail'],
        r.chain.problems.slice(0, 200).map((p) => [p.where, p.kind, p.message]),
      )
}`;

  const leakSection = !r.leaks.checked
    ? `<p>${esc(r.leaks.reason)}</p>`
    : `<p>Every record re-scanned with policy <code>${esc(r.leaks.policy)}</code>: ${fmt(r.leaks.records)} records, ${fmt(r.leaks.leaks.length)} would be masked now.</p>${
        r.leaks.leaks.length === 0
          ? ''
          : table(
              ['where', 'paths and types (never values)'],
              r.leaks.leaks.slice(0, 200).map((l) => [l.where, l.findings.map((f) => `${f.path || '(text)'} ${f.entity}`).join(', ')]),
            )
      }`;

  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>auditmask evidence report</title>
<style>
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#0f172a;margin:0;background:#f8fafc}
main{max-width:1040px;margin:0 auto;padding:28px 32px 60px}
h1{font-size:24px;margin:0 0 4px}h2{font-size:18px;margin:32px 0 10px;border-bottom:1px solid #e2e8f0;padding-bottom:4px}
.sub{color:#475569;margin:0 0 18px}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(180px,1fr));gap:12px}
.card{background:#fff;border:1px solid #e2e8f0;border-radius:8px;padding:12px 14px}
.card b{display:block;font-size:22px}.card span{color:#475569;font-size:12px;text-transform:uppercase;letter-spacing:.04em}
table{border-collapse:collapse;width:100%;background:#fff;margin:6px 0 10px}th,td{border:1px solid #e2e8f0;padding:5px 8px;text-align:left;vertical-align:top}
th{background:#f1f5f9;font-weight:600}td{font-variant-numeric:tabular-nums}
code{background:#f1f5f9;padding:1px 4px;border-radius:3px}
.badge{display:inline-block;padding:2px 8px;border-radius:10px;font-size:13px;font-weight:600}
.ok{background:#dcfce7;color:#166534}.bad{background:#fee2e2;color:#991b1b}.warn{background:#fef9c3;color:#854d0e}
.okline{color:#166534}.none{color:#64748b;font-style:italic}
svg.chart{background:#fff;border:1px solid #e2e8f0;border-radius:6px;max-width:100%;height:auto}
.lbl{font-size:12px;fill:#0f172a}.val{font-size:11px;fill:#475569}
.legend{margin:6px 0 0}.key{display:inline-block;margin-right:12px;font-size:12px}.key i{display:inline-block;width:10px;height:10px;margin-right:4px;border-radius:2px}
footer{margin-top:36px;color:#64748b;font-size:12px}
</style></head>
<body><main>
<h1>Audit trail evidence report</h1>
<p class="sub">Generated ${esc(r.generatedAt)} by auditmask from ${esc(r.paths.join(', '))}</p>
<section class="cards" id="summary">
<div class="card"><span>Period covered</span><b style="font-size:14px">${esc(s.first ?? '—')}<br>${esc(s.last ?? '—')}</b></div>
<div class="card"><span>Records</span><b id="records">${fmt(s.records)}</b></div>
<div class="card"><span>Findings masked</span><b>${fmt(totalFindings)}</b></div>
<div class="card"><span>Chain verification</span><b id="chain-result">${chainBadge}</b></div>
<div class="card"><span>Leak re-scan</span><b id="leak-result">${leakBadge}</b></div>
<div class="card"><span>Dead-lettered</span><b>${dl ? fmt(dlTotal) : '—'}</b></div>
</section>

<h2>Findings over time</h2>
${timeChart(s, 'Findings per entity type over time')}

<h2>Findings by entity type and action</h2>
${barChart(
  entityRows.slice(0, 25).map(([e, m]) => [e, sum(m)]),
  'Findings by entity type',
)}
${table(
  ['entity type', ...actions, 'total'],
  entityRows.map(([e, m]) => [e, ...actions.map((a) => m.get(a) ?? 0), sum(m)]),
)}

<h2>Records by source</h2>
${barChart([...s.bySource].sort((a, b) => b[1] - a[1]).slice(0, 25), 'Records by source', PALETTE[2])}

<h2>Policies in force</h2>
${table(
  ['policy hash', 'first record', 'last record', 'records'],
  [...s.policies].sort((a, b) => String(a[1].first).localeCompare(String(b[1].first))).map(([h, p]) => [h, p.first, p.last, p.records]),
)}

<h2>Keys</h2>
${table(
  ['key id', 'use', 'records', 'token constructions'],
  [
    ...[...s.keys].map(([k, n]) => [k, 'token key (deterministic tokens)', n, constructionsOf(s, k)]),
    ...[...s.chainKeys].map((k) => [k, 'chain key (tamper evidence)', '—', '—']),
  ],
)}
${mixWarnings(s.constructions)
  .map((w) => `<p class="warn">Warning: ${esc(w)}.</p>`)
  .join('\n')}

<h2>Dead letters by reason</h2>
${
  dl
    ? table(
        ['reason', 'records'],
        [...dl].sort((a, b) => b[1] - a[1]),
      )
    : '<p class="none">No dead-letter file given (--dead-letter).</p>'
}
${s.rejected.size > 0 ? `<p>Rejected in the trail itself (evidence-only lines):</p>${table(['reason', 'records'], [...s.rejected])}` : ''}

<h2 id="chain">Chain verification ${chainBadge}</h2>
${chainSection}

<h2 id="leaks">Leak re-scan ${leakBadge}</h2>
${leakSection}

<footer>This page holds no record value: only counts, field paths, entity types, policy hashes, key ids and locations. It was produced offline and loads nothing from the network. Construction of the chain: docs/evidence.md.</footer>
</main></body></html>
`;
}
