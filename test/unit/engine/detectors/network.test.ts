import { describe } from 'vitest';
import { detectorCases } from './support.js';

// RFC 5737 documentation addresses; RFC 1122 §3.2.1.3 loopback (127.0.0.0/8), which names the host
// itself (Redis MONITOR's `[0 127.0.0.1:60866]`, Vault's `remote_address`) and no person.
describe('ipv4', () => {
  detectorCases(
    'ipv4',
    [
      ['client 203.0.113.42 connected', '203.0.113.42'],
      ['[0 198.51.100.7:60866] "GET" "k"', '198.51.100.7'],
      ['from 128.0.0.1 and back', '128.0.0.1'],
    ],
    ['[0 127.0.0.1:60866] "AUTH"', 'listening on 127.0.0.53:53', 'version 1.2.3.4', 'Chrome/126.0.0.0'],
  );
});
