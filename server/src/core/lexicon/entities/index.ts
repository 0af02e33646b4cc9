/**
 * Built-in entity tables: regions (CLDR), organisations and cities, merged into entity records.
 */
import type { EntityRecord } from '../../entities/model';

/** Every built-in entity record (ids: `region:XX`, `org:…`, `city:…`). */
export function builtinEntityRecords(): EntityRecord[] {
  return [];
}
