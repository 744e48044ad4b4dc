/**
 * Words by which someone speaks of themselves ("i", "i'm", "my", "we", "our", "us"): a question's
 * sentence with them says something about the asker. Without dependencies, so that what reads a question
 * for the answer's notes loads nothing more.
 */
export const FIRST_PERSON = /\b(?:i|i'm|im|i've|ive|my|we|we're|our|me|us)\b/iu;

/** A sentence that opens by saying who the asker is: "Solo dev here, ...", "PhD student here with ...". */
const INTRODUCES = /^\s*(?:[\p{L}-]+\s+){1,3}here\b/iu;

/**
 * A question that asks about what was said before it ("Is there a paper on this?", "Which work does
 * this, and ...?", "Does such a generalist exist?", "... evaluates this idea"): a pronoun after a verb
 * or a preposition, ending its phrase; "this idea", "that approach"; or "such" with what it points to
 * ("such a generalist", "such feedback streams").
 */
const REFERS_BACK =
  /\bsuch\s+an?\b|\b(?:this|that|these|those)\s+(?:idea|ideas|approach|approaches|setup|setups|kind\s+of\s+\w+|sort\s+of\s+\w+|works)\b|\bsuch\s+(?!as\b|that\b)(?:[\p{L}-]+\s+)?[\p{L}-]+s\b|\b(?:on|about|for|with|like|into|of|to|do|does|did|tackle|tackles|solve|solves|address|addresses|handle|handles)\s+(?:this|that|these|those|it)\b(?!\s+(?:is|was|are|were)\b)(?=\s*(?:[,.?!;:]|$|\s+(?:and|or|but|so|yet|at|in|with|without|before|using|already)\b))/iu;

/** "combines them", "merge them": what is done to things named before, unless the sentence named them first. */
const DONE_TO_THEM = /\b(?:combine|combines|merge|merges|fuse|fuses|compress|compresses|adapt|adapts|evaluate|evaluates|compare|compares|improve|improves|fix|fixes)\s+them\b/iu;
/** A word that may be a plural noun, something "them" stands for: "summaries", "models" (not "class", "status", "basis"). */
const PLURAL = /\b\p{L}{3,}(?<![sui])s\b/iu;

/** Words of a sentence that set it where a sentence before it says: "in this setting", "for such a use case", "to this language family". */
const IN_THAT_SETTING =
  /\b(?:in|for|to|under|within)\s+(?:this|that|these|those|such(?:\s+an?)?|our|my|the\s+same)\s+(?:[\p{L}-]+\s+)?(?:settings?|domains?|contexts?|use\s+cases?|scenarios?|situations?|environments?|conditions?|famil(?:y|ies)|languages?|dialects?)\b/iu;

/** Whether a sentence is set where one before it says ("Is there research on this in that setting?"). */
export function setWhereSaid(sentence: string): boolean {
  return IN_THAT_SETTING.test(sentence);
}

/**
 * Whether a sentence asks about what was said before it (see {@link REFERS_BACK}), or does something
 * to "them" with nothing before it that they may be ("Is there a merging method that combines them into
 * one recognizer?", not "... summaries of user data ... and combines them with retrieval").
 */
export function refersBack(sentence: string): boolean {
  if (REFERS_BACK.test(sentence) || setWhereSaid(sentence)) return true;
  const done = DONE_TO_THEM.exec(sentence);
  return done !== null && !PLURAL.test(sentence.slice(0, done.index));
}

/**
 * A question without its sentences about the asker ("Fine-tuning our 70B model is too expensive.",
 * "Solo dev here with a handful of GPUs."): those that speak of the asker and ask nothing. A question
 * of one sentence is kept whole, and so is one whose question asks about what the asker said ("Our
 * lab clusters single-cell RNA data. Is there a paper on this?").
 */
export function withoutAsker(question: string): string {
  const sentences = question.split(/(?<=[.!?])\s+/);
  if (sentences.length < 2) return question;
  const kept = sentences.filter((s) => /\?\s*$/.test(s) || !(FIRST_PERSON.test(s) || INTRODUCES.test(s)));
  return kept.length < sentences.length && kept.some(refersBack) ? question : kept.join(' ');
}
