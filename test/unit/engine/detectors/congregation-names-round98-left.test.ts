import { describe } from 'vitest';
import { detectorCases } from './support.js';

/**
 * Names in congregations' notes, replies and logs that round 98 still leaked (its leftover pass):
 * a relative's given name after a kin word of a group message or of Spanish, Portuguese and German
 * notes (person_name_kin_given), a person thanked by the given name (person_name_thanks_given),
 * a dated log's entry (person_name_lower_dated), Spanish and Portuguese congregation titles
 * (person_name_lower_fellowship), a name written surname first after `for` in a record
 * (person_name_lower_customer), a French form's `Prénom` (person_name) and a lower-case street
 * with a subdivision's suffix after a move (residence_street). Names are made up and differ from
 * the corpora's; the negatives are the look-alikes analysts need.
 */
describe('person_name_kin_given: a given name after hubby and after kin words of other languages', () => {
  detectorCases(
    'person_name_kin_given',
    [
      ['sorry, her hubby bartholomew will bring the urn', 'bartholomew'],
      ['su esposo florencio está en cirugía', 'florencio'],
      ['ihr mann gerwin ist gestern gestürzt', 'gerwin'],
      ['sua filha valentina vai buscar', 'valentina'],
      // A given name no list holds, where the clause goes on with its verb.
      ['his wife ysmenia called twice about the meal', 'ysmenia'],
    ],
    [
      'her husband also is coming',
      'his wife still has the keys',
      'su esposo también está aquí',
      'su esposo ahora está bien',
      'der Mann ist krank',
      'ein esposo feliz es',
      'her hubby cooks.',
      'her husband retired.',
      'my wife kavya is allergic to nuts',
    ],
  );
});

describe('person_name_thanks_given: a given name right after thanks', () => {
  detectorCases(
    'person_name_thanks_given',
    [
      ['thank you, rosalind! your rsvp is in', 'rosalind'],
      ['thx theodore, see you sunday', 'theodore'],
      ['gracias, beatriz.', 'beatriz'],
      ['obrigado marcelo!', 'marcelo'],
    ],
    [
      'thanks everyone!',
      'thanks again!',
      'thank you, pastor!',
      'thanks team.',
      'thanks, grace.',
      'thanks for coming',
      'danke schön!',
      'merci beaucoup!',
    ],
  );
});

describe('person_name_lower_dated: a name opening a dated log entry', () => {
  detectorCases(
    'person_name_lower_dated',
    [
      ['11/02 cornelius whitaker needs a ride to dialysis', 'cornelius whitaker'],
      ['log: 3/14 09:30 harriet okafor-lindqvist returned the key', 'harriet okafor-lindqvist'],
      ['12/09/25 - margaret ellsworth dropped off canned goods', 'margaret ellsworth'],
    ],
    [
      '12/05 food pantry restock, 40 boxes',
      '12/06 will call back',
      '12/03 austin office closed',
      '1/2 cup sugar',
      'see docs/ 12/04 jordan said ok',
      'ratio 3/4 daniel sanders',
    ],
  );
});

describe('person_name_lower_fellowship: Spanish and Portuguese congregation titles', () => {
  detectorCases(
    'person_name_lower_fellowship',
    [
      ['visitamos a la hna. guadalupe restrepo en el hospital', 'guadalupe restrepo'],
      ['o irmão rodrigo figueiredo pediu oração', 'rodrigo figueiredo'],
    ],
    ['la hermana mayor vino', 'hermano mayor está aquí', 'hna. responsable del grupo'],
  );
});

describe('person_name_lower_customer: a name written surname first after for, in a record', () => {
  detectorCases(
    'person_name_lower_customer',
    [['receipt reissued for castellano-hughes, margarita; batch 44', 'castellano-hughes, margarita']],
    ['thanks for lunch, maria. order 5', 'good for dinner, john: 5 people', 'waiting for approval, pending 12', 'for sure, jordan. 7pm'],
  );
});

describe("person_name: a given name alone after a French form's Prénom", () => {
  detectorCases(
    'person_name',
    [['Inscription — Prénom : Clémentine ; Nom : Arbogast', 'Clémentine']],
    ['Prénom : obligatoire', 'Prénom: N/A'],
  );
});

describe('residence_street: a lower-case street with a subdivision suffix after a move or a mailing', () => {
  detectorCases(
    'residence_street',
    [
      ['fyi they moved to 418 quail hollow last week', '418 quail hollow'],
      ['statement mailed to 27 heron crossing', '27 heron crossing'],
      ['the okafors are now at 9 willow bend', '9 willow bend'],
    ],
    [
      'we moved to 3 pm ridge',
      'the meeting moved to 2 cabin leaders',
      'game is now at 2 match point',
      'moved to 4 stages of the trail',
      'now at 40 boxes',
    ],
  );
});
