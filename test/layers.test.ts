import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../src/util/project.js';

/** Every TypeScript module of src/ and commands/, by path from the project root. */
function modules(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(path.join(PROJECT_ROOT, dir), { withFileTypes: true })) {
      const rel = path.posix.join(dir, e.name);
      if (e.isDirectory()) walk(rel);
      else if (e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')) out.push(rel);
    }
  };
  walk('src');
  walk('commands');
  return out.sort();
}

/** What a module imports (static, type-only and dynamic imports, re-exports): project modules by path, packages by name. */
function importsOf(file: string): { modules: string[]; packages: string[] } {
  const { importedFiles } = ts.preProcessFile(readFileSync(path.join(PROJECT_ROOT, file), 'utf8'), true, true);
  const result = { modules: [] as string[], packages: [] as string[] };
  for (const { fileName } of importedFiles) {
    if (fileName.startsWith('.')) result.modules.push(path.posix.join(path.posix.dirname(file), fileName).replace(/\.js$/, '.ts'));
    else if (!fileName.startsWith('node:')) result.packages.push(fileName.split('/').slice(0, fileName.startsWith('@') ? 2 : 1).join('/'));
  }
  return result;
}

const graph = new Map(modules().map((m) => [m, importsOf(m)]));

/** Groups of modules that import one another, directly or through others (Tarjan's strongly connected components). */
function cycles(): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    for (const w of graph.get(v)?.modules ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (stack.includes(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) === index.get(v)) {
      const group = stack.splice(stack.indexOf(v));
      if (group.length > 1 || graph.get(v)!.modules.includes(v)) found.push(group.sort());
    }
  };
  for (const m of graph.keys()) if (!index.has(m)) visit(m);
  return found;
}

/** The core: what a question and a digest are computed with, whatever the surface. */
const CORE = ['src/corpus/', 'src/store/', 'src/retrieval/', 'src/answer/'];
/** What the core may import besides itself. */
const BELOW_CORE = ['src/util/', 'src/errors.ts', 'src/config.ts'];
/** Packages of the surfaces. */
const SURFACE_PACKAGES = ['discord.js', 'commander'];

describe('the layers of the code', () => {
  it('finds the modules and their imports', () => {
    expect(graph.get('src/bot/discord/interactions.ts')?.modules).toContain('src/bot/button-ids.ts');
    expect(graph.get('src/bot/discord/interactions.ts')?.packages).toContain('discord.js');
    // Dynamic imports count too.
    expect(graph.get('src/cli/bot.ts')?.modules).toContain('src/bot/discord/client.ts');
  });

  it('the core imports only the core and src/util, src/errors.ts, src/config.ts: never the bot, the CLI or the commands', () => {
    const allowed = [...CORE, ...BELOW_CORE];
    const wrong: string[] = [];
    for (const [file, imports] of graph) {
      if (!CORE.some((c) => file.startsWith(c))) continue;
      for (const m of imports.modules) if (!allowed.some((a) => m.startsWith(a))) wrong.push(`${file} imports ${m}`);
      for (const p of imports.packages) if (SURFACE_PACKAGES.includes(p)) wrong.push(`${file} imports ${p}`);
    }
    expect(wrong).toEqual([]);
  });

  it('src/util imports nothing of the project but src/util', () => {
    const wrong = [...graph]
      .filter(([file]) => file.startsWith('src/util/'))
      .flatMap(([file, imports]) => imports.modules.filter((m) => !m.startsWith('src/util/')).map((m) => `${file} imports ${m}`));
    expect(wrong).toEqual([]);
  });

  it('no two modules import each other, directly or through others', () => {
    expect(cycles()).toEqual([]);
  });
});
