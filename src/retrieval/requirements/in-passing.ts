/**
 * The words a question asks a paper to be about in particular ("an llm trained specifically for
 * turkish, not a multilingual one", "speech recognition for cantonese specifically") that a paper
 * only mentions in passing or not at all: not in its title, at most once in its abstract (Turkish in
 * a list of five languages). Such a paper is about something else, and search says the corpus does
 * not answer (see lacked.ts). Only rare words count (a name, a language):
 * "trained specifically for code" asks for no one word; but the original of a name many papers use
 * ("the original llava paper") is asked for in particular too, and a paper asked for by name ("do we
 * have the Flan-T5 paper?", "is the chatbot arena paper in here") is the one that introduces it, not
 * one that uses it however often. Pure.
 */
import { isEnglishWord, isPrefixedEnglishWord } from '../query/english.js';
import { topicTerms } from '../query/query.js';
import { foldedWords, splitSentences, tokenize } from '../text.js';
import { escapeRegExp } from '../../util/regexp.js';
import { INTRODUCING } from './unnamed.js';

/** A word after "specifically for", "dedicated to" and the like ("tailored to" describes, as in "an llm tailored to journalism"). */
const AFTER_DEMAND = /\b(?:specifically|exclusively|solely|purely|dedicated)\s+(?:for|on|about|to|towards?)\s+(?:the\s+)?([\p{L}\p{N}][\p{L}\p{N}-]*)/giu;
/**
 * The words before "specifically", "exclusively" or "in particular" where a clause ends, up to three
 * ("for cantonese specifically?", "accuracy on suicide risk detection specifically").
 */
const BEFORE_DEMAND = /((?:[\p{L}\p{N}][\p{L}\p{N}-]*\s+){0,2}[\p{L}\p{N}][\p{L}\p{N}-]*)\s+(?:specifically|exclusively|in\s+particular)(?=\s*(?:[?.!,;:)]|$))/giu;

/** A word used by at most this share of the papers (and by one at least) may be asked for in particular. */
const RARE_SHARE = 0.01;
const MIN_RARE = 2;

/** What a paper asked for by name is called: a paper or a technical report ("the gpt-4 tech report"). */
const PAPER = String.raw`(?:paper|tech(?:nical)?\s+report)`;
/** A word of a name, not "paper", "tech report" or where it is ("in here"). */
const NAME_WORD = String.raw`(?!(?:papers?|tech|technical|reports?|preprints?|articles?|in|on|here)\b)[\p{L}\p{N}][\p{L}\p{N}.-]*[\p{L}\p{N}]`;
/** A name of one to three words ("toolformer", "chatbot arena", "tulu 3"), not what asks for anything ("there", "anything"). */
const NAME_WORDS = String.raw`(?!(?:there|anything|any|something|a|an|it|this|that)\b)${NAME_WORD}(?:\s+(?:${NAME_WORD}|\p{N})){0,2}`;

/**
 * A name the question asks for the paper of ("the whisper paper", "WMDP benchmark paper", "the
 * original colbert paper", "is self-instruct in the collection?", "is toolformer here?", "does the
 * corpus have the TIES-merging paper?", "RLBench robot learning benchmark", "where's the GPT-3 paper", "is
 * toolformer in there?" asked alone, not "which slavic languages does it cover? is ukrainian in there"; a
 * technical report as a paper: "is the gpt-4 technical report in the corpus"; a name with its version:
 * "the gemma 2 paper"): the paper that introduced it, not one that uses it. A paper recalled by a name and what it does ("the bigscience
 * paper where they ablated ...") is not asked for by the name alone, nor are "the original astrollama
 * models", which a paper that reports on them answers of, nor "the original datasets" or "the
 * original weights", which are no names.
 */
const PAPER_OF = new RegExp(
  String.raw`\b([\p{L}\p{N}][\p{L}\p{N}.-]*[\p{L}\p{N}]|[\p{L}\p{N}])\s+(?:(?:benchmark|dataset|model|method|original)\s+){0,2}${PAPER}\b(?!\s+(?:where|that|which|in|with|on|about|from|by|for|who|whose)\b)|^\s*([\p{L}\p{N}][\p{L}\p{N}.-]*[\p{L}\p{N}])(?=(?:\s+[\p{Ll}-]+){0,2}\s+(?:benchmark|dataset|suite)\s*[?.!]?\s*$)|\b(?:original|first)\s+(?!(?:data|datasets?|training|weights?|tasks?|labels?|inputs?|outputs?|texts?|images?|prompts?|questions?|answers?|sentences?|documents?|samples?|examples?|order|size|form|settings?|parameters?|performance|accuracy|languages?|authors?)(?![\p{L}\p{N}.-]))([\p{L}\p{N}][\p{L}\p{N}.-]*[\p{L}\p{N}]|[\p{L}\p{N}])(?![\p{L}\p{N}.-])(?!\s+(?:models?|series|versions?|variants?|checkpoints?|family|families|releases?|results?|scores?|numbers?)\b)|\bis\s+(?:the\s+)?(${NAME_WORDS})\s+(?:${PAPER}\s+)?(?:(?:in|on)\s+(?:the\s+|this\s+|your\s+)?(?:collection|corpus|database|index|server|here)|here)\b|\b(?:do|does)\s+(?:you|we|u|the\s+(?:corpus|collection|database|bot|server))\s+have\s+the\s+(${NAME_WORDS})(?=\s+${PAPER}\b|\s*\?)|\bwhere(?:'s|’s|s|\s+is|\s+can\s+i\s+find)\s+(?:the\s+)?((?=[\p{L}\p{N}.-]*\d)[\p{L}\p{N}][\p{L}\p{N}.-]*[\p{L}\p{N}])\s+${PAPER}\b|(?<![?.!][^?.!]*)\bis\s+(?:the\s+)?(${NAME_WORDS})\s+(?:${PAPER}\s+)?in\s+there\b|\bthe\s+(\p{L}[\p{L}\p{N}-]*\s+\d+(?:\.\d+)?)\s+${PAPER}\b`,
  'giu',
);

/** The words the question asks a paper to be about in particular, as typed. */
export function demandedWords(question: string): string[] {
  return [...new Set([...specificallyAsked(question), ...namesAskedFor(question), ...capitalizedNames(question)])];
}

/** The words a question asks for "specifically" (see {@link AFTER_DEMAND}, {@link BEFORE_DEMAND}), each alone. */
function specificallyAsked(question: string): string[] {
  return [...matched(question, AFTER_DEMAND), ...matched(question, BEFORE_DEMAND).flatMap(lastTopicWords)];
}

/** The words at the end of a phrase that say what it is about, up to a word that does not: "cantonese" of "recognition for cantonese". */
function lastTopicWords(phrase: string): string[] {
  const words = phrase.split(' ');
  let start = words.length;
  while (start > 0 && topicTerms(words[start - 1]!).length > 0) start--;
  return words.slice(start);
}

/** What one does with a paper: "cite paper X", "recommend paper" name no paper. */
const DONE_WITH_PAPERS = new Set(
  `cite cited citing quote quoted read reading find found recommend recommended suggest share send link show give summarize summarise
  summarized summarised explain mention mentioned skim check review reviewed reviewing write writing wrote publish published submit
  submitted remember know need want like liked love`.split(/\s+/),
);

/** A word every way of asking for a paper by its name (see {@link namesAskedFor}) has: a question without one asks for none. */
const ASKS_FOR_A_PAPER = /\b(?:paper|report|benchmark|dataset|suite|original|first|here|there|have|collection|corpus|database|index|server|introduced|proposed|coined|invented)\b|:/i;

/** The names whose paper the question asks for (see {@link PAPER_OF}), as typed. */
export function namesAskedFor(question: string): string[] {
  if (!ASKS_FOR_A_PAPER.test(question)) return [];
  return [
    ...matched(question, PAPER_OF, [1], describesBefore),
    ...matched(question, PAPER_OF, [2], joinsEnglishWords),
    ...matched(question, PAPER_OF, [4, 5, 6, 7, 8]),
    ...matched(question, PAPER_OF, [3], describesNoun),
    ...matched(question, ORIGINAL_TITLED, [1, 2]),
    ...matched(question, OPENING_NAME, [1]),
  ].filter((w) => !DONE_WITH_PAPERS.has(w));
}

/**
 * Whether "original" or "first" stands before a word of English and what it describes ("back onto the
 * original pretrained network", "the original transformer architecture"): a state of a model, no name.
 */
function describesNoun(text: string, at: number): boolean {
  const m = /^\S+\s+([\p{L}\p{N}][\p{L}\p{N}.-]*)\s+\p{Ll}/u.exec(text.slice(at));
  const word = m?.[1];
  return word !== undefined && word === word.toLowerCase() && (isEnglishWord(word) || isPrefixedEnglishWord(word));
}

/**
 * Whether the word at `at` is English words joined by hyphens ("Wizard-of-Oz self-dialog task dataset"):
 * how the dataset asked for was made, not its name ("RLBench robot learning benchmark").
 */
function joinsEnglishWords(text: string, at: number): boolean {
  const parts = (text.slice(at).trim().split(' ')[0] ?? '').toLowerCase().split('-');
  return parts.length >= 2 && parts.every((p) => p.length <= 2 || isEnglishWord(p));
}

/** Words before "X paper" that make it a description (X the last of its words), not a name. */
const DESCRIBING_WORDS = 2;
/** Words that start the phrase a paper is called by: "the", "in", "that" ... */
const PHRASE_START = /^(?:the|a|an|that|this|in|of|for|from|on|about|to|with|by)$/i;

/**
 * Whether the words before "X paper" describe the paper, X the last of them ("the sub-6ghz massive
 * mimo codebook autoencoder paper", "the tool-use self training w/o demos paper"): {@link DESCRIBING_WORDS}
 * words or more since the phrase started, not a name ("the whisper paper", "the original colbert paper").
 */
function describesBefore(text: string, at: number): boolean {
  const clause = text.slice(0, at).split(/[,;:?!.()]|\s[-–—]\s/).at(-1) ?? '';
  const words = clause.trim().split(/\s+/).filter(Boolean);
  let start = words.length;
  while (start > 0 && !PHRASE_START.test(words[start - 1]!)) start--;
  return words.slice(start).filter((w) => !/^(?:original|first)$/i.test(w)).length >= DESCRIBING_WORDS;
}

/**
 * The names whose very paper the question asks for: the original ("the original colbert paper", "the
 * first phi-1 paper") or as held by the collection ("is self-instruct in the collection?", "do we
 * have the whisper paper?"). Not "the X paper", where X may say what kind of paper ("an eval paper",
 * "a good rag paper").
 */
function originalsAskedFor(question: string): Set<string> {
  return new Set([...matched(question, PAPER_OF, [3, 4, 5, 6, 7, 8]), ...matched(question, ORIGINAL_TITLED, [1, 2])]);
}

/**
 * The names whose paper the question asks for by name, not only as the first of a kind: "the original
 * X paper", "is X in here?", "do we have the X paper?", "the paper that introduced X"; not "the first
 * X", which may say which of a kind.
 */
function papersAskedByName(question: string): Set<string> {
  return new Set([...matched(question, PAPER_OF, [4, 5, 6, 7, 8]), ...matched(question, ORIGINAL_NAMED), ...matched(question, ORIGINAL_TITLED, [2]), ...matched(question, OPENING_NAME, [1])]);
}
/** "the original X paper": not "improves on the original X", which describes. */
const ORIGINAL_NAMED = /\b[Oo]riginal\s+([\p{L}\p{N}][\p{L}\p{N}.-]*[\p{L}\p{N}](?:\s+\p{Lu}[\p{L}\p{N}.-]*){0,4})(?=\s+paper\b)/gu;

/**
 * A name of several words in capitals after "original" or "first" ("the original Direct Preference
 * Optimization paper"), or what the paper asked for introduced ("the paper that introduced ewc").
 */
const ORIGINAL_TITLED =
  /\b(?:[Oo]riginal|[Ff]irst)\s+(\p{Lu}[\p{L}\p{N}.-]*(?:\s+\p{Lu}[\p{L}\p{N}.-]*){1,4})|\b(?:[Pp]aper|[Ww]ork)\s+(?:(?:that|which|who)\s+)?(?:first\s+)?(?:introduced|proposed|coined|invented)\s+(?:the\s+)?([\p{L}\p{N}][\p{L}\p{N}.-]*[\p{L}\p{N}])/gu;

/**
 * A word that says what the paper asked for introduced is about, more words before the kind of thing
 * it is ("the paper that introduced the kalamang translation benchmark"); not its name ("the paper
 * that introduced the gsm8k benchmark").
 */
const INTRODUCED_ABOUT =
  /\b(?:[Pp]aper|[Ww]ork)\s+(?:(?:that|which|who)\s+)?(?:first\s+)?(?:introduced|proposed)\s+(?:the\s+)?([\p{L}\p{N}][\p{L}\p{N}.-]*[\p{L}\p{N}])\s+(?:[\p{Ll}-]+\s+){1,2}(?:benchmark|dataset|corpus|task|suite|challenge|evaluation)s?\b/gu;

/** Whether a sentence of the paper's abstract that introduces something mentions the word. */
function introducedWith(paper: { abstract: string }, word: string): boolean {
  const introducing = new RegExp(String.raw`\b${INTRODUCING}`, 'iu');
  const mentions = new RegExp(String.raw`(?<![\p{L}\p{N}])${escapeRegExp(word)}(?![\p{L}\p{N}])`, 'iu');
  return splitSentences(paper.abstract).some((s) => introducing.test(s) && mentions.test(s));
}

/**
 * A name a question opens with, then asks how it was made or what it holds ("SQuAD: how was the reading
 * comprehension dataset collected?", "ALFWorld: how does it align text-based games with embodied
 * environments?", "ABCD, the Action-Based Conversations Dataset: what kind of dialogues does it
 * contain?"): its own paper is asked for.
 */
const OPENING_NAME =
  /^\s*([\p{L}\p{N}][\p{L}\p{N}.-]*[\p{L}\p{N}])(?:\s*,\s*the\s+[^:?]{1,80})?\s*:\s*(?:how|what|which|why|who|where|when)\b(?=.*\b(?:it|its|they|their|the\s+(?:dataset|benchmark|corpus|model|method|framework|task|environment)))/gu;

/** A name of several words in capitals right before "paper" ("Anthropic's Constitutional AI paper"). */
const CAPITALIZED_PAPER = /(?<![\p{L}\p{N}'’])(\p{Lu}[\p{L}\p{N}.-]*(?:\s+\p{Lu}[\p{L}\p{N}.-]*){1,4})\s+paper\b/gu;
/** Words that open a question in capitals, not a name: "Is LoRA paper ...", "Which Vision Transformer paper". */
const OPENING = /^(?:(?:is|are|was|does|do|did|has|have|can|could|what|which|where|who|how|any|the|a|an|in|on|from|that|this|and|or)\s+)+/i;

/** The names of {@link CAPITALIZED_PAPER}, without the words that open a question: two words at least. */
function capitalizedNames(question: string): string[] {
  return matched(question, CAPITALIZED_PAPER, [1])
    .map((w) => w.replace(OPENING, ''))
    .filter((w) => /\s/.test(w));
}

/** The words of the groups of each match (lower case), but of a match `unless` says to leave out (given where it starts). */
function matched(question: string, re: RegExp, groups = [1, 2, 3, 4, 5], unless?: (text: string, at: number) => boolean): string[] {
  const text = question.replace(/\s+/g, ' ');
  // A chat word is no name: "the newest paper".
  return [...text.matchAll(re)]
    .filter((m) => !unless?.(text, m.index!))
    .flatMap((m) => groups.flatMap((g) => m[g] ?? []).map((w) => w.toLowerCase()))
    .filter((w) => topicTerms(w).length > 0);
}

/**
 * Whether a title has a name only inside longer names: "ColBERT-XM" or "HyperLLaVA" for "colbert",
 * "llava"; not inside a word of English ("Evaluation" for "eval").
 */
function inLongerName(title: string, name: string): boolean {
  const t = title.toLowerCase();
  if (!t.includes(name)) return false;
  // A name with its size or its number written on ("Falcon2-11B", "Taskmaster-1") is the name.
  if (new RegExp(String.raw`(?<![\p{L}\p{N}-])${escapeRegExp(name)}(?:-\d+(?:\.\d+)?[bm]?)?(?![\p{L}\p{N}]|[-.][\p{L}\p{N}])`, 'u').test(t)) return false;
  const longer = t.match(/[\p{L}\p{N}][\p{L}\p{N}.-]*[\p{L}\p{N}]/gu)?.filter((w) => w.includes(name)) ?? [];
  return longer.some((w) => !isEnglishWord(w));
}

/**
 * The words asked for in particular (see {@link demandedWords}) that are rare in the corpus and that
 * the paper is not about: not in its title, at most once in its abstract (in passing, or not at all:
 * the third paper may be the one that has it); for a name whose paper is asked for, also when its
 * title has the name only inside a longer one.
 */
export async function mentionedInPassing(
  question: string,
  paper: { title: string; abstract: string },
  corpus: { termStats: (terms: string[]) => Promise<readonly { term: string; df: number }[]>; papers: number },
): Promise<string[]> {
  const demanded = demandedWords(question);
  if (demanded.length === 0) return [];
  const named = new Set(namesAskedFor(question));
  const originals = originalsAskedFor(question);
  const byName = papersAskedByName(question);
  const capitalized = new Set(capitalizedNames(question));
  const specifically = new Set(specificallyAsked(question));
  const described = new Set(matched(question, INTRODUCED_ABOUT, [1]));
  // A word of English typed in capitals is a name ("is the CLIP paper in here?").
  const capitals = new Set((question.match(/(?<![\p{L}\p{N}])\p{Lu}{2,}(?![\p{L}\p{N}])/gu) ?? []).map((w) => w.toLowerCase()));
  // A name of several words ("self-instruct") is as rare as its rarest word, and is held where its words stand in a row.
  const words = demanded.map((w) => tokenize(w));
  const terms = [...new Set(words.flat())];
  const dfOf = new Map((await corpus.termStats(terms)).map((t, i) => [terms[i]!, t.df]));
  const rare = Math.max(MIN_RARE, RARE_SHARE * corpus.papers);
  const title = foldedWords(paper.title).flatMap((w) => tokenize(w));
  const abstract = foldedWords(paper.abstract).flatMap((w) => tokenize(w));
  return demanded.filter((word, i) => {
    const seq = words[i]!;
    if (seq.length === 0) return false;
    const df = Math.min(...seq.map((t) => dfOf.get(t) ?? 0));
    // A paper asked for by a name in capitals that no paper uses ("Anthropic's Constitutional AI
    // paper") is not in the corpus; a rare one is asked for in particular, a frequent one may say
    // what the paper is about ("a Model Merging paper").
    // A word asked for specifically that no paper uses ("on suicide risk detection specifically") is one the paper lacks too.
    if (df === 0 && !specifically.has(word)) return capitalized.has(word);
    // A paper named after a name it builds on ("ColBERT-XM", "HyperLLaVA") is not the paper of that
    // name; asked for the original, not even when many papers use the name ("the qwen paper" may be
    // any of Qwen's, "the original llava paper" is one).
    const original = originals.has(word) && (!isEnglishWord(word) || capitals.has(word));
    if (named.has(word) && inLongerName(paper.title, word) && (df <= rare || original)) return true;
    // The very paper of a name asked for by name introduces it; one that uses it, however often, is another.
    // ... unless the name only says what the paper introduced is about ("the paper that introduced the kalamang translation
    // benchmark"), and the sentence that introduces it says so ("we introduce MTOB, a benchmark for ... Kalamang").
    if (original && byName.has(word)) return !introduces(paper, word) && !(described.has(word) && introducedWith(paper, word));
    // A paper that introduces a name is its paper, however seldom it repeats it ("... Irrelevant Context (GSM-IC)").
    if (named.has(word) && introduces(paper, word)) return false;
    const inAbstract = timesIn(abstract, seq);
    const inTitle = timesIn(title, seq);
    // A name whose very paper is asked for, that the paper mentions once at most and not in its title.
    if (df > rare) return original && inAbstract <= 1 && inTitle === 0;
    return inAbstract <= 1 && inTitle === 0;
  });
}


/** Words that bring in what others made: "we introduce the classical elastic weight consolidation (EWC)". */
const KNOWN = String.raw`\b(?:classical|classic|existing|standard|well-known|popular|prior|previous|established|conventional|traditional|off-the-shelf)\b`;

/**
 * Whether a paper introduces a name: its title starts with it ("Tied-Lora: ...", "The WMDP
 * Benchmark: ...", "Yi-Lightning Technical Report"), its abstract proposes, presents or names it ("we propose PASTA", "we
 * present LoRA, a ...") or defines it after its words ("Special Token Adaptation (PASTA)"). A title
 * or an abstract with the name inside a longer one ("In-Context Meta LoRA") does not.
 */
export function introduces(paper: { title: string; abstract: string }, name: string): boolean {
  const n = escapeRegExp(name).replace(/\\?[-\s]+/g, '[-\\s]?');
  // ... with its size or its number written on ("Falcon2-11B" for "falcon 2", "Taskmaster-1" for "taskmaster").
  const own = String.raw`${n}(?:-\d+(?:\.\d+)?[bm]?)?(?![\p{L}\p{N}]|-[\p{L}\p{N}])`;
  const title = new RegExp(String.raw`^\s*(?:the\s+)?${own}(?=\s*(?:[:,–—-]|$)|\s+(?:benchmark|dataset|model|method|framework|(?:tech(?:nical)?\s+)?report)\b)`, 'iu');
  // An acronym defined after the words it shortens counts when the sentence proposes it ("we propose
  // ... Adaptation (PASTA)"), not when it names what is used ("... Elastic Weight Consolidation (EWC)").
  // Not when a word in capitals goes on with the name: "we call BIG-Bench Hard" introduces no BIG-Bench.
  const proposed = new RegExp(String.raw`\b${INTRODUCING}${own}(?![ \t]+\p{Lu}\p{Ll})|\b${INTRODUCING}(?:(?!${KNOWN})[^.]){0,80}?\(${own}\)|^\s*${own}\s*(?:,|is|:)`, 'iu');
  return title.test(paper.title) || proposed.test(paper.abstract);
}

/** Letters a word has at least to be read as the start of a longer one it shortens ("telecom"). */
const SHORTENING_LETTERS = 5;
/** Letters the longer word has beyond it: more than an ending ("telecom" for "telecommunications", not "korea" for "korean"). */
const SHORTENED_LETTERS = 3;

/**
 * How many times a run of tokens stands in a text's tokens; a word alone stands where a longer word
 * starts with it, which it shortens ("telecom" in "Telecommunications").
 */
function timesIn(tokens: readonly string[], run: readonly string[]): number {
  const [word] = run;
  const shortens = run.length === 1 && word!.length >= SHORTENING_LETTERS ? (t: string) => t.length >= word!.length + SHORTENED_LETTERS && t.startsWith(word!) : () => false;
  let n = 0;
  for (let i = 0; i + run.length <= tokens.length; i++) if (run.every((t, j) => tokens[i + j] === t) || shortens(tokens[i]!)) n++;
  return n;
}
