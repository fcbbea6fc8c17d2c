/**
 * Field paths never masked by default: W3C trace context (ids of a request, not of a person) and
 * Zoom Meetings API's `global_dial_in_numbers` (the provider's own public dial-in numbers, listed
 * for every meeting; no participant's). The built-in policy (builtin.ts) and the schema's default (schema.ts) use
 * this one list; it lives apart from schema.ts so that the built-in policy does not load zod
 * (test/unit/cli/lazy-commands.test.ts).
 */
export const DEFAULT_ALLOW_PATHS: readonly string[] = [
  'trace_id',
  'span_id',
  'parent_span_id',
  'traceId',
  'spanId',
  'parentSpanId',
  'trace_flags',
  'traceparent',
  'tracestate',
  'global_dial_in_numbers',
];
