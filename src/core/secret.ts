import { inspect } from 'node:util';

const REDACTED = '[secret]';

/**
 * A value from config that must never print (token keys, SASL passwords, tokens), after Vector's
 * `SensitiveString` and the Collector's `configopaque`. `String(s)`, `JSON.stringify(s)`,
 * `util.inspect(s)` and template literals all give `[secret]`; only `reveal()` gives the value.
 */
export class Secret<T = string> {
  readonly #value: T;
  constructor(value: T) {
    this.#value = value;
  }
  reveal(): T {
    return this.#value;
  }
  toString(): string {
    return REDACTED;
  }
  toJSON(): string {
    return REDACTED;
  }
  [inspect.custom](): string {
    return REDACTED;
  }
}
