import type { Span, TextScan, ValueDetector } from '../types.js';
import { detectorFields } from './helpers.js';

/**
 * A row of `firebase auth:export users.csv --format=csv` (Firebase CLI reference, "auth:export":
 * no header; columns UID, Email, Email Verified, Password Hash, Password Salt, Name, Photo URL, …):
 * the password hash and salt are base64 columns 4 and 5, which nothing in the row names. The row
 * is known by its first three columns: a Firebase UID (20–36 letters and digits), an e-mail
 * address and `true` / `false`. Hash and salt are masked as SECRET, each on its own.
 */
const ROW =
  /(?:^|\n)[A-Za-z0-9]{20,36},[^,\s@]{1,64}@[^,\s@]{1,253},(?:true|false),([A-Za-z0-9+/_-]{16,}={0,2}),([A-Za-z0-9+/_-]{4,}={0,2})?,/dg;

export const firebaseAuthExport: ValueDetector = {
  ...detectorFields({
    id: 'firebase_auth_export',
    entity: 'SECRET',
    description: 'Password hashes and salts in rows of a Firebase Auth CSV export (auth:export --format=csv)',
    validation: 'a row of UID (20–36 letters and digits), e-mail, true/false, then two base64 columns: the hash and the salt',
    context: true,
    example: 'Ktb0bBkODTZAlpUkaE5OjGcOz8L3,grace@example.com,true,cXdlcnR5dWlvcGFzZGZnaGprbA==,c2FsdHlzYWx0,Grace Hopper,…',
    keywords: [',true,', ',false,'],
    prefilter: (s) => s.text.indexOf('@') !== -1,
  }),
  find(scan: TextScan, out: Span[], priority: number): void {
    const text = scan.text;
    ROW.lastIndex = 0;
    for (let m = ROW.exec(text); m !== null; m = ROW.exec(text)) {
      for (const g of [1, 2]) {
        const range = m.indices![g];
        if (range === undefined) continue;
        const value = text.slice(range[0], range[1]);
        out.push({ start: range[0], end: range[1], entity: 'SECRET', detector: 'firebase_auth_export', normalized: value, priority });
      }
      ROW.lastIndex = m.index + m[0].length - 1;
    }
  },
};
