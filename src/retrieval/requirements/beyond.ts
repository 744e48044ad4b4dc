/**
 * What a question asks beyond a paper: whether its method also works somewhere else ("does the illusion
 * detection trick also work for video models?", "can the FSFM face foundation model also catch voice
 * cloning / audio deepfakes or is it images only", "has the RLAIF-V approach been applied to video
 * question answering?", "has anyone tried the harry potter trick on llava?", "can ICM-LoRA generate lora
 * weights for stable diffusion models too?"), or which of a kind of thing it chose ("which positional
 * encoding did they settle on?"). The words of that somewhere, or of that kind, are what the paper must
 * hold to say; a paper that does not is about the method, not about it there (see
 * lacked.ts). So are the words of the method someone is asked to have taken
 * somewhere ("has anyone applied the add-and-subtract-weight-differences trick to robot control
 * policies?"): a paper about that somewhere that does not hold them is not about the method. Pure.
 */
import { topicTerms } from '../query/query.js';
import { shortenings } from '../query/shortenings.js';
import { sentenceBefore } from '../text.js';

/** A question asked yes or no opens with one of these. */
const ASKED = String.raw`\b(?:does|do|did|can|could|would|will|is|are)\s+`;
/** A word and the space after it. */
const WORD = String.raw`[\p{L}\p{N}'’/-]+\s+`;
/** What follows, to the end of its clause. */
const CLAUSE = String.raw`[^?.!;,]*`;

/** Words that judge what was said rather than say where it goes: "... is also welcome", "are also fine". */
const JUDGED = String.raw`(?:welcome|appreciated|fine|ok|okay|great|good|helpful|useful|relevant|interesting|acceptable)\b`;
/** "... just save time, or ": the first half of "just this, or also that", which asks what a paper found, not where a method goes. */
const JUST_OR = String.raw`(?<!\b(?:just|only|merely|simply)\b[^?.!;]{0,80}?\bor\s+)`;
/** "does it also work for ...", "can X also catch ...": what follows "also" in a question asked yes or no. */
const ALSO = new RegExp(String.raw`${JUST_OR}${ASKED}(?:${WORD}){0,10}?also\s+(?!${JUDGED})(${CLAUSE})`, 'giu');
/** ... and further from the verb, when "also" is followed by where a method goes: "can the agent that searches ... also handle video". */
const ALSO_FAR = new RegExp(
  String.raw`${ASKED}(?:${WORD}){11,20}?also\s+((?:handle|work\s+(?:for|on|with|in)|apply\s+to|transfer\s+to|extend\s+to|be\s+(?:applied|used|extended)\s+(?:to|for|on))\s+${CLAUSE})`,
  'giu',
);
/** "has it been applied to ...", "was X ever tried on ...", "did X get tested on ...": where a method is asked to have been taken, in a question asked yes or no (opening a sentence). */
const TAKEN = new RegExp(
  String.raw`(?:^|(?<=[.?!;:]\s+))(?:(?:has|have|was|were)\s+(?:${WORD}){0,16}?(?:been|ever)\s+(?:been\s+)?|did\s+(?:${WORD}){0,16}?(?:ever\s+)?get\s+)(?:applied|extended|adapted|ported|transferred|tried|tested|evaluated)\s+(?:to|on|for|in|with|beyond)\s+(${CLAUSE})`,
  'giu',
);
/** What was tried, not what was asked: "has anyone tested what personality llms show when ..." tried no method. */
const NOT_ASKED = String.raw`(?!(?:what|whether|how|which|if|why|when|who)\b)`;
/** "has anyone tried the harry potter trick on llava?": where someone is asked to have taken a method, the method named between. */
const TRIED = new RegExp(
  String.raw`(?:^|(?<=[.?!;:]\s+))(?:has|have)\s+(?:anyone|anybody|someone|somebody|people|they|the\s+authors)\s+(?:ever\s+|already\s+)?(?:tried|applied|tested|evaluated)\s+${NOT_ASKED}(?:${WORD}){1,12}?(?:to|on|for|in|with|beyond)\s+(${CLAUSE})`,
  'giu',
);
/**
 * "reflective vlm planning but for drones instead of robot arms?", "an ACES-style challenge set but for
 * summarization": the method asked elsewhere (not "not this, but in that", which says what is asked).
 */
const BUT_FOR = new RegExp(String.raw`\bbut\s+(?:for|on|in|with|applied\s+to)\s+(?!(?:real|now|sure|some|me|us|example|instance|once|whatever|the\s+most\s+part)\b)(${CLAUSE})`, 'giu');
/** A "not" before "but": "not this, but in that" says what is asked. */
const NOT_BEFORE = /\bnot\b/iu;
/** What a method is asked elsewhere instead of: "... instead of robot arms". */
const INSTEAD = /\s+(?:instead\s+of|rather\s+than|not)\s.*$/iu;
/** "which positional encoding did they settle on?": a kind of thing a paper is asked to have chosen, which it must mention to say which. */
const CHOSEN = new RegExp(
  String.raw`\b(?:which|what)\s+((?:${WORD}){1,4}?)(?:did|does|do)\s+(?:they|it|the\s+authors|the\s+team)\s+(?:\S+\s+)?(?:settle\s+on|end\s+up\s+(?:choosing|picking|using|with)|choose|pick|select|opt\s+for|adopt|go\s+with)\b`,
  'giu',
);
/** "can it generate weights for image models too?": where a question asked yes or no ends with "too", what follows its last preposition. */
const TOO = new RegExp(String.raw`${ASKED}(?:${WORD}){0,16}?(?:for|on|to|with|in|across)\s+((?:${WORD}){1,5}?)too(?=\s*(?:[?.!,;]|$|or\b))`, 'giu');
/** "has anyone used a diffusion model to ...", "has anyone applied the X trick to ...": the method someone is asked to have taken somewhere. */
const METHOD = new RegExp(
  String.raw`(?:^|(?<=[.?!;:]\s+))(?:has|have)\s+(?:anyone|anybody|someone|somebody|people|they|the\s+authors)\s+(?:ever\s+|already\s+)?(?:tried|applied|tested|evaluated|used)\s+${NOT_ASKED}((?:${WORD}){1,12}?)(?:to|on|for|in|with|beyond)\s+`,
  'giu',
);
/** Words for a method of any kind: "the X trick". */
const ANY_METHOD = new Set(['trick', 'tricks', 'idea', 'ideas', 'thing', 'things', 'recipe', 'stuff']);

/** Where what a method is for starts: "applied to choosing demonstrations so the prompt spans a range of difficulty". */
const SO_THAT = /\s+(?:so|so\s+that|such\s+that|in\s+order\s+to|because)\s.*$/iu;

/** Where the other half of an either-or question starts: "... or is it images only". */
const OR_ELSE = /[,\s]+or\s+(?:is|are|does|do|did|just|only|not)\b.*$/iu;

/** Verbs of how a method does, which say nothing of where: "does it also help", "what makes them succeed", "does it also carry over to ...", "look at what happens when ...". */
const DOING = new Set(
  'try tries tried help helps helped work works worked improve improves improved make makes made succeed succeeds succeeded fail fails failed provide provides provided use uses used apply applies applied handle handles handled get gets got hold holds held scale scales scaled discuss discusses discussed cover covers covered address addresses addressed mention mentions mentioned report reports reported consider considers considered carry carries carried look looks looked happen happens happened generalize generalizes generalized extend extends extended transfer transfers transferred'.split(
    ' ',
  ),
);

/** Words that say how many or which of something, not what: "for arbitrary language pairs" (a paper writes "any language pairs"). */
const HOW_MANY = new Set('arbitrary any various several many multiple different other all every each'.split(' '));

/** Words of such a clause that say nothing of where. */
const NOT_WHERE = new Set([...DOING, ...HOW_MANY]);

/** The words of what a question asks beyond a paper, as typed, each with its term as the index reads it. */
export function askedBeyond(question: string): { word: string; term: string }[] {
  const clauses = [
    ...question.matchAll(ALSO),
    ...question.matchAll(ALSO_FAR),
    ...question.matchAll(TAKEN),
    ...question.matchAll(TRIED),
    ...question.matchAll(CHOSEN),
    ...question.matchAll(TOO),
    ...[...question.matchAll(BUT_FOR)].filter((m) => !NOT_BEFORE.test(sentenceBefore(question, m.index))),
  ].map((m) => m[1]!.replace(OR_ELSE, '').replace(SO_THAT, '').replace(INSTEAD, ''));
  return clauseWords(clauses, NOT_WHERE);
}

/** The words of the method a question asks someone to have taken somewhere, as typed, each with its term as the index reads it. */
export function askedMethod(question: string): { word: string; term: string }[] {
  return clauseWords(
    [...question.matchAll(METHOD)].map((m) => m[1]!),
    ANY_METHOD,
  );
}

/** Words that say which of a model's releases is meant ("a german chat model", "the instruct version"), not where a method went. */
const RELEASE_KIND = /\b(?:chat|instruct|instruction-tuned|base|pretrained|pre-trained)\s+(?=(?:models?|llms?|lms?|versions?|variants?|checkpoints?)\b)/giu;

/** The shortenings typed in chat, by what is typed. */
let shortened: Map<string, string> | undefined;

/** The topic words of clauses but for those of `skip`, each once (by term); a shortening typed in chat by the words it stands for ("lms"). */
function clauseWords(clauses: readonly string[], skip: ReadonlySet<string>): { word: string; term: string }[] {
  const short = (shortened ??= new Map(shortenings().map((s) => [s.typed, s.word])));
  const words = clauses
    .flatMap((c) => c.replace(RELEASE_KIND, ' ').split(/[\s/]+/))
    .map((word) => word.replace(/[^\p{L}\p{N}]+$/u, '').toLowerCase())
    .filter((word) => !skip.has(word))
    .flatMap((word) => topicTerms(short.get(word) ?? word).map((term) => ({ word, term })));
  return words.filter((w, i) => words.findIndex((o) => o.term === w.term) === i);
}
