import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { InputFileError } from '../errors.js';

/** How a question is phrased: the eval breaks its metrics down by it. */
export const STYLES = ['keywords', 'casual', 'paraphrase', 'long', 'precise'] as const;
export const StyleSchema = z.enum(STYLES);
export type Style = z.infer<typeof StyleSchema>;

const style = { style: StyleSchema.optional() };

export const EvalItemSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('paper'), question: z.string().min(1), relevant: z.array(z.string()).length(1), ...style }),
  z.object({ kind: z.literal('topic'), question: z.string().min(1), relevant: z.array(z.string()).min(1), ...style }),
  z.object({ kind: z.literal('unanswerable'), question: z.string().min(1), ...style }),
  z.object({ kind: z.literal('title'), query: z.string().min(1), title: z.string().min(1), ...style }),
  z.object({ kind: z.literal('similar'), title: z.string().min(1), relevant: z.array(z.string()).min(1), ...style }),
]);
export type EvalItem = z.infer<typeof EvalItemSchema>;

export async function readEvalSet(file: string): Promise<EvalItem[]> {
  const lines = (await readFile(file, 'utf8')).split(/\r?\n/);
  const items: EvalItem[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new InputFileError(file, i + 1, 'malformed JSON');
    }
    const parsed = EvalItemSchema.safeParse(value);
    if (!parsed.success) throw new InputFileError(file, i + 1, `invalid eval item: ${parsed.error.issues[0]?.message ?? ''}`);
    items.push(parsed.data);
  });
  return items;
}
