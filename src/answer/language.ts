/**
 * Whether a question is written in another language than English, the language of the papers and
 * of search: "¿hay algún artículo sobre destilación de modelos?", "LoRA是什么". Search reads such a
 * question by its few English or technical words, so "not in the corpus" would not be true of it;
 * the answer asks for the question in English instead.
 */
import { isEnglishWord, isPrefixedEnglishWord } from '../retrieval/query/english.js';
import { tokenize } from '../retrieval/text.js';

/** The answer to a question in another language; `listed`: the closest papers are listed with it. */
export function notEnglish(listed: boolean): string {
  const head =
    'This question does not look like English, and paperbot reads questions in English only (the papers are in English), so it cannot tell whether the corpus answers it. Ask it again in English.';
  return listed ? `${head} The papers closest to its English or technical words are listed below.` : head;
}

/** How many papers use each (tokenized) term. */
export type DocumentFrequency = (terms: string[]) => Promise<readonly { df: number }[]>;

/**
 * Function words of French, Spanish, Portuguese, Italian, German and Dutch that are not English words
 * ("de", "la", "des", "und", "sobre"; not "per", "con", "von", "et"): a question of such words and a
 * few English-looking ones ("quels articles parlent de la fusion de modèles ?") is not English. They
 * count from two on, since one may be part of a name ("de Bruijn graphs").
 */
const FOREIGN_FUNCTION_WORDS = new Set(
  (
    'le les la des du de est une un pour sur dans avec qui que quel quels quelle quelles sont pas nous vous cette ces ou où comment pourquoi au aux leur leurs mais donc très être peut il ils elle elles je ' +
    'el los las del en por para qué cómo como sobre es una uno unos unas algún alguna algunos algunas su sus este esta estos estas muy más pero también entre cuál cuáles dónde cuándo ' +
    'um uma umas dos das na nos nas não são há qual quais ' +
    'der und ist sind für ein eine einen einem nicht auf über wie gibt ich wir sie zu zum zur vom bei oder auch noch nur welche welcher welches ' +
    'gli della delle dei degli di che sono nel nella sulla questo questa quali ' +
    'het een voor zijn niet welke'
  ).split(' '),
);

/**
 * True when at least half of the question's words are foreign: written in another script than the
 * Latin one, a function word of another language, or neither general English (nor an English word
 * with a prefix written on, "oversmoothing", nor an acronym typed in capitals, "GNN") nor used by
 * any paper ("lora", "llms" are the papers'); and there are two such words, or one in another script.
 */
export async function looksForeign(question: string, documentFrequency: DocumentFrequency): Promise<boolean> {
  const typed = question.match(/\p{L}[\p{L}\p{M}]*/gu) ?? [];
  if (typed.length === 0) return false;
  const words = typed.map((w) => w.toLowerCase());
  const acronyms = new Set(typed.filter((w) => /^\p{Lu}{2,}$/u.test(w)).map((w) => w.toLowerCase()));
  const otherScript = words.filter((w) => /[^\p{Script=Latin}\p{M}]/u.test(w));
  const found = words.filter((w) => FOREIGN_FUNCTION_WORDS.has(w));
  const functionWords = found.length >= 2 ? found : [];
  const latin = words.filter(
    (w) =>
      !otherScript.includes(w) &&
      !functionWords.includes(w) &&
      !acronyms.has(w) &&
      w.length >= 2 &&
      !isEnglishWord(w) &&
      !isEnglishWord(unaccented(w)) &&
      !isPrefixedEnglishWord(w),
  );
  const terms = latin.map((w) => tokenize(w)[0]);
  const asked = [...new Set(terms.filter((t): t is string => t !== undefined))];
  const df = new Map((await documentFrequency(asked)).map((s, i) => [asked[i]!, s.df]));
  const unknown = latin.filter((_, i) => terms[i] !== undefined && (df.get(terms[i]!) ?? 0) === 0);
  const foreign = otherScript.length + functionWords.length + unknown.length;
  return (foreign >= 2 || otherScript.length >= 1) && foreign * 2 >= words.length;
}

function unaccented(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '');
}
