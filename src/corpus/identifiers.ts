/**
 * arXiv identifiers ("2501.17635") in what a user types and in the papers' links: a question may name
 * a paper by its identifier, bare ("arXiv:2501.17635v2") or in a link to arXiv, Hugging Face or any
 * other site that puts it in the path. Pure.
 */

/** A new-style arXiv identifier (YYMM.NNNNN, a real month), with an optional version. */
const ID = String.raw`(\d{2}(?:0[1-9]|1[0-2])\.\d{4,5})(?:v\d{1,3})?`;

/** A link that holds an identifier, or the identifier itself after an optional "arXiv:". */
const REF_RE = new RegExp(String.raw`\bhttps?://[^\s<>()]*?(?<![\d.])${ID}(?![\d.]\d)[^\s<>()]*|<https?://[^\s<>]*?(?<![\d.])${ID}[^\s<>]*>|(?:\barxiv:\s*)?(?<![\w.])${ID}(?![\w]|\.\d)`, 'gi');

/** The identifiers a text names, in order and each once, and the text without them. */
export function paperRefs(text: string): { refs: string[]; rest: string } {
  const refs: string[] = [];
  const rest = text.replace(REF_RE, (_, a: string | undefined, b: string | undefined, c: string | undefined) => {
    const id = a ?? b ?? c!;
    if (!refs.includes(id)) refs.push(id);
    return ' ';
  });
  return { refs, rest: refs.length > 0 ? rest.replace(/\s+/g, ' ').trim() : text };
}

/** What to say of identifiers no paper of the corpus has. */
export function unknownRefsText(refs: readonly string[]): string {
  const list = refs.length === 1 ? refs[0]! : `${refs.slice(0, -1).join(', ')} and ${refs.at(-1)!}`;
  return `No paper in the corpus has the arXiv identifier${refs.length === 1 ? '' : 's'} ${list}.`;
}

/** The identifier in a link, not part of a longer number. */
const LINK_REF_RE = new RegExp(String.raw`(?<![\d.])${ID}(?!\d)`);

/** The arXiv identifier in a paper's link, if it has one. */
export function refOf(url: string | undefined): string | undefined {
  return url ? LINK_REF_RE.exec(url)?.[1] : undefined;
}
