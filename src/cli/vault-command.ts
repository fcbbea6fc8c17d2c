import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { ConfigError, type ConfigIssue } from '../core/errors.js';
import { readIdentityFile, recipientProblem } from '../quarantine/keys.js';
import { QuarantineSealer } from '../quarantine/seal.js';
import { reencryptVaultText, replaceFileAtomically } from '../vault/reencrypt.js';
import type { Io } from './mask-command.js';

export interface VaultReencryptOptions {
  identity?: string;
  recipient?: string[];
}

/**
 * `auditmask vault reencrypt VAULT -i old.key -r age1new…`: key rotation of a token vault file.
 * Every line is opened with the old identity and re-sealed to the new recipients, then the file is
 * replaced atomically (new file, fsync, rename). If one line cannot be opened nothing changes
 * (exit 1). Exit 0 done, 1 a line could not be re-sealed or the file changed meanwhile, 2 usage.
 */
export async function vaultReencrypt(file: string, opts: VaultReencryptOptions, io: Io): Promise<number> {
  const recipients = opts.recipient ?? [];
  const issues: ConfigIssue[] = recipients.flatMap((r, i) => {
    const p = recipientProblem(r);
    return p ? [{ path: `--recipient[${i}]`, message: p }] : [];
  });
  if (recipients.length === 0) issues.push({ path: '--recipient', message: 'give at least one new age recipient (age1…)' });
  let identities: string[] = [];
  if (!opts.identity)
    issues.push({ path: '--identity', message: 'give the age identity file that opens the vault as it is (the old key)' });
  else {
    try {
      identities = readIdentityFile(opts.identity);
    } catch (err) {
      issues.push({ path: '--identity', message: (err as Error).message });
    }
  }
  if (issues.length > 0) throw new ConfigError(undefined, issues);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new ConfigError(undefined, [
      { path: 'VAULT', message: `cannot read ${file} (${(err as NodeJS.ErrnoException).code ?? 'error'})` },
    ]);
  }
  const sealer = new QuarantineSealer(recipients);
  const outcome = await reencryptVaultText(text, identities, sealer);
  if (!outcome.ok) {
    io.stderr.write(`auditmask: ${file}:${outcome.line}: ${outcome.problem}; nothing changed\n`);
    return 1;
  }
  if (outcome.droppedTornTail) io.stderr.write(`auditmask: ${file}: the last line was torn (an interrupted append) and is dropped\n`);
  try {
    await replaceFileAtomically(file, outcome.text, Buffer.byteLength(text, 'utf8'));
  } catch (err) {
    io.stderr.write(`auditmask: ${(err as Error).message}; nothing changed\n`);
    return 1;
  }
  io.stderr.write(`auditmask: ${outcome.lines} vault lines re-sealed to ${sealer.keyIds.join(', ')} in ${file}\n`);
  return 0;
}

export function addVaultCommand(program: Command, io: Io, setExitCode: (code: number) => void): void {
  const v = program.command('vault').description('Maintain the token vault (re-identification): reencrypt');
  v.command('reencrypt')
    .description('Rotation: re-seal every line of a vault file to new recipients, in place and atomically')
    .argument('<vault>', 'the token vault file')
    .option('-i, --identity <file>', 'age identity file that opens the vault as it is (the old key)')
    .option('-r, --recipient <age1…>', 'new re-identification recipient (repeat for several)', (v: string, p: string[] = []) => [...p, v])
    .addHelpText('after', '\nExit: 0 re-sealed, 1 a line could not be opened or the vault changed meanwhile (nothing changed), 2 usage.\n')
    .action(async (file: string, opts: VaultReencryptOptions) => setExitCode(await vaultReencrypt(file, opts, io)));
}
