import { describe } from 'vitest';
import { detectorCases } from './support.js';

/**
 * Names in church care notes, prayer chains and chat widgets typed in lower case (red-team round
 * 98): after a congregation's titles (person_name_lower_fellowship) and after a self-introduction
 * in another language (person_name_lower_self_intro); and capitalised after a donation's or a
 * membership form's name label in German and French (person_name). Names are made up and differ
 * from the corpus's; the negatives are the look-alikes analysts need.
 */
describe('person_name_lower_fellowship: lower-case names after a congregation title', () => {
  detectorCases(
    'person_name_lower_fellowship',
    [
      ['prayer chain: sis. harriet okonkwo-dale fell and broke her hip, rm 208', 'harriet okonkwo-dale'],
      ['hospital visit with bro. desmond achterberg tue 3pm', 'desmond achterberg'],
      ['deacon ambrose whitfield will bring the meal on 12/4', 'ambrose whitfield'],
      ['pls add sister loretta vanbuskirk to the care list, cell 555-0143', 'loretta vanbuskirk'],
    ],
    [
      'brother printer jammed again in the church office',
      'sister church in kenya sent 12 photos',
      'pastor search committee meets 7pm',
      'elder care ministry sign-up sheet v2',
      'deacon board minutes 2025-11-02',
    ],
  );
});

describe('person_name_lower_self_intro: lower-case names after a self-introduction in another language', () => {
  detectorCases(
    'person_name_lower_self_intro',
    [
      ['hallo, ich bin dorothea lindqvist, neu hier. tel 0151 2345678', 'dorothea lindqvist'],
      ['bonjour, je suis camille rousseau, je voudrais devenir membre', 'camille rousseau'],
      ['oi, eu sou beatriz carvalho, quero ser membro', 'beatriz carvalho'],
      ['goedemiddag, ik ben henrik vandermolen, lid sinds 2019', 'henrik vandermolen'],
    ],
    [
      'ich bin neu in der gemeinde und habe eine frage',
      'je suis désolé, le formulaire ne marche pas',
      'soy milk and gluten free options at the retreat',
      'ik ben er niet op zondag 14 december',
      'me llamo la atención el sermón del domingo',
    ],
  );
});

describe('person_name: German and French name labels of donations and membership forms', () => {
  detectorCases(
    'person_name',
    [
      ['Spender: Reinhold Achterberg-Nwosu; IBAN: (entfernt); Betrag: 50,00 EUR', 'Reinhold Achterberg-Nwosu'],
      ['Adhésion — Nom : Delacourt-Mbaye ; Cotisation : 30 €', 'Delacourt-Mbaye'],
    ],
    ['Spender: anonym; Betrag: 20,00 EUR', 'Nom : (non renseigné) ; Cotisation : 30 €'],
  );
});

describe('person_name_lower_role: a couple greeted by one surname', () => {
  detectorCases(
    'person_name_lower_role',
    [
      ['hi margaret and theodore osborne-hale! your pledge card #0311 is ready', 'margaret'],
      ['hi margaret and theodore osborne-hale! your pledge card #0311 is ready', 'theodore osborne-hale'],
      ['dear harriet and desmond okonjo, thank you for your gift of $250', 'harriet'],
    ],
    [
      'hi team and welcome back, 3 items left',
      'hi anna and the kids, see you at 5',
      'dear members and friends, the 2026 budget vote is 1/11',
    ],
  );
});
