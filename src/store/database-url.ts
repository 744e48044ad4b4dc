/** A PostgreSQL URL as it may be shown: without its password or parameters (`postgres://user@host:5432/db`). */
export function redactDatabaseUrl(url: string): string {
  if (!URL.canParse(url)) return 'the PostgreSQL database';
  const u = new URL(url);
  const user = u.username ? `${u.username}@` : '';
  return `${u.protocol}//${user}${u.host}${u.pathname}`;
}

/** What a PostgreSQL URL holds that logs must never show: its password, as written and decoded. */
export function databaseUrlSecrets(url: string | undefined): string[] {
  if (!url || !URL.canParse(url)) return [];
  const u = new URL(url);
  const out = [u.password, safeDecode(u.password), u.searchParams.get('password') ?? ''];
  return [...new Set(out.filter((s) => s !== ''))];
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
