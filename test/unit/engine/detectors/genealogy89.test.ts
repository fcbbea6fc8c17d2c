import { describe } from 'vitest';
import { leakCases } from '../../../helpers/leak-checks.js';

/**
 * Genealogy, DNA-testing, vital-records and people-search shapes (red-team round 89): a DNA
 * match's name before its centimorgans, relatives named after a kinship word, a certificate's name
 * fields inline, Polish `ur.` before a birth date, people-search listing and reverse-phone URLs,
 * a marriage record's parties, a registrar clerk's login, GEDCOM X name parts; kept: match-list
 * words before an amount, a lab microplate id, a ship named after a person, a company as a party.
 * Names, numbers and dates here are made up and differ from the corpus's.
 */
const { masks, keeps } = leakCases();

describe('DNA match names before the centimorgans shared (dna-match-names.ts)', () => {
  masks('names in a clustering note', 'Maternal cluster: Ottoline Varga-Seddon 233 cM, Brennus Aldmoor (118 cM).', [
    'Ottoline Varga-Seddon',
    'Brennus Aldmoor',
  ]);
  masks('a match that shares an amount', 'Tamsin Rookwood shares 640 cM with me', ['Tamsin Rookwood']);
  keeps('report words before an amount', 'Close Family 1700 cM; Total Shared 3400 cM; Longest Segment 61 cM; Half Sibling 1750 cM', [
    'Close Family 1700 cM',
    'Total Shared 3400 cM',
    'Longest Segment 61 cM',
    'Half Sibling 1750 cM',
  ]);
  keeps('a length in centimetres written cm, and one word before cM', 'The Tube Length 12 cm; Cluster 4 cM range', [
    'The Tube Length 12 cm',
    'Cluster 4 cM',
  ]);
});

describe('relatives after a kinship word', () => {
  masks('a capitalised name after cousin / DNA match', 'My DNA match Leopold Varnhagen wrote back; my cousin Isolde Brackwater too.', [
    'Leopold Varnhagen',
    'Isolde Brackwater',
  ]);
  masks('a lower-case name after husband (a known given name and surname)', 'her husband thomas miller too, hide him', ['thomas miller']);
  keeps('kinship words before ordinary words', 'my cousin said the tree is wrong; her husband agreed', [
    'my cousin said the tree is wrong; her husband agreed',
  ]);
});

describe("a certificate's name fields inline", () => {
  masks('German Vorname / Familienname with their colons', 'Vorname: Wiebke Henrike, Familienname: Lohmeyer-Traut, geboren 1977', [
    'Wiebke Henrike',
    'Lohmeyer-Traut',
  ]);
  masks('surname: with its colon', 'First name: Aurelio, surname: Mancuso-Brill, born 1969', ['Mancuso-Brill']);
});

describe('Polish ur. before a birth date', () => {
  masks('ur. dd.mm.yyyy', 'Zmarły: nie; ur. 03.11.1984 w Łodzi', ['03.11.1984']);
  keeps('a tour. before a date is no birth', 'Grand tour. 03.11.1984 was the last date', ['03.11.1984']);
});

describe('people-search listings and reverse-phone paths (profile-urls.ts)', () => {
  masks('a Spokeo listing', 'listing: https://www.spokeo.com/Eulalie-Marchbanks/Texas/Austin/p90817263544', ['Eulalie-Marchbanks']);
  masks('a Whitepages name page', 'https://www.whitepages.com/name/Corvin-Ashdale/Portland-OR', ['Corvin-Ashdale']);
  masks('a reverse-phone path', 'GET /phone/1-415-555-0132 HTTP/1.1', ['1-415-555-0132']);
  keeps("the site's own pages and a short id under /phone/", 'https://www.spokeo.com/reverse-phone-lookup and /api/phone/48213', [
    'reverse-phone-lookup',
    '/api/phone/48213',
  ]);
});

describe('marriage parties, a clerk, GEDCOM X name parts', () => {
  masks('party1 / party2 / bride names', { party1: { name: 'Cassius Pemberly', age: 31 }, bride: { name: 'Lowri Anwen Price' } }, [
    'Cassius Pemberly',
    'Lowri Anwen Price',
  ]);
  keeps('a company as a party', { party1: { name: 'Northwind Holdings Ltd' } }, ['Northwind Holdings Ltd']);
  masks("a registrar clerk's login", 'order=VC-1 status=ISSUED clerk=mkowalczyk', ['mkowalczyk']);
  keeps('a system clerk', 'order=VC-2 status=ISSUED clerk=system', ['clerk=system']);
  masks(
    'GEDCOM X given name and surname parts',
    {
      parts: [
        { value: 'Sidonie Maud', type: 'http://gedcomx.org/Given' },
        { value: 'Ravenhill', type: 'http://gedcomx.org/Surname' },
      ],
    },
    ['Sidonie Maud', 'Ravenhill'],
  );
  keeps('a GEDCOM X value of another type', { fact: { value: 'Farmer', type: 'http://gedcomx.org/Occupation' } }, ['Farmer']);
});

describe('look-alikes of these records', () => {
  keeps('a lab microplate under plate=', 'accession plate=MP-20240917-12 well=H11 status=RECEIVED', ['MP-20240917-12']);
  keeps("a GEDCOM header's program for a platform", '1 SOUR RM\n2 NAME Ancestral Quest Deluxe for Windows\n2 VERS 16.0', [
    'Ancestral Quest Deluxe for Windows',
  ]);
  keeps('a ship named after a person', 'Manifest: RMS Queen Mary, arrived Southampton 1937-05-02, line 9', ['RMS Queen Mary']);
});
