import { describe, expect, it } from 'vitest';
import { testEngine } from '../../../helpers/engine.js';

const engine = testEngine();

function masked(text: string): string {
  return engine.maskText(text).value;
}

// Names made up for these tests; none is one of the wrap corpora's.
describe('a name whose surname starts the next line (stop 41)', () => {
  it('reads a given name that ends a line of prose with the next line, without a lead', () => {
    for (const [text, given, surname] of [
      ['Refund approved for Philippa\nGreenhalgh after review of case 8812.', 'Philippa', 'Greenhalgh'],
      ['This lease is signed by the lodger Rosamund\nPettigrew, who pays monthly.', 'Rosamund', 'Pettigrew'],
      ['relief driver Cornelius\r\nLindqvist took over at the depot', 'Cornelius', 'Lindqvist'],
    ] as const) {
      const out = masked(text);
      expect(out, text).not.toContain(given);
      expect(out, text).not.toContain(surname);
      // Each line keeps its break: the name is masked on each.
      expect(out.split('\n').length, text).toBe(text.split('\n').length);
    }
  });

  it('reads a lower-case name after a title or a role across the break', () => {
    for (const [text, surname] of [
      ['seen by dr. lucinda\nharrowgate today, bloods repeated', 'harrowgate'],
      ['patient maria\ngonzalez, ward 4, obs stable', 'gonzalez'],
    ] as const) {
      const out = masked(text);
      expect(out, text).not.toContain(surname);
      expect(out.split('\n').length, text).toBe(2);
    }
  });

  it('keeps headings, places, products and list items on consecutive lines', () => {
    for (const text of [
      'The offsite moved to Berlin\nTuesday works for the whole team.',
      'We migrated the billing jobs to Azure\nKubernetes Service last week.',
      'Release Notes\nVersion 4 Highlights',
      'Budget review by Finance\nApproved the headcount plan.',
      'Escalated to Dublin\nMonday morning call confirmed.',
      'Owners:\nPlatform\nSecurity\nData Engineering',
      'The build was handed to Jenkins\nPipeline 42 failed on lint.',
      'customer: order\nnumber 5512 shipped',
    ]) {
      expect(masked(text), text).toBe(text);
    }
  });
});
