import type avro from 'avsc';

/**
 * A pre-check of an Avro binary body against its schema, before avsc decodes it (issue 16).
 *
 * avsc decodes an array or map block in one synchronous loop of as many items as the block's count
 * says. A 31-byte body can declare 2^31 items: a worker spins for its whole task timeout and grows
 * by gigabytes. This walk reads the same bytes without building values and refuses a body whose
 * block counts cannot be true:
 *
 * - a block of items that take at least one byte each may not declare more items than bytes left;
 * - items that take no bytes at all (null, empty records) are counted over the whole body and
 *   capped at MAX_EMPTY_ITEMS;
 * - a map key named `__proto__` is refused: avsc builds maps as plain objects, where that key
 *   would vanish silently.
 *
 * Returns undefined for a sound body (which avsc then decodes), or the reason and a message that
 * names counts and the schema position, never a value. The walk is linear in the body's length
 * (plus at most MAX_EMPTY_ITEMS steps).
 */
export function checkAvroBlocks(type: avro.Type, body: Buffer): BlockProblem | undefined {
  const walk = new Walk(body);
  try {
    walk.value(type as AvroTypeLike);
  } catch (err) {
    if (err instanceof BlockRefusal) return { reason: err.reason, message: err.message };
    if (err instanceof Truncated) return undefined; // the decoder names what is missing
    if (err instanceof RangeError) return { reason: 'too_complex', message: 'Avro value nested too deeply to check' };
    throw err;
  }
  return undefined; // truncation and trailing bytes are left to the decoder, which names them
}

export interface BlockProblem {
  reason: 'avro_block_count' | 'avro_reserved_key' | 'too_complex';
  message: string;
}

/** The most zero-byte items (nulls, empty records) one body may declare in all its blocks. */
export const MAX_EMPTY_ITEMS = 100_000;

/** Whether a schema has an array or a map anywhere (otherwise no check is needed). */
export function hasBlocks(type: avro.Type): boolean {
  const cached = blockCache.get(type);
  if (cached !== undefined) return cached;
  const seen = new Set<AvroTypeLike>();
  const visit = (t: AvroTypeLike): boolean => {
    if (seen.has(t)) return false;
    seen.add(t);
    const name = baseName(t);
    if (name === 'array' || name === 'map') return true;
    if (name === 'record' || name === 'error') return (t.fields ?? []).some((f) => visit(f.type));
    if (name.startsWith('union')) return (t.types ?? []).some(visit);
    if (name.startsWith('logical') && t.underlyingType) return visit(t.underlyingType);
    return false;
  };
  const result = visit(type as AvroTypeLike);
  blockCache.set(type, result);
  return result;
}

const blockCache = new WeakMap<avro.Type, boolean>();

/** The parts of avsc's Type classes the walk reads. */
interface AvroTypeLike {
  typeName: string;
  fields?: { name: string; type: AvroTypeLike }[];
  types?: AvroTypeLike[];
  itemsType?: AvroTypeLike;
  valuesType?: AvroTypeLike;
  underlyingType?: AvroTypeLike;
  size?: number;
}

function baseName(t: AvroTypeLike): string {
  return t.typeName;
}

class BlockRefusal extends Error {
  constructor(
    readonly reason: BlockProblem['reason'],
    message: string,
  ) {
    super(message);
  }
}

/** Ends the walk when the body is shorter than the schema needs: the decoder reports that. */
class Truncated extends Error {}

const minCache = new WeakMap<AvroTypeLike, number>();

/** The fewest bytes a value of `t` takes (recursive types: what the non-recursive part needs). */
function minSize(t: AvroTypeLike, depth = 0): number {
  const hit = minCache.get(t);
  if (hit !== undefined) return hit;
  if (depth > 64) return 0;
  let n: number;
  switch (baseName(t)) {
    case 'null':
      n = 0;
      break;
    case 'float':
      n = 4;
      break;
    case 'double':
      n = 8;
      break;
    case 'fixed':
      n = t.size ?? 0;
      break;
    case 'record':
    case 'error':
      n = 0;
      for (const f of t.fields ?? []) n += minSize(f.type, depth + 1);
      break;
    default:
      if (baseName(t).startsWith('logical') && t.underlyingType) n = minSize(t.underlyingType, depth + 1);
      else n = 1; // boolean, int, long, enum, bytes, string, array, map, union: at least one byte
  }
  if (depth === 0) minCache.set(t, n);
  return n;
}

class Walk {
  pos = 0;
  emptyItems = 0;
  depth = 0;
  constructor(readonly buf: Buffer) {}

  value(t: AvroTypeLike): void {
    const name = baseName(t);
    switch (name) {
      case 'null':
        return;
      case 'boolean':
        this.skip(1);
        return;
      case 'int':
      case 'long':
      case 'abstract:long': // the codec's own long type (numbers or bigints)
      case 'enum':
        this.long();
        return;
      case 'float':
        this.skip(4);
        return;
      case 'double':
        this.skip(8);
        return;
      case 'fixed':
        this.skip(t.size ?? 0);
        return;
      case 'bytes':
      case 'string':
        this.skip(this.length());
        return;
      case 'record':
      case 'error':
        this.nest(() => {
          for (const f of t.fields ?? []) this.value(f.type);
        });
        return;
      case 'array':
        this.nest(() => this.blocks(t.itemsType as AvroTypeLike, false));
        return;
      case 'map':
        this.nest(() => this.blocks(t.valuesType as AvroTypeLike, true));
        return;
      default:
        if (name.startsWith('union')) {
          const i = this.long();
          const branch = t.types?.[i];
          if (branch === undefined) throw new Truncated(); // the decoder names a bad branch index
          this.nest(() => this.value(branch));
          return;
        }
        if (name.startsWith('logical') && t.underlyingType) {
          this.value(t.underlyingType);
          return;
        }
        // A type this walk does not know: leave the body to the decoder.
        throw new Truncated();
    }
  }

  nest(f: () => void): void {
    if (++this.depth > 256) throw new BlockRefusal('too_complex', 'Avro value nested deeper than 256 levels');
    f();
    this.depth--;
  }

  /** Array items or map entries, block by block. */
  blocks(item: AvroTypeLike, isMap: boolean): void {
    const itemMin = (isMap ? 1 : 0) + minSize(item);
    for (;;) {
      let count = this.long();
      if (count === 0) return;
      if (count < 0) {
        count = -count;
        this.long(); // the block's size in bytes; the items are walked anyway
      }
      const left = this.buf.length - this.pos;
      if (itemMin > 0 && count * itemMin > left) {
        throw new BlockRefusal(
          'avro_block_count',
          `an Avro ${isMap ? 'map' : 'array'} block declares ${count} items, more than the ${left} bytes left can hold`,
        );
      }
      if (itemMin === 0) {
        this.emptyItems += count;
        if (this.emptyItems > MAX_EMPTY_ITEMS) {
          throw new BlockRefusal(
            'avro_block_count',
            `an Avro array declares more than ${MAX_EMPTY_ITEMS} items that take no bytes (nulls or empty records)`,
          );
        }
      }
      for (let i = 0; i < count; i++) {
        if (isMap) {
          const len = this.length();
          if (len === 9 && this.buf.toString('latin1', this.pos, this.pos + 9) === '__proto__') {
            throw new BlockRefusal('avro_reserved_key', 'an Avro map has a key named __proto__, which the decoder cannot keep');
          }
          this.skip(len);
        }
        this.value(item);
      }
    }
  }

  /** A zig-zag varint long, as a JS number (exact up to 2^53, enough for counts and lengths). */
  long(): number {
    let n = 0;
    let mul = 1;
    for (let i = 0; i < 10; i++) {
      if (this.pos >= this.buf.length) throw new Truncated();
      const b = this.buf[this.pos++] as number;
      n += (b & 0x7f) * mul;
      if ((b & 0x80) === 0) return n % 2 === 0 ? n / 2 : -(n + 1) / 2;
      mul *= 128;
    }
    throw new Truncated();
  }

  length(): number {
    const len = this.long();
    if (len < 0 || len > this.buf.length - this.pos) throw new Truncated();
    return len;
  }

  skip(n: number): void {
    if (n > this.buf.length - this.pos) throw new Truncated();
    this.pos += n;
  }
}
