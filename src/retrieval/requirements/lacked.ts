/**
 * What a question asks of its first papers that they lack, and how much less sure search is for it:
 * the checks of this folder put together (names, keywords, quantities, names asked for, what the papers
 * only mention in passing, what is asked beyond them, kinds of data, fields, languages), each lowering
 * the confidence of a query one or two levels (see {@link lackedRequirements}).
 */
import type { Paper } from '../../corpus/paper.js';
import { COVERAGE_PAPERS, type Confidence, type ConfidenceModel, levelOf, oneLevelLower } from '../confidence/confidence.js';
import type { SearchIndex } from '../index/search-index.js';
import { namedPaper, laterNamed, onlyTitled } from '../query/named-paper.js';
import { unwrittenTitles } from '../query/query-parts.js';
import { askedBeyond, askedMethod } from './beyond.js';
import { unmentionedFields } from './domains.js';
import { mentionedInPassing } from './in-passing.js';
import { unmentionedLanguages } from './languages-asked.js';
import { unmentionedModalities } from './modalities.js';
import { contradictedNumbers, contradictedVersions, unnamedVersions } from './numbers.js';
import { unmentionedSubfields } from './subfields.js';
import { askedEntities, askedMembers, isAskedOfPaper, unlistedMembers, unnamedEntities } from './unnamed.js';
import { compoundsApart, unheldKeywords, unmentionedAgainstTitled, unmentionedDirections, unmentionedNames, writtenOut } from './unmentioned.js';
import { askedInKeywords, askedQuantities, asksForPapers, describesOnePaper, givenInWords, unstatedInKeywords, unstatedQuantities } from './unstated.js';

/** What the checks read of the index: how many papers use a term, which of some papers hold it. */
export type RequirementsIndex = Pick<SearchIndex, 'size' | 'termStats' | 'holds'>;

/** A level of confidence and the probability it was read from. */
export interface Judged {
  confidence: Confidence;
  probability: number;
}

/** What the first papers lack of what a query asks, by kind, as a search result lists them (see `SearchResult` in engine.ts). */
export interface Lacked {
  /** Names and keywords none of the first papers mention, and numbers they give other numbers of the unit for. */
  unmentioned: string[];
  /** Quantities asked for that the first papers give no number for, and names asked for that they give none of. */
  unstated: string[];
  /** What the query asks a paper to be about in particular that the first paper only mentions in passing. */
  inPassing: string[];
  /** Keywords the first paper lacks and another first paper holds, and words of what is asked beyond the first paper that it lacks. */
  apart: string[];
}

/**
 * A query that names something (see unmentioned.ts) none of the first papers mention, or a list of
 * keywords one of which none of them holds, or that none of them holds all of, is judged one level
 * lower: those papers are about something close, not what was asked ("isabelle theorem proving",
 * answered from a paper on Lean; "concept erasure in diffusion models", from papers on diffusion
 * models); the same holds for a number of the query they give other numbers of its unit for (see
 * numbers.ts), and for a quantity or a name asked for that the first paper gives none of (see
 * unstated.ts, unnamed.ts; none of the first papers, when the question asks for papers): it is
 * about the paper, but the paper does not say.
 *
 * Two levels lower, so `none`, the corpus has the paper or the topic but not what was asked of it:
 * a quantity or a name asked of a paper the query names (see {@link namedPaper}: "how many tokens
 * was phi-1.5 trained on"; the paper named may be another of the first papers, and then it is the
 * one that lacks it) or describes as the one it asks of ("for the method that keeps a running average
 * of weights, what averaging coefficient did they use?", see {@link describesOnePaper}; the first
 * paper), its code, license or authors' affiliation ("is there a github repo for ...",
 * asked of a topic it is a wish, not a fact), something asked for in particular that the first
 * paper only mentions in passing (see in-passing.ts), and a kind of data, a field, a subfield or a
 * language asked for that the first paper does not work on ("grouped-query attention vision
 * transformers", of the paper on LLMs; see modalities.ts, domains.ts, subfields.ts,
 * languages-asked.ts): the corpus has the method, not where it was asked to go; and the title of a
 * paper the query quotes or is typed as ("Attention Is All You Need") that none of the first papers
 * writes (see unwrittenTitles in query-parts.ts). A quantity asked of a topic ("how much compute does lora
 * need", or with a question for papers: "what work exists on ..., and how large are the gaps?") stays
 * one level lower, as does a name asked in words that may ask for something else
 * ("which model does it use" may ask for an architecture no list of model families holds). At
 * `none` already, the names and quantities are still listed: they say why.
 */
export async function lackedRequirements(
  index: RequirementsIndex,
  thresholds: ConfidenceModel['thresholds'],
  query: string,
  text: string,
  judged: Judged,
  docs: readonly number[],
  first: readonly Paper[],
): Promise<Judged & Lacked> {
  const { confidence, probability } = judged;
  const corpus = { termStats: (terms: readonly string[]) => index.termStats(terms), papers: index.size };
  const held = (terms: string[]) => index.holds(docs, terms);
  const forPapers = asksForPapers(text);
  // Of the one paper a question names by its title's name, or describes as the one it asks of, the names it asks
  // about are that paper's to mention ("what gsm8k accuracy does chatglm-math get?" is not answered by another
  // paper's GSM8K, see apart below); but not the guesses at a name it asks for ("which base model? llama2 7b or mistral?").
  const entities = askedEntities(text);
  const titled = forPapers || entities.length > 0 ? undefined : (onlyTitled(query, first) ?? (describesOnePaper(text) ? first[0] : undefined));
  const [named, ofTitled, keywords, inPassing, beyond] = await Promise.all([
    unmentionedNames(query, text, first, corpus),
    titled ? unmentionedNames(query, text, [titled], corpus) : [],
    unheldKeywords(text, { ...corpus, held }),
    first[0] ? mentionedInPassing(text, first[0], corpus) : [],
    unheldBeyond(index, text, docs.slice(0, 1)),
  ]);
  // A version of a model asked of one paper is asked of the paper answered from ("does it work on llama 3?").
  const versionsOf = forPapers ? first : first.slice(0, 1);
  const titles = unwrittenTitles(query, first);
  const elsewhere = [
    ...named,
    ...contradictedNumbers(text, first),
    ...contradictedVersions(text, versionsOf),
    ...unnamedVersions(text, first.slice(0, VERSION_PAPERS)),
    ...titles,
    ...unmentionedAgainstTitled(query, first),
  ];
  // A keyword none of them holds as typed is there when one writes it out ("GQA": grouped-query attention, see unmentioned.ts).
  const unheld = keywords.unheld.filter((w) => !writtenOut(w, first));
  const names = [...new Set([...elsewhere, ...unheld])];
  // A name the paper named lacks and another of the first papers mentions is one that no one of them mentions with the rest.
  // ... and so is a language of a direction of translation asked that the first paper lacks ("BLEU on en-fr", of a paper on en-de).
  const directions = first[0] ? unmentionedDirections(text, first[0]) : [];
  // ... and a kind of data asked for (images, video, speech) that the first paper does not work on.
  const modalities = first[0] ? unmentionedModalities(text, first[0]) : [];
  // ... and a field it asks the paper to work in (medicine, law, chemistry ...) that the first paper does not write of.
  const fields = first[0] ? unmentionedFields(text, first[0]) : [];
  // ... and a subfield with a name of its own it asks the paper to be about ("neural architecture search") that the first paper never writes.
  // (A word of it already apart as a keyword the papers lack, it adds nothing: "gaussian" and "splatting" in "neural radiance
  // fields gaussian splatting", "detection" in "satellite image change detection".)
  const subfields = (first[0] ? unmentionedSubfields(text, first[0]) : []).filter((s) => !s.split(/[\s-]+/).some((w) => keywords.apart.includes(w)));
  // ... and a language other than English it asks the paper to work on that the first paper does not name.
  const languages = first[0] ? unmentionedLanguages(text, first[0]) : [];
  // ... and a task from one kind of data to another ("text-to-speech") that another of them names.
  const compounds = compoundsApart(text, first);
  const apart = [...new Set([...keywords.apart, ...beyond, ...ofTitled, ...(titled ? unnamedVersions(text, [titled]) : []), ...directions, ...modalities, ...fields, ...subfields, ...languages, ...compounds])].filter(
    (w) => !names.includes(w),
  );
  // A number asked of the papers a question asks for ("what frameworks exist ..., and what gains do they show?") may be any one's.
  const stating = first.slice(0, forPapers ? COVERAGE_PAPERS : UNSTATED_PAPERS);
  // Which of the first papers the query names (-1: none), asked once at most.
  let naming: Promise<number> | undefined;
  const namedAt = () => (naming ??= namedPaper(text, first, corpus));
  const namesOne = async () => (await namedAt()) >= 0;
  // A list of keywords asks for a quantity only of a paper it names ("OLMo 2 total pretraining tokens").
  const listed = askedInKeywords(text);
  const ofNamed = listed.length > 0 && (await namesOne()) ? unstatedInKeywords(listed, stating) : [];
  // A quantity asked of a paper whose title's name the query types, found after one that does not mention that name, is that
  // paper's to give ("... looking at INTERS. How many total training instances ...", of INTERS found after Promptriever).
  const askedOf = laterNamed(text, first);
  // Of papers asked for, a change by itself may be told in words.
  const askedNumbers = askedQuantities(text).filter((q) => !forPapers || !givenInWords(q));
  const quantities = [...new Set([...unstatedQuantities(askedNumbers, askedOf ? [askedOf] : stating), ...ofNamed])];
  const members = askedMembers(text);
  // Where the code is, or its license, is asked only of a paper the query names.
  const asked = entities.some(isAskedOfPaper) && !(await namesOne()) ? entities.filter((kind) => !isAskedOfPaper(kind)) : entities;
  // ... and only that paper gives it ("what license is the juru model under?" is not answered by
  // another's license), unless what is asked may be written in other words (datasets).
  const definiteEntities = askedEntities(text, { definite: true });
  const askedOfNamed = asked.filter((kind) => isAskedOfPaper(kind) && definiteEntities.includes(kind));
  const namedFirst = askedOfNamed.length > 0 ? first[await namedAt()] : undefined;
  const unnamed = [
    ...unnamedEntities(asked.filter((kind) => !namedFirst || !askedOfNamed.includes(kind)), stating, query),
    ...(namedFirst ? unnamedEntities(askedOfNamed, [namedFirst], query) : []),
    ...unlistedMembers(members, stating),
  ];
  const unstated = [...quantities, ...unnamed];
  // Of a paper the query names, a number or a name the paper gives none of is not in the corpus.
  const definite = [...definiteEntities, ...members];
  const ofPaperAsked = [...quantities, ...unnamed.filter((kind) => definite.includes(kind))];
  const reasons = { unmentioned: names, unstated, inPassing, apart };
  if (Object.values(reasons).every((r) => r.length === 0) || confidence === 'none') return { confidence, probability, ...reasons };
  const once = oneLevelLower(probability, thresholds);
  // The paper named may be another of the first papers: what it lacks is asked of it.
  const at = ofPaperAsked.length > 0 || unstated.length > 0 ? await namedAt() : -1;
  // A paper the query describes ("for the method that ...") is the first one found; a query that asks for papers asks of a topic.
  const ofPaper =
    !forPapers && (at === 0 || (at < 0 && describesOnePaper(text)) ? ofPaperAsked.length > 0 : at > 0 && unstatedOfNamed(text, first[at]!).length > 0);
  // A kind of data, a field, a subfield or a language asked that the first paper does not work on: another topic than its own.
  const otherKind = [...modalities, ...fields, ...subfields, ...languages].length > 0;
  const twice = ofPaper || inPassing.length > 0 || otherKind || titles.length > 0 ? oneLevelLower(once, thresholds) : once;
  // A term of the field the papers lack, and nothing else, may be written otherwise (an acronym, other
  // words): a weak match at most, not "not in the corpus".
  const onlyWhole = elsewhere.length === 0 && unstated.length === 0 && inPassing.length === 0 && !otherKind && [...names, ...apart].every((w) => keywords.whole.includes(w));
  const lower = onlyWhole ? Math.max(twice, thresholds.low) : twice;
  return { confidence: levelOf(lower, thresholds), probability: lower, ...reasons };
}

/**
 * The words of what a question asks beyond a paper ("does it also work for video models?", see
 * beyond.ts) that the paper found first does not hold, of those not everywhere in the corpus.
 */
async function unheldBeyond(index: RequirementsIndex, text: string, docs: readonly number[]): Promise<string[]> {
  const asked = [...askedBeyond(text), ...askedMethod(text)];
  if (asked.length === 0 || docs.length === 0) return [];
  const terms = [...new Set(asked.map((a) => a.term))];
  const [stats, held] = await Promise.all([index.termStats(terms), index.holds(docs, terms)]);
  const lacked = new Set(terms.filter((t, i) => stats[i]!.df > 0 && stats[i]!.df <= BEYOND_SHARE * index.size && held.every((row) => !row[i])));
  return [...new Set(asked.filter((a) => lacked.has(a.term)).map((a) => a.word))];
}

/**
 * The quantities and names a query asks of the paper it names (by a quoted title or an identifier)
 * that the paper gives none of (see unstated.ts, unnamed.ts): "the batch size of 'How to Train BERT
 * with an Academic Budget'".
 */
export function unstatedOfNamed(rest: string, paper: Paper): string[] {
  const quantities = [...unstatedQuantities(askedQuantities(rest), [paper]), ...unstatedInKeywords(askedInKeywords(rest), [paper])];
  return [...new Set([...quantities, ...unnamedEntities(askedEntities(rest, { definite: true }), [paper], rest), ...unlistedMembers(askedMembers(rest), [paper])])];
}

/** A word of what a question asks beyond a paper used by more than this share of the papers is the field's, not a requirement (see beyond.ts). */
const BEYOND_SHARE = 0.1;

/** The first papers that must give a number for a quantity the query asks for. */
const UNSTATED_PAPERS = 1;
/** The first papers one of which must name the family of a version of a model the query names ("gemini 1.5 pro"). */
const VERSION_PAPERS = 2;
