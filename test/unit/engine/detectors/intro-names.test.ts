import { describe, expect, it } from 'vitest';
import { introAtSentenceStart, isEverydayWord } from '../../../../src/engine/detect/values/intro-phrases.js';
import { detectorCases, engine } from './support.js';

/**
 * Lower-case names after an introduction (red-team round 16: `hello, this is rahul venkataraman`),
 * a given name that is also a product after `my real name is`, and a lower-case street after
 * `my home at` / `I live at`.
 */
describe("person_name_sentence_intro: this is / I am / I'm at a sentence start", () => {
  detectorCases(
    'person_name_sentence_intro',
    [
      ['hello, this is priya natarajan from the billing team', 'priya natarajan'],
      ['appeal #12: hi this is omar khalil, my account was locked', 'omar khalil'],
      ['thanks for the reply. i am fatima zahra and i still cannot log in', 'fatima zahra'],
      ["I'm arjun, the owner of this workspace", 'arjun'],
      ['This is john smith calling about order 5512', 'john smith'],
      ['ok. I am sofia okonkwo-bello', 'sofia okonkwo-bello'],
    ],
    [
      'this is fine',
      'this is broken',
      'I am done',
      'I am sure this is new',
      'the job says this is john smith', // not at a sentence start
      'deploy log: this is dev, not prod',
      'this is grace period handling',
      'I am male, 34',
      'this is mark and sweep',
      'i am al',
      'so this is david', // `so` is no greeting
    ],
  );

  it('reads a long text in its first 256 characters only', () => {
    const filler = 'the export job ran again and the report is attached. '.repeat(12);
    expect(engine.maskText(`hello, this is priya natarajan. ${filler}`).value).not.toContain('priya');
    expect(engine.maskText(`${filler}hello, this is priya natarajan.`).value).toContain('priya');
  });

  it('keeps the word after the name only when it is not an everyday word', () => {
    const out = engine.maskText('hi, this is rahul here, please call back');
    expect(out.value).toContain(' here,');
    expect(out.value).not.toContain('rahul');
  });

  it('reads a sentence start after a literal \\n of a JSON string and after a greeting', () => {
    expect(introAtSentenceStart('ok\\nthis is', 4)).toBe(true);
    expect(introAtSentenceStart('hello, this is', 7)).toBe(true);
    expect(introAtSentenceStart('Hey this is', 4)).toBe(true);
    expect(introAtSentenceStart('because this is', 8)).toBe(false);
    expect(introAtSentenceStart('ohello this is', 7)).toBe(false);
  });

  it('holds BIP-39 words and the measured name-words as everyday', () => {
    for (const w of ['grace', 'hope', 'will', 'dev', 'male', 'beautiful']) expect(isEverydayWord(w), w).toBe(true);
    for (const w of ['rahul', 'priya', 'john']) expect(isEverydayWord(w), w).toBe(false);
  });
});

describe('person_name_intro: my (real) name is, call me, anywhere in a text', () => {
  detectorCases(
    'person_name_intro',
    [
      ['my real name is elena kowalczyk', 'elena kowalczyk'],
      ['My name is diego ramirez', 'diego ramirez'],
      [`${'x '.repeat(400)}call me arjun`, 'arjun'],
    ],
    ['tool_call result: name is empty', 'my name is the default'],
  );
});

describe('person_name: a given name the stop list holds, right after a self-introduction', () => {
  detectorCases(
    'person_name',
    [
      ['Hi mods, my real name is Cassandra Delacroix-Moreau and I was doxxed', 'Cassandra Delacroix-Moreau'],
      ['my name is Georgia Papadopoulou', 'Georgia Papadopoulou'],
    ],
    ['Hi Cassandra team, the cluster name is Cassandra Prod', 'the keyspace name is Cassandra', 'we moved from Cassandra to Postgres'],
  );
});

describe('residence_street: a lower-case street after my home at / I live at', () => {
  detectorCases(
    'residence_street',
    [
      ['my ex posted my home at 5 chowringhee lane. please review', '5 chowringhee lane'],
      ['I live at 221b baker street, london', '221b baker street'],
      ['we live on 14 mg road near the metro', '14 mg road'],
      ['my address is 7 rue-side close', '7 rue-side close'],
    ],
    [
      'my home at 5 pm is fine',
      'i live at 5 minutes from the station',
      'the street at 5 chowringhee lane is closed',
      'my home page has 3 links',
    ],
  );
});
