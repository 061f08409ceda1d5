/**
 * Duty stations and other usual venues in the six official languages, so that "Vienna", "Vienne", "Viena",
 * "Вена", "فيينا" and "维也纳" compare as one place. A venue not listed is compared only when both versions write
 * it alike (Latin-script names often are).
 */
const VENUES: string[][] = [
  ['vienna', 'vienne', 'viena', 'вена', 'فيينا', '维也纳'],
  ['new york', 'nueva york', 'нью-йорк', 'نيويورك', '纽约'],
  ['geneva', 'genève', 'geneve', 'ginebra', 'женева', 'جنيف', '日内瓦'],
  ['nairobi', 'найроби', 'نيروبي', '内罗毕'],
  ['bangkok', 'бангкок', 'بانكوك', '曼谷'],
  ['santiago', 'сантьяго', 'سانتياغو', '圣地亚哥'],
  ['addis ababa', 'addis-abeba', 'addis abeba', 'аддис-абеба', 'أديس أبابا', '亚的斯亚贝巴'],
  ['beirut', 'beyrouth', 'beirut', 'бейрут', 'بيروت', '贝鲁特'],
  ['bonn', 'бонн', 'بون', '波恩'],
  ['rome', 'roma', 'рим', 'روما', '罗马'],
  ['paris', 'parís', 'париж', 'باريس', '巴黎'],
  ['montreal', 'montréal', 'монреаль', 'مونتريال', '蒙特利尔'],
];

/** A language-neutral key for a venue: the row of the table, or the name itself when it is not listed. */
export function venueKey(venue: string): { key: string; known: boolean } {
  const name = venue.trim().toLowerCase().replace(/\s+/gu, ' ');
  const row = VENUES.findIndex((names) => names.includes(name));
  return row >= 0 ? { key: VENUES[row][0], known: true } : { key: name, known: false };
}
