/** One item or sub-item of the outline: its number, its title (or the rename field), its actions menu. */
import type { ReactElement, ReactNode } from 'react';
import { Button, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger } from '@fluentui/react-components';
import {
  AddRegular,
  ArrowDownRegular,
  ArrowUpRegular,
  DeleteRegular,
  MoreHorizontalRegular,
  RenameRegular,
  TextIndentIncreaseRegular,
} from '@fluentui/react-icons';
import { entryKey, entryLabel, entryName, entryTitle, type Entry } from './entries';
import { InlineRename } from './InlineRename';
import { PlanComposer } from './PlanComposer';
import type { ActionId, EntryAction, Mode } from './useItemsPanel';
import { useItemsPanelStyles } from './useItemsPanelStyles';

const ICONS: Record<ActionId, ReactElement> = {
  rename: <RenameRegular />,
  insertBefore: <AddRegular />,
  insertAfter: <AddRegular />,
  addSubItem: <TextIndentIncreaseRegular />,
  moveUp: <ArrowUpRegular />,
  moveDown: <ArrowDownRegular />,
  remove: <DeleteRegular />,
};

export interface OutlineEntryProps {
  entry: Entry;
  mode: Mode;
  actions: EntryAction[];
  busy: boolean;
  onClose: () => void;
  onApplied: (focusAfter: string) => void;
  /** The sub-item list under an item. */
  children?: ReactNode;
}

export function OutlineEntry({
  entry,
  mode,
  actions,
  busy,
  onClose,
  onApplied,
  children,
}: OutlineEntryProps): ReactElement {
  const styles = useItemsPanelStyles();
  const key = entryKey(entry);
  const renaming = mode.kind === 'rename' && mode.key === key ? mode : null;
  const composing = mode.kind === 'compose' && mode.composition.key === key ? mode.composition : null;
  return (
    <li>
      <div className={styles.row}>
        <span className={styles.number}>{entryLabel(entry)}</span>
        {renaming ? (
          <InlineRename
            entry={entry}
            makePlan={renaming.makePlan}
            onClose={onClose}
            onApplied={() => onApplied(renaming.focusAfter)}
          />
        ) : (
          <span className={styles.title}>{entryTitle(entry)}</span>
        )}
        <Menu>
          <MenuTrigger disableButtonEnhancement>
            <Button
              appearance="subtle"
              size="small"
              icon={<MoreHorizontalRegular />}
              aria-label={`Actions for ${entryName(entry)}`}
              disabled={busy}
            />
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              {actions.map((action) => (
                <MenuItem key={action.id} icon={ICONS[action.id]} disabled={action.disabled} onClick={action.run}>
                  {action.label}
                </MenuItem>
              ))}
            </MenuList>
          </MenuPopover>
        </Menu>
      </div>
      {composing && <PlanComposer composition={composing} onClose={onClose} onApplied={onApplied} />}
      {children}
    </li>
  );
}
