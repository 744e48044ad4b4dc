/**
 * A kind of reading typed after a topic ("lora history", "rlhf basics", "mixture of experts
 * pitfalls", "rlhf from scratch"): what is asked for about the topic, unless the papers write the two
 * side by side as one topic ("dialogue history", "learning theory"), which the engine checks. Pure.
 */

/** Words and phrases for a kind of reading that may end a query. */
const KINDS = ['tips and tricks', 'history', 'basics', 'fundamentals', 'pitfalls', 'timeline', 'theory', 'from scratch', 'guide', 'tips', 'tricks', 'roadmap', 'resources', 'intuition'];

const TRAILING_KIND = new RegExp(String.raw`^(.*?\S)\s+(${KINDS.join('|')})\s*[?!.]*\s*$`, 'i');

export interface KindAsked {
  /** The query without the kind of reading. */
  rest: string;
  /** The kind of reading, as typed. */
  kind: string;
}

/** The kind of reading a query ends with, and the rest of it; undefined when it ends with none. */
export function trailingKind(query: string): KindAsked | undefined {
  const m = TRAILING_KIND.exec(query);
  return m ? { rest: m[1]!, kind: m[2]! } : undefined;
}
