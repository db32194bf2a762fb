/**
 * Masking of personal data for display and logs. Characters are counted as code points so a
 * rare-character name (e.g. one outside the BMP) is never cut in half.
 */

// A fixed run of stars hides the true length of certificate and account numbers as well.
const FIXED_STARS = '*****';

/** '110101199003071234' → '11*****34'. Four characters or fewer become all stars. */
export function maskCertNo(certNo: string): string {
  return keepEnds(certNo, 2, 2, FIXED_STARS);
}

/** '6222021234567891234' → '6222*****1234'. Eight characters or fewer become all stars. */
export function maskBankAccount(account: string): string {
  return keepEnds(account, 4, 4, FIXED_STARS);
}

/** '13800000001' → '138****0001'. Seven characters or fewer become all stars. */
export function maskPhone(phone: string): string {
  return keepEnds(phone, 3, 4, '****');
}

/** '张三丰' → '张**': only the first character (normally the surname) stays visible. */
export function maskName(name: string): string {
  const chars = Array.from(name);
  if (chars.length === 0) return '';
  return chars[0] + '*'.repeat(chars.length - 1);
}

/**
 * Shows `head` and `tail` characters around `stars`, but only while at least one character
 * stays hidden; otherwise the ends would spell out the whole value, so everything is starred.
 */
function keepEnds(value: string, head: number, tail: number, stars: string): string {
  const chars = Array.from(value);
  if (chars.length <= head + tail) return '*'.repeat(chars.length);
  return chars.slice(0, head).join('') + stars + chars.slice(chars.length - tail).join('');
}
