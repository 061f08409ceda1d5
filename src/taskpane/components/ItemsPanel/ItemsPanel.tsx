/**
 * The Items panel: the agenda outline as read from the document, each entry with its actions (rename, insert,
 * add a sub-item, move, remove). Every action previews its plan and applies in one click; removal asks first.
 */
import { lazy, Suspense, type ReactElement } from 'react';
import { Button, Text } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { OutlineEntry } from './OutlineEntry';
import { PlanComposer } from './PlanComposer';
import { END_KEY, useItemsPanel } from './useItemsPanel';
import { useItemsPanelStyles } from './useItemsPanelStyles';

const RemoveDialog = lazy(() => import('../RemoveDialog/RemoveDialog').then((m) => ({ default: m.RemoveDialog })));

export function ItemsPanel(): ReactElement {
  const { items, mode, close, applied, root, addAtEnd, actionsFor, busy } = useItemsPanel();
  const styles = useItemsPanelStyles();
  const composingAtEnd = mode.kind === 'compose' && mode.composition.key === END_KEY ? mode.composition : null;
  return (
    <section className={styles.root} aria-label="Items" ref={root}>
      {items.length === 0 && <Text className={styles.empty}>The provisional agenda has no items yet.</Text>}
      <ol className={styles.list} aria-label="Agenda items">
        {items.map((item, index) => {
          const entry = { kind: 'item' as const, item, index };
          return (
            <OutlineEntry
              key={item.paragraph}
              entry={entry}
              mode={mode}
              actions={actionsFor(entry)}
              busy={busy}
              onClose={close}
              onApplied={applied}
            >
              {item.subItems.length > 0 && (
                <ol className={styles.subList} aria-label={`Sub-items of item ${item.number}`}>
                  {item.subItems.map((sub, subIndex) => {
                    const subEntry = { kind: 'subItem' as const, item, index, sub, subIndex };
                    return (
                      <OutlineEntry
                        key={sub.paragraph}
                        entry={subEntry}
                        mode={mode}
                        actions={actionsFor(subEntry)}
                        busy={busy}
                        onClose={close}
                        onApplied={applied}
                      />
                    );
                  })}
                </ol>
              )}
            </OutlineEntry>
          );
        })}
      </ol>
      {composingAtEnd ? (
        <PlanComposer composition={composingAtEnd} onClose={close} onApplied={applied} />
      ) : (
        <div>
          <Button icon={<AddRegular />} onClick={addAtEnd} disabled={busy} data-add-at-end>
            Add an item at the end
          </Button>
        </div>
      )}
      {mode.kind === 'remove' && (
        <Suspense fallback={null}>
          <RemoveDialog
            entry={mode.entry}
            makePlan={mode.makePlan}
            onClose={close}
            onApplied={() => applied(mode.focusAfter)}
          />
        </Suspense>
      )}
    </section>
  );
}
