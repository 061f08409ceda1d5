import type { Location } from '../../model';
import type { SnapshotFootnote } from '../../snapshot';
import { at, describeSection, sectionOf, sectionPlace } from '../support';
import type { Version, VersionLocation, VersionRule } from '../types';

const ADDRESS = /(?:https?:\/\/|www\.)[^\s<>"“”()（）]+/giu;
const TRAILING = /[.,;:!?。，；：]+$/u;

interface Address {
  /** Without scheme and with a language path segment ("/en/", "/fr/" …) made neutral: each version links its own. */
  key: string;
  start: number;
  end: number;
}

export function addressesIn(text: string): Address[] {
  return [...text.matchAll(ADDRESS)].map((m) => {
    const written = m[0].replace(TRAILING, '');
    const key = written
      .replace(/^https?:\/\//iu, '')
      .replace(/^www\./iu, '')
      .toLowerCase()
      .replace(/\/(?:en|fr|es|ru|ar|zh)(?=\/|$)/gu, '/*');
    return { key, start: m.index, end: m.index + written.length };
  });
}

function whole(note: SnapshotFootnote): Location {
  return { kind: 'footnote', footnote: note.number, start: 0, end: note.text.length };
}

/** A note's place, narrowed to its first address when it has one. */
function noteAt(version: Version, note: SnapshotFootnote, address?: Address): VersionLocation {
  return at(
    version,
    address ? { kind: 'footnote', footnote: note.number, start: address.start, end: address.end } : whole(note),
  );
}

export const versionsFootnotes: VersionRule = {
  meta: {
    id: 'versions/footnotes',
    description:
      'Every version has the same number of footnotes, with the same web addresses in each (a language segment such as "/en/" may differ).',
  },
  compare(original, other, report) {
    const [a, b] = [original.snapshot.footnotes, other.snapshot.footnotes];
    const keys = (note: SnapshotFootnote): string =>
      addressesIn(note.text)
        .map((x) => x.key)
        .join(' ');
    if (a.length !== b.length) {
      const [longer, shorter, lv, sv] = a.length > b.length ? [a, b, original, other] : [b, a, other, original];
      let k = shorter.findIndex((note, i) => keys(note) !== keys(longer[i]));
      if (k < 0) k = shorter.length;
      const extra = longer[k];
      const section = extra.paragraph >= 0 ? sectionOf(lv, extra.paragraph) : 'other';
      const there = sectionPlace(sv, section);
      const places = [noteAt(lv, extra), there.location ? there : shorter[k] ? noteAt(sv, shorter[k]) : at(sv, null)];
      report({
        message: `${original.file} has ${a.length} footnotes but ${other.file} has ${b.length}: footnote ${extra.number} of ${lv.file} (in ${describeSection(section)}) is missing from ${sv.file}.`,
        locations: lv === original ? places : [places[1], places[0]],
      });
      return;
    }
    a.forEach((note, i) => {
      const [xa, xb] = [addressesIn(note.text), addressesIn(b[i].text)];
      if (xa.map((x) => x.key).join(' ') === xb.map((x) => x.key).join(' ')) return;
      const k = xa.findIndex((x, j) => x.key !== xb[j]?.key);
      const first = k >= 0 ? k : xa.length;
      const shown = (list: Address[], text: string): string =>
        list.length > 0 ? list.map((x) => text.slice(x.start, x.end)).join(', ') : 'no web address';
      report({
        message: `Footnote ${note.number} gives ${shown(xa, note.text)} in ${original.file} but ${shown(xb, b[i].text)} in ${other.file}.`,
        locations: [noteAt(original, note, xa[first]), noteAt(other, b[i], xb[first])],
      });
    });
  },
};
