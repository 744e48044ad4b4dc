import { z } from 'zod';

/**
 * An array of numbers, checked in one pass and kept as it is: for the large arrays of index files
 * (vectors, postings, weights), which `z.array(z.number())` would check element by element and copy.
 */
export const numberArray = z.custom<number[]>((v) => Array.isArray(v) && v.every((x) => typeof x === 'number'), 'expected an array of numbers');
