import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { ConfigError } from '../errors.js';
import { readIdentityFile } from '../quarantine/keys.js';
import { appendRevealAudit, type RevealAudit } from '../vault/reveal-trail.js';
import { findVaultLines, openVaultLine } from '../vault/vault-file.js';
import type { Io } from './mask-command.js';

export interface RevealOptions {
  vault: string;
  identity: string;
  reason: string;
  trail: string;
  who?: string;
}

/**
 * `auditmask reveal TOKEN`: the original value behind a vault token, for an authorised person with
 * the re-identification identity. Every attempt — revealed, not found or refused — is appended to
 * the trail (who, when, token, reason; never the value) and flushed BEFORE the value is printed,
 * so no value leaves without its audit record. Exit 0 revealed, 1 not found or refused, 2 usage.
 */
export async function revealCommand(token: string, opts: RevealOptions, io: Io): Promise<number> {
  if (opts.reason.trim().length < 3)
    throw new ConfigError(undefined, [{ path: '--reason', message: 'say why (a case or ticket reference)' }]);
  let identities: string[];
  try {
    identities = readIdentityFile(opts.identity);
  } catch (err) {
    throw new ConfigError(undefined, [{ path: '--identity', message: (err as Error).message }]);
  }
  let lines: Awaited<ReturnType<typeof findVaultLines>>;
  try {
    lines = await findVaultLines(opts.vault, token);
  } catch (err) {
    throw new ConfigError(undefined, [
      { path: '--vault', message: `cannot read ${opts.vault} (${(err as NodeJS.ErrnoException).code ?? 'error'})` },
    ]);
  }
  const audit = (outcome: RevealAudit['outcome']): RevealAudit => ({
    time: new Date().toISOString(),
    event: 'reveal',
    who: opts.who ?? userInfo().username,
    token,
    reason: opts.reason,
    vault: opts.vault,
    outcome,
  });
  if (lines.length === 0) {
    await appendRevealAudit(opts.trail, audit('not_found'));
    io.stderr.write(`auditmask: ${token} is not in the vault (only the entity types chosen for the vault are kept)\n`);
    return 1;
  }
  let value: string | undefined;
  for (const line of lines) {
    try {
      value = await openVaultLine(line, identities);
      break;
    } catch {
      // Try an older line: it may be sealed to a key this identity holds (rotation).
    }
  }
  if (value === undefined) {
    await appendRevealAudit(opts.trail, audit('refused'));
    io.stderr.write(
      `auditmask: no identity given opens ${token} (sealed to ${[...new Set(lines.flatMap((l) => l.key_ids))].join(', ')})\n`,
    );
    return 1;
  }
  await appendRevealAudit(opts.trail, audit('revealed'));
  io.stdout.write(`${value}\n`);
  return 0;
}

export function addRevealCommand(program: Command, io: Io, setExitCode: (code: number) => void): void {
  program
    .command('reveal')
    .description('Print the original value behind a vault token (re-identification); every attempt is recorded in the trail')
    .argument('<token>', 'the token as it appears in the clean output, e.g. "<EMAIL:abcdefghijkl>"')
    .requiredOption('--vault <file>', 'the token vault file')
    .requiredOption('-i, --identity <file>', 'the re-identification age identity file')
    .requiredOption('--reason <text>', 'why (a case or ticket reference): recorded in the trail')
    .requiredOption('--trail <file>', 'the reveal audit trail (appended, created 0600)')
    .option('--who <name>', 'who asks (default: the OS user name)')
    .addHelpText('after', '\nExit: 0 revealed, 1 not found or refused, 2 usage.\n')
    .action(async (token: string, opts: RevealOptions) => setExitCode(await revealCommand(token, opts, io)));
}
