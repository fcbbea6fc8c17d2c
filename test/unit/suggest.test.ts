import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance, suggestions } from '../../src/core/suggest.js';

const KEYS = [
  'policy',
  'key',
  'pool',
  'pipeline',
  'sources',
  'sinks',
  'dead_letter',
  'shutdown_timeout_ms',
  'follow',
  'log_level',
  'telemetry',
];

describe('suggestions', () => {
  it('finds typos by edit distance and by prefix, nearest first', () => {
    expect(suggestions('log_levl', KEYS)).toEqual(['log_level']);
    expect(suggestions('dirr', ['id', 'type', 'dir', 'max_bytes', 'fsync'])).toEqual(['dir']);
    expect(suggestions('date_of_brith', ['date_of_birth', 'email', 'phone', 'us_ssn'])).toEqual(['date_of_birth']);
    expect(suggestions('telemetr', KEYS)).toEqual(['telemetry']);
    expect(suggestions('shutdown', KEYS)).toEqual(['shutdown_timeout_ms']);
  });

  it('gives at most three, never the whole list', () => {
    const ids = Array.from({ length: 76 }, (_, i) => `detector_${i}`);
    expect(suggestions('detector_', ids)).toHaveLength(3);
    expect(suggestions('github_', ['github_pat', 'github_oauth', 'github_app_token', 'github_refresh_token', 'gitlab_token'])).toHaveLength(
      3,
    );
  });

  it('suggests nothing for a word that is not close to any candidate', () => {
    expect(suggestions('colour', KEYS)).toEqual([]);
    expect(suggestions('xyz', ['id', 'type', 'dir'])).toEqual([]);
    expect(suggestions('', KEYS)).toEqual([]);
    // Short words do not match by prefix alone: "po" is neither "pool" nor "policy".
    expect(suggestions('s', KEYS)).toEqual([]);
  });
});

describe('didYouMean', () => {
  it('writes one, two or three suggestions as a sentence, or nothing', () => {
    expect(didYouMean('log_levl', KEYS)).toBe('; did you mean "log_level"?');
    expect(didYouMean('sink', ['sinks', 'sources', 'sink_id'])).toBe('; did you mean "sinks" or "sink_id"?');
    expect(didYouMean('colour', KEYS)).toBe('');
  });

  it('editDistance counts single edits', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
});
