/** The document, its sections and their headers, and the track-changes setting. */
import type { ChangeTrackingMode, HeaderType, WordDocument } from '../../word/api';
import { invalidArgument } from '../errors';
import type { Story } from '../ooxml/docModel';
import { createHeader } from '../ooxml/headerPart';
import { writeTrackRevisions } from '../ooxml/settings';
import { R_NS, wChildren, type XElement } from '../ooxml/xml';
import { SimObject, type Loadable, type Scalars } from './base';
import { SimBody } from './body';
import { settingKeys, SimSettingCollection } from './settings';
import { trackingMode, type SimContext } from './context';

const HEADER_TYPE: Record<HeaderType, string> = { Primary: 'default', FirstPage: 'first', EvenPages: 'even' };

export class SimSection extends SimObject<XElement | null> {
  protected scalars(): Scalars<XElement | null> {
    return {};
  }

  getHeader(type: HeaderType): SimBody {
    return new SimBody(this.context, () => {
      const model = this.context.model;
      const wanted = HEADER_TYPE[type];
      if (!wanted) throw invalidArgument(`header type '${String(type)}'`);
      const existing = (sectPr: XElement | null): Story | null => {
        const ref = sectPr
          ? wChildren(sectPr, 'headerReference').find(
              (h) => (h.getAttributeNS(h.namespaceURI, 'type') ?? 'default') === wanted,
            )
          : undefined;
        const id = ref?.getAttributeNS(R_NS, 'id') ?? null;
        const part = id ? model.headerParts.get(id) : undefined;
        const root = part?.doc.documentElement ?? null;
        return part && root ? { kind: 'header', root, part } : null;
      };
      const found = existing(this.target);
      if (found) return { story: found, root: found.root };
      // None yet: reads see an empty header; the first write makes it (once, whichever proxy writes), as Word does.
      const make = (): Story => {
        const sectPr = this.target ?? model.firstSectPr();
        return existing(sectPr) ?? createHeader(model, sectPr, wanted);
      };
      return { story: model.mainStory, root: null, create: make };
    });
  }
}

export class SimSectionCollection extends SimObject<null> {
  protected scalars(): Scalars<null> {
    return {};
  }

  getFirst(): SimSection {
    return new SimSection(this.context, () => this.context.model.firstSectPr());
  }
}

export class SimDocument extends SimObject<null> implements WordDocument {
  constructor(context: SimContext) {
    super(context, () => null);
  }

  protected scalars(): Scalars<null> {
    return {
      changeTrackingMode: () => this.currentMode(),
    };
  }

  protected override navigation(name: string): Loadable | null {
    if (name === 'body') return this.body;
    if (name === 'settings') return this.settings;
    return null;
  }

  private currentMode(): ChangeTrackingMode {
    return trackingMode(this.context.host);
  }

  get changeTrackingMode(): ChangeTrackingMode {
    return this.read<ChangeTrackingMode>('changeTrackingMode');
  }

  set changeTrackingMode(mode: ChangeTrackingMode) {
    this.write(() => {
      if (mode !== 'Off' && mode !== 'TrackAll' && mode !== 'TrackMineOnly')
        throw invalidArgument(`changeTrackingMode '${String(mode)}'`);
      const host = this.context.host;
      host.trackMineOnly = mode === 'TrackMineOnly';
      const settings = this.context.model.settingsPart;
      if (settings) {
        writeTrackRevisions(settings, mode !== 'Off');
        this.context.model.version++;
      } else host.trackWithoutSettings = mode !== 'Off';
    });
  }

  get body(): SimBody {
    return this.nav(
      'body',
      () =>
        new SimBody(this.context, () => ({
          story: this.context.model.mainStory,
          root: this.context.model.mainStory.root,
        })),
    );
  }

  get settings(): SimSettingCollection {
    return this.nav(
      'settings',
      () => new SimSettingCollection(this.context, () => () => [...settingKeys(this.context)]),
    );
  }

  get sections(): SimSectionCollection {
    return this.nav('sections', () => new SimSectionCollection(this.context, () => null));
  }
}
