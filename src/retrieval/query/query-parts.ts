/**
 * The separate requests of a query that asks for several things at once ("Which papers merge models?
 * Also, is there anything on speech translation?"). Each is searched on its own as well, so that the
 * papers for one are not crowded out by those for the other. Only requests the user marks as separate
 * are split off: a sentence opening with "Also", "Separately", "What about", "Another question" and the like; a
 * clause after ", and also" or ", and is there"; the items of a numbered list of requests. A request that says
 * too little to be searched alone, or points back at the one before ("Also, how fast is it?", "also,
 * is the code for it on github?"), stays with it, and so does what "also" adds without asking for
 * anything ("Also, I care about latency."). Also the other parts a query is read by: the two sides of
 * a comparison, the spans it quotes and the titles no paper writes, a query typed as a title, its
 * lists of examples. Pure.
 */
import { normalizeTitle } from '../../corpus/paper.js';
import { isEnglishWord } from './english.js';
import { topicTerms } from './query.js';
import { foldedWords, tokenize } from '../text.js';
import { SMALL_WORDS } from '../titles.js';
import { escapeRegExp } from '../../util/regexp.js';
import { shortenings } from './shortenings.js';

/** At most this many parts; a longer list's last items stay together. */
const MAX_PARTS = 4;

/** Words a request needs that say what it is about ("speech translation"), besides question words, to be searched alone. */
export const MIN_TOPIC_TERMS = 2;
/** A request with this many such words is a request of its own even when it says "it" or "they". */
const SAYS_ENOUGH = 4;

/**
 * "What about ..." of another topic ("what about speech translation?"), not of the same one narrowed
 * ("what about for speech models?", "what about ones without labels?").
 */
const ANOTHER_TOPIC = String.raw`(?:what|how)\s+about(?!\s+(?:for|in|with|without|on|at|by|from|under|when|if|ones?|those|these|the\s+same)\b)`;
/** Words that open another request and say so ("separately", "another question", "what about"). */
const NEW_REQUEST = String.raw`${ANOTHER_TOPIC}|separately|secondly|second\s+(?:question|thing)|unrelated(?:ly)?|another\s+(?:question|thing)|one\s+more\s+(?:question|thing)|(?:a\s+)?different\s+question|on\s+(?:another|a\s+different|an\s+unrelated)\s+note`;
/** "also", not in "also known as" or "also called". */
const ALSO = String.raw`also(?!\s+(?:known|called|referred|termed|named)\b)`;
/** Words that add something, a request or more about the first ("also", "plus"): what follows must ask for something. */
const ADDS = String.raw`${ALSO}|additionally|plus|second`;
/** A new sentence that opens with such words (after . ? or !). */
const NEW_SENTENCE = new RegExp(String.raw`(?<=[.?!])\s+(?:and\s+)?(?:(${NEW_REQUEST})|${ADDS})(?=[\s,:;])[\s,:;-]*`, 'giu');
/** The same words with a capital and a comma or colon, even with no full stop before them ("... model merging Also, ..."). */
const CAPITALISED =
  /\s+(?:(Separately|Secondly|Another (?:question|thing)|One more (?:question|thing)|On (?:another|a different|an unrelated) note)|Also|Additionally|Plus|Second)[,:]\s*/gu;
/**
 * A clause that does: "; separately, ...", ", and also ...", ", and is there ...", ", and any papers on
 * ...". "Separately" with no comma after it says how something is done ("small, separately trained
 * modules").
 */
const NEW_CLAUSE = new RegExp(
  String.raw`\s*[,;]\s+(?:(?:and\s+)?(?:(separately)(?=\s*[,:])|(?:${ALSO}|additionally)(?=[\s,:]))[\s,:]*|and\s+(?=(?:is\s+there|are\s+there|any\s+(?:papers?|work|research)|anything|what\s+about|how\s+about)\b))`,
  'giu',
);
/**
 * A request added with "also" asks for something: a question, words that ask for papers, or the words
 * of a topic; not a statement about oneself ("also, I care about latency").
 */
const ASKS = /\?|\b(?:is\s+there|are\s+there|any|anything|something|which|what|how|who|where|papers?|works?|research|stud(?:y|ies)|looking\s+for|find|recommend|suggest|know\s+of)\b/iu;
const ABOUT_ONESELF = /\b(?:i|i'm|im|i've|ive|we|we're|my|our|me|us)\b/iu;
/** Where a piece starts in the text marked for splitting: after a word that opens another request, or one that adds. */
const OPENS = '\u0000';
const OPENS_REQUEST = 'R';
const OPENS_ADDITION = 'A';
/** Where a clause of the same sentence that only adds starts (", and is there ..."). */
const OPENS_CLAUSE = 'C';
/** "Two things:", "A couple of questions -": said before the requests, not part of the first. */
const PREAMBLE = /^(?:(?:two|three|four|a\s+few|a\s+couple\s+of|couple\s+of|some|several|\d)\s+(?:things|questions|requests)\s*(?:[:,-]|\.\s)\s*)/iu;
/** An item number of a list: "1)", "(2)", "3." at the start or after a space, colon or semicolon. */
const ITEM = /(?:^|(?<=[\s:;,]))\(?([1-9])[.)] +/gu;

/**
 * Words that point back at what was said before: "it", "they", "the second one", "that paper",
 * "explain that", "about this?" ("that" and "this" only where they point, not in "methods that ...").
 */
const POINTS_BACK = new RegExp(
  [
    // Not the "it" of "how many a100s did it take to train opt-iml": it stands for nothing said before.
    // Not the "they" of "the paper where they stack layers": the authors of the paper asked for.
    String.raw`\b(?:it(?!\s+(?:take|takes|took)\b)|its|it's|(?<!\b(?:papers?|works?|stud(?:y|ies)|ones?)\s+(?:where|in\s+which)\s+)they|them|their|theirs|former|latter|aforementioned|above)\b`,
    String.raw`\b(?:which|each|that|this|the\s+[\p{L}\d]+)\s+ones?\b`,
    // "compares the two", "which of these three": the things named before, counted (not "the two-tower model").
    String.raw`\b(?:the|these|those)\s+(?:two|three)\b(?!-)`,
    String.raw`\b(?:that|this|these|those)\s+(?:papers?|models?|methods?|approach(?:es)?|works?|stud(?:y|ies)|datasets?|results?|ideas?|techniques?|benchmarks?|ones?)\b`,
    String.raw`\b(?:about|explain|on|of|with|like|is|does|do|did|than)\s+(?:that|this|these|those)\b`,
    String.raw`\b(?:that|this|these|those)\s*[?.!]*$`,
  ].join('|'),
  'iu',
);

/** "a lighter version", "a smaller variant": another form of something named before (not "a smaller version of BERT"), whatever else is said. */
const VERSION_OF_IT = /\b(?:a|an|the)\s+\p{L}+er\s+(?:version|variant|edition)s?\b(?!\s+of\b)/iu;

/**
 * "the code", "the results": a part of what was talked about before, named as already known (not "the
 * paper where ...", "the work that ...": the one asked for).
 */
const ITS_PART =
  /\bthe\s+(?:(?:papers?|work|study)\b(?!\s+(?:where|that|which|in\s+which)\b)|(?:code|data|dataset|datasets|results?|authors?|model|models|method|methods|approach|experiments?|evaluation|limitations?|benchmarks?|implementation|repo|repository|weights|baselines?|setup|findings|abstract|idea|technique|system)\b)/iu;

/** Whether a text points back at what was said before it ("does it scale?", "is the code out?"): it cannot be searched alone. */
function pointsBack(text: string): boolean {
  return POINTS_BACK.test(text) || ITS_PART.test(text) || VERSION_OF_IT.test(text);
}

/**
 * Whether a follow-up points back at the question before it: it says "it", "they", "the code" (see
 * {@link pointsBack}) before it has said enough of its own for them to stand for. In "is there a
 * paper showing u can just sample an llm a bunch of times and majority vote, and it keeps getting
 * better", "it" is what the follow-up itself named.
 */
export function pointsBackAtEarlier(text: string): boolean {
  const at = [POINTS_BACK, ITS_PART, VERSION_OF_IT].map((re) => re.exec(text)?.index ?? -1).filter((i) => i >= 0);
  return at.length > 0 && topicTerms(text.slice(0, Math.min(...at))).length < SAYS_ENOUGH;
}

function asks(piece: string): boolean {
  return ASKS.test(piece) || !ABOUT_ONESELF.test(piece);
}

/**
 * A later request searched alone: it says what it is about (in two words at least, or in a name:
 * "also, lmql paper link anyone?"), and points back at nothing unless it says enough to stand alone
 * anyway ("does the sheer scale of a chatbot explain how well it performs ..."); "a lighter version" of
 * what was named never stands alone; nor a clause of the same sentence that says "its", "their" or
 * "them" before it says enough to name what they stand for (", and is there a benchmark measuring
 * how their perception differs from humans'?").
 */
function standsAlone(piece: string, clause: boolean): boolean {
  const terms = topicTerms(piece).length;
  const owner = clause ? OWNER.exec(piece) : null;
  if (owner && topicTerms(piece.slice(0, owner.index)).length < SAYS_ENOUGH) return false;
  return (terms >= MIN_TOPIC_TERMS || namesOne(piece)) && (terms >= SAYS_ENOUGH || !pointsBack(piece)) && !VERSION_OF_IT.test(piece);
}

/** Words that stand for what owns or undergoes something named before: "their perception", "elicit them". */
const OWNER = /\b(?:its|their|theirs|them)\b/iu;

/** Whether a piece's one word that says what it is about is a name: no word of general English ("lmql", "kasa"). */
function namesOne(piece: string): boolean {
  const terms = topicTerms(piece);
  if (terms.length !== 1) return false;
  const typed = foldedWords(piece).filter((w) => tokenize(w)[0] === terms[0]);
  return typed.length > 0 && typed.every((w) => w.length >= 3 && /\p{L}/u.test(w) && !isEnglishWord(w));
}

/** The query's separate requests, in order; empty when it makes one request. */
export function queryParts(query: string): string[] {
  const spaced = query.replaceAll(OPENS, '').replace(/\s+/g, ' ').trim();
  const text = spaced.replace(PREAMBLE, '');
  const pieces = listItems(text, text !== spaced)?.map((t) => ({ text: t, opensRequest: true, clause: false })) ?? markedPieces(text);
  const parts: string[] = [];
  for (const piece of pieces) {
    const t = piece.text.replace(/^[\s,;:-]+|[\s,;:-]+$/g, '');
    if (t.length === 0) continue;
    const last = parts.length - 1;
    const alone = standsAlone(t, piece.clause) && (piece.opensRequest || asks(t));
    if (last >= 0 && (!alone || parts.length === MAX_PARTS)) parts[last] = `${parts[last]} ${t}`;
    else parts.push(t);
  }
  // A first request too short to stand alone joins the next ("Two things. Also, ...").
  if (parts.length >= 2 && topicTerms(parts[0]!).length < MIN_TOPIC_TERMS && !namesOne(parts[0]!)) parts.splice(0, 2, `${parts[0]} ${parts[1]}`);
  return parts.length >= 2 ? parts : [];
}

/**
 * The text cut where a marked request starts, each piece with whether the words before it open another
 * request or only add, and whether it is a clause that only adds to the sentence before it.
 */
function markedPieces(text: string): { text: string; opensRequest: boolean; clause: boolean }[] {
  const mark = (_: string, request?: string) => `${OPENS}${request ? OPENS_REQUEST : OPENS_ADDITION}`;
  const clause = (_: string, request?: string) => `${OPENS}${request ? OPENS_REQUEST : OPENS_CLAUSE}`;
  const marked = text.replace(NEW_SENTENCE, mark).replace(CAPITALISED, mark).replace(NEW_CLAUSE, clause);
  return marked
    .split(OPENS)
    .map((piece, i) => (i === 0 ? { text: piece, opensRequest: true, clause: false } : { text: piece.slice(1), opensRequest: piece[0] === OPENS_REQUEST, clause: piece[0] === OPENS_CLAUSE }));
}

/**
 * The items of a numbered list ("1) ... 2) ..."), numbered from 1 in order, when they are separate
 * requests: announced ("two questions: 1) ... 2) ...") or each a question. Undefined otherwise:
 * "methods that 1) compress the cache and 2) keep accuracy" is one request. (Search reads a query as
 * one line; a bulleted list's lines come numbered, see `cleanLines` in util/sanitize.ts.)
 */
function listItems(text: string, announced: boolean): string[] | undefined {
  const marks = [...text.matchAll(ITEM)];
  const numbered: RegExpMatchArray[] = [];
  for (const m of marks) if (Number(m[1]) === numbered.length + 1) numbered.push(m);
  if (numbered.length < 2) return undefined;
  const items = numbered.map((m, i) => text.slice(m.index! + m[0].length, numbered[i + 1]?.index ?? text.length));
  if (!announced && !items.every((item) => item.trim().endsWith('?'))) return undefined;
  const before = text.slice(0, numbered[0]!.index).trim();
  // Words before the list are a request of their own, unless they only introduce it ("papers on:").
  return topicTerms(before).length > 0 && !before.endsWith(':') ? [before, ...items] : items;
}

/** How a comparison of two things is asked: "compare X and Y", "X vs Y", "differences between X and Y", "how does X differ from Y". */
const COMPARISONS = [
  /\b(?:compare|comparing|contrast|contrasting)\s+(.+?)\s+(?:and|with|to|vs\.?|versus)\s+(.+?)\s*(?:[?.!]|$)/iu,
  /\bdifferences?\s+between\s+(.+?)\s+and\s+(.+?)\s*(?:[?.!]|$)/iu,
  /\bhow\s+(?:does|do|is|are)\s+(.+?)\s+(?:differ|different)\s+from\s+(.+?)\s*(?:[?.!]|$)/iu,
  /\bis\s+(.+?)\s+better\s+than\s+(.+?)\s*(?:[?.!]|$)/iu,
  /^(?:(?:what\s+about|how\s+about)\s+)?(.+?)\s+(?:vs\.?|versus)\s+(.+?)\s*(?:[?.!]|$)/iu,
];
/** Longer sides are descriptions, not names. */
const MAX_SIDE_WORDS = 6;

/**
 * The two things a query compares ("compare KaSA and NOLA" → "KaSA", "NOLA"), each with "the" and a
 * trailing "paper" or "method" left off; undefined when it compares nothing or a side is long. Whether
 * they name papers is for the index to say.
 */
export function comparedSides(query: string): [string, string] | undefined {
  const text = query.replace(/\s+/g, ' ').trim();
  for (const re of COMPARISONS) {
    const m = re.exec(text);
    if (!m) continue;
    const sides = [m[1]!, m[2]!].map((side) =>
      side
        .replace(/^(?:the|a|an)\s+/i, '')
        .replace(/\s+(?:paper|papers|method|methods|approach|model|work)$/i, '')
        .replace(/^["'“‘]|["'”’]$/g, '')
        .trim(),
    );
    if (sides.every((side) => side.length > 0 && side.split(' ').length <= MAX_SIDE_WORDS)) return [sides[0]!, sides[1]!];
  }
  return undefined;
}

/**
 * A span in quotes ("...", “...”, '...', ‘...’): what a question quotes may be a paper's title. A
 * single quote opens a span only after a space or punctuation and closes it only before one, so that
 * "don't" and "it's" quote nothing. A span in brackets right after "paper" is one too ("the gpt-3
 * paper (language models are few-shot learners)").
 */
const QUOTED = /["“]([^"“”]{3,200})["”]|(?<![\p{L}\p{N}])['‘]([^'‘’"“”]{3,200}?)['’](?![\p{L}\p{N}])|(?<=\bpaper\s*)\(([^()]{3,200})\)/giu;

/** Words a span in brackets holds at least to be a title, not a year or a venue ("(2023)", "(ICLR 2024)"). */
const BRACKETED_WORDS = 3;

/** Words of each item at most of a list in brackets that is no title: "the llm personality traits paper (recruitment, big five)". */
const LIST_ITEM_WORDS = 2;
const isKeywordList = (span: string) => span.includes(',') && span.split(',').every((item) => item.trim().split(/\s+/).length <= LIST_ITEM_WORDS);

/** The spans a query quotes, of two words or more, each with the query without it. */
export function quotedSpans(query: string): { span: string; rest: string; titled: boolean }[] {
  return [...query.matchAll(QUOTED)]
    .map((m) => {
      const before = query.slice(0, m.index);
      const after = query.slice(m.index + m[0].length);
      const bracketed = m[3] !== undefined;
      return {
        span: (m[1] ?? m[2] ?? m[3])!.trim(),
        rest: `${before} ${after}`.replace(/\s+/g, ' ').trim(),
        titled: bracketed || TITLED_BEFORE.test(before) || TITLED_AFTER.test(after),
        bracketed,
      };
    })
    .filter((q) => q.span.split(/\s+/).length >= (q.bracketed ? BRACKETED_WORDS : 2) && !(q.bracketed && isKeywordList(q.span)))
    .map(({ bracketed: _, ...q }) => q);
}

/**
 * Words that make a quoted span a paper's title: "the paper called \"...\"", "the original '...'", "the GPT-3 paper, '...'",
 * "the \"...\" paper", "the '...' transformer paper".
 */
const TITLED_BEFORE = /\b(?:called|titled|entitled|named|original)\s*$|\bpaper\s*[,:]\s*$/i;
const TITLED_AFTER = /^\s*(?:[\p{L}\p{N}-]+\s+)?(?:paper|article|preprint|one)\b/iu;

/** Words a title writes in capitals that a list of keywords seldom does: "Attention Is All You Need". */
const TITLE_WORDS = new Set(['is', 'are', 'all', 'you', 'your', 'we', 'our', 'not', 'be', 'can', 'do', 'does', 'need', 'what', 'how', 'why', 'when', 'who', 'than', 'makes', 'make']);
/** Words a query typed as a title has at least. */
const TITLE_CASE_WORDS = 4;

/**
 * The query when it is typed as a title, every word in capitals, one of them a word a title
 * capitalizes and a list of keywords does not ("Attention Is All You Need"); undefined otherwise
 * ("Large Language Models For Code" may be keywords).
 */
export function titleCased(query: string): string | undefined {
  const text = query.trim().replace(/[?.!]+$/, '').trim();
  const words = text.split(/\s+/);
  if (words.length < TITLE_CASE_WORDS || !words.every((w) => /^[\p{Lu}\p{N}]/u.test(w))) return undefined;
  return words.slice(1).some((w) => TITLE_WORDS.has(w.toLowerCase())) ? text : undefined;
}

/** Words a description in brackets has at most to be read from a title alone; a title has more ("language models are few-shot learners"). */
const DESCRIPTION_WORDS = 3;
/** Words that set two things side by side in a description ("predictable scaling vs emergent abilities"). */
const COMPARED = new Set(['vs', 'versus']);
/** A longer description in brackets may hold one word its paper does not write in this many. */
const UNWRITTEN_EVERY = 5;
/** Words before the brackets a paper's name is looked for in ("the sid4lr shared task paper (...)"). */
const NAME_BEFORE = 5;

/** Words of a title (stemmed, function words left out) it takes at least to be written in other forms of them. */
const TITLE_STEMS = 3;

/**
 * A title as typed in chat with its shortened words written out: "w" and "w/" are "with", "w/o" is
 * "without", and the lexicon's shortenings are their words ("ft": fine-tuning, see shortenings.ts).
 */
function spelledOut(span: string): string {
  const shortened = shortenings().reduce((text, s) => text.replace(s.pattern, s.word), span);
  return shortened.replace(/(?<![\p{L}\p{N}])w\/o(?![\p{L}\p{N}])/giu, 'without').replace(/(?<![\p{L}\p{N}])w\/?(?=\s)/giu, 'with');
}

/**
 * The spans a query quotes as a paper's title ("the \"attention is all you need\" paper") that none
 * of the papers writes: a title of no paper of the corpus (one that is a title is answered from its
 * paper first, see retrieval/engine.ts), which those papers do not even quote. What a query
 * puts in brackets after "paper" may say what the paper is about instead ("the PASTA paper (special
 * token tuning)"): a paper whose title holds all its words is about it, when they are a few. A query
 * typed as a title ("Attention Is All You Need", see {@link titleCased}) is one too.
 */
export function unwrittenTitles(query: string, papers: readonly { title: string; abstract: string }[]): string[] {
  const typedAsTitle = titleCased(query);
  const spans = [...quotedSpans(query), ...(typedAsTitle ? [{ span: typedAsTitle, titled: true }] : [])].filter((q) => q.titled);
  // Most queries quote no title: the papers' text is read only for one that does.
  if (spans.length === 0) return [];
  const texts = papers.map((p) => normalizeTitle(`${p.title} ${p.abstract}`));
  // A title written in other forms of its words ("naturalize a programming language" of "Naturalizing a Programming Language ...").
  const stems = papers.map((p) => ` ${tokenize(`${p.title}. ${p.abstract}`).join(' ')} `);
  const written = (span: string) => {
    const own = tokenize(span);
    // Not when a word it negates with is left out of the stems ("without image data").
    const negates = /(?<![\p{L}\p{N}])(?:without|not|no|non)(?![\p{L}\p{N}])/iu.test(span);
    return texts.some((t) => t.includes(normalizeTitle(span))) || (!negates && own.length >= TITLE_STEMS && stems.some((t) => t.includes(` ${own.join(' ')} `)));
  };
  const titleWords = papers.map((p) => new Set(tokenize(p.title)));
  const paperWords = papers.map((p) => new Set(tokenize(`${p.title} ${p.abstract}`)));
  // A few words of a title; or, after a name the paper introduces, more of its words and its abstract's (but one in five), half of them
  // its title's at least: "the passuntil paper (predictable scaling vs emergent abilities)" of "Unlock Predictable Scaling from
  // Emergent Abilities", which introduces PassUntil (not "the gpt-3 paper (language models are few-shot learners)" of another).
  const describes = (span: string) => {
    const at = query.indexOf(`(${span}`);
    if (at < 0) return false;
    const own = tokenize(span).filter((t) => !COMPARED.has(t));
    if (span.split(/\s+/).length <= DESCRIPTION_WORDS) return titleWords.some((held) => own.every((t) => held.has(t)));
    // The name as the paper introduces it: "we introduce PassUntil", "... language varieties (SID4LR; ...)".
    const names = foldedWords(query.slice(0, at))
      .slice(-NAME_BEFORE)
      .filter((w) => /\p{L}/u.test(w) && (/\d/.test(w) || !isEnglishWord(w)))
      .map((w) => new RegExp(String.raw`(?:\b(?:introduc|present|propos|call|dub|nam)\w*\s+(?:\S+\s+){0,2}?|\(\s*)${escapeRegExp(w)}(?![\p{L}\p{N}])`, 'iu'));
    const missed = Math.floor(own.length / UNWRITTEN_EVERY);
    return papers.some(
      (_, i) =>
        names.some((n) => n.test(`${papers[i]!.title} ${papers[i]!.abstract}`)) &&
        own.filter((t) => !paperWords[i]!.has(t)).length <= missed &&
        own.filter((t) => titleWords[i]!.has(t)).length * 2 >= own.length,
    );
  };
  // "the udr paper (unified demo retreiver for icl??)": the name a paper writes, spelled out loosely in
  // brackets, its small words left out of the initials.
  const spellsOutName = (span: string) => {
    const name = new RegExp(String.raw`([\p{L}][\p{L}\p{N}-]*)\s+(?:paper\s+)?\(\s*${escapeRegExp(span)}`, 'iu').exec(query)?.[1]?.toLowerCase();
    const initials = foldedWords(span).filter((w) => w.length > 0 && !SMALL_WORDS.has(w)).map((w) => w[0]).join('');
    return name !== undefined && name.length >= 2 && initials.startsWith(name) && texts.some((t) => new RegExp(String.raw`(?<![\p{L}\p{N}])${escapeRegExp(name)}(?![\p{L}\p{N}])`, 'u').test(t));
  };
  // "(multilinear extension one)", "(the one w/o demonstrations)": what the paper is the one of, "the one" no words of it.
  const described = (span: string) => span.replace(/\s+(?:one|ones)$/i, '').replace(/^(?:the|that)\s+(?:one|paper)\s+(?:that\s+|which\s+|about\s+|on\s+)?/i, '');
  return spans.filter((q) => !written(spelledOut(described(q.span))) && !describes(q.span) && !spellsOutName(q.span)).map((q) => q.span);
}

/** Words that open a list of examples: "for example", "e.g.", "such as", "including". */
const EXAMPLES_OPEN = String.raw`(?:for\s+example|for\s+instance|e\.g\.?|eg|such\s+as|including)`;
/** A list of examples in brackets, or after a comma up to the end of the sentence or a request that follows ("..., and what problems do they report?"). */
const EXAMPLES = new RegExp(
  String.raw`\s*\(${EXAMPLES_OPEN}\b[^()]*\)|,?\s*\b${EXAMPLES_OPEN}\b.*?(?=,\s*(?:and|or)\s+(?:what|how|which|why|whether|do|does|did|is|are|can)\b|[?.!](?:\s|$)|$)`,
  'giu',
);
/** Items a list of examples has at least for the question to be read without it. */
const EXAMPLE_ITEMS = 3;

/**
 * The query without its lists of three or more examples, '' when it has none: "Which benchmarks
 * evaluate multimodal LLMs beyond captioning, for example fine-grained perception, visual illusions or
 * PhD-level figures, and what weaknesses do they reveal?" asks for benchmarks of a kind, which the
 * examples illustrate; each of them need not be in a paper. One or two examples may be what the
 * question is about ("numeric sequences such as electricity demand or stock prices"), and stay.
 */
export function withoutExamples(query: string): string {
  let cut = false;
  const text = query.replace(EXAMPLES, (list) => {
    // Items are set apart by commas, the last by "or" or "and" too: "by perturbing or truncating the
    // reasoning and checking the answer" describes one way, it lists none.
    const parts = list.split(',').filter((item) => item.trim().length > 0);
    const items = parts.length < 2 ? parts.length : parts.length - 1 + parts.at(-1)!.split(/\s(?:or|and)\s/u).length;
    if (items < EXAMPLE_ITEMS) return list;
    cut = true;
    return '';
  });
  return cut ? text : '';
}
