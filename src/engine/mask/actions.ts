import type { Action } from '../../core/evidence.js';
import type { Tokenizer } from './token.js';

/**
 * Matches any token this engine writes. Detection skips these stretches, so masking twice equals
 * masking once, and a token is never mistaken for the type it replaced.
 */
export const TOKEN_PATTERN = /<[A-Z][A-Z0-9_]{1,40}(?::[^<>\s]{1,320})?>/g;
const WHOLE_TOKEN = /^<[A-Z][A-Z0-9_]{1,40}(?::[^<>\s]{1,320})?>$/;

export function isToken(s: string): boolean {
  return s.length >= 4 && s.charCodeAt(0) === 60 && WHOLE_TOKEN.test(s);
}

/** The text that replaces a value; not called for `drop` and `keep`. */
export function replacement(action: Action, entity: string, normalized: string, tokenizer: Tokenizer): string {
  if (action === 'redact') return `<${entity}>`;
  if (action === 'partial') {
    const part = partialOf(entity, normalized);
    return part === undefined ? `<${entity}>` : `<${entity}:${part}>`;
  }
  return `<${entity}:${tokenizer.body(entity, normalized)}>`;
}

function partialOf(entity: string, v: string): string | undefined {
  if (entity === 'EMAIL') {
    const at = v.lastIndexOf('@');
    return at > 0 ? `***${v.slice(at).replace(/[<>\s]/g, '')}` : undefined;
  }
  if (entity === 'IP_ADDRESS' && /^\d+\.\d+\.\d+\.\d+$/.test(v)) {
    const [a, b] = v.split('.');
    return `${a}.${b}.x.x`;
  }
  const compact = v.replace(/[\s<>]/g, '');
  if (compact.length < 8) return undefined;
  return `****${compact.slice(-4)}`;
}
