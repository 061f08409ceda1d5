/**
 * A header the section does not have yet, made when an edit writes into it (Word creates the header a
 * `Section.getHeader(type)` body is written to): a new word/headerN.xml with one empty paragraph, its relationship
 * from the main part, its content type override, and a w:headerReference of that type in the section's w:sectPr
 * (first among its children, as CT_SectPr puts the header and footer references).
 */
import type { DocModel, Story } from './docModel';
import { parseXml, R_NS, W_NS, childElements, createW, isW, wChild, type XElement } from './xml';

const HEADER_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/header';
const HEADER_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml';

/** The header story of `type` ('default', 'first', 'even') for section `sectPr` (null: the body's, made if absent). */
export function createHeader(model: DocModel, sectPr: XElement | null, type: string): Story {
  const folder = model.main.name.slice(0, model.main.name.lastIndexOf('/') + 1);
  let n = 1;
  while (model.pkg.isTaken(`${folder}header${n}.xml`) || model.parts.some((p) => p.name === `${folder}header${n}.xml`))
    n++;
  const name = `${folder}header${n}.xml`;
  const doc = parseXml(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:p/></w:hdr>`,
    name,
  );
  const part = { name, doc, dirty: true };
  const id = model.addRelationship(HEADER_REL, name, false);
  model.pkg.addContentType(name, HEADER_TYPE);
  model.parts.push(part);
  model.headerParts.set(id, part);

  const section = sectPr ?? bodySectPr(model);
  const ref = createW(section.ownerDocument, 'headerReference', { type });
  const prefix = section.ownerDocument.documentElement?.lookupPrefix(R_NS) ?? 'r';
  ref.setAttributeNS(R_NS, `${prefix}:id`, id);
  const after = childElements(section).find((c) => !isW(c, 'headerReference') && !isW(c, 'footerReference'));
  section.insertBefore(ref, after ?? null);
  model.touch(model.main);
  model.touch(part);
  const root = doc.documentElement as XElement;
  return { kind: 'header', root, part };
}

/** The body's own w:sectPr, the last child of w:body (made when a document has none). */
function bodySectPr(model: DocModel): XElement {
  const body = model.mainStory.root;
  const existing = wChild(body, 'sectPr');
  if (existing) return existing;
  const sectPr = createW(body.ownerDocument, 'sectPr');
  body.appendChild(sectPr);
  return sectPr;
}
