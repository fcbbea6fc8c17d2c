import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The printed-records step (engine.ts #withPrintedRecords) walks each record printed into a string
 * as a trial, inside the walk of the string's own record, and then puts the walk's state back
 * field by field. A mutable field added to the engine that the walk writes and the trial does not
 * put back would carry the trial's state into the rest of the record: no corpus test sees that
 * (the same record is corrupted the same way on every engine). So every mutable field of the
 * engine is named here with the reason the trial may leave it as it is, or is listed as put back;
 * a new field fails this test until its author decides which it is.
 */
const ENGINE = readFileSync(
  path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'src', 'engine', 'engine.ts'),
  'utf8',
);

/** Fields #withPrintedRecords saves before its trial walks and puts back after them. */
const PUT_BACK = ['findings', 'textMode', 'secretOutputPending', 'mark', 'directKey', 'splitHolders'];

/** Fields the trial may leave as they are, with the reason. */
const LEFT_AS_THEY_ARE: Record<string, string> = {
  // Counters and depths the walk raises and lowers in pairs (in `finally` blocks).
  jsonOverride: 'saved and put back by #maskJson around each nested document',
  jsonNesting: 'raised and lowered in pairs around a nested document',
  genai: 'raised and lowered in pairs around a GenAI message structure',
  fhir: 'raised and lowered in pairs around a FHIR resource',
  senderParty: 'raised and lowered in pairs around a payment party',
  bapiReturn: 'raised and lowered in pairs around an SAP BAPI return table',
  printedProbe: 'the trial’s own depth, raised and lowered by #withPrintedRecords',
  decoding: 'set and cleared in `finally` around a decoded view',
  quotedJsonRead: 'set and cleared in `finally` around a quoted document’s read',
  encodedBody: 'cleared by #scan before the trial and put back after it',
  // Caches of pure functions of their input: what a trial stores is true for the record too.
  textScanFree: 'whether the shared TextScan is free; put back in `finally` by its user',
  numericPlanCount: 'the size of a cache of digit-run plans (pure)',
  splitGate: 'a gate cached for #splitGateText (pure)',
  splitGateText: 'the text splitGate was computed for',
  promptGate: 'a gate cached for #promptGateText (pure)',
  promptGateText: 'the text promptGate was computed for',
  formGate: 'a gate cached for #formGateText (pure)',
  formGateText: 'the text formGate was computed for',
  odataMention: 'whether #odataText names an `@odata.type` (pure)',
  odataText: 'the text odataMention was computed for',
  // Written only outside the value walk the trial runs.
  secretCommands: 'only ever raised: its readers compare it before and after a scan (memoise or not)',
  recordedCount: 'counted by JsonHost.recorded on the JSON text walk, not by the value walk of a trial',
  keptCount: 'the kept list is looked up by container: a trial’s containers are not the record’s',
  keptTokenCount: 'written on the JSON text walk at nesting 0 only, never by a trial’s value walk',
  root: 'set by maskValue around the whole walk',
  splitTokens: 'set on the JSON text walk only',
  rootEvidenceAt: 'set after the JSON text walk',
  rootEvidenceComma: 'set after the JSON text walk',
  noFindingsEvidence: 'a cache of the evidence text',
  evidenceHead: 'a cache of the evidence text',
};

function mutableFields(source: string): string[] {
  const body = source.slice(source.indexOf('class Engine'));
  return [...body.matchAll(/^ {2}#(\w+)(?::|\s*=)/gm)].map((m) => m[1]!);
}

function methodBody(source: string, name: string): string {
  const start = source.indexOf(`\n  ${name}(`);
  const end = source.indexOf('\n  }\n', start);
  return source.slice(start, end);
}

describe('a printed record’s trial walk leaves no state behind', () => {
  it('names every mutable field of the engine: put back by the trial, or left with a reason', () => {
    const fields = mutableFields(ENGINE);
    expect(fields.length).toBeGreaterThan(20);
    const unnamed = fields.filter((f) => !PUT_BACK.includes(f) && !(f in LEFT_AS_THEY_ARE));
    expect(unnamed, 'a new mutable engine field: add it to PUT_BACK (and #withPrintedRecords) or LEFT_AS_THEY_ARE').toEqual([]);
    const gone = [...PUT_BACK, ...Object.keys(LEFT_AS_THEY_ARE)].filter((f) => !fields.includes(f));
    expect(gone, 'fields named here that the engine no longer has').toEqual([]);
  });

  it('saves and puts back each field of PUT_BACK in #withPrintedRecords', () => {
    const body = methodBody(ENGINE, '#withPrintedRecords');
    expect(body.length).toBeGreaterThan(500);
    for (const field of PUT_BACK) {
      if (field === 'findings') {
        expect(body).toMatch(/findings\.length = before;/);
        continue;
      }
      const saved = new RegExp(`const (\\w+) = this\\.#${field};`).exec(body);
      expect(saved, `#${field} saved`).not.toBeNull();
      expect(body, `#${field} put back`).toContain(`this.#${field} = ${saved![1]};`);
    }
  });
});
