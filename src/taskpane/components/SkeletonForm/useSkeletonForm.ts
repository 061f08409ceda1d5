/**
 * Form state for the agenda skeleton: body, parent organ, venue, symbol, distribution and a list of meeting days
 * (ISO, from date inputs).
 */
import { useState, type FormEvent } from 'react';
import { useTaskpane } from '../TaskpaneApp/TaskpaneContext';

export function useSkeletonForm() {
  const { document, service, apply, busy, report } = useTaskpane();
  const [body, setBody] = useState('');
  const [venue, setVenue] = useState('');
  const [symbol, setSymbol] = useState('');
  const [parentBody, setParentBody] = useState('');
  const [distribution, setDistribution] = useState<'General' | 'Limited'>('General');
  const [dates, setDates] = useState<string[]>(['']);

  const setDate = (index: number, value: string) => setDates((all) => all.map((d, i) => (i === index ? value : d)));
  const removeDate = (index: number) => setDates((all) => all.filter((_d, i) => i !== index));
  /** A new day defaults to the day after the last one: meetings run on consecutive days. */
  const addDate = () => setDates((all) => [...all, nextDay(all[all.length - 1] ?? '')]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!document) return;
    try {
      const plan = service.createSkeleton(document.snapshot, {
        body,
        venue,
        dates: dates.filter((d) => d.trim() !== ''),
        symbol: symbol.trim() || undefined,
        parentBody: parentBody.trim() || undefined,
        distribution,
      });
      void apply(plan);
    } catch (error) {
      report(error);
    }
  };

  return {
    body,
    setBody,
    venue,
    setVenue,
    symbol,
    setSymbol,
    parentBody,
    setParentBody,
    distribution,
    setDistribution,
    dates,
    setDate,
    addDate,
    removeDate,
    submit,
    busy: busy !== null,
  };
}

function nextDay(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return '';
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + 1));
  return date.toISOString().slice(0, 10);
}
