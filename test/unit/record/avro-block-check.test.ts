import { describe, expect, it } from 'vitest';
import { type AvroTaskOptions, compileSchema, frame, maskAvroBytes } from '../../../src/record/avro-codec.js';
import { MAX_EMPTY_ITEMS } from '../../../src/record/avro/block-check.js';
import { testEngine } from '../../helpers/engine.js';

/**
 * Avro bodies whose block counts cannot be true (issue 16, item 5): refused before avsc loops over
 * them. Before the check, the 2^31-item cases below spun for minutes and grew by gigabytes.
 */

const engine = testEngine();
const ID = 7;

/** Avro's zig-zag varint of a long. */
function zigzag(n: number): Buffer {
  let z = n >= 0 ? n * 2 : -n * 2 - 1;
  const out: number[] = [];
  while (z >= 0x80) {
    out.push((z % 0x80) | 0x80);
    z = Math.floor(z / 0x80);
  }
  out.push(z);
  return Buffer.from(out);
}

function schemaOf(field: unknown): string {
  return JSON.stringify({
    type: 'record',
    name: 'Event',
    fields: [
      { name: 'note', type: 'string' },
      { name: 'items', type: field },
    ],
  });
}

function options(schema: string): AvroTaskOptions {
  return { schemas: { [ID]: schema }, nonString: 'null_or_sentinel', sentinels: { string: '', long: 0, int: 0 } as never };
}

/** `note` = "hi", then the given block bytes. */
function body(...parts: Buffer[]): Buffer {
  return frame(ID, Buffer.concat([zigzag(2), Buffer.from('hi'), ...parts]));
}

const TWO_31 = 2 ** 31;
const EMPTY_RECORD = { type: 'record', name: 'Empty', fields: [] };

describe('Avro block counts are checked against the bytes left', () => {
  const bombs: [string, unknown, Buffer][] = [
    ['2^31 nulls in a 31-byte body', { type: 'array', items: 'null' }, body(zigzag(TWO_31), zigzag(0))],
    ['2^31 empty records', { type: 'array', items: EMPTY_RECORD }, body(zigzag(TWO_31), zigzag(0))],
    ['2^31 ints with 20 bytes left', { type: 'array', items: 'int' }, body(zigzag(TWO_31), Buffer.alloc(20, 2), zigzag(0))],
    [
      '2^31 ints in the negative-count form (count, byte size)',
      { type: 'array', items: 'int' },
      body(zigzag(-TWO_31), zigzag(4), Buffer.alloc(4, 2), zigzag(0)),
    ],
    ['2^31 map entries', { type: 'map', values: 'null' }, body(zigzag(TWO_31), zigzag(1), Buffer.from('k'), zigzag(0))],
    [
      'many small blocks of nulls past the cap',
      { type: 'array', items: 'null' },
      body(...Array.from({ length: 11 }, () => zigzag(10_000)), zigzag(0)),
    ],
  ];
  for (const [name, field, bytes] of bombs) {
    it(`refuses ${name} as avro_block_count`, () => {
      expect(bytes.length).toBeLessThan(200);
      const r = maskAvroBytes(engine, bytes, options(schemaOf(field)));
      expect(r.rejected?.reason).toBe('avro_block_count');
      expect(r.rejected?.message).toContain(`schema ${ID}`);
    });
  }

  it('a nested bomb (array of arrays) is refused too', () => {
    const schema = schemaOf({ type: 'array', items: { type: 'array', items: 'null' } });
    const bytes = body(zigzag(1), zigzag(TWO_31), zigzag(0), zigzag(0));
    expect(maskAvroBytes(engine, bytes, options(schema)).rejected?.reason).toBe('avro_block_count');
  });

  it('sound arrays and maps still decode and mask: nulls up to the cap, ints, strings', () => {
    const schema = schemaOf({ type: 'array', items: 'null' });
    const n = MAX_EMPTY_ITEMS;
    const ok = maskAvroBytes(engine, body(zigzag(n), zigzag(0)), options(schema));
    expect(ok.rejected).toBeUndefined();
    const t = compileSchema(schemaOf({ type: 'map', values: 'string' }));
    const bytes = frame(ID, t.toBuffer({ note: 'mail jane.doe@example.com', items: { a: 'x', contact: 'ops@example.org' } }));
    const r = maskAvroBytes(engine, bytes, options(schemaOf({ type: 'map', values: 'string' })));
    expect(r.rejected).toBeUndefined();
    expect((r.value as Buffer).toString('latin1')).not.toContain('ops@example.org');
  });

  it('a truncated body is still named as truncated by the decoder', () => {
    const schema = schemaOf({ type: 'array', items: 'int' });
    const r = maskAvroBytes(engine, body(zigzag(3), zigzag(1), zigzag(2), zigzag(3)), options(schema));
    expect(r.rejected?.reason).toBe('avro_truncated');
  });
});

describe('Avro map keys named like Object.prototype members', () => {
  const schema = schemaOf({ type: 'map', values: 'string' });
  const entry = (k: string, v: string) => Buffer.concat([zigzag(k.length), Buffer.from(k), zigzag(v.length), Buffer.from(v)]);

  it('a __proto__ key is refused (avro_reserved_key), never silently dropped', () => {
    const r = maskAvroBytes(
      engine,
      body(zigzag(2), entry('__proto__', 'jane.doe@example.com'), entry('a', 'b'), zigzag(0)),
      options(schema),
    );
    expect(r.rejected?.reason).toBe('avro_reserved_key');
    expect(r.rejected?.message).not.toContain('jane.doe');
  });

  it('constructor and toString keys are kept and scanned', () => {
    const r = maskAvroBytes(
      engine,
      body(zigzag(2), entry('constructor', 'mail jane.doe@example.com'), entry('toString', 'b'), zigzag(0)),
      options(schema),
    );
    expect(r.rejected).toBeUndefined();
    const out = compileSchema(schema).fromBuffer((r.value as Buffer).subarray(5)) as { items: Record<string, string> };
    expect(Object.keys(out.items)).toEqual(['constructor', 'toString']);
    expect(out.items.constructor).not.toContain('jane.doe@example.com');
  });
});
