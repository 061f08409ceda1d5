import { slotTimeKey } from '../../../src/engine/compare/slotTime';
import { venueKey } from '../../../src/engine/compare/venues';

describe('slotTimeKey: one key per time, whatever the notation', () => {
  it.each([
    ['10 a.m.–1 p.m.', '600-780'],
    ['3–6 p.m.', '900-1080'],
    ['10.00–13.00', '600-780'],
    ['10:00–13:00', '600-780'],
    ['10 heures-13 heures', '600-780'],
    ['10 h 30–13 h', '630-780'],
    ['10.00 a 13.00 horas', '600-780'],
    ['15.00 a 18.00 horas', '900-1080'],
    ['10 час. 00 мин. – 13 час. 00 мин.', '600-780'],
    ['上午10时至下午1时', '600-780'],
    ['下午3时至6时', '900-1080'],
    ['下午3时30分至6时', '930-1080'],
    ['noon', '720'],
    ['11 a.m.–noon', '660-720'],
    ['morning', 'morning'],
    ['après-midi', 'afternoon'],
  ])('%s → %s', (text, key) => {
    expect(slotTimeKey(text)).toBe(key);
  });

  it('tells different times apart and leaves unreadable text unread', () => {
    expect(slotTimeKey('3–6 p.m.')).not.toBe(slotTimeKey('15:00–17:00'));
    expect(slotTimeKey('to be announced')).toBeNull();
  });
});

describe('venueKey', () => {
  it.each(['Vienna', 'Vienne', 'Viena', 'Вена', 'فيينا', '维也纳'])('%s is Vienna', (name) => {
    expect(venueKey(name)).toEqual({ key: 'vienna', known: true });
  });

  it('keeps an unlisted name as written', () => {
    expect(venueKey('Lomé')).toEqual({ key: 'lomé', known: false });
    expect(venueKey('Geneva').key).not.toBe(venueKey('Vienna').key);
  });
});
