/**
 * Held-out batch 133, file a3: the pieces of the MediaWiki Vector 2022 skin (the page itself is in file a4) as a logged-out reader saves a Wikimedia page
 * (Wikipedia or
 * Wikibooks): "Jump to content", the main menu dropdown with its portlets, the search box, the user links with the
 * "Pages for logged out editors" dropdown, the sticky header, the sidebar table of contents, the title bar with the
 * language button, the namespace and view tabs, the Tools and Appearance menus, the site subtitle, categories, the print
 * footer and the page footer with its last-edited line. Shared by files a, a2, b and c2; it also exports the furniture and
 * byline texts the chrome puts on every page.
 */
export interface VectorPage {
  host: string;
  project: 'Wikipedia' | 'Wikibooks';
  pageName: string;
  title: string;
  /** The sidebar contents: [id, text, level]; their texts repeat the headings and are left out of the gold. */
  toc: readonly (readonly [string, string, 2 | 3])[];
  /** [code, autonym, title there]. */
  langs: readonly (readonly [string, string, string])[];
  content: string;
  cats: readonly string[];
  hiddenCats: readonly string[];
  lastEdited: string;
  revId: number;
  qid: string;
  contentSub?: string;
}

export const menus: Record<VectorPage['project'], readonly (readonly [string, readonly string[]])[]> = {
  Wikipedia: [
    ['Navigation', ['Main page', 'Contents', 'Current events', 'Random article', 'About Wikipedia', 'Contact us']],
    ['Contribute', ['Help', 'Learn to edit', 'Community portal', 'Recent changes', 'Upload file', 'Special pages']],
  ],
  Wikibooks: [
    ['Navigation', ['Main Page', 'Help', 'Browse', 'Cookbook', 'Wikijunior', 'Featured books', 'Recent changes', 'Random book', 'Using Wikibooks']],
    ['Community', ['Reading room forum', 'Community portal', 'Bulletin Board', 'Help out!', 'Policies and guidelines', 'Contact us']],
  ],
};
export const subs: Record<VectorPage['project'], string> = {
  Wikipedia: 'From Wikipedia, the free encyclopedia',
  Wikibooks: 'From Wikibooks, open books for an open world',
};
export const toolGroups = (p: VectorPage): readonly (readonly [string, readonly string[]])[] => [
  ['Actions', ['Read', 'Edit', 'View history']],
  [
    'General',
    [
      'What links here',
      'Related changes',
      'Upload file',
      'Permanent link',
      'Page information',
      p.project === 'Wikipedia' ? 'Cite this page' : 'Get shortened URL',
    ],
  ],
  ['Print/export', p.project === 'Wikipedia' ? ['Download as PDF', 'Printable version'] : ['Create a collection', 'Download as PDF', 'Printable version']],
  ['In other projects', p.project === 'Wikipedia' ? ['Wikimedia Commons', 'Wikidata item'] : ['Wikipedia', 'Wikidata item']],
];
export const appearance = [
  'Appearance',
  'Text',
  'Small',
  'Standard',
  'Large',
  'This page always uses small font size',
  'Width',
  'Standard',
  'Wide',
  'The content is as wide as possible for your browser window.',
  'Color (beta)',
  'Automatic',
  'Light',
  'Dark',
  'This page is always in light mode.',
];
export const u = (t: string): string => t.replace(/ /g, '_');
export const item = (t: string, id: string): string =>
  `<li id="${id}" class="mw-list-item"><a href="/wiki/${u(t)}" title="${t}"><span>${t.replace(/&/g, '&amp;')}</span></a></li>`;
export const portlet = (id: string, head: string, items: readonly string[]): string => `<div id="p-${id}" class="vector-menu mw-portlet mw-portlet-${id}">
<div class="vector-menu-heading">${head}</div><div class="vector-menu-content"><ul class="vector-menu-content-list">
${items.map((t, i) => item(t, `${id.slice(0, 1)}-${i}`)).join('\n')}</ul></div></div>`;
export const pinHeader = (label: string, feature: string): string => `<div class="vector-pinnable-header vector-${feature}-pinnable-header
vector-pinnable-header-unpinned" data-feature-name="${feature}-pinned" data-pinnable-element-id="vector-${feature}"><div
class="vector-pinnable-header-label">${label}</div>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-pin-button" data-event-name="pinnable-header.vector-${feature}.pin">move to
sidebar</button>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button"
data-event-name="pinnable-header.vector-${feature}.unpin">hide</button></div>`;
export const radio = (name: string, opts: readonly string[]): string =>
  opts
    .map(
      (o, i) => `<div class="cdx-radio"><div class="cdx-radio__wrapper"><input class="cdx-radio__input" type="radio" name="skin-client-pref-${name}-group"
id="skin-client-pref-${name}-value-${i}"${i === 0 ? ' checked' : ''}><span class="cdx-radio__icon"></span><div class="cdx-radio__label cdx-label">
<label for="skin-client-pref-${name}-value-${i}" class="cdx-label__label"><span class="cdx-label__label__text">${o}</span></label></div></div></div>`,
    )
    .join('\n');
export const tocHtml = (p: VectorPage): string => {
  let n = 0;
  let m = 0;
  const out: string[] = [];
  p.toc.forEach(([id, text, level], i) => {
    if (level === 2) {
      n++;
      m = 0;
      if (out.length > 0) out.push('</ul></li>');
      const hasSub = p.toc[i + 1]?.[2] === 3;
      out.push(`<li id="toc-${id}" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${id}"><div class="vector-toc-text">
<span class="vector-toc-numb">${n}</span><span>${text}</span></div></a>${
        hasSub
          ? `<button aria-controls="toc-${id}-sublist" class="cdx-button cdx-button--weight-quiet cdx-button--icon-only vector-toc-toggle">
<span class="vector-icon mw-ui-icon-wikimedia-expand"></span><span>Toggle ${text} subsection</span></button>`
          : ''
      }<ul id="toc-${id}-sublist" class="vector-toc-list">`);
    } else {
      m++;
      out.push(`<li id="toc-${id}" class="vector-toc-list-item vector-toc-level-2"><a class="vector-toc-link" href="#${id}"><div class="vector-toc-text">
<span class="vector-toc-numb">${n}.${m}</span><span>${text}</span></div></a><ul id="toc-${id}-sublist" class="vector-toc-list"></ul></li>`);
    }
  });
  return `${out.join('\n')}</ul></li>`;
};

export const vectorFurniture = (p: VectorPage): string[] => {
  const subToggles = p.toc.filter(([, , l], i) => l === 2 && p.toc[i + 1]?.[2] === 3).map(([, t]) => `Toggle ${t} subsection`);
  const list = [
    'Jump to content',
    'Main menu',
    'move to sidebar',
    'hide',
    ...menus[p.project].flatMap(([h, items]) => [h, ...items]),
    'Search',
    'Donate',
    'Create account',
    'Log in',
    'Personal tools',
    'Pages for logged out editors',
    'learn more',
    'Contributions',
    'Talk',
    'Contents',
    '(Top)',
    ...subToggles,
    'Toggle the table of contents',
    `${p.langs.length} languages`,
    ...p.langs.map(([, a]) => a),
    'Edit links',
    p.project === 'Wikipedia' ? 'Article' : 'Book',
    'Read',
    'Edit',
    'View history',
    'Tools',
    ...toolGroups(p).flatMap(([h, items]) => [h, ...items]),
    ...appearance,
    subs[p.project],
    `Retrieved from "https://${p.host}/w/index.php?title=${u(p.pageName)}&oldid=${p.revId}"`,
    'Categories',
    ...p.cats,
    'Hidden categories:',
    ...p.hiddenCats,
    'Privacy policy',
    `About ${p.project}`,
    'Disclaimers',
    `Contact ${p.project}`,
    'Code of Conduct',
    'Developers',
    'Statistics',
    'Cookie statement',
    'Mobile view',
  ];
  return [...new Set(list)];
};
export const vectorBylines = (p: VectorPage): string[] => [`This page was last edited on ${p.lastEdited} (UTC).`];

/** A section heading of the parser output, with its "[edit]" link. */
export const mwH = (level: 2 | 3, id: string, text: string, page: string, section: number): string =>
  `<div class="mw-heading mw-heading${level}"><h${level} id="${id}">${text}</h${level}><span class="mw-editsection"><span
class="mw-editsection-bracket">[</span>
<a href="/w/index.php?title=${u(page)}&amp;action=edit&amp;section=${section}" title="Edit section: ${text}"><span>edit</span></a><span
class="mw-editsection-bracket">]</span></span></div>`;
/** A footnote marker. */
export const ref = (n: number): string =>
  `<sup id="cite_ref-${n}" class="reference"><a href="#cite_note-${n}"><span class="cite-bracket">&#91;</span>${n}<span
class="cite-bracket">&#93;</span></a></sup>`;
/** The references list (the citations are furniture). */
export const reflist = (refs: readonly string[]): string => `<div class="mw-references-wrap${refs.length > 10 ? ' mw-references-columns' : ''}">
<ol class="references">${refs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><b><a href="#cite_ref-${i + 1}">^</a></b></span> <span class="reference-text">
<cite class="citation journal cs1">${r}</cite><span title="ctx_ver=Z39.88-2004" class="Z3988"></span></span></li>`,
  )
  .join('\n')}</ol></div>`;
/** A thumbnail figure; its caption is furniture. */
export const thumb = (file: string, caption: string, w = 250): string => `<figure class="mw-default-size" typeof="mw:File/Thumb">
<a href="/wiki/File:${u(file)}" class="mw-file-description"><img src="//upload.wikimedia.org/wikipedia/commons/thumb/a/a4/${u(file)}/${w}px-${u(file)}"
decoding="async" width="${w}" height="${Math.round(w * 0.72)}" class="mw-file-element" data-file-width="2400" data-file-height="1728"></a>
<figcaption>${caption}</figcaption></figure>`;
