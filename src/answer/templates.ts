/**
 * The prompt files of `prompts/`, and templates filled from them with LangChain's PromptTemplate.
 * LangChain's prompt module takes a few hundred milliseconds to load, so it is loaded when a template
 * is first filled (only LLM answers and LLM digests fill one), not when a command starts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { PromptTemplate } from '@langchain/core/prompts';
import { PROJECT_ROOT } from '../util/project.js';

const PROMPTS_DIR = path.join(PROJECT_ROOT, 'prompts');

/** Loads LangChain's prompt module ahead of the first template filled (a bot does at start). */
export async function loadTemplateEngine(): Promise<void> {
  await import('@langchain/core/prompts');
}

/** Reads a prompt file from `prompts/`. */
export function loadPrompt(name: string): string {
  return readFileSync(path.join(PROMPTS_DIR, name), 'utf8');
}

/** A template of `prompts/` (read at once), filled in by its `{placeholders}`. */
export class PromptFile {
  private compiled?: Promise<PromptTemplate>;
  private readonly text: string;

  constructor(name: string) {
    this.text = loadPrompt(name);
  }

  async format(values: Record<string, string>): Promise<string> {
    this.compiled ??= import('@langchain/core/prompts').then(({ PromptTemplate }) => PromptTemplate.fromTemplate(this.text));
    return (await this.compiled).format(values);
  }
}
