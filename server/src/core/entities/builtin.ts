/**
 * Built-in entities: countries and regions (CLDR names through Intl.DisplayNames plus common
 * alternative names), international organisations and major cities, all from data tables under
 * core/lexicon/entities. Built once, on first use.
 */
import { builtinEntityRecords } from '../lexicon/entities';
import type { EntityRecord } from './model';

let byId: Map<string, EntityRecord> | null = null;

/** All built-in entity records. */
export function builtinRecords(): ReadonlyMap<string, EntityRecord> {
  byId ??= new Map(builtinEntityRecords().map((r) => [r.id, r]));
  return byId;
}

/** The built-in record of an id, or null. */
export function builtinRecord(id: string): EntityRecord | null {
  return builtinRecords().get(id) ?? null;
}
