/**
 * Where a query asks its papers to come from: a venue ("neurips papers on model merging", "accepted
 * at ICLR 2024"), a lab ("papers from google on ...", "deepmind's work on rlhf") or an author ("papers
 * by geoffrey hinton on distillation"). The corpus records no venues or labs, and authors only for
 * some papers, so they are no words to find in the papers' text: search reads the rest of the query,
 * and then asks whether the papers come from there. Pure.
 */
import { isEnglishWord } from '../query/english.js';
import { escapeRegExp } from '../../util/regexp.js';
import { closeGaps } from '../text.js';

/** Conferences and journals of the field, as they are written (`|`-separated, for a regular expression). */
export const VENUE_NAMES =
  'NeurIPS|NIPS|ICML|ICLR|ACL|EMNLP|NAACL|EACL|AACL|COLING|LREC|CoNLL|TACL|CVPR|ICCV|ECCV|WACV|BMVC|AAAI|IJCAI|KDD|SIGIR|WWW|WSDM|CIKM|RecSys|' +
  'ICASSP|Interspeech|JMLR|TMLR|TPAMI|CoRL|ICRA|IROS|UAI|AISTATS|COLT|MLSys|CHI|FAccT';

/** Labs and companies papers come from (not those whose name is also a model's: "mistral", "deepseek", "qwen"). */
const LAB_NAMES = [
  'google deepmind',
  'google research',
  'google brain',
  'google',
  'deepmind',
  'meta ai',
  'meta',
  'facebook ai',
  'facebook',
  'fair',
  'openai',
  'microsoft research',
  'microsoft',
  'msr',
  'anthropic',
  'nvidia',
  'amazon',
  'aws',
  'apple',
  'ibm',
  'baidu',
  'alibaba',
  'tencent',
  'huawei',
  'bytedance',
  'salesforce',
  'allen ai',
  'ai2',
  'hugging ?face',
  'samsung',
  'intel',
  'adobe',
  'stanford',
  'uc berkeley',
  'berkeley',
  'mit',
  'cmu',
  'carnegie mellon',
  'tsinghua',
  'mila',
].join('|');

/** A venue, with the year or edition it may be given with ("ICLR 2024", "NeurIPS'23"). */
const VENUE = String.raw`(${VENUE_NAMES})(?:\s*'\d{2}|\s+(?:19|20)\d{2})?`;
const LAB = String.raw`(${LAB_NAMES})`;
/** What may follow a lab a query asks papers to come from: the end, a stop, or words that carry on the request. */
const AFTER_LAB = String.raw`(?=\s*$|\s*[?.!,;:)]|\s+(?:and|or|on|about|for|in|that|which|with|related|regarding|researchers?|research|ai|labs?|team|people|folks|authors?)\b)`;
const PAPERS = String.raw`(?:papers?|submissions?|work|works|research|orals?|spotlights?|posters?|publications?)`;

/** Where a query asks for papers of a venue or lab, the name caught first. */
const ORIGIN_PHRASES: readonly { re: RegExp; kind: Origin['kind'] }[] = [
  // "accepted at neurips", "published in ACL 2023", "papers from icml", "for iclr 2024"
  { kind: 'venue', re: new RegExp(String.raw`\b(?:at|in|to|from|for)\s+(?:the\s+)?${VENUE}(?![\p{L}\p{N}-])(?:\s+(?:conference|proceedings|main\s+track))?`, 'giu') },
  // "neurips papers", "an emnlp paper", "ICLR 2024 submissions"
  { kind: 'venue', re: new RegExp(String.raw`\b${VENUE}(?=\s+${PAPERS}\b)`, 'giu') },
  // "papers from google", "work by deepmind researchers", "out of meta ai"
  { kind: 'lab', re: new RegExp(String.raw`\b(?:from|by|at|out\s+of)\s+(?:the\s+)?${LAB}(?![\p{L}\p{N}-])${AFTER_LAB}`, 'giu') },
  // "deepmind's work", "google papers on", "openai research"
  { kind: 'lab', re: new RegExp(String.raw`\b${LAB}(?:['’]s|s['’])?(?=\s+(?:${PAPERS}|team|lab|labs|researchers)\b)`, 'giu') },
];

/** A venue, lab or author a query asks its papers to come from. */
export interface Origin {
  /** Lower case, as typed ("neurips", "google deepmind", "geoffrey hinton"). */
  name: string;
  kind: 'venue' | 'lab' | 'author';
}

/** A word of a person's name: letters, maybe with an apostrophe or hyphen inside ("o'brien", "jean-luc"). */
const NAME_WORD = String.raw`\p{L}[\p{L}'’-]*\p{L}`;
/** What may follow an author's name: the end, a stop, or words that carry on the request. */
const AFTER_AUTHOR = String.raw`(?=\s*$|\s*[?.!,;:)]|\s+(?:and|on|about|for|in|that|which|with|regarding|related)\b)`;
/**
 * "papers by geoffrey hinton on ...", "work from yann lecun", "hinton's papers on ...": one to three
 * words of a name, one of them at least no general English word (see {@link isPersonName}).
 */
const AUTHOR_PHRASES: readonly RegExp[] = [
  new RegExp(String.raw`\b(?:${PAPERS}|anything|something|stuff)\s+(?:by|from)\s+((?:${NAME_WORD}\s+){0,2}${NAME_WORD})${AFTER_AUTHOR}`, 'giu'),
  new RegExp(String.raw`(?<![\p{L}\p{N}])(${NAME_WORD}(?:\s+${NAME_WORD})?)['’]s\s+(?=(?:${PAPERS}|lab|group|team)\b)`, 'giu'),
];

/** Words a name is not made of ("papers by the team on", "work from other groups"). */
function isPersonName(words: readonly string[]): boolean {
  return words.some((w) => !isEnglishWord(w.toLowerCase().replace(/['’]s$/, '')));
}

export interface AskedOrigins {
  origins: Origin[];
  /** The query without them (and the words that went with them: "accepted at", "from"). */
  rest: string;
}

/** The venues, labs and authors a query asks its papers to come from (see the module comment), and the query without them. */
export function askedOrigins(query: string): AskedOrigins {
  const origins: Origin[] = [];
  let rest = query;
  for (const { re, kind } of ORIGIN_PHRASES) {
    rest = rest.replace(re, (_match: string, typed: string) => {
      const name = typed.toLowerCase().replace(/\s+/g, ' ');
      if (!origins.some((o) => o.name === name)) origins.push({ name, kind });
      return ' ';
    });
  }
  for (const re of AUTHOR_PHRASES) {
    rest = rest.replace(re, (match: string, typed: string) => {
      const name = typed.toLowerCase().replace(/\s+/g, ' ');
      if (!isPersonName(name.split(' '))) return match;
      if (!origins.some((o) => o.name === name)) origins.push({ name, kind: 'author' });
      return match.slice(0, match.toLowerCase().lastIndexOf(name)).replace(/\s*\b(?:by|from)\s*$/iu, ' ');
    });
  }
  if (origins.length === 0) return { origins: [], rest: query };
  return { origins, rest: closeGaps(rest) };
}

/** A pattern matched as a word of its own, in any case. */
const asWord = (pattern: string) => new RegExp(String.raw`(?<![\p{L}\p{N}])${pattern}(?![\p{L}\p{N}])`, 'iu');

/**
 * Whether the corpus says a paper comes from a venue, lab or author: its title or abstract names the
 * venue ("Accepted at NeurIPS 2023"), its title or authors the lab (an abstract that names a lab
 * mostly names its model: "Meta's LLaMA-2"), one of its authors has each word of the name.
 */
export function comesFrom(paper: { title: string; abstract: string; authors?: readonly string[] | undefined }, origin: Origin): boolean {
  if (origin.kind === 'author') {
    const words = origin.name.split(' ').map((w) => asWord(escapeRegExp(w)));
    return (paper.authors ?? []).some((a) => words.every((w) => w.test(a)));
  }
  const name = asWord(escapeRegExp(origin.name).replace(/ /g, String.raw`[\s-]*`));
  const where = origin.kind === 'venue' ? [paper.title, paper.abstract] : [paper.title, ...(paper.authors ?? [])];
  return where.some((text) => name.test(text));
}
