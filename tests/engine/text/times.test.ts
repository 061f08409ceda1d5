import { isTimeSlot } from '../../../src/engine/text/times';

describe('isTimeSlot', () => {
  it.each([
    '10 a.m.–1 p.m.',
    '3–6 p.m.',
    '10.00–13.00',
    '10.00 – 10.15',
    '10 a.m.',
    '8.30 p.m.',
    '15:00-18:00',
    '10 h–13 h',
    '10 heures-13 heures',
    'noon–3 p.m.',
    'Morning',
    'Après-midi',
    '3 to 6 p.m.',
  ])('%j is a time', (text) => expect(isTimeSlot(text)).toBe(true));
  it.each(['1', '1 (a)', '2', 'Thursday, 5 October', 'Opening of the meeting', '', 'Item 6: Activities', '2023'])(
    '%j is not a time',
    (text) => expect(isTimeSlot(text)).toBe(false),
  );
});
