import type { Command } from 'commander';
import { confidenceLine } from '../answer/confidence-text.js';
import type { AskResult } from '../answer/types.js';
import { type CliContext, parseK } from './context.js';
import { runQueries } from './queries.js';

export function askJson(r: AskResult) {
  return {
    question: r.question,
    answer: r.answer,
    abstained: r.abstained,
    confidence: r.confidence,
    decidedBy: r.decidedBy,
    mode: r.mode,
    citations: r.citations.map((c) => ({ title: c.title, ...(c.url ? { url: c.url } : {}) })),
    sources: r.sources.map((s) => ({ title: s.title, score: s.score, ...(s.url ? { url: s.url } : {}) })),
    dropped_citations: r.droppedCitations,
    ...(r.note ? { note: r.note } : {}),
  };
}

export function askText(r: AskResult): string {
  const lines = [r.answer];
  if (r.abstained) {
    if (r.sources.length > 0) lines.push('', 'Closest, but not an answer:', ...r.sources.slice(0, 5).map((s) => `  - ${s.title}`));
  } else {
    lines.push('', 'Cited:', ...r.citations.map((c) => `  [${c.n}] ${c.title}${c.url ? ` <${c.url}>` : ''}`));
  }
  if (r.note) lines.push('', `note: ${r.note}`);
  // A refusal with no paper retrieved says why in its text.
  lines.push('', ...(r.abstained && r.sources.length === 0 ? [] : [confidenceLine(r.confidence, r.decidedBy)]), `(${r.mode === 'llm' ? 'LLM' : 'extractive'} answer, ${r.ms} ms)`);
  return lines.join('\n');
}

export function registerAnswerCommands(program: Command, ctx: CliContext): void {
  program
    .command('ask')
    .description('answer a question from the corpus, citing paper titles (stdin: one question per line)')
    .argument('[question]')
    .option('--k <n>', 'number of papers to retrieve', parseK, 6)
    .option('--extractive', 'answer extractively even when an LLM is configured')
    .option('--json', 'print JSON')
    .action(async (question: string | undefined, opts: { k: number; extractive?: boolean; json?: boolean }) => {
      const [{ Answerer }, config, retriever] = await Promise.all([import('../answer/answerer.js'), ctx.config(), ctx.retriever()]);
      const answerer = Answerer.create(config, retriever);
      process.exitCode = await runQueries(
        question,
        opts.json ?? false,
        async (q) => {
          const r = await answerer.ask(q, { k: opts.k, extractive: opts.extractive ?? false });
          return { json: askJson(r), text: askText(r) };
        },
        'question',
      );
    });
}
