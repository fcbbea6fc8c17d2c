// The logger contract components and every layer log through. The implementation (pino, masking
// its own lines) is src/log/logger.ts; ground floor: imports nothing.

export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(fields: LogFields | string, msg?: string): void;
  info(fields: LogFields | string, msg?: string): void;
  warn(fields: LogFields | string, msg?: string): void;
  error(fields: LogFields | string, msg?: string): void;
  /** A logger whose lines all carry `fields` (e.g. `{ component: 'files' }`). */
  child(fields: LogFields): Logger;
}
