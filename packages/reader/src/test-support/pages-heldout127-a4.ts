import { norm, plain, type TestPage, tokens } from './page-kit.js';
import { appearance, type VectorPage, type VectorSite } from './pages-heldout127-a3.js';

/**
 * Held-out batch 127, file a4: the furniture texts of the Vector 2022 skin of file a3, the English Wikipedia's settings, the
 * navbox, authority-control box and reference list of a Wikipedia article's foot, and the batch's last gold step, tidy().
 */
/** The texts of the skin a reader must never take for the article (the table of contents, which repeats the headings, is left out). */
export function vectorFurniture(site: VectorSite, page: VectorPage): string[] {
  const all = [
    ...(site.topTexts ?? []),
    'Jump to content',
    'Main menu',
    'move to sidebar',
    'hide',
    ...site.menus.flatMap((m) => [m.heading, ...m.items]),
    'Search',
    ...site.userLinks,
    'Personal tools',
    ...(site.anonMenu ? ['Pages for logged out editors learn more', 'Contributions', 'Talk'] : []),
    'Contents',
    '(Top)',
    'Toggle the table of contents',
    ...(page.langs.length ? [`${page.langs.length} languages`, ...page.langs, 'Edit links'] : []),
    'Article',
    'Talk',
    'Read',
    'Edit',
    'View history',
    'Tools',
    'Actions',
    'General',
    ...site.tools,
    'Print/export',
    ...site.print,
    ...(site.projects.length ? ['In other projects', ...site.projects] : []),
    'Appearance',
    ...appearance.flatMap(([, h, o]) => [h, ...o]),
    site.siteSub,
    `Retrieved from "https://${site.host}/w/index.php?title=${page.slug}&oldid=${page.oldid}"`,
    page.cats.length === 1 ? 'Category' : 'Categories',
    ...page.cats,
    ...(page.hidden.length ? ['Hidden categories', ...page.hidden] : []),
    plain(site.copyright),
    ...site.places,
  ];
  return [...new Set(all)];
}

/** Furniture texts less any that is word for word a gold line (a navbox link to the page itself or to a heading's subject). */
export const notGold = (furniture: readonly string[], gold: readonly string[]): string[] => {
  const g = new Set(gold.map((t) => t.toLowerCase()));
  return [...new Set(furniture)].filter((t) => !g.has(t.toLowerCase()));
};

/** The footer's "last edited" line, a byline. */
export const vectorEdited = (page: VectorPage): string => `This page was last edited on ${page.edited} (UTC).`;

/** The English Wikipedia around a page. */
export const WIKIPEDIA: VectorSite = {
  name: 'Wikipedia',
  host: 'en.wikipedia.org',
  siteSub: 'From Wikipedia, the free encyclopedia',
  menus: [
    { id: 'p-navigation', heading: 'Navigation', items: ['Main page', 'Contents', 'Current events', 'Random article', 'About Wikipedia', 'Contact us'] },
    { id: 'p-interaction', heading: 'Contribute', items: ['Help', 'Learn to edit', 'Community portal', 'Recent changes', 'Upload file', 'Special pages'] },
  ],
  userLinks: ['Donate', 'Create account', 'Log in'],
  anonMenu: true,
  tools: ['What links here', 'Related changes', 'Upload file', 'Permanent link', 'Page information', 'Cite this page', 'Get shortened URL', 'Download QR code'],
  print: ['Download as PDF', 'Printable version'],
  projects: ['Wikimedia Commons', 'Wikidata item'],
  copyright:
    'Text is available under the <a rel="nofollow" class="external text" href="https://creativecommons.org/licenses/by-sa/4.0/deed.en">Creative Commons ' +
    'Attribution-ShareAlike 4.0 License</a>; additional terms may apply. By using this site, you agree to the <a class="external text" ' +
    'href="https://foundation.wikimedia.org/wiki/Special:MyLanguage/Policy:Terms_of_Use">Terms of Use</a> and <a class="external text" ' +
    'href="https://foundation.wikimedia.org/wiki/Special:MyLanguage/Policy:Privacy_policy">Privacy Policy</a>. Wikipedia® is a registered trademark ' +
    'of the <a rel="nofollow" class="external text" href="https://wikimediafoundation.org/">Wikimedia Foundation, Inc.</a>, a non-profit organization.',
  places: [
    'Privacy policy',
    'About Wikipedia',
    'Disclaimers',
    'Contact Wikipedia',
    'Code of Conduct',
    'Developers',
    'Statistics',
    'Cookie statement',
    'Mobile view',
  ],
};

/** A navigation box at the foot of an article (collapsed, with its v · t · e bar); its texts are furniture. */
export const navbox = (title: string, groups: readonly (readonly [string, readonly string[]])[]): string => {
  const id = title.replace(/\W+/g, '_');
  const rows = groups
    .map(
      ([g, items], i) => `<tr><th scope="row" class="navbox-group" style="width:1%">${g}</th><td class="navbox-list-with-group navbox-list
navbox-${i % 2 ? 'even' : 'odd'} hlist" style="width:100%;padding:0"><div style="padding:0 0.25em"><ul>${items
        .map((t) => `<li><a href="/wiki/${t.replace(/ /g, '_')}">${t}</a></li>`)
        .join('')}</ul></div></td></tr>`,
    )
    .join('\n');
  return `<div class="navbox-styles"><style data-mw-deduplicate="TemplateStyles:r1129693374">.mw-parser-output .hlist dl,.mw-parser-output .hlist ol{margin:0}
</style></div><div role="navigation" class="navbox" aria-labelledby="${id}" style="padding:3px"><table class="nowraplinks mw-collapsible autocollapse
navbox-inner mw-made-collapsible mw-collapsed" style="border-spacing:0;background:transparent;color:inherit"><tbody><tr><th scope="col" class="navbox-title"
colspan="2"><button type="button" class="mw-collapsible-toggle mw-collapsible-toggle-default mw-collapsible-toggle-collapsed" aria-expanded="false"
tabindex="0"><span class="mw-collapsible-text">show</span></button><div class="navbar plainlinks hlist navbar-mini"><ul><li class="nv-view">
<a href="/wiki/Template:${id}"><abbr title="View this template">v</abbr></a></li><li class="nv-talk"><a href="/wiki/Template_talk:${id}"><abbr
title="Discuss this template">t</abbr></a></li><li class="nv-edit"><a href="/wiki/Special:EditPage/Template:${id}"><abbr title="Edit this template">e</abbr>
</a></li></ul></div><div id="${id}" style="font-size:114%;margin:0 4em">${title}</div></th></tr>
${rows}</tbody></table></div>`;
};

/** The texts of a navbox. */
export const navboxTexts = (title: string, groups: readonly (readonly [string, readonly string[]])[]): string[] => [
  'show',
  title,
  ...groups.flatMap(([g, items]) => [g, ...items]),
];

/** The authority-control box under the navboxes. */
export const authority = (national: readonly string[]): string => `<div class="navbox authority-control" role="navigation" aria-label="Navbox"
style="padding:3px"><table class="nowraplinks hlist navbox-inner" style="border-spacing:0;background:transparent;color:inherit"><tbody><tr>
<th scope="row" class="navbox-group" style="width:1%"><a href="/wiki/Help:Authority_control" title="Help:Authority control">Authority control databases</a></th>
<td class="navbox-list-with-group navbox-list navbox-odd" style="width:100%;padding:0"><div style="padding:0 0.25em"><ul><li><span class="nowrap">International
</span><div class="hlist"><ul><li><a rel="nofollow" class="external text" href="https://viaf.org/viaf/1/">VIAF</a></li></ul></div></li><li><span class="nowrap">
National</span><div class="hlist"><ul>${national.map((t) => `<li><a rel="nofollow" class="external text" href="https://id.loc.gov/">${t}</a></li>`).join('')}
</ul></div></li></ul></div></td></tr></tbody></table></div>`;

export const authorityTexts = (national: readonly string[]): string[] => ['Authority control databases', 'International', 'VIAF', 'National', ...national];

/** A reference list; its entries are in neither gold list. */
export const reflist = (
  refs: readonly string[],
): string => `<style data-mw-deduplicate="TemplateStyles:r1239543626">.mw-parser-output .reflist{margin-bottom:0.5em;
list-style-type:decimal}</style><div class="reflist reflist-columns references-column-width" style="column-width: 30em;"><ol class="references">
${refs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><b><a href="#cite_ref-${i + 1}">^</a></b></span> <span class="reference-text">
<cite class="citation cs1">${r}</cite></span></li>`,
  )
  .join('\n')}</ol></div>`;

/**
 * The batch's last gold step: furniture and bylines deduplicated, and a furniture text left out when it is word for word a gold
 * line, or when it has at most three words that stand as whole words in a short gold line (a title, a heading, a table cell),
 * where the score could not tell the two apart.
 */
export function tidy(p: TestPage): TestPage {
  const gold = [p.title, ...p.headings, ...p.body];
  const exact = new Set(gold.map(norm));
  const short = gold
    .map((l) => tokens(l))
    .filter((t) => t.length <= 10)
    .map((t) => ` ${t.join(' ')} `);
  const keep = (f: string): boolean => {
    const t = tokens(f);
    if (exact.has(norm(f))) return false;
    return t.length === 0 || t.length > 3 || !short.some((l) => l.includes(` ${t.join(' ')} `));
  };
  return { ...p, bylines: [...new Set(p.bylines)], furniture: [...new Set(p.furniture)].filter(keep) };
}
