/**
 * How the citation check does on answers made from the corpus: an invented title, written in one of
 * the forms models write them (quoted, bold, as a subject, after "the paper", in a list, recommended,
 * ...), must go; the sources' own titles, phrases and names must stay. The sources are three papers
 * of the corpus at a time. Invented titles are of three kinds: made-up words around a field's words
 * ("Tidal Banana Adapters for Speech Recognition"), the title of another paper of the corpus, whose
 * words the sources may well share, and a title made of the cited source's own words in another order.
 * In lower or sentence case the last reads as a description of the source in its words, which the
 * check keeps. The forms are the ones the check was built for, so the shares say what it catches of
 * them, not of forms nobody thought of. Deterministic.
 */
import { checkCitations } from '../answer/check/citations.js';
import type { Paper } from '../corpus/paper.js';
import { seededRandom } from '../util/random.js';

export interface InventedTitlesReport {
  /** Invented titles of made-up words: how many answers held one, and the share of them whose title was removed. */
  madeUp: { count: number; removed: number };
  /** Titles of other papers of the corpus, given as if they were sources'. */
  otherPapers: { count: number; removed: number };
  /** Titles made of the cited source's own words, recombined ("Conditional Autoencoder for LoRA Generation"). */
  recombined: { count: number; removed: number };
  /** Answers naming only what the sources say (their titles, phrases and names): the share left as written. */
  legitimate: { count: number; kept: number };
}

const sentenceCase = (t: string) => `${t[0]!.toUpperCase()}${t.slice(1).toLowerCase()}`;

/** An invented title `t` cited as source `n`, in the forms models write them. */
const FORMS: ((t: string, n: number) => string)[] = [
  (t, n) => `The paper "${t}" [${n}] settles the question.`,
  (t, n) => `As *${t}* shows, it works [${n}].`,
  (t, n) => `**${t}** [${n}] reports gains.`,
  (t, n) => `${t} [${n}] shows that it works.`,
  (t, n) => `A paper titled ${t} shows it [${n}].`,
  (t, n) => `See also "${t}" for more [${n}].`,
  (t, n) => `| ${t} | gains [${n}] |`,
  (t, n) => `The paper ${t.toLowerCase()} [${n}] settles the question.`,
  (t, n) => `The paper ${sentenceCase(t)} [${n}] settles the question.`,
  (t, n) => `- ${sentenceCase(t)} [${n}]`,
  (t, n) => `(1) ${sentenceCase(t)}, [${n}]`,
  (t, n) => `Further reading: ${t.toLowerCase()} [${n}].`,
  (t) => `I recommend reading ${sentenceCase(t)}.`,
  (t, n) => `Another relevant paper is ${sentenceCase(t)} [${n}].`,
  (t, n) => `The most relevant is ${t.toLowerCase()} [${n}].`,
  (t, n) => `In ${t.toLowerCase()} [${n}], the authors show it.`,
  (t, n) => `${sentenceCase(t)} (2023) shows it [${n}].`,
  (t, n) => `According to ${t.toLowerCase()} [${n}], it works.`,
];

/** Sources' own words written the ways an answer names them, for source `n` with this title and abstract. */
function legitimateForms(title: string, abstract: string, n: number): string[] {
  const out = [`The paper ${title} [${n}] shows this.`, `I recommend reading ${title}.`];
  const sentence = abstract.split(/(?<=\.)\s+/).filter((s) => s.split(' ').length > 6)[1];
  const phrase = sentence?.split(/\s+/).slice(2, 7).join(' ').replace(/[.,;:()]/g, '');
  if (phrase) out.push(`The paper ${sentenceCase(phrase)} [${n}] shows this.`);
  for (const name of new Set(abstract.match(/\b[A-Za-z]*[a-z][A-Z][A-Za-z]*\b|\b[A-Z]{2,}[A-Za-z-]*\b/g) ?? [])) {
    out.push(`According to ${name} [${n}], it works.`, `${name} [${n}] works well here.`);
  }
  return out;
}

const ODD = ['Quantum', 'Banana', 'Origami', 'Lighthouse', 'Sourdough', 'Glacier', 'Velvet', 'Compass', 'Harmonic', 'Tidal', 'Marble', 'Lantern'];
const FIELD = [
  'Networks for Model Merging',
  'Attention for Long Documents',
  'Transformers for Code Repair',
  'Adapters for Speech Recognition',
  'Distillation of Reasoning Chains',
  'Embeddings for Dense Retrieval',
  'Priors for Image Generation',
];

const capitalised = (w: string) => `${w[0]!.toUpperCase()}${w.slice(1)}`;

/**
 * A title made of a source's own words in an order it does not use: two long words of its abstract,
 * "for", and the last two words of its title ("Conditional Autoencoder for LoRA Generation").
 */
function recombinedTitle(source: { title: string; abstract: string }, pick: <T>(xs: readonly T[]) => T): string | undefined {
  const long = [...new Set(source.abstract.match(/\b[a-z]{8,}\b/g) ?? [])];
  const tail = source.title.replace(/^[^:]*:\s*/, '').split(/\s+/).slice(-2);
  if (long.length < 2 || tail.length < 2) return undefined;
  const first = pick(long);
  const second = pick(long.filter((w) => w !== first));
  return `${capitalised(first)} ${capitalised(second)} for ${tail.map(capitalised).join(' ')}`;
}

/** Runs the check over answers made from the papers, three sources at a time. */
export function evaluateInventedTitles(papers: readonly Pick<Paper, 'title' | 'abstract'>[]): InventedTitlesReport {
  const rand = seededRandom(11);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  // The check runs as the bot runs it, knowing the corpus's titles.
  const titles = papers.map((p) => p.title);
  const report: InventedTitlesReport = {
    madeUp: { count: 0, removed: 0 },
    otherPapers: { count: 0, removed: 0 },
    recombined: { count: 0, removed: 0 },
    legitimate: { count: 0, kept: 0 },
  };
  for (let i = 0; i + 6 <= papers.length; i += 6) {
    const sources = papers.slice(i, i + 3).map((p, k) => ({ n: k + 1, title: p.title, abstract: p.abstract }));
    const other = papers[i + 3 + Math.floor(rand() * 3)]!.title.replace(/^[^:]{1,30}:\s*/, '');
    const n0 = 1 + Math.floor(rand() * sources.length);
    const recombined = recombinedTitle(sources[n0 - 1]!, pick);
    // A recombined title is cited as the source whose words it takes; the others as any source.
    const invented: { kind: { count: number; removed: number }; title: string; n?: number }[] = [
      { kind: report.madeUp, title: `${pick(ODD)} ${pick(ODD)} ${pick(FIELD)}` },
      ...(other.split(' ').length >= 4 ? [{ kind: report.otherPapers, title: other }] : []),
      ...(recombined ? [{ kind: report.recombined, title: recombined, n: n0 }] : []),
    ];
    for (const { kind, title, n: cited } of invented) {
      for (const form of FORMS) {
        const n = cited ?? 1 + Math.floor(rand() * sources.length);
        const claim = form(title, n);
        // A list item or table row stands on a line of its own.
        const answer = `It works well in practice [${n}].${/^[-(|]/.test(claim) ? '\n\n' : ' '}${claim}`;
        kind.count += 1;
        if (checkCitations(answer, sources, '', titles).dropped > 0) kind.removed += 1;
      }
    }
    for (const s of sources) {
      for (const answer of legitimateForms(s.title, s.abstract, s.n)) {
        report.legitimate.count += 1;
        if (checkCitations(answer, sources, '', titles).dropped === 0) report.legitimate.kept += 1;
      }
    }
  }
  const share = (x: number, of: number) => (of > 0 ? x / of : 0);
  return {
    madeUp: { count: report.madeUp.count, removed: share(report.madeUp.removed, report.madeUp.count) },
    otherPapers: { count: report.otherPapers.count, removed: share(report.otherPapers.removed, report.otherPapers.count) },
    recombined: { count: report.recombined.count, removed: share(report.recombined.removed, report.recombined.count) },
    legitimate: { count: report.legitimate.count, kept: share(report.legitimate.kept, report.legitimate.count) },
  };
}

export function formatInventedTitles(r: InventedTitlesReport): string {
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  return [
    `invented titles removed:   ${pct(r.madeUp.removed)} of ${r.madeUp.count} made of made-up words, ${pct(r.otherPapers.removed)} of ${r.otherPapers.count} titles of other corpus papers, ${pct(r.recombined.removed)} of ${r.recombined.count} made of the cited source's own words (${FORMS.length} forms)`,
    `sources' own names kept:   ${pct(r.legitimate.kept)} of ${r.legitimate.count} (titles, phrases and names of the abstracts)`,
  ].join('\n');
}
