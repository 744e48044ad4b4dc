/**
 * Kinds of data a question asks its paper to work on (images, diffusion models among them, video, speech and sound, thermal images,
 * time series, source code, tables, sign language, point clouds, scenes that move over time, graphs) that the paper
 * does not mention in any of their words: "grouped-query attention vision transformers", answered
 * from a paper on grouped-query attention in LLMs, is the method, not the method on images; "has
 * anyone built a speech recognizer for Cantonese on top of an LLM?", answered from a benchmark of
 * written Cantonese, is the language, not speech. Words of a kind used for something else ("hate
 * speech", "a video game", "the active voice") ask for no data, nor does a kind the question sets aside
 * ("text only, no images"). Pure.
 */
import type { Paper } from '../../corpus/paper.js';
import { withoutAsides } from '../query/asides.js';

export interface Kind {
  /** The words that ask for data of the kind. */
  asked: RegExp;
  /** Uses of those words that ask for no data. */
  notAsked?: RegExp;
  /** Words a paper working on data of the kind writes ... */
  written: RegExp;
  /** ... but for these, which name something else: "voice assistants" are assistants. */
  notWritten?: RegExp;
  /** Asked of a method, not only of data: a paper that writes no kind of data at all lacks it too ("graph neural networks"). */
  ofMethod?: boolean;
}

/** A language spoken somewhere, not speech data: "the country where that language is spoken". */
const SPOKEN_THERE = String.raw`(?:languages?|dialects?|tongues?|varieties|variety)\s+(?:is|are|was|were)\s+(?:\w+ly\s+)?spoken|where\s+(?:[\p{L}-]+\s+){1,3}?(?:is|are)\s+(?:\w+ly\s+)?spoken(?!\s+(?:aloud|back|out|to))`;

const KINDS: readonly Kind[] = [
  {
    asked: /\b(?:images?|pictures|photos?|photographs?|vision|visual|vits?|pixels?|stable\s+diffusion|diffusion\s+models?)\b/giu,
    // Vision-language models offered besides language models ("large language or vision-language models") are one of two kinds of model asked.
    notAsked:
      /\b(?:vision\s+(?:paper|statement)s?|self-image|diffusion\s+models?\s+(?:for|of|on)\s+(?:text|language|code|speech|audio|molecules?|proteins?)|(?:text|language|discrete|masked|audio|speech|music|sound|video|molecular|protein|graph)\s+diffusion\s+models?)\b|\b(?:(?:large\s+)?language|llms?)(?:\s+models?)?\s*(?:,|or|\/|and\/or)\s*(?:large\s+)?vision[\s-]language\b|\bvision[\s-]language(?:\s+models?)?\s*(?:or|\/|and\/or)\s*(?:large\s+|text-only\s+)?(?:language\s+models?|llms?)\b/giu,
    written:
      /\b(?:images?|imagery|pictures?|photos?|photograph\w*|visual(?:ly)?|vision|vits?|pixels?|vlms?|mllms?|lvlms?|multi-?modal\w*|videos?|cameras?|scenes?|diffusion|vqa|deit|swin|imagenet|cifar\w*|resnets?|cnns?|convolutional|segmentation|nerfs?|render\w*|3d)\b/iu,
  },
  {
    asked: /\bvideos?\b/giu,
    // A speed ("runs at video frame rate") asks for no video.
    notAsked: /\bvideo[\s-]games?\b|\bvideo(?:[\s-]frame)?[\s-]rates?\b/giu,
    written: /\b(?:videos?|movies?|footage)\b/iu,
  },
  {
    asked: /\b(?:speech|spoken|voices?|audio|music|asr)\b/giu,
    // A language "widely spoken" or "spoken in Ghana" is one people speak, not speech data; "voice assistants" are assistants.
    notAsked:
      new RegExp(String.raw`\b(?:hate\s+speech|free\s+speech|parts?[\s-]of[\s-]speech|figures?\s+of\s+speech|speech\s+acts?|(?:active|passive)\s+voice|voice\s+assistants?|(?:\w+ly|most|least|natively)\s+spoken|spoken\s+(?:by|in|across|around|throughout|natively|languages?\s+(?:by|in|of))|${SPOKEN_THERE})\b`, 'giu'),
    written: /\b(?:speech|spoken|voices?|audio|sounds?|music\w*|asr|acoustic|speakers?|tts|phonem\w*)\b/iu,
    // Nor do the people who speak a language: "a language with less than 200 speakers", "spoken in Ghana".
    notWritten:
      new RegExp(String.raw`\b(?:hate\s+speech|voice\s+assistants?|parts?[\s-]of[\s-]speech|(?:\d[\d,.]*|few|fewer|many|more|native|non-native|million|thousand|billion)\s+speakers|(?:\w+ly|most|least|natively)\s+spoken|spoken\s+(?:by|in|across|around|throughout|natively)|${SPOKEN_THERE})\b`, 'giu'),
  },
  {
    asked: /\b(?:thermal|infrared)\b/giu,
    written: /\b(?:thermal|infrared)\b/iu,
  },
  {
    asked: /\b(?:tabular|spreadsheets?)\b/giu,
    written: /\b(?:tabular|tables?|spreadsheets?|relational|columns?|csv|sql|databases?)\b/iu,
  },
  {
    asked: /\bsign(?:ed)?\s+languages?\b/giu,
    written: /\b(?:sign(?:ed)?\s+languages?|signers?|gestur\w*|asl)\b/iu,
  },
  {
    asked: /\b(?:point\s+clouds?|lidar|3d\s+(?:scenes?|shapes?|objects?|meshes|reconstruction)|meshes)\b/giu,
    written: /\b(?:point\s+clouds?|lidar|3d|meshes|depth|voxels?|nerfs?|radiance|scenes?|geometr\w*)\b/iu,
  },
  // Scenes and shapes that move over time ("text-to-4d", "a dynamic scene from a handheld video", "animates static posters"): not what a paper on still scenes works on.
  {
    asked:
      /\b(?:4d|time[\s-]varying|non[\s-]rigid|deforming|animat(?:es?|ed|ing|ions?)|dynamic\s+(?:scenes?|objects?|content|humans?|3d|radiance|nerfs?|gaussians?|splat\w*|gaussian\s+splat\w*)|(?:moves?|moving|deforms?)\s+over\s+time)\b/giu,
    written:
      /\b(?:4d|time[\s-]varying|animat\w*|non[\s-]rigid|deform\w*|dynamic\s+(?:scenes?|objects?|content|humans?|regions?|radiance|nerfs?|gaussians?)|(?:human|body|object|scene)\s+motions?|moving\s+(?:objects?|people|humans?|scenes?|content))\b/iu,
  },
  {
    asked: /\b(?:graph[\s-]structured|gnns?|graph\s+neural\s+networks?|node\s+classification|link\s+prediction)\b/giu,
    written: /\b(?:graphs?|gnns?|nodes?|edges?|relational)\b/iu,
    ofMethod: true,
  },
  {
    asked: /\btime[\s-]series\b/giu,
    written: /\b(?:time[\s-]series|forecast\w*|temporal|sensors?|signals?|sequential\s+data)\b/iu,
  },
  // Source code: "code search", "code llms", "source code"; not the code a paper releases ("our code is available") or is written in ("modifies one line of code").
  {
    asked:
      /\b(?:source\s+code|codebases?|code\s+(?:search|generation|completion|llms?|models?|language\s+models?|repair|review|retrieval|snippets?|tasks?|files?|synthesis)|programming\s+languages?|program\s+synthesis|coding\s+(?:models?|tasks?|assistants?|llms?|abilit(?:y|ies)|performance|benchmarks?))\b/giu,
    notAsked: /\b(?:icd|medical|billing|clinical|diagnos[ei]s|diagnostic)[\s-]+(?:\d+\s+)?codes?\b/giu,
    written: /\b(?:code|codes|coding|codebases?|programs?|programming|programmers?|software|python|java|javascript|sql|humaneval|mbpp|compilers?|github\s+repositor(?:y|ies))\b/iu,
    notWritten:
      /\b(?:(?:our|the|all|source|its|their)\s+)?code(?:\s+(?:and|,)\s+(?:\w+\s+){0,2}?(?:data|datasets?|models?|weights|benchmarks?))?\s+(?:(?:is|are|will\s+be|has\s+been|have\s+been)\s+)?(?:\w+\s+)?(?:available|released|public(?:ly)?|open[- ]?sourced?|provided|accessible|shared)\b|\b(?:release|releases|released|open[- ]?source[sd]?|share|shared|make|made|publish|published|provide|provided)\s+(?:\w+\s+){0,3}?code\b|\bcode\s+(?:and|,)\s+(?:\w+\s+){0,2}?(?:data|datasets?|models?|weights)\b|\bcode\s+(?:for\s+reproducing|to\s+reproduce|at\b|:|https?:)|\blines?\s+of\s+code\b/giu,
  },
];

/** Words a paper working on text writes. */
const TEXT = /\b(?:llms?|(?:large\s+)?language\s+models?|text\w*|nlp|natural\s+language|linguistic\w*|multilingual|translation|sentences?|words?|tokens?|documents?|passages?|answers?|bert)\b/iu;

/**
 * The words the question types for each kind of data it asks for that the paper does not mention,
 * first typed first. A paper that writes no kind of data at all ("zero-shot models") may work on any:
 * it lacks none, but a kind asked of a method ("multi-task recommendation with graph neural networks",
 * of a paper on multi-task recommenders that writes of no graph).
 */
export function unmentionedModalities(question: string, paper: Pick<Paper, 'title' | 'abstract'>): string[] {
  const text = `${paper.title}\n${paper.abstract}`;
  const writesAny = TEXT.test(text) || KINDS.some((kind) => kind.written.test(text));
  return unwrittenKinds(question, text, writesAny ? KINDS : KINDS.filter((kind) => kind.ofMethod));
}

/**
 * The words the question types for each of `kinds` it asks for that `text` writes none of, first typed
 * first. Several kinds listed ("in medicine, law or finance", "images or audio") are examples: a text
 * of one of them is of the kinds asked; so is a kind that ends a list of things of other kinds ("text,
 * code, even protein seqs").
 */
export function unwrittenKinds(question: string, text: string, kinds: readonly Kind[]): string[] {
  const asking = withoutAsides(question);
  const asked: string[] = [];
  const lacked: string[] = [];
  for (const kind of kinds) {
    const typed = (kind.notAsked ? asking.replace(kind.notAsked, ' ') : asking).match(kind.asked);
    if (!typed) continue;
    asked.push(typed[0].toLowerCase());
    if (!kind.written.test(kind.notWritten ? text.replace(kind.notWritten, ' ') : text)) lacked.push(typed[0].toLowerCase());
  }
  const lower = asking.toLowerCase();
  // A kind the text writes, listed with those it lacks, is one of the examples ("czech or hungarian" with
  // "parallel english versions" after them is not a list with english).
  const held = asked.filter((w) => !lacked.includes(w));
  if (held.length > 0 && lacked.some((w) => held.some((h) => listed(lower, w, h)))) return [];
  return lacked.filter((w) => !endsList(lower, w));
}

/** How far apart, in characters, two items of a list stand at most. */
const LIST_SPAN = 40;
/** What separates the items of a list. */
const LIST_SEPARATOR = /,|\/|\bor\b|\band\b/;

/**
 * Whether two words stand in a list: a comma, a slash, "or" or "and" between them, a few words apart,
 * at most one word between the last of those and the second ("images or 3d point clouds"; not
 * "thermal / infrared camera video", where the slash joins two words for one kind), and no comma
 * that opens a phrase of its own ("czech or hungarian medical boards, with parallel english versions"
 * lists no english).
 */
function listed(text: string, one: string, other: string): boolean {
  const [a, b] = [text.indexOf(one), text.indexOf(other)].sort((x, y) => x - y) as [number, number];
  const between = text.slice(a, b);
  const afterLast = between.split(LIST_SEPARATOR).at(-1) ?? '';
  return (
    a >= 0 &&
    b - a <= LIST_SPAN &&
    LIST_SEPARATOR.test(between) &&
    afterLast.trim().split(/\s+/).filter(Boolean).length <= 1 &&
    !/,\s*(?:with|from|in|on|for|of|to|that|which|by|than|into)\b/.test(between)
  );
}

/** Whether a word ends a list of three items or more: "text, code, even protein seqs", "images, audio or molecules". */
function endsList(text: string, word: string): boolean {
  const at = text.indexOf(word);
  return at > 0 && /,[^,.?!;:]{1,30},\s*(?:(?:even|or|and|also|maybe|plus|possibly)\s+)?$|,[^,.?!;:]{1,30}\s(?:or|and)\s+$/.test(text.slice(Math.max(0, at - LIST_SPAN), at));
}
