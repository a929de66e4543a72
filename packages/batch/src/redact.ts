/** `redis://user:pass@host` -> `redis://user:***@host`; anything unparseable is returned with any `:secret@` masked. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password === '') return url;
    u.password = '***';
    return u.toString().replace(/\/$/, url.endsWith('/') ? '/' : '');
  } catch {
    return url.replace(/:[^:@/]*@/, ':***@');
  }
}

/** Removes the password of `url` from any text (error messages of the client library). */
export function redactSecrets(text: string, url: string): string {
  let password = '';
  try {
    password = decodeURIComponent(new URL(url).password);
  } catch {
    /* not a URL: nothing to hide beyond redactUrl */
  }
  const masked = text.split(url).join(redactUrl(url));
  return password.length >= 1 ? masked.split(password).join('***') : masked;
}
