import { describe, expect, it } from 'vitest';
import { testEngine } from '../../../helpers/engine.js';

// SubRip and WebVTT cue layout; Mastercard test number 5555 5555 5555 4444 (Luhn-valid).
const engine = testEngine();

describe('a card number read across two caption cues', () => {
  it('masks both parts of a card split between two SubRip cues', () => {
    const srt =
      '14\n00:01:02,100 --> 00:01:04,900\nOK the card is 5555 5555\n\n15\n00:01:05,000 --> 00:01:07,300\n5555 4444 and the name on it is Megan Bowen\n';
    const out = engine.maskText(srt);
    expect(out.value).not.toContain('5555 4444');
    expect(out.value).not.toContain('5555 5555');
    expect(out.value).toContain('14\n00:01:02,100 --> 00:01:04,900\nOK the card is <CREDIT_CARD:');
    expect(out.findings.map((f) => f.detector)).toContain('structure:captions');
  });

  it('reads WebVTT cues with speaker tags and settings', () => {
    const vtt =
      'WEBVTT\n\n00:00:05.000 --> 00:00:07.000 align:start\n<v Agent>number is 4111-1111\n\n00:00:07.100 --> 00:00:09.000\n1111-1111 expiry next';
    expect(engine.maskText(vtt).value).not.toContain('1111-1111 expiry');
  });

  it('leaves numbers on both sides of a cue break that are no card: short, or failing Luhn', () => {
    for (const kept of [
      '1\n00:00:01,000 --> 00:00:02,000\nroom 1234\n\n2\n00:00:02,100 --> 00:00:03,000\n5678 please\n',
      '1\n00:00:01,000 --> 00:00:02,000\norder 5555 5555\n\n2\n00:00:02,100 --> 00:00:03,000\n5555 4445 shipped\n',
    ]) {
      expect(engine.maskText(kept).findings.map((f) => f.detector)).not.toContain('structure:captions');
    }
  });
});

describe("a cue's speaker (round 14: Zoom transcripts)", () => {
  it('masks `Name:` at the start of a cue, also with the line breaks written \\n in a quoted field', () => {
    const line =
      'archiver transcript vtt="WEBVTT\\n\\n1\\n00:00:01.000 --> 00:00:04.000\\nNadia Haddad: hi all\\n\\n2\\n00:00:05.000 --> 00:00:09.000\\nKwame Mensah: my line dropped"';
    const out = engine.maskText(line);
    expect(out.value).not.toContain('Nadia Haddad');
    expect(out.value).not.toContain('Kwame Mensah');
    expect(out.value).toContain(': my line dropped');
    // The speaker is read by the captions reader, or first by person_name since stop 41 reads a
    // name after a line break written as an escape.
    expect(out.findings.map((f) => f.detector).some((d) => d === 'structure:captions' || d === 'person_name')).toBe(true);
  });

  it('masks a WebVTT voice tag, with or without a class', () => {
    const vtt = 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v.loud Oluwaseun Adeyemi>we are live\n';
    expect(engine.maskText(vtt).value).not.toContain('Oluwaseun Adeyemi');
  });

  it('leaves role labels, numbered speakers and product names', () => {
    const vtt =
      'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nSpeaker 1: hello\n\n00:00:02.000 --> 00:00:03.000\nInterviewer: welcome\n\n00:00:03.000 --> 00:00:04.000\n<v Agent>thanks\n\n00:00:04.000 --> 00:00:05.000\nKafka Connect: timeout\n';
    const out = engine.maskText(vtt);
    for (const kept of ['Speaker 1: hello', 'Interviewer: welcome', '<v Agent>thanks', 'Kafka Connect: timeout'])
      expect(out.value).toContain(kept);
  });
});
