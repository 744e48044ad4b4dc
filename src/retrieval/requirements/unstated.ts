/**
 * The quantities a question asks for ("whats the context length falcon2-11b ends up with", "how many
 * params does apple's server model have", "by how much did it beat the baseline") that a paper does
 * not state: it gives no number next to the words that name them (or, for a change, any word for
 * it). The paper is then about what was asked, but its abstract does not hold the fact (the Falcon2
 * report says its training stages differ by context length, not what the length is), and search is
 * one level less sure: the answer would be the paper's topic, not the number. Which paper a question
 * names is read in query/named-paper.ts. Pure.
 */
import { isEnglishWord } from '../query/english.js';
import { findPhrasings } from '../query/field-terms.js';
import { isNumberWord } from './numbers.js';
import { isModelFamily } from './unnamed.js';
import { isChatWord } from '../query/query.js';
import { DEFINED } from '../query/named-paper.js';
import { foldedWords, sentenceBefore, tokenize } from '../text.js';

/** Words that name a measure: a question about one (“what is the vocabulary size of ...”) asks for a number. */
const MEASURES = new Set(
  `size length number count rate budget cost dimension dimensionality depth width ratio epsilon window temperature latency
  throughput speedup footprint emission emissions accuracy score percentage percent price value average overhead agreement
  coefficient threshold rank level`
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => tokenize(w)[0]!),
);

/** Metrics asked by name after "what": "what F1 did it get on HotpotQA?" (in a list of keywords, a topic's word as much). */
const METRICS = new Set('f1 bleu rouge auc wer perplexity chrf meteor ndcg mrr map'.split(' '));
const METRIC_STEMS = new Set([...METRICS].map((w) => tokenize(w)[0]!));

/** What "how much ..." asks a number of, besides the measures: “how much co2”, “how much data”. */
const AMOUNTS = new Set(
  `data compute energy time money power electricity storage memory vram gpu co2 carbon faster slower improvement gain drop reduction`
    .split(/\s+/)
    .map((w) => tokenize(w)[0]!),
);

/**
 * What "how many ..." counts that is not a fact of a paper: “how many papers study ...” (and "papers",
 * which tokenize leaves out).
 */
const NOT_COUNTED = new Set(
  `work study article way method approach technique people author time option`.split(/\s+/).map((w) => tokenize(w)[0]!),
);
/** Whether "how many" counts a fact of a paper by this name: no word of it is one of {@link NOT_COUNTED}, and the last is not left out by tokenize. */
const isCounted = (name: readonly string[]) =>
  name.length > 0 && !name.some((w) => tokenize(w).some((t) => NOT_COUNTED.has(t))) && tokenize(name[name.length - 1]!).length > 0;

/** What a review is called: "how many papers does the survey cover". */
const REVIEWS = new Set(['review', 'survey', 'meta-analysis', 'overview', 'study', 'paper', 'analysis', 'audit']);
/** Whether "how many papers" counts the papers a review covers: "how many papers does the review ... cover". */
const reviewed = (words: readonly string[], at: number, name: readonly string[]) =>
  ['papers', 'studies', 'works', 'articles', 'publications'].includes(name.at(-1) ?? '') && ['does', 'did', 'do'].includes(words[at] ?? '') &&
  (words.slice(at + 1, at + 1 + REVIEW_NAME_WORDS).some((w) => REVIEWS.has(w)) || reviewer(words, after(words, at + 1, new Set(['the']))));
/** Words the name of a review may have: "how many VIT papers does that visual instruction tuning survey cover". */
const REVIEW_NAME_WORDS = 6;
/** "how many papers did it / they / the authors review". */
const reviewer = (words: readonly string[], at: number) => ['it', 'they', 'authors'].includes(words[at] ?? '') && REVIEWING.has(words[at + 1] ?? '');
/** What a review does with the papers it covers: "how many papers does it review". */
const REVIEWING = new Set(['review', 'cover', 'include', 'survey', 'analyze', 'analyse', 'examine']);

/** Who "do ... need" asks advice for: "how many languages do u need", "how much data do we really need". */
const ADVISED = new Set(['you', 'u', 'ya', 'we', 'i', 'one', 'people']);
/** Whether the words at `at` ask what one needs ("do you need", "you actually need"): advice on a topic, not a number a paper reports. */
const asksAdvice = (words: readonly string[], at: number) => {
  const who = ['do', 'does'].includes(words[at] ?? '') ? at + 1 : at;
  if (ADVISED.has(words[who] ?? '') && words.slice(who + 1, who + 3).includes('need')) return true;
  // "how many query and key-value heads to use", "how much data to collect": what one should choose.
  const to = words.indexOf('to', at);
  return to >= at && to <= at + ADVICE_WORDS && CHOSEN.has(words[to + 1] ?? '') && !words.slice(at, to).some((w) => BE_OR_DO.has(w));
};
/** Verbs that make "how many ... to" a question of its own ("how much does it cost to use"). */
const BE_OR_DO = new Set(['do', 'does', 'did', 'is', 'are', 'was', 'were', 'it', 'they']);
/** Words between what is counted and "to use" at most ("how many query and key-value heads to use"). */
const ADVICE_WORDS = 3;
/** Verbs of what one picks, after "how many ... to": "to use", "to include". */
const CHOSEN = new Set(['use', 'pick', 'choose', 'include', 'add', 'keep', 'allocate', 'select', 'collect', 'annotate', 'label']);

/** Words that end the name of a quantity: verbs, function words (chat's "w" for "with" too) and what stands between two of them. */
const ENDS = new Set(
  `a an the of for in on at to by with w from into and or but vs versus is are was were be been being do does did has have had
  can could will would should may might it its they their them this that these those which who whom what when where how
  used use uses using reach reached reaches get gets got give gives gave end ends ended need needs needed report reported
  achieve achieves achieved make makes made have take takes took run runs ran there here per than come comes came exist exists
  appear appears remain remains emerge emerges go goes went over under across between against after before during via through
  within without among drawn taken given chosen written seen known shown held built sent found kept brought r u ur again
  exactly roughly approximately n until till unless once while whereas because since if so you we i`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words a quantity is named in at most. */
const NAME_WORDS = 3;
/** How near (in words) a number stands to the word a quantity's name ends in for the paper to state it ... */
const WINDOW = 4;
/** ... or before it, with more words between ... */
const COUNT_BEFORE = 6;
/** ... or to another word of the name of a measure ... */
const BESIDE = 1;
/** ... or to a word for a change, which the paper may give the size of after what changed ("outperforms the baseline by up to +30 F1 points"), or for a duration. */
const CHANGE_WINDOW = 10;

/** A word that may be part of a quantity's name: letters (and hyphens), digits at most at the end ("co2", "a100s"). */
const NAME_WORD = /^\p{L}[\p{L}-]*(?:\d+s?)?$/u;

/** Words that ask which one: "what is the vocabulary size ...". */
const WHAT = new Set(['what', 'which', "what's", 'what’s', 'whats', 'wat', 'wut']);
/**
 * Words after which "how many" or "what" starts a question, besides chat words ("anyone know how much
 * ...", "hey whats ...", "does kangaroo say how many frames ..."): not a clause of another ("predicting
 * how many ...").
 */
const ASKS_AFTER = new Set(['and', 'n', 'or', 'but', 'so', 'also', 'me', 'tell', 'exactly', 'roughly', 'then', 'most', 'least', 'say', 'says', 'mention', 'mentions', 'state', 'states', 'paper']);
/** Verbs of studying before "how much" or "how many": "has anyone measured how many ...", "varying how many languages ...". */
const STUDIED = new Set(
  'study studies studied studying measure measures measured measuring quantify quantifies quantified quantifying investigate investigates investigated investigating examine examines examined examining analyze analyzes analyzed analyse analyses analysed explore explores explored exploring vary varies varied varying'.split(
    ' ',
  ),
);
/** Verbs of what something is arranged by, a few words before "by how many": "indexed by position and by how many ...". */
const ARRANGED = new Set('indexed sorted ordered grouped ranked arranged organized organised keyed bucketed binned stratified'.split(' '));
const ARRANGED_WORDS = 6;
/** Words "between" may stand before the "and" of a relation ("between model size and how many heads ..."), at most. */
const BETWEEN_WORDS = 5;
/** Words that ask the number with them where they open a clause: "by how much does it beat ...", "and on how many benchmarks ...", "to how many bits ...". */
const OPENS_WITH = new Set(['by', 'in', 'on', 'across', 'over', 'for', 'at', 'with', 'w', 'to', 'into', 'from']);
/** Words that ask for what a clause opened by one of those says: "any numbers on how much hallucination dropped", "details on how many ...". */
const ASKS_FOR = new Set(['and', 'or', 'but', 'any', 'anything', 'numbers', 'number', 'figures', 'stats', 'statistics', 'info', 'details', 'specifics']);
/** What a paper does to a model or with data, before "on how many", "with how many": "trained on how many tokens". */
const DONE_ON = new Set(['trained', 'pretrained', 'pre-trained', 'finetuned', 'fine-tuned', 'tuned', 'tested', 'evaluated', 'evaled', 'benchmarked', 'run', 'ran', 'distilled', 'compared', 'validated']);
const opensClause = (words: readonly string[], at: number) => OPENS_WITH.has(words[at] ?? '') && (at === 0 || ASKS_FOR.has(words[at - 1]!) || DONE_ON.has(words[at - 1]!));

/**
 * Names of a few words, none of English (or typed in capitals inside: `typed`, lower case) or one with a
 * number (a model's size or version), that a question starts with (after "in" or the like), and a verb
 * "to be" or "to have" after them: "moduleformer how many experts", "phi-1.5 is how many params",
 * "solar 10.7b how many layers", "in MoDEM how accurate is the router".
 */
const namesBefore = (words: readonly string[], at: number, typed: ReadonlySet<string>) => {
  const names = words.slice(ABOUT.has(words[0] ?? '') ? 1 : 0, BE_OR_HAVE.has(words[at - 1] ?? '') ? at - 1 : at);
  // "phi-1.5" is read as "phi-1" and "5".
  return (
    names.length > 0 &&
    names.length <= NAME_WORDS &&
    (names.every((w) => !isEnglishWord(w) || typed.has(w)) || names.some((w) => /\p{L}/u.test(w) && /\d/.test(w))) &&
    names.some((w) => /\p{L}/u.test(w))
  );
};
/** The words of a text typed with a capital after the first letter ("MoDEM", "BERT"), lower case: names, though English words too. */
const capitalsInside = (text: string) => new Set((text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).filter((w) => /^.+\p{Lu}/u.test(w)).map((w) => w.toLowerCase()));
const BE_OR_HAVE = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had']);
const ABOUT = new Set(['in', 'for', 'about', 'with']);

/**
 * Words after "how long" that ask the duration a paper reports ("how long did it take to select the
 * data"); "how long does it take to train?" asks about training in general.
 */
const TAKES = new Set(['did']);

/** "does" with a name after it, which says whose duration is asked: "how long does splatflow take" (not "does it take"). */
const namedDoer = (words: readonly string[], at: number) => (words[at] === 'does' || words[at] === 'do') && /\p{L}/u.test(words[at + 1] ?? '') && !isEnglishWord(words[at + 1]!);

/** What "how ... is" asks the size of: "how long is the context window". */
const SIZES = new Set(['big', 'large', 'long', 'fast', 'deep', 'wide', 'small', 'expensive']);
/** Of them, those that ask a size: "how big is the model". */
const BIG = new Set(['big', 'large', 'small']);
/** Whether a name is of a model or a dataset, whose size its parameters or its items give: "how large is that corpus". */
const sizedThing = (name: readonly string[]) => {
  const last = tokenize(name.at(-1) ?? '')[0] ?? '';
  return MODEL_WORDS.has(last) || DATA_WORDS.has(last);
};
const BE = new Set(['is', 'are', 'was', 'were']);
const ARTICLES = new Set(['the', 'a', 'an']);
/** Words before a name: "how large is that corpus". */
const DETERMINERS = new Set([...ARTICLES, 'that', 'this']);
/** Words between "what" and the measure it asks: "what is its largest model size", "what exact speedup". */
const BEFORE_MEASURE = new Set([...BE, ...ARTICLES, 'its', 'their', 'exact', 'precise', 'specific', 'actual']);

/** The position of the first word from `start` that `skip` does not hold. */
function after(words: readonly string[], start: number, skip: ReadonlySet<string>): number {
  let j = start;
  while (j < words.length && skip.has(words[j]!)) j++;
  return j;
}

/**
 * A word that says of what kind something is by a measure of it: "low-rank adapters", "long-context models", "large-scale data",
 * "query-level routing".
 */
const OF_KIND = /^(?:low|high|long|short|full|small|large|fixed|variable|mixed|multi|single)-\p{L}|^\p{L}+-level$/u;
const isMeasure = (w: string) => !OF_KIND.test(w) && tokenize(w).some((t) => MEASURES.has(t));
/** Whether a stem (see tokenize) names a measure or a change ("percentag", "size", "reduct"): what a list of keywords asks the value of, not its topic. */
export const isMeasureStem = (stem: string) => MEASURES.has(stem) || CHANGES.some((group) => group.includes(stem));
const isAmount = (w: string) => tokenize(w).some((t) => MEASURES.has(t) || AMOUNTS.has(t));

/** A list of examples of three items or more whose last one is a "how many" or "how much". */
const EXAMPLES_LIST = /\b(?:such\s+as|e\.g\.?|for\s+(?:example|instance)|(?<!\b(?:would|'d|i|we|you|they|to)\s+)like),?\s+[^.?!;:()]*?,[^.?!;:()]*?,[^.?!;:()]*?\b(?:and|or)\s+how\s+(?:many|much)\b[^,.?!;:()]*/gu;

/**
 * The quantities a question asks for, each as typed ("context length", "params"): what "how many"
 * counts, what "how much" asks of an amount ("co2"), and after "what" or "which" (with "is the" and
 * the like between), words ending in a measure ("vocabulary size"); "and" adds another ("learning
 * rate schedule and batch size").
 */
export function askedQuantities(question: string): string[] {
  const out: string[] = [];
  // A list in brackets says what is meant, not what is asked: "(the text it is fitted on, how many pieces it has)".
  // So is a list of examples that ends in one: "choices made, like what text it is trained on, how words are pre-split, and how many entries it has".
  const text = question.toLowerCase().replace(/\([^()]*,[^()]*\)/g, ' ').replace(EXAMPLES_LIST, ' ');
  const typed = capitalsInside(question);
  let end = 0;
  for (const clause of text.split(/[,;:?!()"“”—–]|\s-\s|\.(?:\s|$)/)) {
    const start = text.indexOf(clause, end);
    end = start + clause.length;
    // A possessive is the word it is written onto: "what were the teachers' sizes".
    const words = (clause.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).map((w) => w.replace(/(?<=s)['’]$|['’]s$/u, ''));
    for (let i = 0; i < words.length; i++) {
      // "does the yi-lightning report give a param count?": whether it gives one is whether the measure is stated; not what
      // a method that is asked for does ("is there a framework that ... gives a score to models and datasets?").
      if (YES_NO.has(words[0]!) && GIVES.has(words[i]!) && GIVEN.has(words[i + 1] ?? '') && !words.slice(1, i).some((w) => RELATIVE.has(w))) out.push(...measuresAfter(words, i + 2, true));
      if (i > 0 && !ASKS_AFTER.has(words[i - 1]!) && !isChatWord(words[i - 1]!) && !opensClause(words, i - 1) && !namesBefore(words, i, typed)) continue;
      // "anyone studied how much llm scores swing when ...": whether it was studied, no number asked.
      if (STUDIED.has(words[i - 1] ?? '')) continue;
      // "a matrix indexed by output position and by how many phrases have been placed": what something is arranged by, no number asked.
      if (words[i - 1] === 'by' && words.slice(Math.max(0, i - 1 - ARRANGED_WORDS), i - 1).some((w) => ARRANGED.has(w))) continue;
      // "its effect on accuracy, or on how much training data the model memorizes": what is affected, no number asked.
      if (words[i - 1] === 'on' && AFFECTED.test(`${sentenceBefore(text, start)} ${words.slice(0, i - 1).join(' ')}`)) continue;
      // "the trade-off between model size and how many heads share keys": one side of a relation asked about.
      if (words[i - 1] === 'and' && words.slice(Math.max(0, i - 1 - BETWEEN_WORDS), i - 1).includes('between')) continue;
      const w = words[i]!;
      if (w === 'how' && words[i + 1] === 'many' && words[i + 2] === 'times' && (isChange(words[i + 3] ?? '') || isSpeed(words[i + 3] ?? ''))) {
        // "how many times bigger", "how many times faster": the size of a change, as "how much bigger".
        out.push(words[i + 3]!);
      } else if (w === 'how' && words[i + 1] === 'many') {
        const name = nameAt(words, i + 2);
        if (asksAdvice(words, i + 2 + name.length)) continue;
        // "how many fewer tokens": the size of a change, as "how much fewer".
        // "how many params does apple's server model have": the parameters of the model those words say.
        const described = ofModels(stemsOf(name.join(' '))) ? describedModel(words, i + 2 + name.length) : [];
        if (name.length > 1 && /^\p{L}+$/u.test(name[0]!) && isChange(name[0]!)) out.push(name[0]!);
        else if (described.length > 0) out.push([...described, 'model', ...name].join(' '));
        else if (isCounted(name) || reviewed(words, i + 2 + name.length, name)) out.push(name.join(' '));
        out.push(...measuresAfter(words, i + 2 + name.length));
      } else if (w === 'how' && words[i + 1] === 'much') {
        const typed = nameAt(words, i + 2);
        if (asksAdvice(words, i + 2 + typed.length)) continue;
        // "how much of the gap comes down to the vocabulary rather than the data": which cause, not a number.
        if (words[i + 2] === 'of' && ATTRIBUTED.test(words.slice(i + 3).join(' '))) continue;
        const name = upToLast(typed, isAmount);
        // "by how much does the rate of tool calls drop", "how much cheaper is it": the size of a change.
        // Not a word of change that describes a noun after it: "how much prior assumption different architectures carry".
        const change = name.length > 0 ? undefined : words.slice(i + 2).find((x, k) => isChange(x) && !describesNext(x, words[i + 3 + k]));
        // "how much did evolvedirector spend on api calls", "how much does it cost": a cost.
        const spent = name.length === 0 && !change && DOES.has(words[i + 2] ?? '') && words.slice(i + 3, i + 3 + SPENDER_WORDS).some((x) => SPENDS.has(x));
        out.push(...(name.length > 0 ? [name.join(' ')] : change ? [change] : spent ? ['cost'] : []), ...measuresAfter(words, i + 2 + name.length));
      } else if (w === 'how' && words[i + 1] === 'long' && (TAKES.has(words[i + 2] ?? '') || namedDoer(words, i + 2)) && words.slice(i + 3, i + 8).some((x) => /^(?:take|takes|took|last|lasted)$/.test(x))) {
        // "how long did it take to select data", "how long did each session last", "how long does splatflow take to generate a
        // scene": the duration a paper reports.
        out.push('time');
      } else if (w === 'how' && words[i + 1] === 'accurate' && BE.has(words[i + 2] ?? '')) {
        out.push('accuracy');
      } else if (w === 'how' && words[i + 1] === 'fast' && (BE.has(words[i + 2] ?? '') || ARTICLES.has(words[i + 2] ?? '') || TAKES.has(words[i + 2] ?? ''))) {
        // "how fast was RFQ transmission pushed above 85%": a speed, stated by a time or a factor.
        out.push('fast');
      } else if (w === 'how' && SIZES.has(words[i + 1] ?? '') && (BE.has(words[i + 2] ?? '') || ARTICLES.has(words[i + 2] ?? ''))) {
        // "how long is the context window of ...", "how long a context ...": the adjective asks for the number.
        const start = after(words, i + 3, DETERMINERS);
        const typed = nameAt(words, start);
        const name = withoutSubject(typed, words[start + typed.length]);
        // "how big is the stored thing in mb": the size in the unit typed, which a number of it gives ("283MB").
        const unit = words[start + name.length] === 'in' && UNITS.has(words[start + name.length + 1] ?? '') ? words[start + name.length + 1]! : undefined;
        // Not "how big is SciRIFF": the size of something named only, in any unit. "How large is that corpus"
        // asks its size, which a count of what it holds gives (see ofData).
        // "how big was the local versus English-translated data gap": the size of the gap between the two.
        const gap = words.slice(start, start + GAP_WORDS).findIndex((x) => GAPS.has(x));
        if (unit) out.push(unit);
        else if (gap > name.length - 1) out.push(words[start + gap]!);
        else if (name.some((n) => isEnglishWord(n))) out.push(BIG.has(words[i + 1]!) && sizedThing(name) ? [...name, 'size'].join(' ') : name.join(' '));
      } else if (WHAT.has(w) && DOES.has(words[i + 1] ?? '') && scorerThenScores(words, i + 2)) {
        // "what does it score on AIME24", "what did they get on mmlu", "what does qwen2.5-math-72b-instruct score on MATH": a score.
        out.push('score');
      } else if (WHAT.has(w)) {
        const at = after(words, i + 1, BEFORE_MEASURE);
        // "which dimensions did they consider": aspects by name, no number, but of a vector ("what dimensions do the embeddings have").
        if (ASPECTS.has(words[at] ?? '') && !words.some((x) => VECTORS.test(x))) continue;
        const measures = measuresAfter(words, at, true);
        // "whats the param count of apple's server model": the parameters of the model those words say.
        const [only] = measures;
        const described = measures.length === 1 && ofModels(stemsOf(only!.replace(/ (?:count|number)$/, ''))) ? describedModel(words, at + only!.split(' ').length) : [];
        out.push(...(described.length > 0 ? [[...described, 'model', only].join(' ')] : measures));
      }
    }
  }
  return [...new Set(out.filter((q) => q.length > 0))];
}

/** Measures whose plural, asked by itself after "which" or "what", names aspects: "which dimensions did they consider". */
const ASPECTS = new Set(['dimensions']);
/** Words for what a dimension is the size of: "embedding", "hidden states". */
const VECTORS = /^(?:embeddings?|vectors?|hidden|latents?|features?|representations?|layers?)$/;

/** Words that say what something comes from: "comes down to", "is due to", "is explained by". */
const ATTRIBUTED = /\b(?:comes?|came)\s+down\s+to\b|\b(?:is|was|are|were)\s+(?:due|owed|owing|attributable)\s+to\b|\b(?:explained|caused|driven)\s+by\b|\b(?:stems?|stemmed|comes?|came)\s+from\b/;

/** What something has an effect on, the words after it: "its effect on ...", "the impact of X on ...". */
const AFFECTED = /\b(?:effects?|impacts?|influences?)\s+(?:[\p{L}\p{N}-]+\s+){0,3}?on\b/u;


/** What a question asks for several of: "which papers ...", "what research looks at ...", "what frameworks exist ...", "are there methods ...", "... do these works recommend?". */
const FOR_PAPERS =
  /\b(?:which|what)\s+(?:\S+\s+)?(?:papers|works|studies|methods|approaches|frameworks|techniques|systems|research|literature)\b|\b(?:these|those)\s+(?:papers|works|studies|methods|approaches)\b|\b(?:papers|works|studies|methods|approaches|frameworks|techniques)\s+(?:exist|are\s+there)\b|\bare\s+there\s+(?:any\s+)?(?:papers|works|studies|methods|approaches|frameworks)\b|\bwhat\s+(?:\S+\s+)?work\s+(?:exists|has\s+been\s+done|is\s+there)\b/i;

/**
 * Whether a question asks for papers (or their methods) rather than a fact of one: a number it asks
 * of them ("and what gains do they show?") may then be any one's.
 */
export function asksForPapers(question: string): boolean {
  return FOR_PAPERS.test(question);
}

/** What a question calls the one paper it describes: "in the study where ...", "for the method that ...", "on that grade school math w/ irrelevant sentences benchmark". */
const DESCRIBED =
  /\b(?:in|for|from|of|about|with|by)\s+the\s+(?:[\p{L}-]+\s+){0,3}?(?:study|paper|work|project|approach|method|framework|system|model|benchmark|dataset|analysis|report|survey|technique|toolkit|library|assistant|loss|algorithm|architecture|pipeline|recipe|tool|agent|corpus|evaluation|comparison|contest|competition|challenge|trick|idea|setup)\s+(?:that|which|where|whose|in\s+which|introducing|proposing|behind|for\s+\p{L}+ing)\b|\b(?:in|on|for|from|of|about|with|by)\s+that\s+(?:[\p{L}\p{N}/'’-]+\s+){0,6}?(?:study|paper|benchmark|dataset|method|model|framework|technique|trick|approach)\b/iu;

/**
 * Whether a question describes the one paper it asks a fact of ("For the method that keeps a running
 * average of weights ..., what averaging coefficient did they use?"): the paper is asked of as if named.
 */
export function describesOnePaper(question: string): boolean {
  return DESCRIBED.test(question) && !asksForPapers(question);
}

/** Words that make a query a question rather than a list of keywords. */
const QUESTIONING = new Set([...WHAT, ...BE, 'how', 'why', 'when', 'where', 'who', 'does', 'do', 'did', 'can', 'could', 'should', 'any', 'anyone']);
/** Words that make a sentence one someone says, not a list of keywords: "i care about the cost". */
const SPEAKING = new Set(['i', 'we', 'you', 'u', 'they', 'my', 'our', 'me', 'us', 'im', "i'm"]);
/** Words a list of keywords has at most. */
const KEYWORD_WORDS = 12;
/** Units a measure may have after it in a list of keywords ("corpus size GB"), or a size be asked in ("how big is it in mb"). */
const UNITS = new Set(['kb', 'gb', 'tb', 'mb', 'tokens', 'words', 'params', 'parameters', 'percent', 'seconds', 'minutes', 'hours', 'days']);
/** Words for the numbers a paper reports, which name no measure: "memory reduction numbers", "cube-llm numbers on talk2car". */
const RESULTS = new Set(['number', 'numbers', 'figures', 'stats', 'results']);
/** What a duration at the end of a list of keywords is of: "training time". */
const TIMED = new Set(['training', 'inference', 'compute', 'running', 'run', 'wall-clock', 'gpu', 'fine-tuning', 'finetuning', 'pretraining']);
/** What training is counted in, at the end of a list of keywords: "training tokens". */
const TRAINING_COUNTS = new Set(['tokens', 'examples', 'samples', 'steps', 'instances', 'epochs', 'hours', 'gpus']);
/** Words before the name of a count in a list of keywords: "total pretraining tokens", "maximum input frames". */
const TOTAL = new Set(['total', 'overall', 'maximum', 'max', 'minimum', 'min']);

/**
 * The quantities a list of keywords names ("OLMo 2 total pretraining tokens", "Apple Intelligence
 * server model parameter count", "Glot500-c corpus size"): a measure at its end (with the word before
 * it), what "number of" counts, what "total" counts. A list of keywords names its topic too ("context length
 * extrapolation"), so search reads them only of a paper the list names (see namedPaper in query/named-paper.ts).
 */
export function askedInKeywords(question: string): string[] {
  // A query of lists only, one per sentence: "falcon2-11b context length after the final stage?? 8k or more".
  const lists = question.split(/[.?!;]+(?:\s+|$)/).map(listWords).filter((words) => words.length > 0);
  if (lists.some((words) => words.length > KEYWORD_WORDS || words.some((w) => QUESTIONING.has(w) || SPEAKING.has(w)))) return [];
  return [...new Set(lists.flatMap(askedInList))];
}

/** A list's words, lower case. */
const listWords = (list: string) => list.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];

/** Words after a measure that say what it is of, not more of its name: "score on aime24", "context length after the final stage". */
const MEASURED = new Set(['on', 'in', 'for', 'at', 'after', 'of', 'per']);

/** The quantities one list of keywords names (see {@link askedInKeywords}). */
function askedInList(words: readonly string[]): string[] {
  const named = (w: string | undefined): w is string => w !== undefined && NAME_WORD.test(w) && !ENDS.has(w) && !isChatWord(w);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    if (w === 'number' && next === 'of' && named(words[i + 2])) out.push(`number of ${words[i + 2]}`);
    else if (pairedKinds(words, i) > i && named(words[i + 3])) out.push(words[i + 3]!);
    else if (TOTAL.has(w) && named(next)) out.push(words.slice(i + 1, i + 3).filter(named).join(' '));
    // A duration at the end: "ICON NeRF training time"; what training counted ("Wonton 7B training tokens").
    else if (i === words.length - 1 && TIMED.has(words[i - 1] ?? '') && (w === 'time' || TRAINING_COUNTS.has(w))) out.push(`${words[i - 1]} ${w}`);
    // A measure ends the list, or has its unit, a number or what it is of after it ("corpus size tokens",
    // "corpus size GB", "score on aime24"), or is a count ("parameter count training tokens"), or numbers
    // are asked of it ("memory reduction numbers"); not a method or a topic named by it ("depth up-scaling
    // base model", "horizon length prediction"). "numbers" alone asks for results, not a measure ("cube-llm
    // numbers on talk2car").
    // Not a method named by a verb of one ("beam scoring").
    else if (
      NAME_WORD.test(w) &&
      !w.endsWith('ing') &&
      (isMeasure(w) || CHANGE_NOUNS.has(w)) &&
      !RESULTS.has(w) &&
      (i === words.length - 1 || w === 'count' || UNITS.has(next ?? '') || RESULTS.has(next ?? '') || isFigure(next ?? '') || MEASURED.has(next ?? ''))
    ) {
      out.push(named(words[i - 1]) ? `${words[i - 1]} ${w}` : w);
    }
  }
  return out;
}

/**
 * The quantities a list of keywords names (see {@link askedInKeywords}) that none of the papers state,
 * but for measures in the plural that a paper writes as typed: many values of a measure are what the
 * paper is about ("sequence parallelism heterogeneous sequence lengths", of a paper on the varying
 * "sequence lengths" of training data), not one it is asked for ("Glot500-c corpus size"); and for
 * a budget a paper writes as typed, which is what it works within ("slimmable multi-task encoder
 * decoders compute budget", of a paper letting users "adjust the desired compute budget").
 */
export function unstatedInKeywords(quantities: readonly string[], papers: readonly { title: string; abstract: string }[]): string[] {
  const texts = papers.map((p) => ` ${foldedWords(`${p.title}. ${p.abstract}`).join(' ')} `);
  const written = (q: string) => isMeasure(q.split(' ').at(-1)!) && (q.endsWith('s') || q.endsWith(' budget')) && q.includes(' ') && texts.some((t) => t.includes(` ${q} `));
  // Words of a title name its paper, not a quantity asked: "BERT pretraining 24 hours academic budget" of "How to Train BERT with an Academic Budget".
  const titles = papers.map((p) => ` ${foldedWords(p.title).join(' ')} `);
  const titled = (q: string) => q.includes(' ') && titles.some((t) => t.includes(` ${q} `));
  return unstatedQuantities(
    quantities.filter((q) => !written(q) && !titled(q)),
    papers,
  );
}

/** The words of `name` up to the last one `keep` keeps (none when it keeps none). */
function upToLast(name: readonly string[], keep: (w: string) => boolean): string[] {
  let end = name.length;
  while (end > 0 && !keep(name[end - 1]!)) end--;
  return name.slice(0, end);
}

/** Words that join one measure asked to another: "learning rate schedule and batch size", "batch size n learning rate". */
const JOINS = new Set(['and', 'n', 'or']);

/** Names of measures at `start` (with `first`) and after each word that joins one to another: "learning rate schedule and batch size", "what noise types or masking ratio". */
function measuresAfter(words: readonly string[], start: number, first = false): string[] {
  const out: string[] = [];
  let j = start;
  if (!first) {
    if (words[j] !== 'and' && words[j] !== 'n') return out;
    j++;
  }
  for (;;) {
    // A measure may take a word more to name ("default patience factor value").
    const name = nameAt(words, j, NAME_WORDS + 1);
    // "number of instances" counts instances.
    const counted = name.length === 1 && name[0] === 'number' && words[j + 1] === 'of' ? nameAt(words, j + 2) : [];
    // The name ends at its measure: "maximum context window", not "context window supported"; or at a
    // change ("what's the gain for mistral").
    if (counted.length > 0) {
      out.push(counted.join(' '));
      j += 2 + counted.length;
      if (!JOINS.has(words[j] ?? '') || words[j + 1] === 'how' || WHAT.has(words[j + 1] ?? '')) return out;
      j++;
      continue;
    }
    if (name.length > 0 && (isMeasure(name.at(-1)!) || CHANGE_NOUNS.has(name.at(-1)!) || METRICS.has(name.at(-1)!))) out.push(name.join(' '));
    else if (name.length > NAME_WORDS && isMeasure(name[NAME_WORDS - 1]!)) out.push(name.slice(0, NAME_WORDS).join(' '));
    j += name.length;
    if (name.length === 0 || !JOINS.has(words[j] ?? '') || words[j + 1] === 'how' || WHAT.has(words[j + 1] ?? '')) return out;
    j++;
  }
}

/** Words that stress a verb, not part of a name before it. */
const STRESSES = new Set(['actually', 'really', 'ever', 'still', 'just', 'typically', 'usually']);

/**
 * The words from `start` that name a quantity: up to three, ending at a verb, a function word or a
 * name with digits; what "kinds of" or "types of" counts ("how many kinds of modules"); a participle
 * after them is a verb ("how many teams submitted").
 */
function nameAt(words: readonly string[], start: number, most = NAME_WORDS): string[] {
  const plain = QUALIFYING.has(words[start] ?? '') ? start + 1 : pairedKinds(words, start);
  const from = KINDS.has(words[plain] ?? '') && words[plain + 1] === 'of' ? plain + 2 : plain;
  const name: string[] = [];
  for (let j = from; j < words.length && name.length < most; j++) {
    const w = words[j]!;
    // A word that stresses the verb ends it, or stands before it: "how many teams actually submitted", "how many actually submitted systems".
    if (STRESSES.has(w)) {
      if (name.length === 0) continue;
      break;
    }
    // A verb in the past ends it: "which vocabulary size turned out best"; so does a word for all of them ("how many test cases total").
    if (ENDS.has(w) || !NAME_WORD.test(w) || (name.length > 0 && /ed$/.test(w) && !isMeasure(w)) || (name.length > 0 && ALL_OF.has(w))) break;
    name.push(w);
  }
  return name.length > 1 && /ed$/.test(name.at(-1)!) ? name.slice(0, -1) : name;
}

/** Verbs that a name of a model or of data may be the object of, with who does it before them: "the on-device model apple uses". */
const DONE_WITH = new Set(['uses', 'used', 'use', 'trains', 'trained', 'train', 'releases', 'released', 'built', 'builds', 'ships', 'shipped', 'deploys', 'deployed', 'runs', 'ran']);
/**
 * A name without who does something with it ("on-device model apple" before "uses": the on-device
 * model): its last word, after a word for a model or data, with a verb of {@link DONE_WITH} after it.
 */
function withoutSubject(name: string[], next: string | undefined): string[] {
  return name.length > 1 && DONE_WITH.has(next ?? '') && sizedThing(name.slice(0, -1)) && !sizedThing(name) ? name.slice(0, -1) : name;
}

/** Words before the model a size is asked of: "does apple's server model have", "of the big server-side model". */
const MODEL_ASKED = new Set(['does', 'do', 'did', 'is', 'was', 'of', 'for']);
/** Words that say which model, at most. */
const MODEL_WORDS_ASKED = 3;
/**
 * The words that say which model a size is asked of, after the name of the size at `at`: "apple server"
 * of "how many params does apple's server model have" (a possessive is the word it is written onto);
 * none when no word for a model follows them.
 */
function describedModel(words: readonly string[], at: number): string[] {
  if (!MODEL_ASKED.has(words[at] ?? '')) return [];
  const start = after(words, at + 1, DETERMINERS_OF_MODEL);
  for (let j = start; j < words.length && j <= start + MODEL_WORDS_ASKED; j++) {
    const stems = tokenize(words[j]!);
    if (stems.length === 1 && MODEL_WORDS.has(stems[0]!)) return words.slice(start, j).filter((w) => NAME_WORD.test(w) && !ENDS.has(w));
    if (ENDS.has(words[j]!)) return [];
  }
  return [];
}
/** Words before a model's name: the determiners, and whose it is ("its", "their"). */
const DETERMINERS_OF_MODEL = new Set([...DETERMINERS, 'its', 'their']);

/** Words for kinds of a count, asked in pairs: "total vs active param count", "total and active parameters". */
const COUNT_KINDS = new Set(['total', 'active', 'activated', 'trainable', 'overall', 'peak', 'average', 'maximum', 'minimum', 'max', 'min']);
/** Where the name starts after a pair of kinds at `start` ("total vs active"), or `start`. */
function pairedKinds(words: readonly string[], start: number): number {
  return COUNT_KINDS.has(words[start] ?? '') && ['vs', 'versus', 'and', 'or'].includes(words[start + 1] ?? '') && COUNT_KINDS.has(words[start + 2] ?? '') ? start + 3 : start;
}

/** Words before what a count counts that say nothing of it: "how many distinct task families". */
const QUALIFYING = new Set(['distinct', 'different', 'separate', 'unique', 'individual', 'actual', 'exact', 'actually', 'really', 'exactly', 'roughly', 'approximately']);
/** Words that say a count counts kinds of something: "how many kinds of modules". */
const KINDS = new Set(['kinds', 'types', 'sorts', 'categories', 'families']);
const KIND_STEMS = new Set([...KINDS].map((w) => tokenize(w)[0]!));

/** Whether a paper's words study how many of something are needed: "the number of instruction types required for instruction tuning". */
function studiesNeeded(words: readonly string[], stems: readonly string[]): boolean {
  return words.some((w, j) => {
    if (w !== 'number' || words[j + 1] !== 'of') return false;
    const named = words.slice(j + 2, j + 2 + stems.length + 1);
    const at = named.findIndex((x) => holdsStem(x, [stems.at(-1)!]));
    return at >= 0 && stems.every((s) => named.slice(0, at + 1).some((x) => holdsStem(x, [s]))) && NEEDED.has(words[j + 3 + at] ?? '');
  });
}
const NEEDED = new Set(['required', 'needed', 'necessary']);

/**
 * The quantities (see {@link askedQuantities}) that none of the papers state: none gives a number
 * within a few words of the word the name ends in ("trajectories" of "robot trajectories"), in any
 * form of its stem or the word it shortens ("params"). A name ending in a measure ("context length")
 * is stated by a number right beside one of its other words too ("a 128K context").
 */
export function unstatedQuantities(quantities: readonly string[], papers: readonly { title: string; abstract: string }[]): string[] {
  if (quantities.length === 0) return [];
  // A word written with hyphens ("multi-task") is one word between a number and what it counts.
  // The numbers of a list's items ("(1) investigate ..., (2) optimize ...", "1.) show ...") count nothing; an acronym
  // the paper defines stands for its words ("2 representative PLMs": pre-trained language models); a
  // number with a percent sign is a percentage ("less than 0.5% of the original dataset").
  const texts = papers.map((p) => {
    // A link's digits count nothing ("https://anonymous.4open.science/r/more_agent_is_all_you_need").
    // "Data sets" are datasets.
    const text = `${p.title}. ${p.abstract}`.replace(LINK, ' ').replace(/\bdata[\s-]+set(s?)\b/giu, 'dataset$1');
    const defined = definedAcronyms(text);
    // A sentence's end is kept as a word of its own: a number in the next sentence counts nothing of this one.
    return text
      .split(/\s+/)
      .flatMap((w) => {
        // An acronym in brackets after the words it shortens ("23 natural language processing (NLP) and ... tasks") is no word between.
        if (/^\(\p{L}[\p{L}\p{N}-]*\)[,.;:]?$/u.test(w) && defined.has(foldedWords(w).filter(Boolean).join('-').replace(/s$/, ''))) return endsSentence(w) ? [SENTENCE_END] : [];
        const word = /^\(?\d{1,2}\.?\)[,.;:]?$/.test(w) ? '-' : `${foldedWords(w).filter(Boolean).join('-')}${/\d%/.test(w) ? '-percentage' : ''}`;
        return endsSentence(w) ? [word, SENTENCE_END] : [word];
      })
      .filter((w) => w.length > 0)
      .map((w) => {
        const full = defined.get(w.replace(/s$/, ''));
        return full ? `${w}-${full}` : w;
      });
  });
  return quantities.filter((q) => {
    const stems = stemsOf(q);
    // "how many instruction types are really needed", of a paper that studies "the number of instruction types required".
    if (texts.some((words) => studiesNeeded(words, stems))) return false;
    // A change or a duration is stated by a number near any word for it.
    const anyOf = [...CHANGES, DURATIONS, SPEEDS].find((group) => group.some((s) => stems.at(-1) === s));
    // "pairs count": what is counted, as "how many pairs".
    const counts = / (?:count|number)$/.exec(q);
    if (counts) return unstatedQuantities([q.slice(0, counts.index)], papers).length > 0;
    // An amount ("how much compute was saved") is given as a measure is: "save 76% computational costs".
    const measure = isAmount(q.split(' ').at(-1)!) && stems.at(-1) !== DATA;
    const counted = stems.slice(-1);
    // What is counted is stated by what the papers call it too: "jobs" are tasks, "chatbots" LLMs (see field-terms.ts);
    // people as participants, annotators, authors ...; groups by any name ("5-class" for "categories"); collections of data as datasets,
    // benchmarks ...; mistakes as errors.
    const alike = ALIKE.find(([of]) => of.has(counted[0] ?? ''))?.[1];
    // An accuracy is given by any score of how well something does: "an R^2 score greater than 95%" for "how accurate was the predictor";
    // a score asked plainly by any metric's too: "achieving 44.7 chrF" for "what scores do models get" (not for "promptriever's avg score").
    const scored = stems.at(-1) === ACCURACY ? SCORE_WORDS : stems.length === 1 && stems[0] === SCORE ? [...SCORE_WORDS, ...METRIC_STEMS] : [];
    // Kinds of something are counted by it too: "68 translation accuracy errors" for "how many error types".
    const kindsOf = stems.length > 1 && KIND_STEMS.has(stems.at(-1)!) ? stems.slice(-2, -1) : [];
    const head = anyOf ?? (measure ? [...counted, ...scored] : [...counted, ...kindsOf, ...termHeads(q), ...(alike ?? [])]);
    // Rounds of something are counted by it too: "four distillations" for "how many distillation rounds".
    const others = measure || REPEATS.has(stems.at(-1)!) ? stems.slice(0, -1) : [];
    // A count stands before what it counts, a few words of what it is between ("four representative code comprehension and generation tasks").
    const near = anyOf ? { before: CHANGE_WINDOW, after: CHANGE_WINDOW } : measure ? { before: WINDOW, after: WINDOW } : { before: COUNT_BEFORE, after: WINDOW, counting: true };
    // A speed is given in words too: "within few seconds", "faster by orders of magnitude", "in real time";
    // and by a factor a paper beats others by: "outperforms state-of-the-art training frameworks by up to 1.98x".
    if (anyOf === SPEEDS && texts.some((words) => SPEED_WORDS.test(words.join(' ')) || beatsByFactor(words))) return false;
    // A share asked ("how small a fraction of the training corpus") is given by a percentage of something ("0.3% quantity of the training corpus").
    // So is a share given by how many times smaller it is ("while being 3times smaller").
    if (SHARES.includes(stems.at(-1)!) && texts.some((words) => words.some((_, j) => isPercent(words, j) && words.slice(j + 1, j + 4).includes('of')) || TIMES_SMALLER.test(words.join(' ')))) return false;
    // An extra cost is given in words too: "with minimal computational or memory overhead" for "how much extra compute".
    if (COSTS.includes(stems.at(-1)!) && texts.some((words) => SMALL_COST_WORDS.test(words.join(' ')))) return false;
    // A model's size is given by its parameter count ("LLaMA 3.1 (8 billion parameters)", "a 13B parameter model").
    if (ofModels(stems) && texts.some(givesModelSize)) return false;
    // ... and that of a model a word says which of ("on-device model size", "labeler size") by a parameter count a few words from
    // that word ("a ~3 billion parameter model designed to run efficiently on devices", "using a 34B model as labeler"; not of "a
    // large server-based language model" after it; nor "as labeler, the 7B model"), more words on when the word is said of a model.
    // Of those words, only those a paper uses say which of its models ("apple" and "server" of "a large server-based
    // language model"); each stands near the count. A paper that says the model asked of but gives no count near its
    // words does not state the size of that model ("how many params does apple's server model have").
    const which = sizedQualifiers(stems);
    const around = MODEL_WORDS.has(stems.at(-2) ?? '') ? { before: CHANGE_WINDOW, after: CHANGE_WINDOW } : { before: WINDOW, after: BESIDE };
    const said = (words: readonly string[]) => which.filter((q) => words.some((w) => holdsStem(w, [q])));
    if (which.length > 0 && texts.some((words) => givesModelSize(words) && said(words).length > 0 && said(words).every((q) => statesNumberNear(words, [q], around)))) return false;
    if (ofDescribedModel(stems) && which.length > 0 && texts.some((words) => said(words).length > 0)) return true;
    // A dataset's size is given by how many items it holds ("over 24,000 exam questions" for "benchmark size"), and
    // so is an amount of data ("a few thousand examples" for "how much synthetic data").
    if ((ofData(stems) || stems.at(-1) === DATA) && texts.some(givesDataSize)) return false;
    // An amount of data is given as a share of it too: "only 6% of downstream training data" for "how much training data".
    if (stems.at(-1) === DATA && texts.some(givesDataShare)) return false;
    if (EXAMPLES.has(counted[0] ?? '') && texts.some(countsData)) return false;
    // Groups are counted by what the paper sorts into ("into four distinct quadrants" for "into how many groups").
    const sorted = GROUPINGS.has(head.at(-1) ?? '') && texts.some((words) => words.some((w, i) => w === 'into' && isFigure(words[i + 1] ?? '')));
    // A score asked by its metric's name ("how many BLEU points") is given by a number near that name, not by another metric's ("4 BLEURT", "6 COMET points").
    const metrics = stems.filter((s) => METRIC_STEMS.has(s));
    if (metrics.length > 0) return !texts.some((words) => statesNumberNear(words, metrics, { before: WINDOW, after: WINDOW }));
    // A change by how much, a measure from what to what, a few words on: "outperform few-shot prompting, ... and other
    // methods by an average of 19% points", "improve the test accuracy on sequences of length 100 from less than 1% to more than 92%".
    const marked = anyOf ? BY : measure ? FROM_TO : undefined;
    const later = (words: readonly string[]) => marked !== undefined && statesAfter(words, head, marked);
    return !sorted && !texts.some((words) => statesNumberNear(words, head, near) || statesNumberNear(words, others, { before: BESIDE, after: BESIDE }) || later(words));
  });
}

const DOES = new Set(['does', 'do', 'did']);
/** Verbs of spending: "how much did it spend", "how much does it cost". */
const SPENDS = new Set(['spend', 'spent', 'cost', 'pay', 'paid']);
/** Words a spender's name may have between "how much did" and the verb: "how much did evolvedirector actually spend". */
const SPENDER_WORDS = 4;
const DOER = new Set(['it', 'they', 'he', 'she']);
/** A word of a model's name, with a version or size in it or no English: "what does qwen2.5-math-72b-instruct score" ("qwen2", "5-math-72b-instruct"). */
const isNameWord = (w: string) => /\d/.test(w) || (/\p{L}/u.test(w) && !isEnglishWord(w));
/** Words a model's name has at most between "what does" and "score". */
const SCORER_WORDS = 3;
/** Whether the words from `at` are "it", "they" or a model's name, then a verb whose object is a score. */
const scorerThenScores = (words: readonly string[], at: number) =>
  (DOER.has(words[at] ?? '') && SCORES.has(words[at + 1] ?? '')) ||
  Array.from({ length: SCORER_WORDS }, (_, k) => k + 1).some((k) => words.slice(at, at + k).every(isNameWord) && words.length > at + k && SCORES.has(words[at + k]!));
/** Verbs whose object is a score: "what does it score on ...", "what did they get on ...". */
const SCORES = new Set(['score', 'scores', 'scored', 'get', 'gets', 'got', 'achieve', 'achieves', 'achieved', 'reach', 'reaches', 'reached', 'hit']);

/** Words that open a question asked yes or no: "does the report give ...". */
const YES_NO = new Set(['does', 'do', 'did', 'is', 'are', 'was', 'were']);
/** What a paper does with a number it states: "give a param count", "report the batch size". */
const GIVES = new Set(['give', 'gives', 'report', 'reports', 'mention', 'mentions', 'state', 'states', 'disclose', 'discloses', 'list', 'lists', 'provide', 'provides', 'include', 'includes']);
/** Words that open a clause saying what something does: "a framework that gives ...". */
const RELATIVE = new Set(['that', 'which', 'who', 'whose']);
/** Words before the measure so given. */
const GIVEN = new Set(['a', 'an', 'the', 'any', 'its', 'their']);

/** A link in a paper's text. */
const LINK = /\bhttps?:\/\/\S+|\bwww\.\S+/g;

/**
 * The acronyms a text defines, lower case, each with the words it stands for joined by hyphens:
 * "pre-trained language models (PLMs)" gives plm: pre-trained-language-models (a word per capital letter).
 */
function definedAcronyms(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(DEFINED)) {
    const letters = m[2]!.replace(/[^\p{Lu}]/gu, '').length;
    const words = m[1]!.trim().split(/\s+/);
    if (letters < 2 || letters > words.length) continue;
    out.set(m[2]!.toLowerCase(), words.slice(-letters).map((w) => foldedWords(w).filter(Boolean).join('-')).join('-'));
  }
  return out;
}

/**
 * Words a paper may give the size of a change by: "how large is the gain", of "a performance boost of
 * 107%" or "36.5 points higher accuracy"; "how much cheaper", of "reduces cost by 40%" or "at 1/6 the cost".
 */
const CHANGES = [
  'gain improve improvement boost increase uplift jump better higher larger bigger outperform beat surpass enhance advantage',
  'drop reduce reduction decrease decline cut cheaper saving lower smaller fewer cost remove removal discard eliminate',
  'gap difference differ margin disparity',
]
  .map((group) => group.split(' ').map((w) => tokenize(w)[0]!));
/** Words a paper may give a duration by: "how long did it take" of "selects data in 4.5 hours". */
const DURATIONS = 'time second minute hour day week month'.split(' ').map((w) => tokenize(w)[0]!);
/** A speed a paper gives in words: "within few seconds", "by orders of magnitude", "in real time". */
const SPEED_WORDS = /\b(?:(?:a\s+)?few|several)\s+(?:milliseconds|seconds|minutes)\b|\borders?\s+of\s+magnitude\b|\breal-time\b|\breal\s+time\b/;
/** Words after what is counted that say all of it is counted: "how many test cases total". */
const ALL_OF = new Set(['total', 'overall', 'altogether', 'combined']);
/** Words for the gap between two things, and how far after "how big was the" one may stand. */
const GAPS = new Set(['gap', 'gaps', 'difference', 'differences', 'margin']);
const GAP_WORDS = 6;
/** Words for a share of something, which a percentage gives: "what fraction of the params". */
const SHARES = 'fraction share proportion portion percentage percent slice'.split(' ').map((w) => tokenize(w)[0]!);
const ACCURACY = tokenize('accuracy')[0]!;
const SCORE = tokenize('score')[0]!;
/** Words for a score of how well something does, each of which gives an accuracy asked. */
const SCORE_WORDS = 'accuracy score f1 precision recall auc'.split(' ').map((w) => tokenize(w)[0]!);
/** What an extra cost is asked of: "how much extra compute or memory does it cost". */
const COSTS = 'compute computation memory cost overhead energy'.split(' ').map((w) => tokenize(w)[0]!);
/** A small extra cost said in words: "minimal computational or memory overhead", "negligible extra cost". */
const SMALL_COST_WORDS =
  /\b(?:minimal|negligible|marginal|little|no|small|low|modest)\s+(?:(?:extra|additional|computational|compute|memory|inference|training|runtime|time|or|and)\s+){0,4}(?:over\s*head|overheads?|costs?)\b/;
/** Words a paper may give a speed by: "how fast" of "to over 85% within 2 minutes", "a 3x speedup", "2x faster". */
const SPEEDS = 'fast faster speed speedup quick quickly time second minute hour day throughput'.split(' ').map((w) => tokenize(w)[0]!);

/** Words for a change that name its size after "what's the": "what's the gain for ...", not "which framework improves ...". */
const CHANGE_NOUNS = new Set(['gain', 'gains', 'improvement', 'improvements', 'boost', 'uplift', 'jump', 'drop', 'reduction', 'decrease', 'saving', 'savings']);
/**
 * Whether a quantity asked of the papers a question asks for may be given in words: a change by itself
 * ("which papers extend it, and what improvements did they report?"), which a paper saying what it does
 * better answers; not a named measure's ("what PSNR gains").
 */
export function givenInWords(quantity: string): boolean {
  return CHANGE_NOUNS.has(quantity);
}
const isChange = (w: string) => tokenize(w).some((t) => CHANGES.some((group) => group.includes(t)));
/** Whether "different" (or "various") describes the word after it ("different architectures"), rather than saying how far apart ("different from", "different is it"). */
const describesNext = (w: string, next: string | undefined) => /^(?:different|various|differing)$/.test(w) && next !== undefined && /^\p{L}/u.test(next) && !NOT_DESCRIBED.has(next);
const NOT_DESCRIBED = new Set(['from', 'than', 'to', 'between', 'is', 'are', 'was', 'were', 'be', 'do', 'does', 'did', 'across', 'for', 'in', 'on', 'at']);
const isSpeed = (w: string) => /(?:er|est)$/.test(w) && tokenize(w).some((t) => SPEEDS.includes(t));

/** The last stems of the field's terms for an everyday phrasing that ends a quantity's name ("jobs": task; see field-terms.ts). */
function termHeads(name: string): string[] {
  const last = tokenize(name).at(-1);
  return findPhrasings(name)
    .filter((f) => f.tokens.at(-1) === last)
    .flatMap((f) => f.fieldTerms.map((term) => tokenize(term).at(-1)))
    .filter((t): t is string => t !== undefined);
}

/** Words after a change that give its size: "by an average of 19%". */
const BY = new Set(['by']);
/** A factor, as the words of a paper are read ("1.98x" is "1-98x"). */
const FACTOR = /^\d+(?:-\d+)?x$/;

/** Whether a text gives a factor by which something is beaten or improved: "outperforms ... by up to 1.98x". */
function beatsByFactor(words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) {
    if (!holdsStem(words[i]!, CHANGES[0]!)) continue;
    for (let j = i + 1; j <= Math.min(words.length - 1, i + MARKER_WINDOW); j++) {
      if (words[j] === SENTENCE_END) break;
      if (BY.has(words[j]!) && words.slice(j + 1, j + 1 + AFTER_MARKER).some((w) => FACTOR.test(w))) return true;
    }
  }
  return false;
}

/** A word after a measure that gives its values, with "to" after it: "from less than 1% to more than 92%". */
const FROM_TO = new Set(['from']);
/** How far after a word for what was asked its marker ("by", "from") may stand, and a number after the marker. */
const MARKER_WINDOW = 20;
const AFTER_MARKER = 4;

/** Whether, a few words after a word with one of the stems, a marker stands with a number right after it. */
function statesAfter(words: readonly string[], stems: readonly string[], markers: ReadonlySet<string>): boolean {
  for (let i = 0; i < words.length; i++) {
    if (!holdsStem(words[i]!, stems)) continue;
    for (let j = i + 1; j <= Math.min(words.length - 1, i + MARKER_WINDOW); j++) {
      if (!markers.has(words[j]!) || !words.slice(j + 1, j + 1 + AFTER_MARKER).some(isFigure)) continue;
      // "from ... to ...": a figure after the "to" too.
      const to = words.indexOf('to', j + 1);
      if (words[j] !== 'from' || (to > j && to <= j + 2 * AFTER_MARKER && words.slice(to + 1, to + 1 + AFTER_MARKER).some(isFigure))) return true;
    }
  }
  return false;
}

/** Words for times something is done: "distillation rounds", "training iterations". */
const REPEATS = new Set('round iteration cycle pass time'.split(' ').map((w) => tokenize(w)[0]!));

/** Words a model's size is asked by besides "size": "model size", "parameter sizes". */
const MODEL_WORDS = new Set(['model', 'param', 'paramet', 'llm', 'lm'].map((w) => tokenize(w)[0] ?? w));
const SIZE_STEM = tokenize('size')[0]!;
const PARAMETER_STEMS = new Set(['param', 'paramet'].map((w) => tokenize(w)[0] ?? w));
/** Whether a quantity's stems ask the size of models: "sizes", "model size", "parameter sizes", "how many parameters" (not "trainable parameters"). */
const ofModels = (stems: readonly string[]) =>
  (stems.at(-1) === SIZE_STEM || PARAMETER_STEMS.has(stems.at(-1) ?? '')) && stems.slice(0, -1).every((s) => MODEL_WORDS.has(s) || s === BASE || isModelFamily(s));
/**
 * The words that say which model a size is asked of ("on-device" of "on-device model size", "labeler"
 * of "labeler size", "apple" and "server" of "apple server model params"), or none: not of data, whose
 * size is counted otherwise (see {@link ofData}).
 */
const sizedQualifiers = (stems: readonly string[]) =>
  (stems.at(-1) === SIZE_STEM && !ofData(stems)) || ofDescribedModel(stems) ? stems.slice(0, -1).filter((s) => !MODEL_WORDS.has(s) && s !== BASE && !isModelFamily(s)) : [];
/** Whether a quantity asks the parameters of a model some words say which of: "apple server model params". */
const ofDescribedModel = (stems: readonly string[]) => PARAMETER_STEMS.has(stems.at(-1) ?? '') && MODEL_WORDS.has(stems.at(-2) ?? '') && stems.length > 2;
const BASE = tokenize('base')[0]!;
/** Whether a word is a model family's (or a versioned model's) name with a size named on it: "t5-small", "bert-base", not "prompt-base". */
const sizeNamed = (w: string) => {
  const m = /^([\p{L}\p{N}.]+)-(?:small|base|large|xl|xxl|mini|tiny|medium)$/u.exec(w);
  return m !== null && (isModelFamily(m[1]!) || (/\d/.test(m[1]!) && /\p{L}/u.test(m[1]!)));
};
/**
 * Whether a paper's words give a model's size: its parameter count ("13b", "Babel-83B", "8 billion
 * parameters", "3-billion-parameter"), or a size named on the model ("T5-small, base and large models").
 */
function givesModelSize(words: readonly string[]): boolean {
  return words.some(
    (w, i) =>
      /(?:^|-)\d+(?:\.\d+)?[bm]$/.test(w) ||
      sizeNamed(w) ||
      (isFigure(w) && [w, ...words.slice(i + 1, i + 3)].some((x) => /(?:^|-)param/.test(x))),
  );
}

/** Collections of data, which a paper may count by any of these names: "how many public collections" of "10 public datasets". */
const DATASETS = new Set('dataset benchmark corpus collection'.split(' ').map((w) => tokenize(w)[0] ?? w));
/** Words a dataset's size is asked by: "benchmark size", "dataset size", "corpus size". */
const DATA_WORDS = new Set([...DATASETS, ...'data set'.split(' ').map((w) => tokenize(w)[0] ?? w)]);
/** Whether a quantity is the size of data: "dataset size", "training corpus size" (what data it is may come before). */
const ofData = (stems: readonly string[]) => stems.length > 1 && stems.at(-1) === SIZE_STEM && DATA_WORDS.has(stems.at(-2)!);
/** What a dataset holds, counted: "24,000 exam questions", "193k task instances", "1.7T tokens". */
const ITEMS = new Set(
  'question example sample instance pair token document item image sentence word hour dialogue conversation utterance problem entry record passage video clip trajectory episode'
    .split(' ')
    .map((w) => tokenize(w)[0]!),
);
/**
 * Whether a paper's words count the items of a dataset: a number and, within a few words after, what
 * it counts; or a number in thousands or more written on the dataset itself ("an 100k multi-task dataset").
 */
function givesDataSize(words: readonly string[]): boolean {
  const after = (i: number, of: (t: string) => boolean) => words.slice(i + 1, i + 4).some((x) => stemsOf(x.replace(/-/g, ' ')).some(of));
  return words.some(
    (w, i) =>
      isFigure(w) &&
      (after(i, (t) => ITEMS.has(t)) || (/^\d+(?:\.\d+)?[kmb]$/.test(w) && after(i, (t) => DATA_WORDS.has(t))) || (holdsNext(words, i) && /^\p{L}/u.test(words[i + 1] ?? ''))),
  );
}

/** Words a dataset's count of what it holds follows: "which consists of 55,000 scripts", "comprising 1,200 dialogues". */
const HOLDS = new Set(['comprises', 'comprising', 'contains', 'containing', 'totaling', 'totalling']);
const holdsNext = (words: readonly string[], i: number) => HOLDS.has(words[i - 1] ?? '') || (words[i - 1] === 'of' && /^consist/.test(words[i - 2] ?? ''));

/** Whether a paper's word at `i` is a number with a percent sign (see unstatedQuantities, which writes "6%" as "6-percentage"). */
const isPercent = (words: readonly string[], i: number) => words[i]?.endsWith('-percentage') === true;

/** Whether a paper's words give a share of some data: "trained on only 6% of downstream training data". */
function givesDataShare(words: readonly string[]): boolean {
  return words.some((_, i) => {
    // "6% of downstream training data", "75% less of retrieved user data".
    const of = words[i + 1] === 'of' ? i + 1 : LESS_OR_MORE.has(words[i + 1] ?? '') && words[i + 2] === 'of' ? i + 2 : -1;
    return of > 0 && isPercent(words, i) && words.slice(of + 1, of + 1 + COUNT_BEFORE).some((x) => stemsOf(x.replace(/-/g, ' ')).includes(DATA));
  });
}
const LESS_OR_MORE = new Set(['less', 'more', 'fewer']);
/** A factor something is smaller by: "3times smaller", "10x fewer", "4-fold less". */
const TIMES_SMALLER = /(?:^|\s)\d+(?:\.\d+)?(?:-?(?:x|times|fold)|\s+(?:x|times))\s+(?:smaller|fewer|less)\b/;

/** Words for people in general (and teams of them), and what a paper calls the people it counts: "how many ppl were in the user study" of "24 participants". */
const PEOPLE = new Set('people ppl person persons human humans folks team teams'.split(' ').map((w) => tokenize(w)[0] ?? w));
const PARTICIPANTS = new Set('participant annotator volunteer respondent worker rater author contributor'.split(' ').map((w) => tokenize(w)[0]!));
/** Words for mistakes, each counted by any of them: "categories of translation accuracy mistakes" by "68 translation accuracy errors". */
const ERRORS = new Set('error mistake failure fault bug'.split(' ').map((w) => tokenize(w)[0]!));

/** What training examples are counted as: "how many examples" of "1,000 demonstrations" (or of "52K ... data", see {@link countsData}). */
const EXAMPLES = new Set('example sample instance demonstration datapoint'.split(' ').map((w) => tokenize(w)[0]!));
const DATA = tokenize('data')[0]!;
/** Whether a paper's words count data in thousands or more: "the 52K English and Chinese instruction-following data". */
function countsData(words: readonly string[]): boolean {
  return words.some((w, i) => /^\d+(?:\.\d+)?[kmb]$/.test(w) && words.slice(i + 1, i + 1 + COUNT_BEFORE).some((x) => stemsOf(x.replace(/-/g, ' ')).includes(DATA)));
}

/** What a test or dataset is made of, by any name (and as chat shortens it): "how many qs" of "over 24,000 exam questions", "1,000 problems". */
const QUESTIONS = new Set('question qs problem item'.split(' ').map((w) => tokenize(w)[0]!));

/** What entrants of a shared task hand in, by any name: "how many submissions" of "220 runs were submitted". */
const SUBMISSIONS = new Set('submission submit run entry'.split(' ').map((w) => tokenize(w)[0]!));

/** What a prover proves, by any name: "how many statements" of "proves 162 theorems". */
const STATEMENTS = new Set('theorem statement lemma proposition conjecture'.split(' ').map((w) => tokenize(w)[0]!));

/** What a paper may sort things into, by any name: "how many groups" of "classifies languages into four distinct quadrants". */
const GROUPINGS = new Set('group category cluster class type kind bucket tier level quadrant'.split(' ').map((w) => tokenize(w)[0]!));

/** What a paper may call what a question counts: people as participants, annotators ...; groups, examples, submissions, datasets, mistakes, questions and theorems by any of their names. */
const ALIKE: readonly (readonly [ReadonlySet<string>, ReadonlySet<string>])[] = [
  [PEOPLE, PARTICIPANTS],
  [GROUPINGS, GROUPINGS],
  [EXAMPLES, EXAMPLES],
  [SUBMISSIONS, SUBMISSIONS],
  [DATASETS, DATASETS],
  [ERRORS, ERRORS],
  [QUESTIONS, QUESTIONS],
  [STATEMENTS, STATEMENTS],
];

/**
 * Words that end what a count before them counts: "16 African languages with utterances" counts
 * languages, not utterances.
 */
const COUNT_ENDS = new Set(['with', 'for', 'in', 'on', 'by', 'from', 'to', 'into', 'that', 'which', 'where', 'across', 'over', 'using', 'via', 'through', 'than', 'as', 'at', 'per']);

/**
 * Whether a number stands within `window` words (before and after) of a word with one of the stems (or
 * a longer form of it); `counting`: before it, only a number that counts it (see {@link COUNT_ENDS}).
 */
function statesNumberNear(words: readonly string[], stems: readonly string[], window: { before: number; after: number; counting?: boolean }): boolean {
  if (stems.length === 0) return false;
  for (let i = 0; i < words.length; i++) {
    // A unit written onto its number: "57Gb".
    const unit = /^\d+(?:\.\d+)?([a-z]+)$/.exec(words[i]!)?.[1];
    if (unit && stems.includes(unit)) return true;
    // "LLMs", "PLMs", "VLMs" are models.
    if (!holdsStem(words[i]!, stems) && !(LANGUAGE_MODELS.test(words[i]!) && stems.some((s) => sameStem(MODEL, s)))) continue;
    // What is counted is a noun: "demonstrating" is no demonstration.
    if (window.counting && !countable(words[i]!, stems)) continue;
    // "parameters of 3 billion": the number after "of" stands beside the word.
    const through = words[i + 1] === 'of' ? 1 : 0;
    let from = Math.max(0, i - window.before);
    for (let j = i - 1; j >= from; j--) if (words[j] === SENTENCE_END || (window.counting && COUNT_ENDS.has(words[j]!))) from = j + 1;
    // A word that qualifies the next ("language models with billions of parameters") counts nothing after it.
    const qualifies = window.counting && !/s$/.test(words[i]!) && /^\p{L}/u.test(words[i + 1] ?? '') && through === 0;
    let to = qualifies ? i : Math.min(words.length - 1, i + window.after + through);
    for (let j = i + 1; j <= to; j++) if (words[j] === SENTENCE_END) to = j - 1;
    for (let j = from; j <= to; j++) {
      // A name with a version ("Llama-3", "GPT-4", "top-1") is no number, but a word's own ("rank-8").
      if (j !== i && VERSIONED.test(words[j]!)) continue;
      // A number joined to a word counts that word ("5-shot prompting", "two-stage"), not what follows it;
      // "one" or "single" counts what follows it ("languages in a single model" counts models).
      // A share of what is counted is given though ("60% of tokens can be removed").
      const shareOf = isPercent(words, j) && words[j + 1] === 'of' && (j + 2 === i || (j + 3 === i && ARTICLES.has(words[j + 2]!)));
      if (window.counting && j < i && countsItsWord(words[j]!) && !shareOf) continue;
      if (window.counting && j > i && ONE.has(words[j]!)) continue;
      // "problems in 55 languages": a number after what is counted, a noun in the plural after it, counts that noun.
      if (window.counting && j > i && /^\p{L}+s$/u.test(words[j + 1] ?? '') && !ENDS.has(words[j + 1]!)) continue;
      // "models with billions of parameters": a number after what is counted, with "of" after it, counts what follows.
      if (window.counting && j > i && words[j + 1] === 'of' && !['them', 'which', 'these', 'those'].includes(words[j + 2] ?? '')) continue;
      // "in one language such as English": one given as an example, no count of them.
      if (window.counting && ONE.has(words[j]!) && EXAMPLE_NEXT.has(words[i + 1] ?? '')) continue;
      if (isFigure(words[j]!)) return true;
    }
  }
  return false;
}

/** Words after what is counted that give an example of it: "one language such as English". */
const EXAMPLE_NEXT = new Set(['such', 'like', 'e-g', 'eg']);

/** The word that stands for the end of a sentence in a paper's words. */
const SENTENCE_END = '.';
/** Abbreviations a full stop ends within a sentence. */
const ABBREVIATIONS = /^\(?(?:e\.g|i\.e|al|vs|etc|fig|figs|no|eq|sec|cf|approx|resp|ca)\.$/i;
/** Whether a word as written ends a sentence: "skills." but not "e.g." or "et al.". */
const endsSentence = (raw: string) => /[.!?]["'”’)\]]*$/.test(raw) && !ABBREVIATIONS.test(raw);

/** A name with a version number: "llama-3", "gpt-4", "qwen-2.5", "top-1". */
const VERSIONED = /^\p{L}{2,}(?:-\d+(?:\.\d+)?)+$/u;
/**
 * A number joined to the word it counts ("5-shot", "two-stage", "10-fold"); joined to a word for
 * groups ("3-way", "4-level"), it counts the groups of what follows.
 */
const countsItsWord = (word: string) => {
  const [count, counted, ...rest] = word.split('-');
  return rest.length === 0 && counted !== undefined && /^\p{L}+$/u.test(counted) && isFigure(count!) && counted !== 'way' && !stemsOf(counted).some((s) => GROUPINGS.has(s));
};
/** A verb's form in "-ing": "demonstrating". */
const VERB_FORM = /^\p{L}{3,}ing$/u;
/** Whether a word holds one of the stems in a noun, not only in a verb's form ("demonstrating"). */
const countable = (word: string, stems: readonly string[]) =>
  word.split('-').some((part) => !VERB_FORM.test(part) && holdsStem(part, stems)) || LANGUAGE_MODELS.test(word);

/**
 * Whether a paper's stem is of the word a question asks about: the same, a longer form of it, or a
 * stem of five letters or more that it starts with ("accur" of "accurate" for "accuraci").
 */
const sameStem = (own: string, asked: string) => own === asked || (asked.length >= 4 && own.startsWith(asked)) || (own.length >= 5 && asked.startsWith(own));

/**
 * Whether a paper's word (its parts between hyphens) is of one of the stems (see {@link sameStem}); a
 * longer word that starts with one is an English word ("parameters" for "params"), not a name
 * ("SkillNet" is no skill, "tokenizer" no token).
 */
function holdsStem(word: string, stems: readonly string[]): boolean {
  return word.split('-').some((part) =>
    stemsOf(part).some((o) => stems.some((s) => o === s || (sameStem(o, s) && (o.length < s.length || isEnglishWord(part))))),
  );
}

/** The stems of a name's words; of a word tokenize leaves out ("papers"), the word without its plural "s". */
function stemsOf(text: string): string[] {
  const stems = tokenize(text);
  return stems.length > 0 || !/^\p{L}+$/u.test(text) ? stems : [text.toLowerCase().replace(/s$/, '')];
}

/** Acronyms of kinds of language models ("llms", "vlms", "mllms"), which count models. */
const LANGUAGE_MODELS = /^[a-z]{0,3}lms?$/;
const MODEL = tokenize('model')[0]!;

/** Words for one that state a count beside what they count: "a single line of code". */
const ONE = new Set(['one', 'single']);

/** A number as a paper writes one: a part of the word starts with a digit ("4-bit", "Llama2-7B"), not a name with one in it ("T5-based"); or a number in words. */
function isFigure(word: string): boolean {
  return word.split('-').some((part) => /^\d/.test(part) || (isNumberWord(part) && !/\d/.test(part)) || ONE.has(part));
}
