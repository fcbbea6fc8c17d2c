/**
 * Where a bare person's name under a name key of a `key=value` line ends. A bare value stops at the
 * first blank, but a holder's name is written as it is embossed, in words parted by single blanks
 * (`holder=TARO YAMADA card=…`, `cardholder=JOHN Q PUBLIC`): the name runs on over up to three
 * more capitalised words, each starting with a capital letter and made of letters, apostrophes,
 * dots or hyphens, and not itself the key of the next pair (`YAMADA card=…` stops before `card`,
 * `Taro Status=ok` before `Status`). Lower-case words end it (`name=Jane logged in`).
 */
const NAME_WORD = /^ [A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F\u1EA0-\u1EF9'’.-]{0,30}(?=$|[ ,;&"'<>\r\n])/;

export function personNameExtent(text: string, end: number): number {
  for (let words = 0; words < 3 && text.charCodeAt(end) === 32; words++) {
    const m = NAME_WORD.exec(text.slice(end, end + 34));
    if (m === null) break;
    end += m[0].length;
  }
  return end;
}
