import type { DomDocument } from './dom.js';

/**
 * What a page says it is, in the three places sites declare it: a JSON-LD `@type`, a microdata
 * `itemtype`, and Open Graph's `og:type`. Read before the furniture pass removes the scripts.
 * `types` is a pattern of schema.org type names (`Event|MusicEvent`), `og` of og:type values.
 */
export function declaresType(doc: DomDocument, types: RegExp, og?: RegExp): boolean {
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    for (const m of (s.textContent ?? '').matchAll(/"@type"\s*:\s*(?:"([^"]+)"|\[([^\]]*)\])/g)) {
      const names = (m[1] ?? m[2] ?? '').replace(/"/g, '').split(/\s*,\s*/);
      if (names.some((n) => types.test(n.replace(/^.*[/:]/, '')))) return true;
    }
  }
  for (const el of Array.from(doc.querySelectorAll('[itemtype]'))) {
    if ((el.getAttribute('itemtype') ?? '').split(/\s+/).some((t) => types.test(t.replace(/^.*\//, '')))) return true;
  }
  const ogType = doc.querySelectorAll('meta[property="og:type"]')[0]?.getAttribute('content') ?? '';
  return og?.test(ogType) ?? false;
}
