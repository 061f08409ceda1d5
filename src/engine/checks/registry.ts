/**
 * Every rule, in the order their findings are listed for one place. Ids are a contract (settings files, the task
 * pane, users' habits): never rename one, add a new rule instead.
 */
import type { Rule } from './types';
import { agendaAnnotationMissing } from './rules/agenda-annotation-missing';
import { agendaAnnotationOrder } from './rules/agenda-annotation-order';
import { agendaAnnotationTitle } from './rules/agenda-annotation-title';
import { agendaAnnotationUnknown } from './rules/agenda-annotation-unknown';
import { agendaNumbering } from './rules/agenda-numbering';
import { agendaRangeDash } from './rules/agenda-range-dash';
import { agendaReference } from './rules/agenda-reference';
import { agendaTerminator } from './rules/agenda-terminator';
import { annexContinued } from './rules/annex-continued';
import { annexDayOrder } from './rules/annex-day-order';
import { annexMissingItem } from './rules/annex-missing-item';
import { annexOrder } from './rules/annex-order';
import { annexTitle } from './rules/annex-title';
import { annexUnknownItem } from './rules/annex-unknown-item';
import { dateMeetingRange } from './rules/date-meeting-range';
import { dateWeekday } from './rules/date-weekday';
import { footnoteEmpty } from './rules/footnote-empty';
import { footnoteManualMark } from './rules/footnote-manual-mark';
import { footnoteMarkPosition } from './rules/footnote-mark-position';
import { footnotePunctuation } from './rules/footnote-punctuation';
import { footnoteUrl } from './rules/footnote-url';
import { symbolDuplicate } from './rules/symbol-duplicate';
import { symbolMalformed } from './rules/symbol-malformed';
import { symbolOwn } from './rules/symbol-own';
import { symbolYear } from './rules/symbol-year';
import { timeFormat } from './rules/time-format';

export const rules: Rule[] = [
  symbolOwn,
  symbolMalformed,
  symbolYear,
  symbolDuplicate,
  agendaNumbering,
  agendaAnnotationMissing,
  agendaAnnotationUnknown,
  agendaAnnotationTitle,
  agendaAnnotationOrder,
  agendaReference,
  agendaTerminator,
  agendaRangeDash,
  annexMissingItem,
  annexUnknownItem,
  annexTitle,
  annexOrder,
  annexContinued,
  annexDayOrder,
  dateWeekday,
  dateMeetingRange,
  timeFormat,
  footnoteEmpty,
  footnoteManualMark,
  footnoteMarkPosition,
  footnoteUrl,
  footnotePunctuation,
];
