import { resolve } from 'node:path';

/**
 * The local data folder of the built-in default (masked files, dead letters):
 * `$AUDITMASK_DATA_DIR`, else `./.data/auditmask` under the working directory. Absolute.
 */
export function dataDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.AUDITMASK_DATA_DIR || '.data/auditmask');
}
