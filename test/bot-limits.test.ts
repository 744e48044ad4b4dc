import { type AttachmentBuilder, embedLength } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { answerReply } from '../src/bot/views/answer-view.js';
import type { AnswerRecord } from '../src/store/types.js';
import { toEmbed, toPayloads } from '../src/bot/discord/discord-reply.js';
import { fitEmbed, fitMessages, pageText } from '../src/bot/discord/fit-messages.js';
import { type EmbedData, LIMITS, fitChoices } from '../src/bot/limits.js';
import { truncate } from '../src/util/truncate.js';
import { md, titleLink } from '../src/bot/markdown.js';
import { plain } from '../src/bot/terminal/render-text.js';

const words = (n: number, w = 'word') => Array.from({ length: n }, (_, i) => `${w}${i}`).join(' ');
/** The characters Discord counts against the per-message total, counted by discord.js on the embed sent. */
const sentLength = (e: EmbedData) => embedLength(toEmbed(e).toJSON());

describe('truncate', () => {
  it('leaves short text alone and cuts long text with an ellipsis within the limit', () => {
    expect(truncate('short', 10)).toBe('short');
    const t = truncate('x'.repeat(300), LIMITS.embedTitle);
    expect(t).toHaveLength(LIMITS.embedTitle);
    expect(t.endsWith('…')).toBe(true);
  });

  it('never splits a surrogate pair', () => {
    const t = truncate('😀'.repeat(10), 6);
    expect(t.length).toBeLessThanOrEqual(6);
    expect(t).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });
});

describe('pageText', () => {
  it('pages at paragraph, line or word boundaries and keeps every word', () => {
    const text = `${words(300)}\n\n${words(300, 'other')}\n${words(50, 'tail')}`;
    const pages = pageText(text, 1000);
    expect(pages.length).toBeGreaterThan(1);
    for (const p of pages) expect(p.length).toBeLessThanOrEqual(1000);
    expect(pages.join(' ').split(/\s+/)).toEqual(text.split(/\s+/));
  });

  it('hard-cuts text without spaces', () => {
    const pages = pageText('a'.repeat(4500), 2000);
    expect(pages.map((p) => p.length)).toEqual([2000, 2000, 500]);
  });
});

describe('fitEmbed and fitMessages', () => {
  it('pages a long description into continuation embeds, fields and footer last, all within limits', () => {
    const embeds = fitEmbed({
      title: 'T'.repeat(400),
      description: words(2000),
      fields: [
        { name: 'N'.repeat(300), value: words(400) },
        ...Array.from({ length: 30 }, (_, i) => ({ name: `f${i}`, value: 'v' })),
      ],
      footer: 'F'.repeat(3000),
    });
    expect(embeds.length).toBeGreaterThan(2);
    expect(embeds[0]!.title).toHaveLength(LIMITS.embedTitle);
    for (const e of embeds) {
      expect(e.description?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedDescription);
      expect(e.fields?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedFields);
      for (const f of e.fields ?? []) {
        expect(f.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
        expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
      }
      expect(sentLength(e)).toBeLessThanOrEqual(LIMITS.embedTotal);
    }
    expect(embeds.at(-1)!.footer).toHaveLength(LIMITS.footer);
    expect(embeds.slice(0, -1).every((e) => e.footer === undefined)).toBe(true);
  });

  it('groups embeds at most 10 and 6000 characters per message and pages content by 2000', () => {
    const parts = fitMessages(
      'c'.repeat(4500),
      Array.from({ length: 14 }, (_, i) => ({ title: `e${i}`, description: 'd'.repeat(1500) })),
    );
    for (const p of parts) {
      expect(p.content?.length ?? 0).toBeLessThanOrEqual(LIMITS.content);
      expect(p.embeds.length).toBeLessThanOrEqual(LIMITS.embedsPerMessage);
      expect(p.embeds.reduce((n, e) => n + sentLength(e), 0)).toBeLessThanOrEqual(LIMITS.embedTotal);
    }
    expect(parts.flatMap((p) => p.embeds)).toHaveLength(14);
    expect(parts.filter((p) => p.content).map((p) => p.content!.length)).toEqual([2000, 2000, 500]);
  });
});

describe('fitChoices', () => {
  it('returns at most 25 choices with names and values of at most 100 characters, no duplicates', () => {
    const choices = fitChoices(
      Array.from({ length: 40 }, (_, i) => ({ name: `${'Long title '.repeat(20)}${i}`, value: i < 3 ? 'same' : `v${i}` })),
    );
    expect(choices).toHaveLength(25);
    expect(choices.every((c) => c.name.length <= LIMITS.choiceName && c.value.length <= LIMITS.choiceValue)).toBe(true);
    expect(new Set(choices.map((c) => c.value)).size).toBe(25);
  });
});

describe('answer rendering', () => {
  const record = (over: Partial<AnswerRecord> = {}): AnswerRecord => ({
    key: 'k1',
    question: '@everyone what is **LoRA**?',
    answer: `${'A very long answer sentence [1]. '.repeat(300)}`,
    mode: 'extractive',
    abstained: false,
    citations: Array.from({ length: 40 }, (_, i) => ({ n: i + 1, title: `Paper_${i} *with* [brackets]`, url: `https://example.org/p(${i})` })),
    sources: [{ title: 'Paper_0', score: 0.5 }],
    history: [],
    at: new Date(0).toISOString(),
    messageIds: [],
    ...over,
  });

  it('fits a huge answer into messages within every limit, never pinging', () => {
    const payloads = toPayloads(answerReply(record(), 1234));
    expect(payloads.length).toBeGreaterThanOrEqual(1);
    for (const p of payloads) {
      expect(p.allowedMentions).toEqual({ parse: [], repliedUser: false });
      const embeds = (p.embeds ?? []).map((e) => ('toJSON' in e ? e.toJSON() : e));
      expect(embeds.length).toBeLessThanOrEqual(LIMITS.embedsPerMessage);
      const total = embeds.reduce(
        (n, e) => n + (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.fields ?? []).reduce((m, f) => m + f.name.length + f.value.length, 0),
        0,
      );
      expect(total).toBeLessThanOrEqual(LIMITS.embedTotal);
    }
    const last = payloads.at(-1)!;
    expect(last.components).toHaveLength(1);
    const footer = payloads.flatMap((p) => (p.embeds ?? []).map((e) => ('toJSON' in e ? e.toJSON() : e))).find((e) => e.footer)?.footer?.text;
    expect(footer).toBe('Extractive answer (no LLM) · 1.2 s');
  });

  it('sends a reply’s files with its first message, leaving out one over the upload limit and the image that shows it', () => {
    const embeds = [
      { title: 'Heading', description: 'x', image: 'attachment://map.png' },
      ...Array.from({ length: 12 }, (_, i) => ({ title: `Theme ${i}`, description: words(50), image: i === 0 ? 'attachment://huge.png' : undefined })),
    ].map(({ image, ...e }) => (image ? { ...e, image } : e));
    const files = [
      { name: 'map.png', data: new Uint8Array(1000) },
      { name: 'huge.png', data: new Uint8Array(LIMITS.attachmentBytes + 1) },
    ];
    const payloads = toPayloads({ embeds, files });
    expect(payloads.length).toBeGreaterThan(1);
    expect((payloads[0]!.files ?? []).map((f) => (f as AttachmentBuilder).name)).toEqual(['map.png']);
    for (const p of payloads.slice(1)) expect(p.files).toBeUndefined();
    const images = payloads.flatMap((p) => (p.embeds ?? []).map((e) => ('toJSON' in e ? e.toJSON() : e).image?.url));
    expect(images.filter(Boolean)).toEqual(['attachment://map.png']);
  });

  it('escapes markdown in titles and links them safely', () => {
    expect(md('**bold** _x_')).toBe('\\*\\*bold\\*\\* \\_x\\_');
    const link = titleLink('A [weird] *title*', 'https://example.org/a(b)');
    expect(link).toBe('[A \\[weird\\] \\*title\\*](https://example.org/a%28b%29)');
    expect(plain(link)).toBe('A [weird] *title* <https://example.org/a%28b%29>');
    expect(titleLink('t', 'javascript:alert(1)')).toBe('t');
  });
});
