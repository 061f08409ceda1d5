/**
 * Rebuilds the annex from the list: numbers and titles from the list, every item (or its sub-items) with a row,
 * rows of items the list does not have removed, "(continued)" recomputed; days, slots and each item's slot kept.
 * With no annex, one is created from the masthead's meeting dates.
 */
import type { Agenda } from '../model';
import type { EditPlan } from '../plan';
import type { Snapshot } from '../snapshot';
import { planAnnex } from './annex';
import { createContext } from './context';
import { requireItems } from './args';
import { planNewAnnex } from './newAnnex';
import { currentOutline } from './outline';
import { PlanBuilder } from './planBuilder';

export function regenerateAnnex(snapshot: Snapshot, agenda: Agenda): EditPlan {
  requireItems(agenda);
  const builder = new PlanBuilder(snapshot);
  const ctx = createContext(snapshot, agenda, currentOutline(agenda), builder, {
    syncTitles: true,
    placeMissing: true,
    dropUnknown: true,
  });
  ctx.keepLabels = true;
  if (!agenda.annex) {
    planNewAnnex(ctx);
    return builder.build('Create the annex (proposed organization of work) from the meeting dates and the agenda list');
  }
  planAnnex(ctx);
  const plan = builder.build('Regenerate the annex from the agenda list');
  if (plan.edits.length === 0)
    return { ...plan, description: 'The annex already follows the agenda list: nothing to change' };
  return plan;
}
