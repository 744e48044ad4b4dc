/**
 * Plain text from the LaTeX markup arXiv abstracts carry: accents (`T\"ulu` → Tülu), escaped symbols
 * (`1\%` → 1%), font and link commands (`\textit{New}` → New, `\url{…}` → the link), common macros
 * (`\eg`, `\textgreater`, Greek letters) and the dollar signs of short formulas. Search then reads the
 * words a reader types, and answers quote what the abstract says, not how it was typeset. A command
 * it does not know is left as it is.
 */

const ACCENTS: Record<string, string> = {
  '"': '\u0308',
  "'": '\u0301',
  '`': '\u0300',
  '^': '\u0302',
  '~': '\u0303',
  '=': '\u0304',
  '.': '\u0307',
  c: '\u0327',
  v: '\u030C',
  u: '\u0306',
  H: '\u030B',
  k: '\u0328',
};

const SYMBOLS: Record<string, string> = {
  eg: 'e.g.',
  ie: 'i.e.',
  etal: 'et al.',
  textgreater: '>',
  textless: '<',
  times: '×',
  sim: '~',
  approx: '≈',
  leq: '≤',
  le: '≤',
  geq: '≥',
  ge: '≥',
  neq: '≠',
  pm: '±',
  cdot: '·',
  rightarrow: '→',
  to: '→',
  leftarrow: '←',
  infty: '∞',
  ldots: '…',
  dots: '…',
  cdots: '…',
  textasciitilde: '~',
  textbar: '|',
  alpha: 'α',
  beta: 'β',
  gamma: 'γ',
  delta: 'δ',
  epsilon: 'ε',
  varepsilon: 'ε',
  zeta: 'ζ',
  eta: 'η',
  theta: 'θ',
  kappa: 'κ',
  lambda: 'λ',
  mu: 'μ',
  nu: 'ν',
  pi: 'π',
  rho: 'ρ',
  sigma: 'σ',
  tau: 'τ',
  phi: 'φ',
  chi: 'χ',
  psi: 'ψ',
  omega: 'ω',
  Delta: 'Δ',
  Sigma: 'Σ',
  Omega: 'Ω',
};

/** Commands whose one argument is the text itself. */
const TEXT_COMMANDS = 'textit|textbf|textsc|texttt|textrm|textsf|textup|textnormal|emph|underline|text|mathrm|mathbf|mathit|mathsf|mathtt|mathcal|mathbb|boldsymbol';

const ACCENT_RE = /\\(["'`^~=.]|[cvuHk](?=[{\s]))\s*(?:\{\s*(\\i|[A-Za-z])\s*\}|(\\i|[A-Za-z]))/g;
const TEXT_COMMAND_RE = new RegExp(String.raw`\\(?:${TEXT_COMMANDS})\s*\{([^{}]*)\}`, 'g');
const HREF_RE = /\\href\s*\{([^{}]*)\}\s*\{([^{}]*)\}/g;
const URL_RE = /\\url\s*\{([^{}]*)\}/g;
const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const SYMBOL_RE = /\\([A-Za-z]+)(?![A-Za-z])(?:\{\})?/g;
/** `$...$` around a short formula (one with a command, a brace, a superscript or a subscript), not around prices. */
const MATH_RE = /\$([^$\n]{1,60})\$/g;
const MATHY_RE = /[\\{}^_]/;

/** `text` without the LaTeX markup it carries (text without a backslash or dollar sign is returned as it is). */
export function fromLatex(text: string): string {
  if (!/[\\$]/.test(text)) return text;
  let out = text
    .replace(ACCENT_RE, (m, accent: string, braced?: string, bare?: string) => {
      const letter = (braced ?? bare ?? '') === '\\i' ? 'i' : (braced ?? bare ?? '');
      const mark = ACCENTS[accent];
      return mark ? `${letter}${mark}`.normalize('NFC') : m;
    })
    .replace(/\\([%&_#$])/g, '$1')
    .replace(HREF_RE, '$2 ($1)')
    // A link set off from the word before it ("ChatGLM\url{https://chatglm.cn}").
    .replace(URL_RE, ' $1');
  // Nested font commands (\textbf{\textit{x}}) come off one level per pass.
  for (let i = 0; i < 3 && TEXT_COMMAND_RE.test(out); i++) out = out.replace(TEXT_COMMAND_RE, '$1');
  out = out
    .replace(MATH_RE, (m, inner: string) => (MATHY_RE.test(inner) ? inner : m))
    .replace(SYMBOL_RE, (m, name: string) => SYMBOLS[name] ?? m)
    .replace(/\^(?:\{(\d+)\}|(\d)(?!\d))/g, (_m, braced?: string, bare?: string) => [...(braced ?? bare ?? '')].map((d) => SUPERSCRIPTS[Number(d)]).join(''))
    .replace(/\^\{([^{}]*)\}/g, '^$1')
    .replace(/_\{([^{}]*)\}/g, '_$1')
    // Grouping braces left around plain text (not an argument after a word), and spacing commands.
    .replace(/(?<![A-Za-z])\{([^{}\\]*)\}/g, '$1')
    .replace(/\\[ ,;:!]/g, ' ')
    .replace(/\\\\/g, ' ')
    .replace(/[ \t]{2,}/g, ' ');
  return out;
}
