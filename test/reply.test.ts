import { describe, expect, it } from 'vitest';
import { AnswerReplySchema, ANSWER_OUTPUT, parseReply } from '../src/answer/reply.js';

describe('parseReply', () => {
  it.each([
    {
      form: 'structured JSON',
      content: '{"answer":"A CVAE makes the weights [1].","cited":[1],"not_in_corpus":false}',
      reply: { text: 'A CVAE makes the weights [1].', cited: [1], notInCorpus: false, structured: true },
    },
    {
      form: 'JSON in a code fence',
      content: '```json\n{"answer":"A CVAE [2].","cited":[2],"not_in_corpus":false}\n```',
      reply: { text: 'A CVAE [2].', cited: [2], notInCorpus: false, structured: true },
    },
    {
      form: 'JSON whose text has no marker',
      content: '{"answer":"A CVAE makes the weights.","cited":[1,3],"not_in_corpus":false}',
      reply: { text: 'A CVAE makes the weights [1, 3].', cited: [1, 3], notInCorpus: false, structured: true },
    },
    {
      form: 'JSON saying not in corpus',
      content: '{"answer":"","cited":[],"not_in_corpus":true}',
      reply: { text: '', cited: [], notInCorpus: true, structured: true },
    },
    {
      form: 'JSON with NOT_IN_CORPUS as its answer',
      content: '{"answer":"NOT_IN_CORPUS","cited":[],"not_in_corpus":false}',
      reply: { text: 'NOT_IN_CORPUS', cited: [], notInCorpus: true, structured: true },
    },
    {
      form: 'JSON missing fields',
      content: '{"answer":"A CVAE [1]."}',
      reply: { text: 'A CVAE [1].', cited: [1], notInCorpus: false, structured: false },
    },
    {
      form: 'JSON cut short',
      content: '{"answer":"A CVAE \\"generator\\" [1]. The',
      reply: { text: 'A CVAE "generator" [1]. The', cited: [1], notInCorpus: false, structured: false },
    },
    {
      form: 'JSON of another shape',
      content: '{"result":"A CVAE [1]."}',
      reply: { text: '', cited: [], notInCorpus: false, structured: false },
    },
    {
      form: 'plain text',
      content: '  A CVAE makes the weights [1][3].\n',
      reply: { text: 'A CVAE makes the weights [1][3].', cited: [1, 3], notInCorpus: false, structured: false },
    },
    {
      form: 'plain NOT_IN_CORPUS',
      content: 'NOT_IN_CORPUS',
      reply: { text: 'NOT_IN_CORPUS', cited: [], notInCorpus: true, structured: false },
    },
  ])('reads $form', ({ content, reply }) => {
    expect(parseReply(content)).toEqual(reply);
  });

  it('asks for the schema the reply is validated with', () => {
    const example = { answer: 'A CVAE [1].', cited: [1], not_in_corpus: false };
    expect(AnswerReplySchema.parse(example)).toEqual(example);
    const schema = ANSWER_OUTPUT.schema as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(AnswerReplySchema.shape).sort());
    expect(schema.required.sort()).toEqual(Object.keys(example).sort());
    expect(ANSWER_OUTPUT.instruction).toMatch(/JSON/);
  });
});
