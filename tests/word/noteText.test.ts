import { noteText } from '../../src/word/readSnapshot';

describe('noteText', () => {
  it.each([
    ['\u0002\tAvailable at www.unodc.org.', 'Available at www.unodc.org.'],
    ['\ufffd Available at www.unodc.org.', 'Available at www.unodc.org.'],
    ['Available at www.unodc.org. ', 'Available at www.unodc.org.'],
    ['A document containing \u0002 inside', 'A document containing \u0002 inside'],
  ])('cleans %j', (raw, clean) => {
    expect(noteText(raw)).toBe(clean);
  });
});
