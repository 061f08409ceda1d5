/**
 * Track changes in word/settings.xml (w:trackRevisions). While it is on, edits write revision marks
 * (see revisions.ts, trackedText.ts, trackedBlocks.ts).
 */
import type { XmlPart } from './package';
import { childElements, createW, onOff, removeNode, wChild, type XElement } from './xml';

/** CT_Settings elements that precede w:trackRevisions (schema order matters to Word). */
const BEFORE_TRACK_REVISIONS = [
  'writeProtection', 'view', 'zoom', 'removePersonalInformation', 'removeDateAndTime', 'doNotDisplayPageBoundaries',
  'displayBackgroundShape', 'printPostScriptOverText', 'printFractionalCharacterWidth', 'printFormsData',
  'embedTrueTypeFonts', 'embedSystemFonts', 'saveSubsetFonts', 'saveFormsData', 'mirrorMargins',
  'alignBordersAndEdges', 'bordersDoNotSurroundHeader', 'bordersDoNotSurroundFooter', 'gutterAtTop',
  'hideSpellingErrors', 'hideGrammaticalErrors', 'activeWritingStyle', 'proofState', 'formsDesign',
  'attachedTemplate', 'linkStyles', 'stylePaneFormatFilter', 'stylePaneSortMethod', 'documentType', 'mailMerge',
  'revisionView',
];

export function readTrackRevisions(settings: XmlPart | null): boolean {
  const root = settings?.doc.documentElement;
  return root ? onOff(wChild(root, 'trackRevisions')) === true : false;
}

export function writeTrackRevisions(settings: XmlPart, on: boolean): void {
  const root = settings.doc.documentElement;
  if (!root) return;
  const existing = wChild(root, 'trackRevisions');
  if (existing) removeNode(existing);
  if (on) {
    let ref: XElement | null = null;
    for (const c of childElements(root)) if (BEFORE_TRACK_REVISIONS.includes(c.localName ?? '')) ref = c;
    const el = createW(settings.doc, 'trackRevisions');
    root.insertBefore(el, ref ? ref.nextSibling : root.firstChild);
  }
  settings.dirty = true;
}
