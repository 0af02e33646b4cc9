/**
 * Built-in entity tables merged into entity records: regions (CLDR names through
 * Intl.DisplayNames plus REGION_ALIASES), named areas, organisations (international and national), laws and codes, named occasions (festivals, pilgrimages,
 * tournaments), cities and provinces.
 */
import type { EntityRecord } from '../../entities/model';
import type { EntityMention, Lang } from '../../types';
import { CITIES } from './cities';
import { DOCUMENTS } from './documents';
import { CITY_PROVINCES, SHARED_AREAS } from './localities';
import { MEDIA_OUTLETS } from './media';
import { NATIONAL_BODIES } from './nationalBodies';
import { OCCASIONS } from './occasions';
import { ORGANISATIONS } from './organisations';
import { PROVINCE_HEADS, PROVINCES } from './provinces';
import { EXTRA_AREAS, M49_AREAS, NOT_PLACES, REGION_ALIASES } from './regions';

const LANGS = ['en', 'ur', 'fa', 'hi'] as const;
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Names of a region code in one language, long and short styles, with "Myanmar (Burma)" split in two. */
function cldrNames(code: string, lang: Lang): string[] {
  const out = new Set<string>();
  for (const style of ['long', 'short'] as const) {
    let name: string | undefined;
    try {
      name = new Intl.DisplayNames([lang], { type: 'region', style, fallback: 'none' }).of(code);
    } catch {
      name = undefined;
    }
    if (!name) continue;
    const paren = /^(.*?)\s*\((.*)\)$/.exec(name);
    for (const part of paren ? [paren[1], paren[2]] : [name]) if (part.trim()) for (const v of writtenOut(part.trim(), lang)) out.add(v);
  }
  return [...out];
}

/**
 * A CLDR name and how running English text writes it: CLDR's short forms abbreviate (Trinidad &
 * Tobago, St. Lucia); articles write Trinidad and Tobago, Saint Lucia.
 */
function writtenOut(name: string, lang: Lang): string[] {
  if (lang !== 'en') return [name];
  const full = name.replaceAll(' & ', ' and ');
  const saint = full.replace(/\bSt\. /g, 'Saint ');
  return [...new Set([name, full, saint])];
}

function regionRecord(code: string): EntityRecord | null {
  const names: Partial<Record<Lang, string[]>> = {};
  for (const lang of LANGS) {
    const list = [...new Set([...cldrNames(code, lang), ...(REGION_ALIASES[code]?.[lang] ?? [])])];
    if (list.length > 0) names[lang] = list;
  }
  const canonical = names.en?.[0];
  if (!canonical) return null;
  const area = /^\d+$/.test(code);
  return { id: `region:${code}`, type: 'place', name: canonical, names, description: area ? `Region of the world (UN M49 ${code})` : `Country or territory (${code})` };
}

/** Every two-letter region code CLDR names, less the ones that are not places. */
function regionCodes(): string[] {
  const en = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const codes: string[] = [];
  for (const a of LETTERS) {
    for (const b of LETTERS) {
      const code = a + b;
      if (!NOT_PLACES.has(code) && en.of(code)) codes.push(code);
    }
  }
  return codes;
}

/** The record of a row with names per language (a law, an occasion): its first English name is its canonical one. */
function namedRecord(id: string, type: EntityRecord['type'], row: { description: string; names: Partial<Record<Lang, readonly string[]>> }): EntityRecord {
  const names = Object.fromEntries(Object.entries(row.names).map(([lang, list]) => [lang, [...list]]));
  return { id, type, name: row.names.en?.[0] ?? row.description, names, description: row.description };
}

/** Every built-in entity record (ids: `org:…`, `doc:…`, `event:…`, `region:XX`, `region:035`, `area:…`, `city:…`); organisations first. */
export function builtinEntityRecords(): EntityRecord[] {
  const records: EntityRecord[] = [];
  for (const org of [...ORGANISATIONS, ...NATIONAL_BODIES, ...MEDIA_OUTLETS]) {
    const names: Partial<Record<Lang, string[]>> = {};
    for (const lang of LANGS) {
      const list = [...(org.names[lang] ?? []), ...(org.homeNames?.[lang] ?? [])];
      if (list.length > 0) names[lang] = list;
    }
    records.push({ id: `org:${org.id}`, type: 'organisation', name: names.en?.[0] ?? org.description, names, description: org.description });
  }
  for (const doc of DOCUMENTS) records.push(namedRecord(`doc:${doc.id}`, 'document', doc));
  for (const occasion of OCCASIONS) records.push(namedRecord(`event:${occasion.id}`, 'other', occasion));
  for (const code of [...regionCodes(), ...M49_AREAS]) {
    const r = regionRecord(code);
    if (r) records.push(r);
  }
  for (const area of EXTRA_AREAS) {
    const names: Partial<Record<Lang, string[]>> = { en: [...area.en] };
    for (const lang of LANGS) if (area.names[lang]) names[lang] = [...area.names[lang]!];
    records.push({ id: area.id, type: 'place', name: area.en[0], names, description: 'Named area' });
  }
  const country = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
  for (const [id, region, en, ur, fa, hi] of CITIES) {
    const where = region.split(' ').map((r) => country.of(r)).join(' or ');
    records.push({ id: `city:${id}`, type: 'place', name: en[0], names: { en: [...en], ur: [...ur], fa: [...fa], hi: [...hi] }, description: `City in ${where}` });
  }
  // After the cities: a province named like its capital is the city when written bare.
  for (const [id, region, ...lists] of PROVINCES) {
    const { kind, heads } = PROVINCE_HEADS[region];
    const names: Partial<Record<Lang, string[]>> = {};
    LANGS.forEach((lang, k) => {
      if (lists[k].length > 0) names[lang] = lists[k].flatMap((name) => withHeads(name, heads[lang]));
    });
    records.push({ id: `area:${id}`, type: 'place', name: lists[0][0], names, description: `${kind} of ${country.of(region)}` });
  }
  return records;
}

/** A province's name and the name with each head word of its language ("سندھ", "صوبہ سندھ"); a name written with a head is kept alone. */
function withHeads(name: string, heads: { before?: readonly string[]; after?: readonly string[] } | undefined): string[] {
  if (!heads) return [name];
  const all = [...(heads.before ?? []), ...(heads.after ?? [])].map((h) => h.toLowerCase());
  if (name.toLowerCase().split(' ').some((w) => all.includes(w))) return [name];
  return [name, ...(heads.before ?? []).map((h) => `${h} ${name}`), ...(heads.after ?? []).map((h) => `${name} ${h}`)];
}

let placeRegions: Map<string, string> | null = null;

/**
 * The country of a built-in place id: `region:PK` → PK, `city:karachi` → PK, `area:sindh` → PK;
 * null for areas of the world (`region:142`, Asia), areas two countries share (`area:punjab`,
 * `area:kashmir`), a city name two countries share (`city:hyderabad`) and ids that are no built-in place.
 */
function countryOfPlace(id: string): string | null {
  if (id.startsWith('region:')) {
    const code = id.slice('region:'.length);
    return /^[A-Z]{2}$/.test(code) ? code : null;
  }
  placeRegions ??= new Map([
    ...CITIES.map(([city, region]) => [`city:${city}`, region] as const),
    ...PROVINCES.map(([area, region]) => [`area:${area}`, region] as const),
  ].filter(([, region]) => /^[A-Z]{2}$/.test(region)));
  return placeRegions.get(id) ?? null;
}

/** The country a mention names: a built-in place's (see `countryOfPlace`), else null. */
export function countryOfMention(m: Pick<EntityMention, 'type' | 'id'>): string | null {
  return m.type === 'place' && m.id !== null ? countryOfPlace(m.id) : null;
}

/** The country named most in counts of mentions by country, when one leads (a tie leads none). */
export function leadingCountry(counts: ReadonlyMap<string, number>): string | null {
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  return ranked.length === 0 || (ranked.length > 1 && ranked[1][1] === ranked[0][1]) ? null : ranked[0][0];
}

let bodyCountries: Map<string, string> | null = null;

/** The country of a national body a mention names (`org:pk-pmln` → PK, see nationalBodies.ts), else null. */
export function countryOfBody(m: Pick<EntityMention, 'type' | 'id'>): string | null {
  if (m.type !== 'organisation' || m.id === null) return null;
  bodyCountries ??= new Map(NATIONAL_BODIES.filter((org) => org.country).map((org) => [`org:${org.id}`, org.country!] as const));
  return bodyCountries.get(m.id) ?? null;
}

const NO_LOCALITIES: readonly string[] = Object.freeze([]);

/**
 * The places below a country a mention names: a city with its province (`city:karachi`,
 * `area:sindh`), a province or state (`area:assam`) or an area of two countries (`area:punjab`);
 * none for countries, areas of the world and unknown names.
 */
export function localitiesOfMention(m: Pick<EntityMention, 'type' | 'id'>): readonly string[] {
  if (m.type !== 'place' || m.id === null) return NO_LOCALITIES;
  if (m.id.startsWith('city:')) {
    const province = CITY_PROVINCES[m.id.slice('city:'.length)];
    return province ? [m.id, province] : [m.id];
  }
  return m.id.startsWith('area:') && (countryOfPlace(m.id) !== null || SHARED_AREAS.has(m.id)) ? [m.id] : NO_LOCALITIES;
}

/** Every home name (see `OrganisationRow.homeNames`) with its language, its entity id and the body's country. */
export function homeNames(): { id: string; name: string; lang: Lang; country: string }[] {
  return NATIONAL_BODIES.flatMap((org) =>
    LANGS.flatMap((lang) => (org.homeNames?.[lang] ?? []).map((name) => ({ id: `org:${org.id}`, name, lang, country: org.country ?? '' }))));
}
