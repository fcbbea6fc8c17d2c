// The evidence format: what masking did to a record, attached to every output record and read by
// sinks, evidence chains, quarantine and the vault. Ground floor: the engine writes it, the record
// contracts (component.ts) carry it; it imports nothing.

export const ACTIONS = ['token', 'redact', 'partial', 'drop', 'keep'] as const;
/**
 * What happens to a sensitive value:
 * - `token`: `<TYPE:deterministictoken>`, the same for the same value everywhere (default);
 * - `redact`: `<TYPE>`, the type only;
 * - `partial`: `<TYPE:****1111>` — the last 4 digits of a card or account, the domain of an email,
 *   the first two octets of an IPv4 address; values too short to keep a part of are redacted;
 * - `drop`: the field is removed (inside an array, replaced by null);
 * - `keep`: left as it is, but still reported in the evidence.
 */
export type Action = (typeof ACTIONS)[number];

/** What was done at one place of a record. Never carries the value. */
export interface Finding {
  /** `user.email`, `rows[2].ssn`; empty for a text record. */
  path: string;
  entity: string;
  /** Detector id, `key` for a sensitive field name, `rule:<id>` for a custom rule. */
  detector: string;
  action: Action;
  /** How many consecutive findings of this kind at this path (absent = 1). */
  count?: number;
}

/**
 * The construction of the tokens in a record: `v2` is BLAKE2b-512 over the length-prefixed key, the
 * entity type and the normalised value (src/engine/mask/token.ts). Evidence without `tok` was
 * written before tokens v2 (v1: HMAC-SHA256 over `entity NUL value`) or carries no token key.
 */
export type TokenConstruction = 'v2';

/** The evidence attached to every output record. */
export interface Evidence {
  v: 1;
  policy: string;
  /** Id of the token key. */
  key: string;
  /** Token construction, written by every engine since tokens v2; absent in older outputs. */
  tok?: TokenConstruction;
  findings: Finding[];
}
