/**
 * Track changes in word/settings.xml (w:trackRevisions). While it is on, edits write revision marks
 * (see revisions.ts, trackedText.ts, trackedBlocks.ts).
 */
import type { XmlPart } from './package';
import { childElements, createW, onOff, removeNode, setWAttr, wChild, type XElement } from './xml';

/** CT_Settings elements that precede w:trackRevisions (schema order matters to Word). */
const BEFORE_TRACK_REVISIONS = [
  'writeProtection',
  'view',
  'zoom',
  'removePersonalInformation',
  'removeDateAndTime',
  'doNotDisplayPageBoundaries',
  'displayBackgroundShape',
  'printPostScriptOverText',
  'printFractionalCharacterWidth',
  'printFormsData',
  'embedTrueTypeFonts',
  'embedSystemFonts',
  'saveSubsetFonts',
  'saveFormsData',
  'mirrorMargins',
  'alignBordersAndEdges',
  'bordersDoNotSurroundHeader',
  'bordersDoNotSurroundFooter',
  'gutterAtTop',
  'hideSpellingErrors',
  'hideGrammaticalErrors',
  'activeWritingStyle',
  'proofState',
  'formsDesign',
  'attachedTemplate',
  'linkStyles',
  'stylePaneFormatFilter',
  'stylePaneSortMethod',
  'documentType',
  'mailMerge',
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

/**
 * The add-in's settings (Word's `document.settings`, WordApi 1.4) as document variables in word/settings.xml
 * (`<w:docVars><w:docVar w:name="addin.KEY" w:val="JSON"/>`): they travel with the .docx, so whoever opens it
 * next sees them. Word itself keeps an add-in's settings in its web-extension part; the add-in sees only the API.
 */
const ADDIN_PREFIX = 'addin.';
/** CT_Settings elements that follow w:docVars. */
const AFTER_DOC_VARS = [
  'rsids',
  'mathPr',
  'attachedSchema',
  'themeFontLang',
  'clrSchemeMapping',
  'doNotIncludeSubdocsInStats',
  'doNotAutoCompressPictures',
  'forceUpgrade',
  'captions',
  'readModeInkLockDown',
  'smartTagType',
  'schemaLibrary',
  'shapeDefaults',
  'doNotEmbedSmartTags',
  'decimalSymbol',
  'listSeparator',
];

/** Every add-in setting as key → JSON text, in document order. */
export function readAddinSettings(settings: XmlPart): Map<string, string> {
  const out = new Map<string, string>();
  const root = settings.doc.documentElement;
  const vars = root ? wChild(root, 'docVars') : null;
  if (!vars) return out;
  for (const variable of childElements(vars)) {
    const name = variable.getAttributeNS(variable.namespaceURI, 'name') ?? '';
    const value = variable.getAttributeNS(variable.namespaceURI, 'val');
    if (name.startsWith(ADDIN_PREFIX) && value !== null) out.set(name.slice(ADDIN_PREFIX.length), value);
  }
  return out;
}

/** Sets (JSON text) or, with null, deletes one add-in setting. */
export function writeAddinSetting(settings: XmlPart, key: string, json: string | null): void {
  const root = settings.doc.documentElement;
  if (!root) return;
  let vars = wChild(root, 'docVars');
  const name = ADDIN_PREFIX + key;
  const existing = vars
    ? childElements(vars).find((v) => v.getAttributeNS(v.namespaceURI, 'name') === name)
    : undefined;
  if (json === null) {
    if (existing) removeNode(existing);
    if (vars && childElements(vars).length === 0) removeNode(vars);
    settings.dirty = true;
    return;
  }
  if (existing) {
    setWAttr(existing, 'val', json);
  } else {
    if (!vars) {
      vars = createW(settings.doc, 'docVars');
      const after = childElements(root).find((c) => AFTER_DOC_VARS.includes(c.localName ?? ''));
      root.insertBefore(vars, after ?? null);
    }
    vars.appendChild(createW(settings.doc, 'docVar', { name, val: json }));
  }
  settings.dirty = true;
}
