import { afterNameDetector } from './after-name.js';
import { regexDetector } from './helpers.js';
import { isEverydayWord } from './intro-phrases.js';
import { isNameStopWord } from './person-name-stop.js';
import { foldName } from './person-names.js';
import { listedGivenName } from './registrant-names.js';

/**
 * A person's LinkedIn profile address (`linkedin.com/in/jane-doe-4815`, older `linkedin.com/pub/…`):
 * the vanity name is chosen by the member, usually from their own name, and identifies them on
 * its own. ATS webhooks and résumés carry it (Greenhouse `social_media_addresses`, Lever `links`,
 * Ashby `socialLinks`). Only the path segment after `/in/` or `/pub/` is masked, so the host still
 * reads; company pages (`/company/…`), jobs and posts are not profiles and stay.
 */
export const linkedInProfile = regexDetector({
  id: 'linkedin_profile',
  entity: 'PERSON',
  description: 'LinkedIn profile addresses (linkedin.com/in/<vanity name>): the vanity name',
  validation: 'the path segment after `linkedin.com/in/` or `/pub/`, 3–100 letters, digits, `-`, `_` or `%`',
  context: false,
  example: 'https://www.linkedin.com/in/jane-doe-4815162342',
  keywords: ['linkedin.com/in/', 'linkedin.com/pub/'],
  prefilter: () => true,
  pattern: /linkedin\.com\/(?:in|pub)\/([A-Za-z0-9%_-]{3,100})/dgi,
  group: 1,
  validate: (v) => v,
});

/**
 * A person's handle on a messaging, social or payment app named right before it, as dating and
 * classifieds users write it past a contact filter and as trust & safety reports quote it (red-team
 * round 47: `my snap (lilyrose_x99)`, `insta @lily.rose.harper`, `venmo @Jordan-Reyes-12`,
 * `cashapp $jreyes12`). A handle reaches the person as a phone number does. Only a handle that
 * cannot be an English word: written with `@` or `$`, or holding a digit, `_` or `.` (`my insta is
 * private`, `add me on snap if…` stay). A dash joined to the next word makes one compound id
 * (`programId: snap-ubi-v3` of a telematics programme: red-team round 83), no handle.
 */
export const appHandleAfterName = afterNameDetector({
  id: 'app_handle_after_name',
  entity: 'PERSON',
  description: 'Handles on Snapchat, Instagram, TikTok, Telegram, Kik, Venmo and Cash App named before them',
  validation:
    'after snap(chat), insta(gram), tiktok, telegram, kik, venmo or cashapp (and up to two of me / handle / username / id / is / on / at / :, an opening bracket): 3–30 letters, digits, `.`, `_`, `-` after `@` or `$`, or with a digit, `_` or `.` in them',
  context: true,
  example: 'my snap is lilyrose_x99',
  keywords: ['snapchat', 'snap', 'insta', 'tiktok', 'telegram', 'kik', 'venmo', 'cashapp'],
  prefilter: () => true,
  names: [
    'snap',
    'Snap',
    'SNAP',
    'insta',
    'Insta',
    'INSTA',
    'tiktok',
    'TikTok',
    'Tiktok',
    'telegram',
    'Telegram',
    'kik',
    'Kik',
    'venmo',
    'Venmo',
    'cashapp',
    'Cashapp',
    'CashApp',
  ],
  pattern:
    /(?:snap(?:chat)?|insta(?:gram)?|tiktok|telegram|kik|venmo|cashapp)(?![a-z])(?:[ \t]*(?::|-(?![A-Za-z0-9])|(?:me|handle|username|user|name|id|is|on|at)(?![a-z])))*[ \t]*[([]?[ \t]*((?:[@$][A-Za-z0-9][\w.-]{1,28}|(?=[\w-]*(?:[\d_]|\.\w))[A-Za-z][\w.-]{2,29})(?<![.-]))(?![\w@])/diy,
  validate: (v) => v,
});

/** Path words of people-search sites that are pages, not a person's name (`/reverse-phone-lookup`). */
const SITE_WORDS = new Set(
  'search lookup reverse phone email address people person background check login sign in up privacy opt out optout about help terms faq contact removal remove report reports name names find public records'.split(
    ' ',
  ),
);

/**
 * A person's listing on a people-search site, whose address spells the person's name (red-team
 * round 89: Spokeo `spokeo.com/Jane-Doe/California/Fresno/p123…`, Whitepages `whitepages.com/name/
 * Jane-Doe/Seattle-WA`, FastPeopleSearch `fastpeoplesearch.com/name/jane-doe_seattle-wa`,
 * PeopleFinders and ThatsThem `/name/jane-doe`, BeenVerified `/people/jane-doe/`): opt-out and
 * removal requests and brokers' logs carry them. Only the name segment (two to four words joined
 * by `-`) is masked; the site's own pages (`/reverse-phone-lookup`, `/people-search`) stay.
 */
export const peopleSearchListing = regexDetector({
  id: 'people_search_listing',
  entity: 'PERSON',
  description: "People-search listing addresses (Spokeo, Whitepages, FastPeopleSearch…): the person's name in the path",
  validation:
    'the path segment after `spokeo.com/`, `whitepages.com/name/`, `fastpeoplesearch.com/name/`, `peoplefinders.com/name/`, `thatsthem.com/name/` or `beenverified.com/people/`: two to four words of letters joined by `-`, not all of them words of the site’s own pages',
  context: false,
  example: 'https://www.spokeo.com/Jane-Doe/California/Fresno/p12345678901',
  keywords: [
    'spokeo.com/',
    'whitepages.com/name/',
    'fastpeoplesearch.com/name/',
    'peoplefinders.com/name/',
    'thatsthem.com/name/',
    'beenverified.com/people/',
  ],
  prefilter: () => true,
  pattern:
    /(?:spokeo\.com|(?:whitepages|fastpeoplesearch|peoplefinders|thatsthem)\.com\/name|beenverified\.com\/people)\/([A-Za-z][A-Za-z'.]{0,30}(?:-[A-Za-z][A-Za-z'.]{0,30}){1,3})(?=[/_?#&"'\s]|$)/dgi,
  group: 1,
  validate: (v) => (v.split('-').every((w) => SITE_WORDS.has(w.toLowerCase())) ? undefined : v),
});

/**
 * A phone number as the last path segment of a reverse-phone lookup (`whitepages.com/phone/1-201-
 * 555-0123`, a broker's `GET /phone/12015550123`; red-team round 89): the number a user looked up.
 * The phone detector leaves numbers inside paths alone (ids); after `/phone/` it is the number.
 * 10–15 digits, dashes, dots or a leading `+` between them, the segment's whole text.
 */
export const reversePhonePath = regexDetector({
  id: 'reverse_phone_path',
  entity: 'PHONE',
  description: 'Phone numbers as the path segment after /phone/ (reverse-phone lookups)',
  validation: 'the whole path segment after `/phone/`: 10–15 digits, with `-` or `.` between groups and an optional leading `+`',
  context: false,
  example: 'https://www.whitepages.com/phone/1-201-555-0123',
  keywords: ['/phone/'],
  prefilter: (s) => s.hasDigit,
  pattern: /\/phone\/(\+?\d[\d.-]{8,20}\d)(?=[/?#&"'\s]|$)/dgi,
  group: 1,
  validate: (v) => {
    const digits = v.replace(/\D/g, '');
    return digits.length >= 10 && digits.length <= 15 ? digits : undefined;
  },
});

/**
 * A person's login spelled from their name in a social or a review profile's address (leftovers of
 * red-team round 99: `instagram.com/ottoline_harwell/`, `facebook.com/augustin.pembridge`,
 * `…/members/cosima.wetherby`, a booking site's customer page `…/c/lucinda-farnsworth`): the path
 * segment right after an Instagram, Facebook, X / Twitter, TikTok or Threads host, or after a
 * `/members/`, `/member/`, `/u/`, `/users/`, `/user/`, `/profile/`, `/people/` or `/c/` segment,
 * when it is two or three words of letters joined by `.`, `_` or `-` (digits after the last one
 * allowed), the first a given name the lists know and none a stop word: a business's slug
 * (`/biz/bayview-animal-hospital-san-mateo`, `/c/sudsy-paws-grooming`), a settings page (`/u/
 * settings`) and an opaque id stay.
 */
export const profilePathName = regexDetector({
  id: 'profile_path_name',
  entity: 'PERSON',
  description: "A person's name-spelled login in a social or a review profile address (instagram.com/…, facebook.com/…, /members/…, /u/…)",
  validation:
    'the path segment after instagram.com/, facebook.com/, x.com/, twitter.com/, tiktok.com/@, threads.net/@, or after /members/, /member/, /u/, /users/, /user/, /profile/, /people/, /c/: two or three words of 2+ letters joined by `.`, `_` or `-` (then digits), the first a given name the SSA list knows (no stop, everyday or word-like word), none a stop word',
  context: false,
  example: 'https://www.instagram.com/ottoline_harwell/',
  keywords: [
    'instagram.com/',
    'facebook.com/',
    'x.com/',
    'twitter.com/',
    'tiktok.com/@',
    'threads.net/@',
    '/members/',
    '/member/',
    '/u/',
    '/users/',
    '/user/',
    '/profile/',
    '/people/',
    '/c/',
  ],
  prefilter: () => true,
  pattern:
    /(?:(?<![A-Za-z0-9-])(?:instagram\.com|facebook\.com|x\.com|twitter\.com|tiktok\.com\/@|threads\.net\/@)|\/(?:members?|u|users?|profile|people|c))\/([A-Za-z]{2,30}[._-][A-Za-z]{2,30}(?:[._-][A-Za-z]{2,30})?\d{0,6})(?=[/?#&"'\s]|$)/dg,
  group: 1,
  validate(v) {
    const words = v.replace(/\d+$/, '').split(/[._-]/);
    if (!listedGivenName(words[0]!)) return undefined;
    for (const w of words) if (isNameStopWord(foldName(w)) || isEverydayWord(foldName(w))) return undefined;
    return v;
  },
});
