import * as z from 'zod';

const isNumberArray = (v: unknown): v is number[] => Array.isArray(v) && v.every((x) => typeof x === 'number');

/**
 * An array of numbers, checked in one pass and kept as it is: for the large arrays of index files
 * (vectors, postings, weights), which `z.array(z.number())` would check element by element and copy.
 */
export const numberArray = z.custom<number[]>(isNumberArray, 'expected an array of numbers');

/** An object whose every value is an array of numbers (e.g. postings by term), checked the same way. */
export const numberArrayRecord = z.custom<Record<string, number[]>>(
  (v) => typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every(isNumberArray),
  'expected an object of arrays of numbers',
);
