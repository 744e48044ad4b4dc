/** An answer's lines (list markers and heading marks aside) and the sentences in them. Pure. */

export interface Unit {
  start: number;
  end: number;
  line: number;
}

export interface Line {
  start: number;
  /** End of the line's content (the newline, if any, follows). */
  end: number;
  /** Where the content starts, after a list marker or heading marks. */
  bodyStart: number;
}


export const LIST_MARKER_RE = /^[ \t]*(?:[-*+•>|]+[ \t]+|\d{1,3}[.)][ \t]+|\(\d{1,3}\)[ \t]+|#{1,6}[ \t]+|[|:]+[ \t]*)*/;
/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATION_RE = /(?:\b(?:e\.g|i\.e|et al|cf|vs|etc|fig|figs|eq|eqs|sec|approx|resp|no|dr|mr|ms)|\b\p{Lu})\.$/iu;

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const marker = LIST_MARKER_RE.exec(line)?.[0].length ?? 0;
    lines.push({ start, end: start + line.length, bodyStart: start + marker });
    start += line.length + 1;
  }
  return lines;
}

export function splitUnits(text: string, line: Line, lineIndex: number): Unit[] {
  const units: Unit[] = [];
  let start = line.bodyStart;
  const body = text.slice(line.bodyStart, line.end);
  for (const m of body.matchAll(/[.!?…]+["”’')\]]*[ \t]+(?=[\p{Lu}\p{N}"“‘'(*_`«„])/gu)) {
    const stop = line.bodyStart + m.index + m[0].length;
    const head = text.slice(start, line.bodyStart + m.index + 1);
    if (ABBREVIATION_RE.test(head)) continue;
    units.push({ start, end: stop, line: lineIndex });
    start = stop;
  }
  if (start < line.end) units.push({ start, end: line.end, line: lineIndex });
  return units.filter((u) => /\S/.test(text.slice(u.start, u.end)));
}
