/**
 * Web addresses in notes ("Available at www.unodc.org/…", "https://undocs.org/en/…") and the slips that break
 * them: a mistyped scheme ("htps://", "https//", "http:/"), a mistyped "www" ("ww.", "www,"), a space inside,
 * a doubled or missing dot in the host. Only text that plainly starts an address is judged.
 */

export interface AddressProblem {
  start: number;
  end: number;
  /** As written. */
  text: string;
  problem: string;
  /** The address as it should most likely read; null when that is not certain. */
  suggestion: string | null;
}

/** Something that starts like a scheme ("http", "htps", "htttp" + punctuation) or like "www". */
const START = /(?<![\p{L}\p{N}@./-])(?:h+t+p+s?\s*[:;]?\s*[/\\]{1,3}|w{2,4}\s?[.,]\s?)(?=[\p{L}\p{N}])/giu;
/** The address body: everything up to a space. */
const BODY = /^[^\s<>"“”]+/u;
/** Closing punctuation of the sentence, not of the address. */
const TRAILING = /[.,;:!?)\]’'”]+$/u;
/** After "…/ " a continuation that is plainly the rest of a path. */
const PATH_CONTINUATION = /^ (?:[\w.-]+\/[\w./%#?=&-]*|[\w-]+\.(?:html?|aspx?|php|pdf))/u;

function hostProblem(host: string): string | null {
  if (/\.\./u.test(host)) return 'doubled dot in the host name';
  if (/,/u.test(host)) return 'comma in the host name';
  if (!/\.[a-z]{2,}$/iu.test(host.replace(/^www\./iu, ''))) return 'no domain ending (such as ".org") in the host name';
  return null;
}

/** Every malformed web address in `text`, in order. */
export function findAddressProblems(text: string): AddressProblem[] {
  const out: AddressProblem[] = [];
  for (const m of text.matchAll(START)) {
    const start = m.index;
    const prefix = m[0];
    const bodyMatch = BODY.exec(text.slice(start + prefix.length));
    if (!bodyMatch) continue;
    let body = bodyMatch[0].replace(TRAILING, '');
    let end = start + prefix.length + body.length;
    const isWww = /^w/iu.test(prefix);
    const problems: string[] = [];
    let fixedPrefix = prefix;
    if (isWww && prefix !== 'www.') {
      problems.push(`"${prefix.trim()}" instead of "www."`);
      fixedPrefix = 'www.';
    }
    if (!isWww && !/^https?:\/\/$/u.test(prefix)) {
      fixedPrefix = /s\s*[:;]?\s*[/\\]/iu.test(prefix) ? 'https://' : 'http://';
      problems.push(`"${prefix.trim()}" instead of "${fixedPrefix}"`);
    }
    const continuation = PATH_CONTINUATION.exec(text.slice(end));
    if (body.endsWith('/') && continuation) {
      problems.push('space inside the address');
      const rest = continuation[0].slice(1).replace(TRAILING, '');
      body += ` ${rest}`;
      end += 1 + rest.length;
    }
    const host = (isWww ? `www.${body}` : body).split('/')[0];
    const hostIssue = hostProblem(host);
    if (hostIssue) problems.push(hostIssue);
    if (problems.length === 0) continue;
    const certain = !hostIssue;
    out.push({
      start,
      end,
      text: text.slice(start, end),
      problem: problems.join('; '),
      suggestion: certain ? `${fixedPrefix}${body.replace(/ /gu, '')}` : null,
    });
  }
  return out;
}
