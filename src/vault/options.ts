// The vault options of the CLI commands, apart from the vault itself (mask-vault.ts and the age
// sealing it loads): a command that is not asked for a vault decides so without loading them.

export interface VaultOptions {
  /** The vault file; off when absent. */
  vault?: string;
  /** Re-identification recipients (age1…). */
  vaultRecipient?: string[];
  /**
   * Deprecated: entity types whose (token, value) pairs go to the vault, e.g. EMAIL,PERSON. The
   * policy's `vault.entities` says it; this is read when the policy names none.
   */
  vaultEntities?: string;
}

/** True when any vault option is given: then the vault is built, or every missing part is reported. */
export function vaultAsked(opts: VaultOptions): boolean {
  return opts.vault !== undefined || (opts.vaultRecipient?.length ?? 0) > 0 || opts.vaultEntities !== undefined;
}
