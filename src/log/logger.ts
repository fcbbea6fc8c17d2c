/**
 * The daemon's own log: one JSON object per line on stderr (`{"time","level","msg",...fields}`).
 * The call shape is pino's (`log.info(fields, msg)` or `log.info(msg)`), so issue 8 can swap pino in.
 *
 * Contract for callers: fields and messages never carry a value taken from a record (ids, counts,
 * reasons, origins only). `Secret` values print as `[secret]` through their toJSON.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(fields: LogFields | string, msg?: string): void;
  info(fields: LogFields | string, msg?: string): void;
  warn(fields: LogFields | string, msg?: string): void;
  error(fields: LogFields | string, msg?: string): void;
  /** A logger whose lines all carry `fields` (e.g. `{ component: 'files' }`). */
  child(fields: LogFields): Logger;
}

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

export function createLogger(options: { level?: LogLevel; stream?: NodeJS.WritableStream; base?: LogFields } = {}): Logger {
  const level = ORDER[options.level ?? 'info'];
  const stream = options.stream ?? process.stderr;
  const base = options.base ?? {};
  const write = (lvl: Exclude<LogLevel, 'silent'>, a: LogFields | string, msg?: string): void => {
    if (ORDER[lvl] < level) return;
    const fields = typeof a === 'string' ? {} : a;
    const text = typeof a === 'string' ? a : (msg ?? '');
    const line: LogFields = { time: new Date().toISOString(), level: lvl, msg: text, ...base, ...fields };
    for (const [k, v] of Object.entries(line)) if (v instanceof Error) line[k] = { name: v.name, message: v.message };
    try {
      stream.write(`${JSON.stringify(line)}\n`);
    } catch {
      // A closed stderr must not take the process down.
    }
  };
  return {
    debug: (a, m) => write('debug', a, m),
    info: (a, m) => write('info', a, m),
    warn: (a, m) => write('warn', a, m),
    error: (a, m) => write('error', a, m),
    child: (fields) => createLogger({ level: options.level ?? 'info', stream, base: { ...base, ...fields } }),
  };
}

/** A logger that writes nothing (tests, library use). */
export const silentLogger: Logger = createLogger({ level: 'silent' });
