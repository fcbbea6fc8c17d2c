/**
 * The one error tree of auditmask (after kafkajs `src/errors.js`).
 *
 * Contract for every subclass: `message` says what happened and what to do, and never contains a
 * raw value taken from a record. `retriable` tells a caller whether the same operation may succeed
 * if tried again (connection trouble) or never will (bad config, a poison record).
 */
export class AuditmaskError extends Error {
  readonly retriable: boolean;
  constructor(message: string, options: { retriable?: boolean; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.retriable = options.retriable ?? false;
  }
}

/** One problem found in a config or policy file; `path` is the dotted path, `line` 1-based. */
export interface ConfigIssue {
  path: string;
  line?: number;
  column?: number;
  message: string;
}

/** Bad config or policy: reported at start, all issues at once; never retriable. */
export class ConfigError extends AuditmaskError {
  readonly issues: ConfigIssue[];
  readonly file: string | undefined;
  constructor(file: string | undefined, issues: ConfigIssue[]) {
    super(formatIssues(file, issues));
    this.issues = issues;
    this.file = file;
  }
}

export function formatIssues(file: string | undefined, issues: ConfigIssue[]): string {
  const where = file ?? '<inline>';
  const lines = issues.map((i) => {
    const pos = i.line === undefined ? where : `${where}:${i.line}${i.column === undefined ? '' : `:${i.column}`}`;
    return `  ${pos} ${i.path || '(top level)'}: ${i.message}`;
  });
  return `${issues.length} problem${issues.length === 1 ? '' : 's'} in ${where}:\n${lines.join('\n')}`;
}

/** A connection or I/O failure with an external system; retried with backoff by the caller. */
export class ConnectionError extends AuditmaskError {
  constructor(message: string, cause?: unknown) {
    super(message, { retriable: true, cause });
  }
}

/**
 * One record cannot be decoded or masked and never will be: it goes to the dead-letter sink with
 * `reason` (a short machine-readable code such as `invalid_json` or `depth_exceeded`).
 */
export class RecordError extends AuditmaskError {
  readonly reason: string;
  constructor(reason: string, message: string) {
    super(message);
    this.reason = reason;
  }
}

/** A batch in which some records failed: only `failed` (indexes into the batch) need a retry. */
export class BatchError extends AuditmaskError {
  readonly failed: number[];
  constructor(message: string, failed: number[], options: { retriable?: boolean; cause?: unknown } = {}) {
    super(message, options);
    this.failed = failed;
  }
}

/**
 * The pipeline is full (too many batches or bytes in flight): nothing of the batch was taken, try
 * again later. Sources map it to 429/503 with `Retry-After`, gRPC `RESOURCE_EXHAUSTED`, or pause.
 */
export class BackpressureError extends AuditmaskError {
  /** A hint for clients, in milliseconds. */
  readonly retryAfterMs: number;
  /**
   * Settles (never rejects) when the capacity that refused the batch may be free again: the
   * pipeline settled one of the batches it had in flight. A pull source (Kafka, replay) waits for
   * it, at most `retryAfterMs`, and offers the batch again instead of sleeping the whole hint:
   * a fixed pause left the workers idle while the refused partitions waited out their second.
   */
  readonly ready: Promise<void> | undefined;
  constructor(message: string, retryAfterMs = 1000, ready?: Promise<void>) {
    super(message, { retriable: true });
    this.retryAfterMs = retryAfterMs;
    this.ready = ready;
  }
}
