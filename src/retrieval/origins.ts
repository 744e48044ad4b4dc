/**
 * Where a query asks its papers to come from: a venue ("neurips papers on model merging", "accepted
 * at ICLR 2024") or a lab ("papers from google on ...", "deepmind's work on rlhf"). The corpus records
 * neither, so they are no words to find in the papers' text: search reads the rest of the query, and
 * then asks whether the papers mention them. Pure.
 */

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

/** A venue or lab a query asks its papers to come from. */
export interface Origin {
  /** Lower case, as typed ("neurips", "google deepmind"). */
  name: string;
  kind: 'venue' | 'lab';
}

export interface AskedOrigins {
  origins: Origin[];
  /** The query without them (and the words that went with them: "accepted at", "from"). */
  rest: string;
}

/** The venues and labs a query asks its papers to come from (see the module comment), and the query without them. */
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
  if (origins.length === 0) return { origins: [], rest: query };
  return { origins, rest: rest.replace(/\s+([?!.,;:])/g, '$1').replace(/\s{2,}/g, ' ').replace(/^[\s,;:]+/, '').trim() };
}

/**
 * Whether the corpus says a paper comes from a venue or lab: its title or abstract names the venue
 * ("Accepted at NeurIPS 2023"), its title or authors the lab (an abstract that names a lab mostly
 * names its model: "Meta's LLaMA-2").
 */
export function comesFrom(paper: { title: string; abstract: string; authors?: readonly string[] | undefined }, origin: Origin): boolean {
  const name = origin.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, String.raw`[\s-]*`);
  const re = new RegExp(String.raw`(?<![\p{L}\p{N}])${name}(?![\p{L}\p{N}])`, 'iu');
  const where = origin.kind === 'venue' ? [paper.title, paper.abstract] : [paper.title, ...(paper.authors ?? [])];
  return where.some((text) => re.test(text));
}
