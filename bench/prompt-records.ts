import { asReceived, mulberry32 } from './records.js';

/**
 * AI-agent records whose cost is one long prompt (2–8 KB of prose, as agents log them) under
 * `gen_ai.prompt`, generated from a seeded PRNG. A third of the prompts name a secret (`api key`,
 * `session token`, `password`), which switches on the keyword-gated secret detectors; a third
 * carry an email and a phone number. Each is a flat string decoded from its UTF-8 bytes, as a
 * source hands a record to the engine (`asReceived`).
 */
const WORDS =
  'the a to of and in for is on with that this it as be by at from or an are you your we can will order invoice report summary customer account update status pipeline deploy error retry request response service agent tool database query result please could should check'.split(
    ' ',
  );
const SECRETS = ['rotate the api key for the billing service', 'the session token expired again', 'reset the password of the staging user'];

export function promptRecords(count: number, seed: number): string[] {
  const rnd = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  return Array.from({ length: count }, (_, i) => {
    const words = Array.from({ length: 350 + Math.floor(rnd() * 1050) }, () => pick(WORDS));
    const kind = i % 3;
    if (kind === 0) words.splice(Math.floor(rnd() * words.length), 0, pick(SECRETS));
    if (kind === 1)
      words.splice(
        Math.floor(rnd() * words.length),
        0,
        `mail me at user${Math.floor(rnd() * 1e6)}@example.com or call +1 415-555-${1000 + Math.floor(rnd() * 8999)}`,
      );
    const prompt = words.join(' ');
    return asReceived(
      JSON.stringify({
        timestamp: new Date(Date.UTC(2026, 10, 1) + Math.floor(rnd() * 1e9)).toISOString(),
        event: 'agent.prompt',
        trace_id: Array.from({ length: 32 }, () => '0123456789abcdef'[Math.floor(rnd() * 16)]).join(''),
        agent: { id: `agent-${Math.floor(rnd() * 1e6)}`, model: 'claude-sonnet-4' },
        'gen_ai.prompt': prompt,
      }),
    );
  });
}
