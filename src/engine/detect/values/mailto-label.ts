import { regexDetector } from './helpers.js';

/**
 * The label of a Slack mrkdwn mailto link (`<mailto:ludovica.ferrante@example.it|ludovica
 * ferrante>`, a visitor bot's or a front desk's message; red-team round 106): Slack shows the label
 * for the address, and a person's address is labelled with the person's name, in any case. Two to
 * four words of letters (with `-`, `'` or `.` inside), no digit and no `@`: a team's or a desk's label
 * (`Front Desk`, `Facilities Team`) stays, as does one with a digit or the address written again.
 */
export const mailtoLinkLabelName = regexDetector({
  id: 'mailto_link_label_name',
  entity: 'PERSON',
  description: "A person's name as the label of a Slack mrkdwn mailto link (<mailto:…|ludovica ferrante>)",
  validation:
    "after <mailto: an address and |, two to four words of letters (- ' . inside) before >; no digit, no @, no team's or desk's word (team, desk, support, office, reception, facilities…)",
  context: true,
  example: 'heads up: <mailto:ludovica.ferrante@example.it|ludovica ferrante> is in the lobby',
  keywords: ['mailto:'],
  prefilter: (s) => s.text.length >= 20,
  pattern: /<mailto:[^\s|<>@]{1,64}@[^\s|<>]{1,255}\|(\p{L}[\p{L}'.-]{0,30}(?: \p{L}[\p{L}'.-]{0,30}){1,3})>/dgu,
  group: 1,
  validate: (v) => (TEAM_LABEL.test(v) ? undefined : v),
});

/** A team's or a desk's mailbox label (`Front Desk`, `Facilities Team`, `IT Help`): no person's. */
const TEAM_LABEL =
  /(?:^|[ .-])(?:team|desk|support|help|helpdesk|office|reception|facilities|security|info|admin|sales|billing|accounts|hr|it|ops|operations|service|services|mailroom|concierge|group|inc|ltd|llc)(?:$|[ .-])/i;
