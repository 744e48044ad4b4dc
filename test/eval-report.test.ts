import { describe, expect, it } from 'vitest';
import { type EvalReport, formatEvalReport } from '../src/eval/run.js';

const levels = (high: number, low: number, none: number) => ({ high, low, none });
const none = { count: 0, high: 0, none: 0 };

/** The report of a set of 4 one-paper and 2 unanswerable questions, and nothing else. */
const report: EvalReport = {
  counts: { paper: 4, topic: 0, unanswerable: 2, title: 0, similar: 0 },
  paper: { r5: 1, r10: 1 },
  topic: { r10: 0, ndcg10: 0 },
  similar: { ndcg10: 0, r10: 0 },
  title: { accuracy: 0 },
  confidence: { answerable: levels(0.75, 0.25, 0), unanswerable: levels(0, 0.5, 0.5) },
  separation: 0.875,
  abstention: { unanswerable: 0.5, answerable: 0 },
  curve: [],
  styles: {},
  extractiveAsk: { cited: 1, notInCorpus: 0.5 },
  failures: [],
  twoRequests: { count: 0, bothR5: 0, none: 0 },
  described: { count: 0, offered: 0, first: 0 },
  followUps: { newTopic: { count: 0, found: 0 }, sameTopic: { count: 0, kept: 0 } },
  chatAround: none,
  readings: none,
  spaceLeftOut: none,
  aboutTheAsker: none,
  typingSlips: none,
  acronyms: none,
};

describe('the eval report', () => {
  it('shows the metrics of the kinds of items a set holds, and none of the kinds it lacks', () => {
    const text = formatEvalReport(report);
    expect(text).toContain('one-paper questions:   R@5 100.0%');
    expect(text).toContain('confidence, answerable (one-paper and topic):  high 75.0%, low 25.0%, none 0.0%');
    expect(text).toContain('confidence, unanswerable:                      none 50.0%, low 50.0%, high 0.0%');
    expect(text).toContain('relevant paper cited for 100.0% of one-paper questions, "not in the corpus" for 50.0% of unanswerable');
    // A set without topic, similar-paper or title items has no score of 0 for them.
    expect(text).not.toMatch(/several-paper topics|similar papers|loosely typed titles/);
  });

  it('leaves out the confidence of answerable questions for a set of unanswerable ones only', () => {
    const text = formatEvalReport({ ...report, counts: { paper: 0, topic: 0, unanswerable: 2, title: 0, similar: 0 } });
    expect(text).not.toMatch(/one-paper questions|confidence, answerable|confidence separation|relevant paper cited/);
    expect(text).toContain('extractive ask:        "not in the corpus" for 50.0% of unanswerable');
  });
});
