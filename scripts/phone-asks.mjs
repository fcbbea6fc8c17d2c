#!/usr/bin/env node
// How often the phone pre-check leaves a number to libphonenumber-js, and what a number costs:
//   npx tsc && node scripts/phone-asks.mjs dist
// 20,000 random numbers per format (after 2,000 of warm-up), each checked under 11 regions (US GB DE
// FR IN BR CA AU ES IT NL) as the phone detector does; a number the check cannot answer is asked of the library.
// Prints asks per number, wall µs per number (check + asks) and the asks' share of it.
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const dist = process.argv[2];
if (!dist) {
  process.stderr.write('usage: node scripts/phone-asks.mjs <dist>\n');
  process.exit(2);
}
const base = pathToFileURL(path.resolve(dist)).href;
const { phonePrecheck } = await import(`${base}/src/engine/detect/phone-precheck.js`);
const { phoneNumberLibrary } = await import(`${base}/src/engine/detect/phone-lib.js`);
const check = phonePrecheck();
const lib = phoneNumberLibrary();
const regions = ['US', 'GB', 'DE', 'FR', 'IN', 'BR', 'CA', 'AU', 'ES', 'IT', 'NL'];
const formats = ['NNN-NNN-NNNN', '0NNN NNNNNN', '0NN NNNN NNNN', '1NNNNNNNNNN', 'NN NN NN NN NN', '49 NNN NNNNNNN', '0NNNNNNNNN'];
let seed = 1;
const digit = () => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return String(seed % 10);
};
function run(format, count) {
  let asks = 0;
  let askNs = 0;
  let totalNs = 0;
  for (let i = 0; i < count; i++) {
    const text = format.replace(/N/g, digit);
    const digits = text.replace(/\D/g, '');
    const start = process.hrtime.bigint();
    for (const region of regions) {
      if (check.validIn(digits, region) === undefined) {
        asks++;
        const asked = process.hrtime.bigint();
        lib.isValidPhoneNumber(text, region);
        askNs += Number(process.hrtime.bigint() - asked);
      }
    }
    totalNs += Number(process.hrtime.bigint() - start);
  }
  return {
    asks_per_number: +(asks / count).toFixed(3),
    us_per_number: +(totalNs / 1000 / count).toFixed(2),
    ask_us_per_number: +(askNs / 1000 / count).toFixed(2),
  };
}
for (const format of formats) run(format, 2000);
for (const format of formats) console.log(format.padEnd(16), JSON.stringify(run(format, 20000)));
