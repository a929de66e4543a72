import { plain, type TestPage, texts } from './page-kit.js';
import { furnish, mwh } from './pages-heldout145-kit.js';
import { type V22Page, v22, v22Furniture } from './pages-heldout145-v22.js';

/**
 * Held-out batch 145, file a2: an English Wikiquote page about a (made-up) naturalist in the Vector 2022 skin: the
 * Wikipedia sister box, the lead, an image whose caption is one of the quotes, sourced quotes per work with their
 * source lines in nested lists, "Disputed", "Misattributed" and "Quotes about" sections, external links, categories.
 */
const T = 'Orla Fennimore';
const lead = [
  '<b>Orla Fennimore</b> (14 March 1871 – 2 November 1938) was a Welsh naturalist and essayist, best known for her books on the salt marshes of the ' +
    'Dyfi estuary and for her long correspondence with amateur botanists across Britain.',
];
const caption = 'The marsh is not a wasteland; it is a library with its pages still wet.';
const hQ = 'Quotes';
const w1 = '<i>The Salt Meadows</i> (1902)';
const w1q = [
  ['The marsh is not a wasteland; it is a library with its pages still wet.', 'Chapter 1, “The Tide Clock”'],
  [
    'Twice a day the sea comes in to see what we have done with the place, and twice a day it leaves without a word of complaint.',
    'Chapter 1, “The Tide Clock”',
  ],
  [
    'A heron standing in the shallows is the most patient creature in Wales, excepting only the farmer waiting to be paid for his lambs.',
    'Chapter 4, “Grey Visitors”',
  ],
  [
    'I have walked these creeks for twenty years and I still cannot tell you where the land stops. I suspect the land cannot tell you either.',
    'Chapter 9, “Boundaries”',
  ],
] as const;
const w2 = '<i>Letters to a Young Botanist</i> (1911)';
const w2q = [
  [
    'Do not be in a hurry to name a thing. Look at it first for as long as you can bear, and then a little longer. The name will wait; the flower may not.',
    'Letter III, to Gwilym Rees',
  ],
  ['Keep your notebook dry and your boots wet. There is no other rule worth writing down.', 'Letter VII, to Gwilym Rees'],
  ['You tell me the sea lavender is common. So is bread, and I have never yet grown tired of that.', 'Letter XII, to Hannah Lusk'],
] as const;
const hDisp = 'Disputed';
const disp = [
  [
    'Every field is a manuscript, and the plough is only the latest hand to write in it.',
    'Quoted in <i>The Country Diary Book</i> (1954), without a source; not found in her published works or surviving letters.',
  ],
] as const;
const hMis = 'Misattributed';
const mis = [
  [
    'The tide does not argue with the shore.',
    'Widely credited to Fennimore online since about 2015. It is the last line of Idris Cole’s poem “Low Water” (1923).',
  ],
] as const;
const hAbout = 'Quotes about Fennimore';
const about = [
  [
    'She wrote about mud as other people write about cathedrals, and by the end of the book you half believed her.',
    'Meirion Pryce, review of <i>The Salt Meadows</i> in <i>The Welsh Outlook</i> (May 1902)',
  ],
  [
    'Miss Fennimore answers every letter, including, I am sorry to say, the foolish ones I sent her at sixteen.',
    'Gwilym Rees, preface to <i>Letters to a Young Botanist</i> (1911)',
  ],
] as const;
const hExt = 'External links';
const ext = ['<a href="https://en.wikipedia.org/wiki/Orla_Fennimore" class="extiw">Encyclopedic article on Orla Fennimore</a> on Wikipedia'];

const page = 'Orla_Fennimore';
const qList = (qs: readonly (readonly [string, string])[]): string => `<ul>${qs.map(([q, s]) => `<li>${q}\n<ul><li>${s}</li></ul></li>`).join('\n')}</ul>`;
const content = `<div class="noprint plainlinks interwiki-box" style="float:right; clear:right; border:1px solid #aaa; background:#f9f9f9; padding:4px;
margin:0 0 8px 8px;">
<table role="presentation"><tbody><tr><td><span typeof="mw:File"><a href="https://en.wikipedia.org/wiki/" class="mw-file-description"><img alt="Wikipedia"
src="//upload.wikimedia.org/wikipedia/commons/thumb/8/80/Wikipedia-logo-v2.svg/40px-Wikipedia-logo-v2.svg.png" class="mw-file-element" width="40"
height="37"></a>
</span></td><td><a href="https://en.wikipedia.org/wiki/Main_Page" class="extiw" title="w:Main Page">Wikipedia</a> has an article about:<br>
<b><a href="https://en.wikipedia.org/wiki/Orla_Fennimore" class="extiw" title="w:Orla Fennimore">Orla Fennimore</a></b></td></tr></tbody></table></div>
${lead.map((p) => `<p>${p}</p>`).join('\n')}
<figure class="mw-default-size" typeof="mw:File/Thumb"><a href="/wiki/File:Dyfi_saltmarsh_at_low_tide.jpg" class="mw-file-description"><img
src="//upload.wikimedia.org/wikipedia/commons/thumb/3/3c/Dyfi_saltmarsh_at_low_tide.jpg/250px-Dyfi_saltmarsh_at_low_tide.jpg" decoding="async" width="250"
height="167" class="mw-file-element"></a><figcaption>${caption}</figcaption></figure>
<meta property="mw:PageProp/toc">
${mwh(2, hQ, page, 1)}
${mwh(3, plain(w1), page, 2).replace(`>${plain(w1)}</h3>`, `>${w1}</h3>`)}
${qList(w1q)}
${mwh(3, plain(w2), page, 3).replace(`>${plain(w2)}</h3>`, `>${w2}</h3>`)}
${qList(w2q)}
${mwh(2, hDisp, page, 4)}
${qList(disp)}
${mwh(2, hMis, page, 5)}
${qList(mis)}
${mwh(2, hAbout, page, 6)}
${qList(about)}
${mwh(2, hExt, page, 7)}
<ul><li>${ext[0]}</li></ul>
<div role="navigation" class="navbox" aria-label="Navbox" style="padding:3px"><table class="nowraplinks mw-collapsible autocollapse navbox-inner
mw-made-collapsible mw-collapsed" style="border-spacing:0;background:transparent;color:inherit"><tbody><tr><th scope="col" class="navbox-title" colspan="2">
<button type="button" class="mw-collapsible-toggle mw-collapsible-toggle-default mw-collapsible-toggle-collapsed" aria-expanded="false" tabindex="0">
<span class="mw-collapsible-text">show</span></button><div id="Welsh_nature_writers" style="font-size:114%;margin:0 4em">Welsh nature writers</div></th></tr>
<tr style="display: none;"><td class="navbox-list navbox-odd" style="width:100%;padding:0"><div style="padding:0 0.25em">
<ul><li><a href="/wiki/Idris_Cole">Idris Cole</a></li><li><a class="mw-selflink selflink">Orla Fennimore</a></li><li><a
href="/wiki/Meirion_Pryce">Meirion Pryce</a></li>
<li><a href="/wiki/Hannah_Lusk">Hannah Lusk</a></li></ul></div></td></tr></tbody></table></div>`;
const wq: V22Page = {
  site: 'Wikiquote',
  host: 'en.wikiquote.org',
  docTitle: 'Orla Fennimore - Wikiquote',
  page,
  titleHtml: '<span class="mw-page-title-main">Orla Fennimore</span>',
  head: '<meta property="og:image" content="https://upload.wikimedia.org/wikipedia/commons/3/3c/Dyfi_saltmarsh_at_low_tide.jpg">',
  bodyClass: 'ns-0 ns-subject page-Orla_Fennimore rootpage-Orla_Fennimore',
  menu: [['Navigation', ['Main page', 'Community portal', 'Village pump', 'Recent changes', 'Random page', 'Help', 'Special pages']]],
  tabs: ['Page', 'Discussion'],
  toc: [
    [hQ, hQ, 1, '1'],
    ['The_Salt_Meadows_(1902)', plain(w1), 2, '1.1'],
    ['Letters_to_a_Young_Botanist_(1911)', plain(w2), 2, '1.2'],
    [hDisp, hDisp, 1, '2'],
    [hMis, hMis, 1, '3'],
    ['Quotes_about_Fennimore', hAbout, 1, '4'],
    ['External_links', hExt, 1, '5'],
  ],
  langs: ['Cymraeg', 'Français'],
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
  print: ['Download as PDF', 'Printable version'],
  other: ['Wikipedia', 'Wikidata item'],
  indicators: '',
  subtitle: '',
  content,
  cats: ['1871 births', '1938 deaths', 'Naturalists from Wales', 'Essayists from Wales', 'Botanists', 'Women from Wales'],
  hiddenCats: [],
  edited: 'This page was last edited on 19 July 2025, at 06:03<span class="anonymous-show">&#160;(UTC)</span>.',
  trademark: false,
  places: ['Privacy policy', 'About Wikiquote', 'Disclaimers', 'Code of Conduct', 'Developers', 'Statistics', 'Cookie statement', 'Mobile view'],
};
const headings = [hQ, plain(w1), plain(w2), hDisp, hMis, hAbout, hExt];
const body = [...texts(lead), ...[w1q, w2q, disp, mis, about].flatMap((qs) => texts(qs.flat()))];
export const wikiquotePage: TestPage = {
  html: v22(wq),
  name: 'heldout145-wikiquote-person',
  kind: 'wiki',
  // each quote and its source line (the nested list item) are body; the external-links line is in neither list; the
  // image caption repeats the first quote (so it is not listed); the Wikipedia sister box, the collapsed navbox and
  // the Vector 2022 chrome are furniture; the last-edited line is a byline
  title: T,
  headings,
  body,
  bylines: [plain(wq.edited)],
  furniture: furnish(
    [T, ...headings, ...body],
    ['Wikipedia has an article about:', 'show', 'Welsh nature writers', 'Idris Cole', 'Meirion Pryce', 'Hannah Lusk'],
    v22Furniture(wq),
  ),
};
