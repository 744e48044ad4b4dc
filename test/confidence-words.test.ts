import { describe, expect, it } from 'vitest';
import { CONFIDENCE_TEXT } from '../src/answer/confidence-text.js';
import type { AskResult } from '../src/answer/types.js';
import { answerReply } from '../src/bot/views/answer-view.js';
import type { AnswerRecord } from '../src/store/types.js';
import { renderText } from '../src/bot/terminal/render-text.js';
import { askText } from '../src/cli/answer.js';
import { anchorOf, chatPhrasesIn, lexicalQuery, topicTerms } from '../src/retrieval/query/query.js';
import { CHAT_PHRASES } from '../src/retrieval/query/chat-phrases.js';
import { SpellingCorrector, wordCounts } from '../src/retrieval/query/spelling.js';
import { chatAroundQuestions } from '../src/eval/retyped.js';
import { readEvalSet } from '../src/eval/dataset.js';

function record(over: Partial<AnswerRecord>): AnswerRecord {
  return {
    key: 'k1',
    question: 'how do i get diverse beam search outputs',
    answer: 'Diverse beam search adds a diversity term [1].',
    mode: 'llm',
    abstained: false,
    confidence: 'high',
    decidedBy: 'llm',
    citations: [{ n: 1, title: 'Diverse Beam Search' }],
    sources: [{ title: 'Diverse Beam Search', score: 12.5 }],
    history: [],
    at: '2026-03-01T00:00:00.000Z',
    messageIds: [],
    ...over,
  };
}

describe('confidence in words', () => {
  it('Discord flags a weak match the LLM answered with a caveat, in its own colour', () => {
    const reply = answerReply(record({ confidence: 'low' }), 900);
    const embed = reply.embeds![0]!;
    expect(embed.fields![0]).toEqual({ name: 'Weak match', value: 'The closest papers were a weak match; the LLM read them and answered from what they say.' });
    expect(embed.footer).toMatch(/^Weak match · LLM answer · /);
    const strong = answerReply(record({}), 900).embeds![0]!;
    expect(strong.footer).toMatch(/^LLM answer · /);
    expect(strong.fields!.map((f) => f.name)).toEqual(['Cited papers']);
    expect(embed.color).not.toBe(strong.color);
  });

  it('Discord and the terminal say "not in the corpus" and list the closest papers as no answer', () => {
    const reply = answerReply(record({ abstained: true, confidence: 'none', decidedBy: 'retrieval', answer: 'The corpus does not cover this question.', citations: [] }), 50);
    const text = renderText(reply);
    expect(text).toContain('Closest papers (not an answer):');
    expect(text).toContain('The corpus does not cover this question.');
    expect(text).not.toContain('Weak match');
  });

  it('an answer stored before confidence was recorded still renders', () => {
    const { confidence: _c, decidedBy: _d, ...old } = record({});
    expect(answerReply(old, 10).embeds![0]!.footer).toMatch(/^LLM answer · 10 ms$/);
  });

  it('the CLI ends an answer with its confidence in words', () => {
    const r: AskResult = {
      question: 'q',
      answer: `${CONFIDENCE_TEXT.low.explanation}\nExtractive answer: ... [1]`,
      abstained: false,
      confidence: 'low',
      decidedBy: 'retrieval',
      mode: 'extractive',
      citations: [{ n: 1, title: 'A Paper' }],
      sources: [{ title: 'A Paper', score: 3 }],
      droppedCitations: 0,
      ms: 5,
    };
    expect(askText(r)).toContain('Weak match: These are the closest papers in the corpus, but they may not answer the question.\n(extractive answer, 5 ms)');
  });
});

describe('query preparation', () => {
  it('fixes one-letter typos against the corpus words and leaves known and short words alone', () => {
    const s = new SpellingCorrector(wordCounts(['language models and datasets for education', 'datasets of language']));
    expect(s.correct('japanese nlp datsets for educaton')).toBe('japanese nlp datasets for educaton');
    expect(s.correct('langauge models')).toBe('language models');
    expect(s.correct('LLMs lol')).toBe('LLMs lol');
  });

  it('leaves an English word the corpus never uses as it is, rather than turning it into a corpus word one letter away', () => {
    const s = new SpellingCorrector(wordCounts(['motion planning and count data for language models', 'motion capture, count models, error prone systems, language tracks']));
    expect(s.correct('emotion recognition from court transcripts on a phone')).toBe('emotion recognition from court transcripts on a phone');
    expect(s.correct('tricks for langauge models')).toBe('tricks for language models');
  });

  it('leaves question and chat words out of the lexical query', () => {
    expect([...lexicalQuery('is there any research on methods for beam search lol').keys()]).toEqual(['beam', 'search']);
    expect([...lexicalQuery('pruning vs quantization').keys()]).toEqual(['prune', 'quantiz']);
    expect([...lexicalQuery('reviewers have to pass a lil qualifying exam').keys()]).toEqual(['review', 'pass', 'qualifi', 'exam']);
    expect([...lexicalQuery('wait so is beam search useful? someone said theres a paper on this').keys()]).toEqual(['beam', 'search', 'us']);
    expect([...lexicalQuery('wait times in queues').keys()]).toEqual(['wait', 'time', 'queue']);
    for (const q of ['has anyone tried beam search', 'has anyone looked at beam search', 'i came across beam search', 'did someone write about beam search']) {
      expect([...lexicalQuery(q).keys()], q).toEqual(['beam', 'search']);
    }
    // A guess the asker hedges ("i think it was"), and asking for the breakdown, are chat; "do llms think" is not.
    expect([...lexicalQuery('robin3d instruction data size? i think it was 1M samples but whats the breakdown').keys()]).toEqual(['robin3d', 'instruct', 'data', 'size', '1m', 'sampl']);
    expect([...lexicalQuery('do llms think in english').keys()]).toEqual(['llm', 'think', 'english']);
    expect([...lexicalQuery('that vlm pretraining corpus made outta instructional videos').keys()]).not.toContain('outta');
    // "wait" before a question, and "stand for" or "mean" asked of a term, are chat.
    expect([...lexicalQuery('wait what does DeCU stand for').keys()]).toEqual(['decu']);
    expect([...lexicalQuery('what does mean pooling mean').keys()]).toEqual(['mean', 'pool']);
    // A query of question words only is kept as it is.
    expect([...lexicalQuery('which methods').keys()]).toEqual(['method']);
  });

  it('keeps a topic word that shares its stem with a question word', () => {
    // "recommend" asks for papers; "recommender" and "recommendation" (the same stem) are what they are about.
    expect([...lexicalQuery('can you recommend papers on recommender systems').keys()]).toEqual(['recommend', 'system']);
    expect([...lexicalQuery('recommend something on music recommendation').keys()]).toEqual(['music', 'recommend']);
    expect([...lexicalQuery('any work on working memory').keys()]).toEqual(['work', 'memori']);
  });

  it('leaves out chat phrases whose words alone may be a topic, and keeps those words where they are one', () => {
    expect([...lexicalQuery('quick q: is anybody working on beam search these days? trying to find a link to the paper').keys()]).toEqual(['beam', 'search']);
    expect([...lexicalQuery('been reading about reading comprehension, any recommendations').keys()]).toEqual(['read', 'comprehens']);
    expect([...lexicalQuery('new here, lmk if theres anything on working memory tbh').keys()]).toEqual(['work', 'memori']);
    expect([...lexicalQuery('need a paper on beam search asap').keys()]).toEqual(['beam', 'search']);
    expect([...lexicalQuery('who wrote the beam search paper?').keys()]).toEqual(['beam', 'search']);
    // What a contraction leaves when split at its apostrophe is no word of a topic.
    expect([...lexicalQuery("sorry if this is a dumb question, I've been stuck and don't know beam search").keys()]).toEqual(['beam', 'search']);
    expect([...lexicalQuery('beam search papers (e.g. https://arxiv.org or github.com/foo/beam-tools)').keys()]).toEqual(['beam', 'search']);
    expect(topicTerms('beam search code on beamer.github.io or huggingface.co/beam')).toEqual(['beam', 'search', 'code']);
    // How a paper asked for is called is no word of a topic ("function calling"); a thing called something in a topic is.
    expect(topicTerms('is there a paper called annollm?')).toEqual(['annollm']);
    expect(topicTerms('the paper titled learning to learn')).toEqual(['learn', 'learn']);
    expect(topicTerms('a method that is called tag-llm')).toEqual(['tag', 'llm']);
    expect(topicTerms('how often is the function called')).toContain('call');
    expect([...lexicalQuery("I'm a phd student and my advisor asked me to look into this. Is there work on beam search? Deadline is friday").keys()]).toEqual(['beam', 'search']);
    expect([...lexicalQuery('essay scoring on ASAP').keys()]).toEqual(['essai', 'score', 'asap']);
    expect([...lexicalQuery('can you point me to a good paper on beam search, i vaguely recall one').keys()]).toEqual(['beam', 'search']);
    expect([...lexicalQuery('improving recall of dense retrievers with good negatives').keys()]).toEqual(['improv', 'recal', 'dens', 'retriev', 'good', 'neg']);
    // Chat that ends a question, with its question mark.
    expect([...lexicalQuery('is beam search any good?').keys()]).toEqual(['beam', 'search']);
    expect([...lexicalQuery('beam search. thoughts?').keys()]).toEqual(['beam', 'search']);
    expect([...lexicalQuery('why does beam search matter?').keys()]).toEqual(['beam', 'search']);
    expect([...lexicalQuery('does dark matter matter for beam search').keys()]).toEqual(['dark', 'matter', 'beam', 'search']);
    // Chat asks of a paper "explained simply", its "main contribution" or "key results"; alone, the words are the question's.
    expect([...lexicalQuery('beam search explained simply').keys()]).toEqual(['beam', 'search']);
    expect([...lexicalQuery('simply smoothing the picture, and the results of that on beam search').keys()]).toEqual(['simpli', 'smooth', 'pictur', 'result', 'beam', 'search']);
    // Saying any paper of the topic will do.
    expect([...lexicalQuery('papers on beam search, anything goes').keys()]).toEqual(['beam', 'search']);
    expect([...lexicalQuery('long form papers on beam search, dont care which subtopic').keys()]).toEqual(['long', 'form', 'beam', 'search']);
    expect([...lexicalQuery('papers on beam search. Both empirical and theoretical angles are welcome.').keys()]).toEqual(['beam', 'search']);
    // What the asker thinks of something, not what the question is about.
    expect([...lexicalQuery("I'm suspicious of beam search benchmarks").keys()]).toEqual(['beam', 'search', 'benchmark']);
    expect([...lexicalQuery('detecting suspicious transactions').keys()]).toContain('suspici');
    // "ever" in a question and the reference asked for are chat.
    expect([...lexicalQuery('was there ever a shared task on beam search? need a ref').keys()]).toEqual(['share', 'task', 'beam', 'search']);
    // What papers or methods set out to do is what they do; what the asker tries is theirs.
    expect([...lexicalQuery('which papers try to cut hallucinations').keys()]).toEqual(['cut', 'hallucin']);
    expect([...lexicalQuery('methods that aim to reduce forgetting').keys()]).toEqual(['reduc', 'forget']);
    expect([...lexicalQuery('models which attempt to verify proofs').keys()]).toEqual(['model', 'verifi', 'proof']);
    expect([...lexicalQuery('does it help to try diverse beams').keys()]).toContain('try');
  });

  it('reads "from scratch", "follow up", "survey", "4" and "theory behind" as chat only where they ask for a kind of reading, turn to a new topic or stand for "for"', () => {
    expect([...lexicalQuery('any tutorial that walks through beam search from scratch').keys()]).toEqual(['beam', 'search']);
    expect([...lexicalQuery('distilling many small editors instead of training each one from scratch').keys()]).toContain('scratch');
    expect([...lexicalQuery('follow up: beam search?').keys()]).toEqual(['beam', 'search']);
    expect([...lexicalQuery('rewriting follow up questions into search queries').keys()]).toContain('follow');
    expect([...lexicalQuery('is there a good survey on beam search').keys()]).toEqual(['beam', 'search']);
    expect([...lexicalQuery('the moe survey is here but i want the original').keys()]).toContain('survei');
    // "4" typed for "for", but not a count of bits; "the theory behind ..." asks about the topic, "learning theory" is one.
    expect([...lexicalQuery('papers 4 beam search').keys()]).toEqual(['beam', 'search']);
    expect([...lexicalQuery('papers 4 bit quantization').keys()]).toEqual(['4', 'bit', 'quantiz']);
    expect([...lexicalQuery('the theory behind beam search').keys()]).toEqual(['beam', 'search']);
    expect([...lexicalQuery('learning theory behind generalization').keys()]).toContain('theori');
  });

  it('reads everyday chat (greetings in several languages, slang, the days and people of the asker) as chat, and keeps the words of a topic', () => {
    expect([...lexicalQuery('hiii! beam search papers pls, merci').keys()]).toEqual(['beam', 'search']);
    expect([...lexicalQuery('yikes, my professor wants beam search by tomorrow, frfr').keys()]).toEqual(['beam', 'search']);
    expect([...lexicalQuery('telling happy from sad tweets, and exam questions').keys()]).toEqual(['tell', 'happi', 'sad', 'tweet', 'exam', 'question']);
    // The sentences about the asker the chat phrases were written against (eval/retyped.ts).
    expect([...lexicalQuery('We are a small startup team and want to ship something soon. Is there work on beam search?').keys()]).toEqual(['beam', 'search']);
    expect([...lexicalQuery('Background: I mostly do web development, so I am new to this area. anything on beam search?').keys()]).toEqual(['beam', 'search']);
    expect([...lexicalQuery('For a reading group next Tuesday I need one or two good papers. Is there work on beam search?').keys()]).toEqual(['beam', 'search']);
    // Who asks, whatever the role: "<someone> here,", "as a ...,", "my boss keeps saying ..."; a topic before "here" stays.
    expect([...lexicalQuery('retired engineer here, what is beam search').keys()]).toEqual(['beam', 'search']);
    expect([...lexicalQuery('as a VC, how seriously should i take beam search').keys()]).toEqual(['take', 'beam', 'search']);
    expect([...lexicalQuery('my boss keeps saying beam search in meetings').keys()]).toEqual(['beam', 'search', 'meet']);
    expect([...lexicalQuery('lora here, any papers?').keys()]).toEqual(['lora']);
    expect([...lexicalQuery('my model keeps saying wrong facts').keys()]).toEqual(['model', 'keep', 'sai', 'wrong', 'fact']);
    // Chat drawn out is chat; a debate among models is a topic, "major debates around ..." is not.
    expect([...lexicalQuery('beam search pleaseee lmaooo').keys()]).toEqual(['beam', 'search']);
    expect([...lexicalQuery('multi-agent debate on math reasoning').keys()]).toContain('debat');
    expect([...lexicalQuery('are there any major debates around beam search').keys()]).toEqual(['beam', 'search']);
    // Words of chat phrases stay words of a question outside the chat's shape.
    expect([...lexicalQuery('a system that must read regulations to decide if a user is obliged to act').keys()]).toEqual(expect.arrayContaining(['read', 'oblig']));
    expect([...lexicalQuery('personality of llms from interview style prompts').keys()]).toContain('interview');
    expect([...lexicalQuery('how is the fisher info used to penalize changes').keys()]).toContain('info');
    expect([...lexicalQuery('prompt selection methods get confused about which prompt to pick').keys()]).toContain('confus');
    expect([...lexicalQuery('a pipeline schedule that keeps gpus busy').keys()]).toContain('busi');
    expect([...lexicalQuery('forgetting in class-incremental learning').keys()]).toContain('class');
    // A tutorial or a morning asked for is chat; one a question is about is not.
    expect([...lexicalQuery('good morning, any tutorial on beam search?').keys()]).toEqual(['beam', 'search']);
    expect([...lexicalQuery('morning sickness and tutorial generation').keys()]).toEqual(['morn', 'sick', 'tutori', 'gener']);
  });

  it('finds the chat phrases a text holds by a word each must hold, as one expression of all of them would', async () => {
    expect(anchorOf(String.raw`(?:the )?best (?:papers?|ones?|reads?|works?)(?: to read)?`)).toBe('best');
    expect(anchorOf(String.raw`papers? with code`)).toBe('paper');
    expect(anchorOf(String.raw`in \d+ min(?:utes|s)?`)).toBe('min');
    expect(anchorOf(String.raw`must-reads?|must reads`)).toBeUndefined();
    expect(anchorOf(String.raw`(?:hello|hi) (?:friends|all)`)).toBeUndefined();
    const all = new RegExp(String.raw`\b(?:${CHAT_PHRASES.join('|')})\b`, 'gi');
    const texts = (await Promise.all(['dev', 'tune-users'].map((set) => readEvalSet(`eval/${set}.jsonl`)))).flat().flatMap((item) => ('question' in item ? [item.question] : []));
    texts.push('Hey there, hope this is the right channel for this. any papers on beam search stored on this server? thanks in advance', 'any paper with code for beam search', 'beam search in 20 mins');
    for (const text of texts) {
      const held = chatPhrasesIn(text);
      expect(held ? text.replace(held, ' ') : text, text).toBe(text.replace(all, ' '));
    }
  });

  it("reads each eval question typed with chat around it as the question alone", async () => {
    for (const set of ['tune-users', 'holdout-users']) {
      const wrapped = chatAroundQuestions(await readEvalSet(`eval/${set}.jsonl`));
      expect(wrapped.length).toBeGreaterThan(50);
      for (const c of wrapped) expect(topicTerms(c.retyped), c.retyped).toEqual(topicTerms(c.question));
    }
  });
});
