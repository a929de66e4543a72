import { type TestPage, texts } from './page-kit.js';
import { mwH, type Shell, vector2022, vector2022Furniture } from './pages-heldout169-skin.js';
import { wikipediaEvent } from './pages-heldout169-f2.js';

/**
 * Held-out batch 169, file f: a Wikiquote page about an (invented) novelist in Vector 2022 (the Wikipedia sister-project
 * box, a lead paragraph, quotes as list items with their sources as nested list items, sections per book, "Quotes about",
 * external links, the Commons box, the language button, categories and footer) and, from file f2, a Wikipedia article on a
 * historical event with many footnotes.
 */
const page = 'Hesper_Vollan';
const title = 'Hesper Vollan';
const lead = [
  'Hesper Vollan (14 May 1902 – 2 January 1977) was a Norwegian-born British novelist and essayist, best known for her novels ' +
    'of coastal life in the north of England and for her long-running newspaper column on walking.',
];
type Q = { q: string; src: string };
const salt: readonly Q[] = [
  { q: 'A harbour town keeps two calendars: one for the church and one for the tide, and it is the tide that everyone obeys.', src: 'Chapter 1, p. 3' },
  {
    q: 'She had learned that you cannot argue with the sea, only with the people who think they understand it.',
    src: 'Chapter 7, p. 88',
  },
  { q: 'Nobody leaves Skelby. They only go and live somewhere else for a while.', src: 'Chapter 19, p. 241' },
];
const orchard: readonly Q[] = [
  { q: 'Grief is a long walk with no map, and the only rule is that you keep putting one foot in front of the other.', src: 'Part Two, ch. 4' },
  { q: 'An orchard is a promise made by someone who will not live to see it kept.', src: 'Part Three, ch. 1' },
];
const essays: readonly Q[] = [
  {
    q: 'A footpath is a sentence written by a thousand people over three hundred years, and it still makes sense.',
    src: '“On Footpaths”, The Northern Courier (12 March 1951)',
  },
  { q: 'The best walks end at a door with a kettle behind it.', src: '“Weather Permitting”, The Northern Courier (4 October 1958)' },
  {
    q: 'Every county council in England has a map of the paths it would rather you did not use. Ask to see it, and then go and use them.',
    src: '“Rights of Way”, The Northern Courier (19 June 1962)',
  },
  {
    q: 'Writing a novel is like walking across a moor in fog: you know roughly where the road is, and you trust that it will still be there when you arrive.',
    src: 'Interview in The Northern Courier (8 May 1970)',
  },
];
const about: readonly Q[] = [
  {
    q: 'She wrote about small places as if they were the whole world, which to the people in them they are.',
    src: 'Tobias Wrenfield, obituary in The Northern Courier (4 January 1977)',
  },
  { q: 'Vollan never wasted a sentence, and never let a character off lightly.', src: 'Maud Hartigan, Writers of the Northern Coast (1989), p. 112' },
];
const extLinks = ['The Hesper Vollan Society', 'Vollan papers at the Skelby Public Library'];
const hQuotes = 'Quotes';
const h1 = 'The Salt Road (1938)';
const h2 = 'The Winter Orchard (1946)';
const h3 = 'Essays';
const hAbout = 'Quotes about Hesper Vollan';
const hExt = 'External links';
const sisterWp = 'Wikipedia has an article about: Hesper Vollan';
const sisterC = 'Wikimedia Commons has media related to: Hesper Vollan';
const quoteList = (qs: readonly Q[]): string =>
  `<ul>${qs
    .map(
      (x) => `<li>${x.q.replace(/^([^,.:]+)/, '$1')}\n<ul>
<li>${x.src.replace(/(The Northern Courier|Writers of the Northern Coast)/, '<i>$1</i>')}</li></ul></li>`,
    )
    .join('\n')}</ul>`;
const sister = (t: string, img: string): string => `<div class="noprint sisterproject tright" style="border:1px solid #aaa;width:250px"><div class="floatleft">
<span typeof="mw:File"><a href="/wiki/File:${img}" class="mw-file-description">
<img src="//upload.wikimedia.example/${img}" width="40" height="40" class="mw-file-element"></a></span>
</div><div>${t.replace(': Hesper Vollan', ':')} <b><a href="https://en.wikipedia.example/wiki/Hesper_Vollan">Hesper Vollan</a></b></div></div>`;
const content = `${sister(sisterWp, 'Wikipedia-logo.png')}
<p><b>${title}</b>${lead[0]?.slice(title.length)}</p>
<meta property="mw:PageProp/toc">
${mwH(2, hQuotes, page, 1)}
${mwH(3, `<i>${h1.replace(' (1938)', '</i> (1938)')}`, page, 2)
  .replace(/id="[^"]*"/, 'id="The_Salt_Road_(1938)"')
  .replace(/title="Edit section: [^"]*"/, 'title="Edit section: The Salt Road (1938)"')}
${quoteList(salt)}
${mwH(3, `<i>${h2.replace(' (1946)', '</i> (1946)')}`, page, 3)
  .replace(/id="[^"]*"/, 'id="The_Winter_Orchard_(1946)"')
  .replace(/title="Edit section: [^"]*"/, 'title="Edit section: The Winter Orchard (1946)"')}
${quoteList(orchard)}
${mwH(3, h3, page, 4)}
${quoteList(essays)}
${mwH(2, hAbout, page, 5)}
${quoteList(about)}
${mwH(2, hExt, page, 6)}
${sister(sisterC, 'Commons-logo.svg')}
<ul>${extLinks.map((t, i) => `<li><a rel="nofollow" class="external text" href="https://vollan.example/${i}">${t}</a></li>`).join('\n')}</ul>`;
const shell: Shell = {
  lang: 'en',
  site: 'Wikiquote',
  page: title,
  headExtra: `<link rel="canonical" href="https://en.wikiquote.org/wiki/${page}">
<meta property="og:image" content="https://upload.wikimedia.example/Vollan.jpg">
<script type="application/ld+json">{"@context":"https:\\/\\/schema.org","@type":"Article","name":"Hesper Vollan",
"url":"https:\\/\\/en.wikiquote.org\\/wiki\\/${page}",
"author":{"@type":"Organization","name":"Contributors to Wikimedia projects"},"datePublished":"2009-06-11T08:15:30Z",
"dateModified":"2025-07-21T17:03:52Z"}</script>`,
  bodyClass: `page-${page} rootpage-${page}`,
  h1: `<span class="mw-page-title-main">${title}</span>`,
  tagline: 'From Wikiquote',
  notice: '<div id="centralNotice"></div>',
  personal: ['Donate', 'Create account', 'Log in'],
  tabsLeft: ['Article', 'Discussion'],
  tabsRight: ['Read', 'Edit', 'View history'],
  portlets: [
    { id: 'p-navigation', label: 'Navigation', items: ['Main page', 'Community portal', 'Village pump', 'Recent changes', 'Random page', 'Help'] },
    {
      id: 'p-tb',
      label: 'General',
      items: ['What links here', 'Related changes', 'Upload file', 'Special pages', 'Permanent link', 'Page information', 'Cite this page', 'Wikidata item'],
    },
    { id: 'p-coll-print_export', label: 'Print/export', items: ['Download as PDF', 'Printable version'] },
    { id: 'p-wikibase-otherprojects', label: 'In other projects', items: ['Wikipedia', 'Wikimedia Commons'] },
  ],
  content,
  cats: ['1902 births', '1977 deaths', 'Novelists from England', 'Essayists from England', 'Norwegian emigrants to the United Kingdom'],
  lastmod: 'This page was last edited on 21 July 2025, at 17:03.',
  copyright:
    'Text is available under the <a href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons Attribution-ShareAlike License</a>; ' +
    'additional terms may apply. By using this site, you agree to the <a href="https://foundation.wikimedia.org/wiki/Terms_of_Use">Terms of Use</a> ' +
    'and <a href="https://foundation.wikimedia.org/wiki/Privacy_policy">Privacy Policy.</a>',
  places: ['Privacy policy', 'About Wikiquote', 'Disclaimers', 'Code of Conduct', 'Developers', 'Statistics', 'Cookie statement', 'Mobile view'],
  tail: '',
  toc: [hQuotes, hAbout, hExt],
  langs: ['3 languages', 'Norsk bokmål', 'Deutsch', 'Italiano'],
};
const all = [...salt, ...orchard, ...essays, ...about];
export const wikiquote: TestPage = {
  name: 'heldout169-wikiquote-person',
  kind: 'wiki',
  html: vector2022(shell),
  title,
  headings: [hQuotes, h1, h2, h3, hAbout, hExt],
  // each quote and each of its source lines (nested list items) is body; the sister-project boxes are furniture
  body: [...texts(lead), ...all.flatMap((x) => [x.q, x.src]), ...extLinks],
  bylines: [shell.lastmod],
  furniture: [...vector2022Furniture(shell), sisterWp, sisterC, 'edit'],
};

export const HELDOUT169_F: readonly TestPage[] = [wikiquote, wikipediaEvent];
