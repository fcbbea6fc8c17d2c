import { describe, expect, it } from 'vitest';
import { maskText, testEngine } from '../../../helpers/engine.js';

// MONITOR lines as redis.io "MONITOR" prints them (`1339518083.107412 [0 127.0.0.1:60866] "keys"
// "*"`), with the argument lists of the redis.io pages for AUTH, HELLO, CONFIG SET, MIGRATE and ACL
// SETUSER (its example `ACL SETUSER alice on >p1pp0 ~cached:* +get`); redis.conf's example password
// foobared.
const engine = testEngine();
const HEAD = '1339518083.107412 [0 127.0.0.1:60866] ';

describe('Redis MONITOR passwords', () => {
  it.each([
    ['AUTH with a password', '"AUTH" "foobared"', 'foobared', '"AUTH" "'],
    ['AUTH with a user', '"AUTH" "default" "foobared"', 'foobared', '"default"'],
    ['lower-case command', '"auth" "default" "foobared"', 'foobared', '"default"'],
    ['HELLO … AUTH', '"HELLO" "3" "AUTH" "default" "foobared" "SETNAME" "myclient"', 'foobared', '"myclient"'],
    ['CONFIG SET requirepass', '"CONFIG" "SET" "requirepass" "foobared"', 'foobared', '"requirepass"'],
    ['CONFIG SET masterauth after another pair', '"config" "set" "maxmemory" "100mb" "masterauth" "foobared"', 'foobared', '"100mb"'],
    ['MIGRATE … AUTH', '"MIGRATE" "192.168.1.34" "6379" "" "0" "5000" "AUTH" "foobared" "KEYS" "key1" "key2"', 'foobared', '"key2"'],
    [
      'MIGRATE … AUTH2',
      '"MIGRATE" "192.168.1.34" "6379" "" "0" "5000" "AUTH2" "default" "foobared" "KEYS" "key1"',
      'foobared',
      '"default"',
    ],
    ['ACL SETUSER >password', '"ACL" "SETUSER" "alice" "on" ">p1pp0" "~cached:*" "+get"', 'p1pp0', '"~cached:*" "+get"'],
  ])('%s', (_, args, secret, kept) => {
    const out = maskText(engine, HEAD + args).text;
    expect(out).not.toContain(secret);
    expect(out).toContain(kept);
    expect(out).toContain('[0 127.0.0.1:60866]');
  });

  it('reads every line of a MONITOR capture', () => {
    const out = maskText(engine, `${HEAD}"GET" "k"\n1339518087.877697 [0 lua] "AUTH" "foobared"\n${HEAD}"AUTH" "s3cond-pass"`).text;
    expect(out).not.toContain('foobared');
    expect(out).not.toContain('s3cond-pass');
  });
});

describe('Redis MONITOR look-alikes', () => {
  it.each([
    `${HEAD}"AUTH" "(redacted)"`,
    `${HEAD}"SET" "auth" "token-cache-key"`,
    `${HEAD}"HSET" "user:1000" "requirepass" "value-of-a-field"`,
    `${HEAD}"CONFIG" "GET" "requirepass"`,
    'the "AUTH" "default" "foobared" example in a sentence without the MONITOR head',
  ])('leaves %s', (input) => {
    expect(maskText(engine, input).text).toBe(input);
  });
});
