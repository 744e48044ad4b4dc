/**
 * Words by which someone speaks of themselves ("i", "i'm", "my", "we", "our", "us"): a question's
 * sentence with them says something about the asker. Without dependencies, so that what reads a question
 * for the answer's notes loads nothing more.
 */
export const FIRST_PERSON = /\b(?:i|i'm|im|i've|ive|my|we|we're|our|me|us)\b/iu;
