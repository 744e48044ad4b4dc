/**
 * What a query asks its papers to be besides on a topic: from some years (see years.ts), from venues
 * or labs (see origins.ts). Search reads the rest of the query, then checks the papers it finds
 * against them. Pure.
 */
import { type Origin, askedOrigins } from './origins.js';
import { askedYears } from './years.js';

export interface Asked {
  years: number[];
  origins: Origin[];
  /** The query without them. */
  rest: string;
}

/** The years, venues and labs a query asks for (a venue's year is its edition, not a date to check). */
export function askedFor(query: string): Asked {
  const { origins, rest } = askedOrigins(query);
  const years = askedYears(rest);
  return { years: years.years, origins, rest: years.rest };
}
