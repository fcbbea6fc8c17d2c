import { describe, expect, it } from 'vitest';
import { mayHoldWrappedToken, wrappedTokenView } from '../../../../src/engine/structure/wrapped-tokens.js';
import { testEngine } from '../../../helpers/engine.js';

const engine = testEngine();

function masked(text: string): string {
  return engine.maskText(text).value;
}

// Values: the AWS docs' second example secret key (je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY), made-up
// tokens in GitHub's and Stripe's documented layouts, a made-up password and address.
const RUNNER =
  '2024-07-01T12:00:00.0000001Z ##[debug]GITHUB_TOKEN=ghp_Zk4Qm8Rt2Wx6Yb1Nc5Vd9Fg3Hj7K\n2024-07-01T12:00:00.0000002Z ##[debug]l0Ps2U\n2024-07-01T12:00:00.0000003Z ##[endgroup]';

describe('wrappedTokenView', () => {
  it('joins a token cut at a wrap column with the next line, its log prefix dropped', () => {
    expect(wrappedTokenView(RUNNER)?.text).toContain('GITHUB_TOKEN=ghp_Zk4Qm8Rt2Wx6Yb1Nc5Vd9Fg3Hj7Kl0Ps2U\n');
    const qp = 'Please rotate the deploy key now, it is sk_live_51Hq8Rt2Wx6Yb1Nc=\n5Vd9Fg3Hj7 thanks';
    expect(wrappedTokenView(qp)?.text).toContain('sk_live_51Hq8Rt2Wx6Yb1Nc5Vd9Fg3Hj7 thanks');
    const cri =
      '2024-07-01T12:00:00.000000001Z stdout P notify priya.ramak\n2024-07-01T12:00:00.000000002Z stdout F rishnan@example.org done';
    expect(wrappedTokenView(cri)?.text).toContain('notify priya.ramakrishnan@example.org done');
  });

  it('leaves short lines, labels, key=value lines, UUIDs and prose alone', () => {
    expect(mayHoldWrappedToken('token abc123\nXyz789 done')).toBe(false);
    expect(wrappedTokenView('export DB_PASSWORD=Xq7mP2vLk9wRt4Zb8Nc1 # staging only ok\nDB_HOST=db01.internal')).toBeUndefined();
    expect(
      wrappedTokenView('request finished for build 8f14e45fceea167a5a36dedd4bea2543\n7c9e6679-7425-40de-944b-e07fc1f90ae7'),
    ).toBeUndefined();
    expect(wrappedTokenView('The release train for this quarter ships version v2.4.1\nThanks, everyone')).toBeUndefined();
    expect(wrappedTokenView('Cache restored from key: node-cache-Linux-x64-npm-a1b2c3\nsha256: 9f86d081884c7d65')).toBeUndefined();
  });
});

describe('credentials cut by a wrap, in the engine', () => {
  it('masks both pieces of a token wrapped by a runner, a terminal, a soft break or a CRI partial line', () => {
    const runner = masked(RUNNER);
    expect(runner).not.toContain('ghp_Zk4Qm8Rt2Wx6Yb1Nc5Vd9Fg3Hj7K');
    expect(runner).not.toContain('l0Ps2U');
    expect(runner).toContain('2024-07-01T12:00:00.0000002Z ##[debug]<');
    expect(runner).toContain('##[endgroup]');
    const terminal = masked('ops@jump01:~$ export AWS_SECRET_ACCESS_KEY=je7MtGbClwBF/2Zp9Utk/h3yC\no8nvbEXAMPLEKEY\nops@jump01:~$ ');
    expect(terminal).not.toContain('je7MtGbClwBF');
    expect(terminal).not.toContain('o8nvbEXAMPLEKEY');
    const qp = masked('Please rotate the deploy key now, it is sk_live_51Hq8Rt2Wx6Yb1Nc=\n5Vd9Fg3Hj7 thanks');
    expect(qp).not.toContain('sk_live_51Hq8Rt2Wx6Yb1Nc');
    expect(qp).not.toContain('5Vd9Fg3Hj7');
    const cri = masked(
      '2024-07-01T12:00:00.000000001Z stdout P notify priya.ramak\n2024-07-01T12:00:00.000000002Z stdout F rishnan@example.org done',
    );
    expect(cri).not.toContain('priya.ramak');
    expect(cri).not.toContain('rishnan@');
    expect(cri).toContain('2024-07-01T12:00:00.000000002Z stdout F <');
  });

  it('keeps what follows a line that ends in a credential when it is no continuation', () => {
    const env = masked('export DB_PASSWORD=Xq7mP2vLk9wRt4Zb8Nc1Hy5T # staging\nDB_HOST=db01.internal\nDB_PORT=5432');
    expect(env).not.toContain('Xq7mP2vLk9wRt4Zb8Nc1Hy5T');
    expect(env).toContain('DB_HOST=db01.internal');
    const pem = masked(
      '-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAq9Lm3Rt7Wx2Yb6Nc1Vd5Fg9Hj3Kl7Ps1Ua5Qe9Zi3Oy7Tw=\n-----END PUBLIC KEY-----',
    );
    expect(pem).toContain('MCowBQYDK2VwAyEAq9Lm3Rt7Wx2Yb6Nc1Vd5Fg9Hj3Kl7Ps1Ua5Qe9Zi3Oy7Tw=');
    // A base64 value's padding `=` at a line's end is no soft break when a member's name starts the next line.
    const conf = '[Interface]\nPrivateKey = aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5bC7dE9f=\nListenPort = 41820\nMTU = 1420';
    expect(masked(conf)).toContain('ListenPort = 41820');
    expect(masked(conf)).not.toContain('aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5bC7dE9f');
    const hashes = 'layer sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\nlayer2 e3b0c44298fc1c149afbf4c8996fb924';
    expect(masked(hashes)).toBe(hashes);
  });
});

describe('cards and IBANs cut inside a group (stop 41)', () => {
  // Stripe test cards (Visa debit 4000 0566 5566 5556 is wrap38's: here Mastercard debit
  // 5200 8282 8282 8210 is avoided too, so JCB 3566 0020 2036 0505 and Visa 4000 0012 4000 0000);
  // the ECB example IBANs of Italy and Germany.
  it('masks a card of two unspaced halves after a card word, and an IBAN broken inside a group', () => {
    expect(masked('paid with card 35660020\n20360505 yesterday')).not.toContain('35660020');
    expect(masked('Visa on file 4000 001240\n000000 (exp 09/28)')).not.toContain('001240');
    const it60 = masked('bonifico su IT60 X054 2811 10\n10 0000 0123 456 entro venerdì');
    expect(it60).not.toContain('2811 10');
    expect(it60).toContain('entro venerdì');
    expect(masked('{"memo":"Konto DE89 3704 00\\n44 0532 0130 00"}')).not.toContain('3704 00');
  });

  it('keeps two 8-digit references on two lines without a card word, and a failing checksum', () => {
    // A compact IBAN (the ECB example DE IBAN) at a line's end, capitals on the next line: the IBAN alone.
    const mt = masked('/DE89370400440532013000\nHANNELORE VOSSKAMP\nLINDENSTRASSE 4');
    expect(mt).not.toContain('DE89370400440532013000');
    expect(mt).toContain('\n');
    for (const text of ['order refs\n40000012\n40000000', 'ticket 35660020\n20360505 closed', 'IT60 X054 2811 10\n11 0000 0123 456']) {
      expect(masked(text), text).toBe(text);
    }
  });
});
