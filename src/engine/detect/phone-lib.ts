import { createRequire } from 'node:module';
import type * as PhoneLib from 'libphonenumber-js/max';

/**
 * libphonenumber-js (full metadata), loaded on the first call and kept for the process.
 *
 * Loading it costs about 50 ms of CPU (its ES build is some 230 modules), a fifth of a one-record
 * `auditmask mask`, and most records have no phone candidate: the phone detector and the PHONE
 * normaliser call this only when a value needs validating or normalising. Detectors are
 * synchronous, so the package is loaded with `require` (its CommonJS build, `max/index.cjs`, the
 * same code and metadata as the ES build; test/unit/engine/detectors/phone-lib.test.ts compares
 * their answers).
 */
export type PhoneNumberLibrary = typeof PhoneLib;

let library: PhoneNumberLibrary | undefined;

export function phoneNumberLibrary(): PhoneNumberLibrary {
  library ??= createRequire(import.meta.url)('libphonenumber-js/max') as PhoneNumberLibrary;
  return library;
}
