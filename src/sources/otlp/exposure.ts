import { isIP } from 'node:net';

/**
 * Whether a listen address reaches beyond this machine, and the warning the receiver gives when it
 * does without TLS or without a bearer token (issue 16): anyone on the network could then send
 * records that land, masked, in the audit trail, or read tokens' shapes from answers; and without
 * TLS, the raw records cross the network in clear text.
 */
export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  if (isIP(h) === 4) return h.startsWith('127.');
  if (isIP(h) === 6) return h === '::1' || h.startsWith('::ffff:127.');
  return false;
}

/** Warnings (none when safe) for one OTLP source's endpoints. */
export function exposureWarnings(config: {
  http_endpoint: string | false;
  grpc_endpoint: string | false;
  tls?: unknown;
  auth_token_env?: string | undefined;
}): string[] {
  const out: string[] = [];
  for (const [name, endpoint] of [
    ['http_endpoint', config.http_endpoint],
    ['grpc_endpoint', config.grpc_endpoint],
  ] as const) {
    if (endpoint === false) continue;
    const host = endpoint.slice(0, endpoint.lastIndexOf(':'));
    if (isLoopbackHost(host)) continue;
    const missing = [config.tls ? undefined : 'TLS', config.auth_token_env ? undefined : 'a bearer token'].filter(Boolean);
    if (missing.length === 0) continue;
    out.push(
      `${name} ${endpoint} listens beyond loopback without ${missing.join(' and ')}: ${
        config.tls ? '' : 'raw records cross the network in clear text; set tls.cert_file/key_file'
      }${missing.length === 2 ? ', and ' : ''}${config.auth_token_env ? '' : 'anyone who can reach it can send records; set auth_token_env'}`,
    );
  }
  return out;
}
