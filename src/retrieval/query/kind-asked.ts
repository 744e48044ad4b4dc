/**
 * What a query asks for about a topic rather than the topic: a kind of reading typed after it ("lora
 * history", "rlhf basics", "rlhf from scratch"), unless the papers write the two side by side as one
 * topic ("dialogue history"), and an aspect asked of it ("the main criticisms of lora"); the engine
 * searches the topic as well. Pure.
 */
import { CALLING } from './named-paper.js';

/** Words and phrases for a kind of reading that may end a query. */
const KINDS = ['tips and tricks', 'history', 'basics', 'fundamentals', 'pitfalls', 'timeline', 'theory', 'from scratch', 'guide', 'tips', 'tricks', 'roadmap', 'resources', 'intuition'];

const TRAILING_KIND = new RegExp(String.raw`^(.*?\S)\s+(${KINDS.join('|')})\s*[?!.]*\s*$`, 'i');

export interface KindAsked {
  /** The query without the kind of reading. */
  rest: string;
  /** The kind of reading, as typed. */
  kind: string;
}

/** Words after which a word is what a paper is called ("is there a paper called guide?"), not a kind of reading. */
const CALLED = new RegExp(String.raw`\b(?:${CALLING})$`, 'i');

/** The kind of reading a query ends with, and the rest of it; undefined when it ends with none. */
export function trailingKind(query: string): KindAsked | undefined {
  const m = TRAILING_KIND.exec(query);
  return m && !CALLED.test(m[1]!) ? { rest: m[1]!, kind: m[2]! } : undefined;
}

/** An aspect of a topic asked for ("the main criticisms of lora", "failure modes of rlhf", "open questions in model merging"). */
const ASPECT = new RegExp(
  String.raw`\b(?:(?:main|biggest|known|common|major|key|real|typical|obvious|hidden)\s+)?(criticisms?|critiques?|limitations?|weaknesses|shortcomings|failure modes?|open (?:questions|problems)|unsolved (?:questions|problems)|negative results|downsides|drawbacks|disadvantages|pitfalls|trade-?offs|pros and cons|advantages and disadvantages|risks|controversies|debates)\s+(?:of|in|with|for|about|around|on|to)\s+(?:the\s+)?(.*\S)\s*$`,
  'i',
);

export interface AspectAsked {
  /** The topic the aspect is asked of. */
  rest: string;
  /** The aspect, as typed ("criticisms"). */
  aspect: string;
}

/** The aspect a query asks of a topic, and the topic; undefined when it asks for none. */
export function aspectAsked(query: string): AspectAsked | undefined {
  const m = ASPECT.exec(query);
  return m ? { aspect: m[1]!, rest: m[2]!.replace(/[?!.]+$/, '') } : undefined;
}
