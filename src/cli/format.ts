/** Human-readable places and excerpts for the CLI's reports. */
import type { Location } from '../engine/model';

export function describeLocation(location: Location): string {
  switch (location.kind) {
    case 'paragraph':
      return `paragraph ${location.paragraph + 1}, characters ${location.start + 1}–${location.end}`;
    case 'cell':
      return `table ${location.table + 1}, row ${location.row + 1}, cell ${location.cell + 1}`;
    case 'footnote':
      return `footnote ${location.footnote}`;
    case 'header':
      return `page header ${location.header + 1}`;
  }
}

export function excerpt(text: string, max = 70): string {
  const flat = text.replace(/[\t\v\r\n]+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
