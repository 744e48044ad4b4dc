import { readFile } from 'node:fs/promises';
import * as z from 'zod';
import { parseJsonLines } from '../corpus/jsonl.js';

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
  return parseJsonLines(await readFile(file, 'utf8'), file, EvalItemSchema, 'eval item').map((r) => r.record);
}
