import { describe } from 'vitest';
import { detectorCases } from './support.js';

// German streets named by a preposition without a street word (left73): Hamburg, Munich, Bonn,
// Cologne streets of that form; house numbers made up.

describe('german_street_preposition', () => {
  detectorCases(
    'german_street_preposition',
    [
      ['Meldebescheinigung liegt vor: Am Dalmannkai 9. Stufe 2 freigegeben', 'Am Dalmannkai 9'],
      ['Kundin wohnt Auf der Hardt 14 in Bonn', 'Auf der Hardt 14'],
      ['Anschrift laut Ausweis: Im Zollhafen 21', 'Im Zollhafen 21'],
      ['Adresse: Zur Alten Post 3a, bitte klingeln', 'Zur Alten Post 3a'],
    ],
    [
      'Anschrift geprüft. Am Montag 14 Fälle eskaliert',
      'Adresse fehlt, Im Jahr 2024 insgesamt 3120 Prüfungen',
      'neue Adresse Am 12.03. eingetragen',
      'Auf der Warteliste 27 Kunden, Adresse offen',
      'Kunde wohnt seit Zum Stichtag 31 offenen Tickets',
      'Am Ende 3 Treffer, Adressnachweis fehlt',
    ],
  );
});
