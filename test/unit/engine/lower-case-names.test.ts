import { describe } from 'vitest';
import { leakCases } from '../../helpers/leak-checks.js';

/**
 * Stop 37: people's full names typed in lower case after a role word, `verified as`, `spoke
 * with`, `dear`, `cust` / `customer`, or `for` in a text with a digit or an `@`
 * (lower-case-names.ts). The red-team rounds named such names as leaks (`cust bryce tanaka`,
 * `driver naomi baptiste`, `caller verified as hector villanueva`); these values are others.
 */
const { masks, keeps } = leakCases();

describe('lower-case names after a role word or a lead', () => {
  masks('after cust in a repair order', 'cust darnell whitfield says brakes squeal, call back 971-555-0142', ['darnell whitfield']);
  masks('after customer: in a ticket', { note: 'customer: yolanda pruitt asked for a refund of order 88123' }, ['yolanda pruitt']);
  masks('after driver in an endorsement note', 'add driver tobias okafor (dob 02/11/2003) to the policy', ['tobias okafor']);
  masks('after student in an integration error', 'enrolment sync: student priscilla navarro missing guardian email', ['priscilla navarro']);
  masks('after patient in a clinic chat', { content: 'patient desmond castellano called about his refill' }, ['desmond castellano']);
  masks('after receiver= in a carrier log line', 'label ok receiver=marisol quintero, 14 oak st sms=5551234567', ['marisol quintero']);
  masks('after sender was', 'yes the sender was jolene whitaker, message failed', ['jolene whitaker']);
  masks('after verified as', 'agent verified as gideon marchetti via kba, wants a payoff quote', ['gideon marchetti']);
  masks('after spoke with', 'spoke with rosalind abernathy re: late fee waiver', ['rosalind abernathy']);
  masks('after dear in a lower-case e-mail', 'dear winifred ostrowski, your appointment is confirmed', ['winifred ostrowski']);
  masks('after guest in a hotel log', 'guest leonardo bianchi checked in late, room 412', ['leonardo bianchi']);
  masks('after tenant in a property note', { text: 'tenant octavia fairbanks reports a leak under the sink' }, ['octavia fairbanks']);
  masks('a middle name between them', 'sar draft: subject lucia fernanda morales opened 3 accounts', ['lucia fernanda morales']);
  masks(
    'after for in an agent chat with an address',
    { role: 'user', content: 'can you book the pickup for everett holloway at 88 birch lane tomorrow' },
    ['everett holloway'],
  );
  masks('after for in a warehouse log with an order number', 'order WX-441902 for harriet lindgren on hold', ['harriet lindgren']);
  masks('a GDS surname/given after for', 'no pnr match for tanaka/haruki on flight 212', ['tanaka/haruki']);
  masks('after cardholder in a SQL literal', "where lower(cardholder) = 'marcus delgado' and amount > 10", ['marcus delgado']);
});

describe('lower-case look-alikes stay', () => {
  keeps('everyday given names', 'will smith the data for mark may grace 42 times', ['will smith', 'mark may grace']);
  keeps('a product after for', 'tested for jack daniels 12 and for ruby rails 7 and for santa clara 3', [
    'jack daniels',
    'ruby rails',
    'santa clara',
  ]);
  keeps('README prose', 'the driver for postgres 16 reads the config; customer data is kept for 30 days', [
    'driver for postgres',
    'customer data',
  ]);
  keeps('a git commit message', 'fix: retry for jenkins deploy when the runner is busy (#4412)', ['jenkins deploy']);
  keeps('a shell command', 'sudo -u deploy psql -c "grant select for admin user" db1', ['admin user']);
  keeps('a log line', 'level=info msg="customer created" receiver=queue sender=worker-2 guest=false', [
    'customer created',
    'receiver=queue',
  ]);
  keeps('user names after a role word', 'member admin deploy added to group 7; member jenkins ci removed', ['admin deploy', 'jenkins ci']);
  keeps('a name without a digit after for', { note: 'thanks for carlos santana music night' }, ['carlos santana']);
  keeps('custom, customers and drivers', 'custom ellen page 3, customers ana lee 4, drivers kevin hart 5', [
    'ellen page',
    'ana lee',
    'kevin hart',
  ]);
  keeps('a common word as the surname', 'patient emily brown stool sample 2 for grace long 4', ['emily brown', 'grace long']);
  keeps('a path after for', 'no file for users/michael at build 42', ['users/michael']);
});
