import type { LoadedPolicy } from '../engine/create.js';
import { Engine } from '../engine/engine.js';
import { Tokenizer } from '../engine/mask/token.js';
import { compilePolicy } from '../engine/policy/compile.js';

/** Told of each (entity, normalized value, token) of a chosen type the first time it is tokenized. */
export type TokenObserver = (entity: string, value: string, token: string) => void;

/**
 * A Tokenizer that also reports the pairs of the chosen entity types to the vault. It reports a
 * value on the first token of it and again only after the token cache was cleared: the vault is
 * keyed by token, so a repeat is harmless. Types not chosen are never reported, so they never
 * reach the vault. The token is written as in the output (`<EMAIL:abcdefghijkl>`).
 */
export class RecordingTokenizer extends Tokenizer {
  readonly #entities: ReadonlySet<string>;
  readonly #observer: TokenObserver;
  readonly #seen = new Set<string>();

  constructor(key: Buffer, keyId: string, entities: Iterable<string>, observer: TokenObserver) {
    super(key, keyId);
    this.#entities = new Set(entities);
    this.#observer = observer;
  }

  /**
   * Forgets which tokens were reported, so each is reported again on its next use. Called when
   * reported pairs may not have been stored (a vault write failed): a pair the vault lacks must
   * be offered again rather than skipped as already seen.
   */
  forget(): void {
    this.#seen.clear();
  }

  override body(entity: string, value: string): string {
    const body = super.body(entity, value);
    if (this.#entities.has(entity)) {
      const token = `<${entity}:${body}>`;
      if (!this.#seen.has(token)) {
        if (this.#seen.size >= 100_000) this.#seen.clear();
        this.#seen.add(token);
        this.#observer(entity, value, token);
      }
    }
    return body;
  }
}

/** An engine whose tokens of `entities` are reported to `observer` (the same tokens as without). */
export function recordingEngine(
  policy: LoadedPolicy,
  key: Buffer,
  keyId: string,
  entities: Iterable<string>,
  observer: TokenObserver,
): Engine {
  return new Engine(compilePolicy(policy), new RecordingTokenizer(key, keyId, entities, observer));
}
