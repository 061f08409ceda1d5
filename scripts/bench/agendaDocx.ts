/**
 * The generated agenda (generateAgenda) as a real .docx, for what only a file can measure: the CLI's peak
 * memory and the pre-scan limits (docs/LIMITS in README) on a 1,200-item agenda.
 */
import type { Snapshot } from '../../src/engine/snapshot';
import { body, buildDocx, p, table } from '../../tests/helpers/docxFactory';

export function agendaDocx(snapshot: Snapshot): Promise<Uint8Array> {
  const blocks: string[] = [];
  for (const paragraph of snapshot.paragraphs) {
    if (paragraph.cell) continue;
    blocks.push(p(paragraph.text, paragraph.styleBuiltIn === 'Normal' ? {} : { style: paragraph.styleBuiltIn }));
  }
  for (const t of snapshot.tables) blocks.push(table(t.values));
  return buildDocx({ documentXml: body(...blocks) });
}
