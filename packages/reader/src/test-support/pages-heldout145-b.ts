import { plain, type TestPage, texts } from './page-kit.js';
import { furnish } from './pages-heldout145-kit.js';
import { minecraftPage } from './pages-heldout145-b2.js';
import { type V22Page, v22, v22Furniture } from './pages-heldout145-v22.js';

/**
 * Held-out batch 145, file b: an English Wikisource chapter page in the Vector 2022 skin (the subpage breadcrumb under
 * the title, the download and transclusion-status indicators, the header template with the work title, year, author,
 * section name and the previous/next chapter links, the transcluded text with empty page-number anchors and a footnote,
 * the public-domain licence banner, the Display options and export menus) and, from file b2, a Minecraft Wiki article.
 */
const T = "The Lamplighter's Almanac/Chapter 3";
const heads = ['CHAPTER III.', 'THE WINTER ROAD.'];
const text = [
  'It was on the first Monday after Martinmas that Joseph Harker set out from Skelbrook with his ladder on his shoulder and his wick-box under his arm, ' +
    'meaning to reach the turnpike at Calder Cross before the light went. He had done the journey a hundred times in summer, when it was a pleasant ' +
    'two hours by the river path; but the river path was under water that week, and he was obliged to take the high road over the moor.',
  'The high road, as every carrier in the district could have told him, was no road at all after the first frost. It had been laid by the old ' +
    'Commissioners with a great deal of ceremony and very little stone, and for six months of the year it served chiefly as a drain for the hillside ' +
    'above it. Joseph knew this as well as any man; but he had promised Mr. Aske that the lamps at the Cross should be trimmed and lit by Wednesday, ' +
    'and he was not a man to break a promise for the sake of his boots.',
  'He had not gone a mile before the snow began. It came in from the north-east, fine and dry at first, so that it hissed on his coat rather than ' +
    'settling; then heavier, in flakes the size of a farthing, until the walls on either side of the road were no more than grey shapes at the edge of ' +
    'his sight. He bent his head and kept on, counting the milestones as he passed them, for he had learned long ago that a man who counts is a man ' +
    'who does not lose heart.<sup id="cite_ref-1" class="reference"><a href="#cite_note-1"><span class="cite-bracket">[</span>1<span ' +
    'class="cite-bracket">]</span></a></sup>',
  'At the fourth stone he found the carrier’s cart from Hebble standing empty in the ditch, its shafts pointing at the sky and no sign of horse or ' +
    'driver. He called out twice, and listened, and heard nothing but the wind. Then, because there was nothing else to be done, he took the little ' +
    'lamp from his box, lit it with a good deal of trouble in the shelter of the cart, and hung it from the end of the nearer shaft, where it would ' +
    'be seen by anyone coming up the hill.',
  '“There,” said he aloud, as if the cart could hear him; “that is one lamp lit before Wednesday, at any rate.”',
  'The inn at Calder Cross, when at last he reached it, was full of people who had been caught by the weather, and the landlady, who had known him ' +
    'since he was a boy, made room for him by the kitchen fire without a word. It was there, an hour later, that the Hebble carrier came in, white ' +
    'from head to foot and leading his horse by the bridle, and told the company how he had been lost on the moor until he saw a light burning on ' +
    'his own cart, and had followed it home as a ship follows a harbour lamp.',
  'Joseph said nothing of the matter, then or afterwards. But the carrier found out in the end, as such things are always found out, and from that ' +
    'winter until the day he died there was no house on the Hebble road where Joseph Harker could not have had his supper for the asking.',
];
const note = 'It was the custom of the old lamplighters of the West Riding to count the posts aloud on a bad night, and the saying survives in the district.';
const prev = 'Chapter II: The Oil Merchant';
const next = 'Chapter IV: Candlemas';
const licence = 'This work was published before January 1, 1930, and is in the public domain worldwide because the author died at least 100 years ago.';
const page = "The_Lamplighter's_Almanac/Chapter_3";
const pn = (n: number, idx: number): string =>
  `<span><span class="pagenum ws-pagenum" id="${n}" data-page-number="${n}" data-page-name="Page:The Lamplighter's Almanac (1868).djvu/${idx}"
data-page-index="${idx}" data-page-quality="4" title="Page:The Lamplighter's Almanac (1868).djvu/${idx}">&#8203;</span></span>`;
const content = `<div class="wst-header ws-header ws-noexport noprint dynlayout-exempt wst-header-structure" id="headertemplate">
<div class="wst-header-mainblock"><div class="wst-header-left wst-header-prev"><span class="wst-header-prev-arrow">←</span>
<a href="/wiki/The_Lamplighter%27s_Almanac/Chapter_2" title="The Lamplighter's Almanac/Chapter 2">${prev}</a></div>
<div class="wst-header-central"><div class="wst-header-title"><span id="header-title-text"><a href="/wiki/The_Lamplighter%27s_Almanac"
title="The Lamplighter's Almanac">The Lamplighter's Almanac</a></span> <span class="wst-header-year">(1868)</span><br><span class="wst-header-contributor">by
<span id="header-author-text"><a href="/wiki/Author:Thomas_Ebbrell" title="Author:Thomas Ebbrell">Thomas Ebbrell</a></span></span><br>
<span id="header-section-text" class="wst-header-section">Chapter III: The Winter Road</span></div></div>
<div class="wst-header-right wst-header-next"><a href="/wiki/The_Lamplighter%27s_Almanac/Chapter_4" title="The Lamplighter's Almanac/Chapter 4">${next}</a>
<span class="wst-header-next-arrow">→</span></div></div></div>
<div class="prp-pages-output" lang="en">
${pn(37, 45)}<div class="wst-center tiInherit" style="margin-top:2em;"><p><span class="wst-larger">${heads[0]}</span></p></div>
<div class="wst-center tiInherit"><p><span class="wst-smallcaps">${heads[1]}</span></p></div>
${text
  .slice(0, 3)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
${pn(38, 46)}<p>${text[3]}</p>
${text
  .slice(4, 6)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
${pn(39, 47)}<p>${text[6]}</p>
<div class="wst-smallrefs"><div class="mw-references-wrap"><ol class="references"><li id="cite_note-1"><span class="mw-cite-backlink">
<a href="#cite_ref-1">↑</a></span> <span class="reference-text">${note}</span></li></ol></div></div>
<div class="wst-center tiInherit" style="margin-top:2em;"><p>⁂</p></div></div>
<div class="licenseContainer licenseBanner dynlayout-exempt" style="clear:both; margin-top:1em;"><div class="licenseBanner wst-license ws-noexport">
<span class="wst-license-image" typeof="mw:File"><img alt="Public domain"
src="//upload.wikimedia.org/wikipedia/commons/thumb/6/62/PD-icon.svg/48px-PD-icon.svg.png"
width="48" height="48" class="mw-file-element"></span><div class="wst-license-text">${licence}</div></div></div>`;
const ws: V22Page = {
  site: 'Wikisource',
  host: 'en.wikisource.org',
  docTitle: "The Lamplighter's Almanac/Chapter 3 - Wikisource, the free online library",
  page,
  titleHtml: '<span class="mw-page-title-main">The Lamplighter\'s Almanac/Chapter 3</span>',
  head:
    '<meta property="og:description" content="Chapter III: The Winter Road, from The Lamplighter\'s Almanac (1868) by Thomas Ebbrell">' +
    '<link rel="alternate" type="application/epub+zip" href="https://ws-export.wmcloud.org/?format=epub&amp;lang=en&amp;page=The_Lamplighter%27s_Almanac">',
  bodyClass: "ns-0 ns-subject page-The_Lamplighter's_Almanac_Chapter_3 rootpage-The_Lamplighter's_Almanac",
  menu: [
    [
      'Navigation',
      [
        'Main Page',
        'Community portal',
        'Central discussion',
        'Recent changes',
        'Subject index',
        'Authors',
        'Random work',
        'Random author',
        'Random transclusion',
        'Help',
        'Special pages',
      ],
    ],
    ['Display options', ['Layout 2', 'Page links beside text']],
  ],
  tabs: ['Source', 'Discussion'],
  toc: [],
  langs: [],
  general: [
    'What links here',
    'Related changes',
    'Upload file',
    'Permanent link',
    'Page information',
    'Cite this page',
    'Get shortened URL',
    'Download QR code',
  ],
  print: ['Download EPUB', 'Download MOBI', 'Download PDF', 'Other formats', 'Printable version'],
  other: ['Wikidata item'],
  indicators: `<div id="mw-indicator-transclusion" class="mw-indicator"><span class="prp-index-quality q4" title="Index validated"><img alt="Index validated"
src="/static/images/indicators/validated.svg" width="16" height="16"></span></div><div id="mw-indicator-ws-download" class="mw-indicator"><a
class="ws-download-button"
href="https://ws-export.wmcloud.org/?format=epub&amp;page=The_Lamplighter%27s_Almanac" title="Download this work as EPUB, PDF, MOBI or another
format">Download</a></div>`,
  subtitle: `<div class="subpages">&lt; <bdi dir="ltr"><a href="/wiki/The_Lamplighter%27s_Almanac" title="The Lamplighter's Almanac">The Lamplighter's
Almanac</a>
</bdi></div>`,
  content,
  cats: ['Works by Thomas Ebbrell'],
  hiddenCats: ['Index Validated'],
  edited: 'This page was last edited on 4 February 2025, at 22:16<span class="anonymous-show">&#160;(UTC)</span>.',
  trademark: false,
  places: ['Privacy policy', 'About Wikisource', 'Disclaimers', 'Code of Conduct', 'Developers', 'Statistics', 'Cookie statement', 'Mobile view'],
};
const body = [...texts(text), note];
const wikisource: TestPage = {
  html: v22(ws),
  name: 'heldout145-wikisource-chapter',
  kind: 'wiki',
  // the title is the h1 as shown (work/subpage); the chapter's centred number and name lines are its headings; the
  // author's footnote is body (its "↑" back link furniture); the header template (work title, year, section line,
  // previous/next links), the breadcrumb, the indicators and the licence banner are furniture, the closing "⁂" ornament
  // is in neither list; the author and the last-edited line are bylines
  title: T,
  headings: heads,
  body,
  bylines: ['Thomas Ebbrell', plain(ws.edited)],
  furniture: furnish(
    [T, ...heads, ...body],
    ['←', prev, "The Lamplighter's Almanac", '(1868)', 'Chapter III: The Winter Road', next, '→', '↑', licence],
    ["< The Lamplighter's Almanac", 'Download'],
    v22Furniture(ws),
  ),
};

export const HELDOUT145_B: readonly TestPage[] = [wikisource, minecraftPage];
