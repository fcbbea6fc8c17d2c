import { readFileSync } from 'node:fs';
import { ConfigError } from '../core/errors.js';

/** Where to look for one key, and how to name it in errors (never its bytes). */
export interface KeySource {
  /** A key file given explicitly or by its `*_FILE` variable; read first when set. */
  file: string | undefined;
  /** The variable holding the key itself, read when no file is given. */
  envVar: string;
  env: NodeJS.ProcessEnv;
  /** `token key`, `chain key`: the path of the error entries. */
  label: string;
  /** What to check when the file cannot be read. */
  fileHint: string;
  /** An example of a good key for the too-short message. */
  example: string;
}

/**
 * Reads a key from its file or variable: `hex:…`, `base64:…`, or anything else as UTF-8 bytes, at
 * least 16 bytes. Undefined when neither is set; ConfigError for an unreadable file or a short key.
 */
export function readKeyMaterial(from: KeySource): { key: Buffer; source: string } | undefined {
  let raw: string;
  let source: string;
  if (from.file) {
    try {
      raw = readFileSync(from.file, 'utf8').trim();
    } catch (err) {
      throw new ConfigError(from.file, [
        { path: `${from.label} file`, message: `cannot read it (${(err as NodeJS.ErrnoException).code ?? 'error'}); ${from.fileHint}` },
      ]);
    }
    source = `file ${from.file}`;
  } else if (from.env[from.envVar]) {
    raw = from.env[from.envVar] as string;
    source = `env ${from.envVar}`;
  } else {
    return undefined;
  }
  const key = decodeKey(raw);
  if (key.length < 16) {
    throw new ConfigError(source, [{ path: from.label, message: `the key is ${key.length} bytes; use at least 16 (${from.example})` }]);
  }
  return { key, source };
}

function decodeKey(raw: string): Buffer {
  if (raw.startsWith('hex:')) return Buffer.from(raw.slice(4), 'hex');
  if (raw.startsWith('base64:')) return Buffer.from(raw.slice(7), 'base64');
  return Buffer.from(raw, 'utf8');
}
