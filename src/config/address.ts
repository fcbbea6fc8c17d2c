import { z } from 'zod';

/**
 * `host:port` strings in config (listen addresses, brokers), checked at load so `config check`
 * and `run` agree: the host is a name, an IPv4 address or a bracketed IPv6 address, and the port
 * is 0–65535 (0 only where it means "pick a free port").
 */
const HOST_PORT = /^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9._-]+):(\d{1,5})$/;

export function hostPort(options: { example: string; allowPortZero: boolean }) {
  return z.string().superRefine((value, ctx) => {
    const m = HOST_PORT.exec(value);
    if (!m) {
      ctx.addIssue({ code: 'custom', message: `write host:port, e.g. ${options.example}` });
      return;
    }
    const port = Number(m[2]);
    const min = options.allowPortZero ? 0 : 1;
    if (port < min || port > 65535) {
      ctx.addIssue({
        code: 'custom',
        message: `port ${port} is out of range: use ${min}–65535${options.allowPortZero ? ' (0 picks a free port)' : ''}, e.g. ${options.example}`,
      });
    }
    const host = m[1] as string;
    if (/^\d+(\.\d+){3}$/.test(host) && host.split('.').some((o) => Number(o) > 255)) {
      ctx.addIssue({ code: 'custom', message: `${host} is not an IPv4 address (each part is 0–255), e.g. ${options.example}` });
    }
  });
}
