/** Held-out batch 410, small shared helpers: `<li>` lines of plain items, and a page's head with its meta tags and JSON-LD. */
export const lis = (items: readonly string[], cls = ''): string =>
  items.map((t) => `<li${cls === '' ? '' : ` class="${cls}"`}>${t.replace(/&/g, '&amp;')}</li>`).join('\n');

/** A `<head>` with title, description, Open Graph tags, a JSON-LD block and `extra` (scripts, styles). */
export const head = (title: string, site: string, desc: string, ld: string, extra = ''): string => `<head><meta charset="utf-8">
<title>${title} | ${site}</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="${desc}"><meta property="og:title" content="${title}"><meta property="og:site_name" content="${site}">
<meta property="og:description" content="${desc}"><meta name="twitter:card" content="summary_large_image">
<script type="application/ld+json">${ld}</script>
${extra}</head>`;
