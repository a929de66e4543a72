import { type TestPage, texts } from './page-kit.js';
import { docusaurusPost } from './pages-heldout37-e2.js';

/**
 * Held-out batch 37, file e: an essay on a personal site built from a Notion database with Super (super.so): Super's navbar
 * with logo text, links, search and a "Subscribe" button, the page cover and emoji icon, the Notion title, the database
 * properties (author, date, tags, reading time) with their labels, Notion blocks as Super renders them (semantic-string
 * paragraphs, a table-of-contents block, headings with anchor spans, a callout, an image with caption, a quote, a closed toggle
 * and a bulleted list), an inline "More essays" gallery, Super's footer with a newsletter embed and the __NEXT_DATA__ JSON).
 */
const suTitle = 'What a Year of Running a Seed Library Taught Us';
const suP1 = [
  'A year ago a shoebox of seed packets appeared on the counter of the Haldane Road library, with a handwritten sign that said ' +
    '“Take some, bring some back.” I put it there. Twelve months later the shoebox has become three filing drawers, 146 regular ' +
    'borrowers and a waiting list for tomato seeds that I did not see coming.',
  'This is a write-up of what worked, what did not, and what we are changing for the second season, mostly for the four other ' +
    'libraries in the county that have asked how to start their own.',
];
const suH1 = 'How borrowing works';
const suP2 = [
  'Borrowers take up to five packets per visit, each holding enough seed for a short row or a few pots. There is no card and no ' +
    'return date. We only ask that people let some of their plants go to seed at the end of the season and bring a portion back, ' +
    'labelled with the variety and the year.',
];
const suCallout =
  'The easiest crops to save seed from are the self-pollinating ones: tomatoes, beans, peas and lettuce. Squash and sweetcorn cross ' +
  'too readily with their neighbours to come true, so we buy those in.';
const suToggle = 'What goes on a return label';
const suToggleBody = 'Variety, year harvested, where it was grown and your initials. Nothing more.';
const suH2 = 'What came back';
const suP3 = [
  'Of the 1,100 packets borrowed, roughly 300 came back as saved seed, which is better than the one in ten we had been warned to ' +
    'expect. Beans and peas did best by far, because the seed is big, easy to dry and hard to mix up. Lettuce did worst; many people ' +
    'let it bolt and then pulled it before it set seed.',
  'The returns were not always what they said on the label. One jar marked ‘runner beans’ turned out to be a mix of three varieties, ' +
    'which a volunteer spent an entire Saturday sorting by colour.',
];
const suCaption = 'The three drawers at Haldane Road, January 2025.';
const suQuote = 'We are not a seed bank. A seed bank keeps seed safe. We want ours to be used up and grown again.';
const suH3 = 'What we’re changing';
const suList = [
  'Germination tests on every returned batch before it goes into the drawers.',
  'A short workshop in July on when and how to collect seed.',
  'Separate drawers for saved and bought seed, so borrowers know which is which.',
];
const suP4 = [
  'If you want to start one at your own library, the hardest part is not the seed. It is finding two or three volunteers who will ' +
    'turn up every week. Everything else can be sorted out as you go.',
];
const suNav = ['Essays', 'Projects', 'Now', 'Contact'];
const suTags = ['Community', 'Gardening'];
const suMore: [string, string][] = [
  ['Notes from a Winter of Repair Cafés', 'November 2, 2024'],
  ['The Allotment Waiting List Is Eleven Years Long', 'August 19, 2024'],
  ['Why I Stopped Buying Compost', 'May 5, 2024'],
];
const ss = 'notion-semantic-string';
const blk = (id: string): string => `id="block-${id}"`;
const text = (id: string, t: string): string => `<p ${blk(id)} class="notion-text notion-text__content ${ss}">${t}</p>`;
const head = (id: string, t: string): string => `<span class="notion-heading__anchor" id="${id}"></span><h2 ${blk(id)} class="notion-heading ${ss}">${t}</h2>`;
const prop = (name: string, kind: string, value: string): string =>
  `<div class="notion-page__property"><div class="notion-page__property-name-wrapper"><div class="notion-page__property-name">` +
  `<span>${name}</span></div></div><div class="notion-property notion-property__${kind} property-${name.length}a2f ${ss}">${value}</div></div>`;
const suHtml = [
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>',
  `<title>${suTitle}</title><meta name="description" content="Twelve months, 1,100 packets and a waiting list for tomatoes."/>`,
  '<link rel="canonical" href="https://priyaraman.example/essays/seed-library-year"/><link rel="preload" href="https://assets.super.so/',
  'f4c1/notion.css" as="style"/><link rel="stylesheet" href="https://assets.super.so/f4c1/notion.css"/><style id="super-theme">:root{',
  '--color-text-default:#37352f;--navbar-height:64px}.notion-root{max-width:720px}</style><meta name="next-head-count" content="24"/>',
  '</head><body><div id="__next"><div class="super-root"><div class="super-navbar simple" style="position:sticky"><div ',
  'class="super-navbar__content" style="max-width:1200px"><a class="notion-link super-navbar__logo" href="/"><div class="',
  'super-navbar__logo-image" style="width:32px;height:32px"><img alt="Logo" src="https://assets.super.so/f4c1/logo.png"/></div><span ',
  'class="super-navbar__logo-text" style="font-size:16px">Priya Raman</span></a><div class="super-navbar__item-list">',
  ...suNav.map((t) => `<a class="notion-link super-navbar__item" href="/${t.toLowerCase()}">${t}</a>`),
  '</div><div class="super-navbar__actions"><div class="super-navbar__button super-navbar__search" role="button" aria-label="Search" ',
  'tabindex="0"><svg width="16" height="16" viewBox="0 0 16 16"><path d="M7 13A6 6 0 1 1 7 1"></path></svg></div><a class="notion-link ',
  'super-navbar__button super-navbar__cta" href="/newsletter">Subscribe</a></div><div class="super-navbar__menu-wrapper"><div class="',
  'super-navbar__menu-open" role="button" aria-label="Open menu"><svg viewBox="0 0 16 16"><path d="M1 4h14M1 8h14M1 12h14"></path></svg>',
  '</div></div></div></div><main class="super-content page__essays__seed-library-year parent-page__essays"><div class="notion-header ',
  'collection-page"><div class="notion-header__cover has-cover"><img class="notion-header__cover-image" alt="Page cover image" ',
  'src="https://images.spr.so/cdn-cgi/imagedelivery/j42No7y-dcokJuNgXeA0ig/seed-drawers.jpg/w=1920" style="object-position:center 40%"/>',
  '</div><div class="notion-header__content max-width has-cover has-icon"><div class="notion-header__icon-wrapper has-cover has-icon">',
  '<span class="notion-header__icon">🌱</span></div><div class="notion-header__title-wrapper"><h1 class="notion-header__title">',
  suTitle,
  '</h1></div></div></div><article id="block-1a7c2e9b" class="notion-root max-width has-footer"><div class="notion-page__properties">',
  prop('Author', 'person', '<div class="notion-property__person__item"><img alt="" src="https://images.spr.so/avatar.png"/><span>Priya Raman</span></div>'),
  prop('Published', 'date', '<span class="date">January 26, 2025</span>'),
  prop('Tags', 'multi_select', suTags.map((t) => `<div class="notion-pill pill-${t.length % 2 ? 'green' : 'brown'}">${t}</div>`).join('')),
  prop('Reading time', 'text', '<span>6 min</span>'),
  '<div class="notion-divider"></div></div>',
  text('8d21', suP1[0]!),
  text('8d22', suP1[1]!),
  '<div class="notion-table-of-contents color-gray"><a class="notion-table-of-contents__item" href="#4c1e"><span class="',
  `notion-semantic-string"><span style="margin-left:0px">${suH1}</span></span></a><a class="notion-table-of-contents__item" href="#4c3a">`,
  `<span class="notion-semantic-string"><span style="margin-left:0px">${suH2}</span></span></a><a class="notion-table-of-contents__item" `,
  `href="#4c5f"><span class="notion-semantic-string"><span style="margin-left:0px">${suH3}</span></span></a></div>`,
  head('4c1e', suH1),
  text('8d23', suP2[0]!),
  '<div class="notion-callout bg-yellow-light border" id="block-9e01"><div class="notion-callout__icon"><span class="notion-icon text">💡',
  `</span></div><div class="notion-callout__content"><p class="notion-callout__text ${ss}">${suCallout}</p></div></div>`,
  '<div class="notion-toggle closed bg-default" id="block-9e02"><div class="notion-toggle__summary"><div class="notion-toggle__trigger">',
  `<div class="notion-toggle__trigger_icon"><span>‣</span></div></div><span class="${ss}">${suToggle}</span></div><div class="notion-`,
  `toggle__content">${text('9e03', suToggleBody)}</div></div>`,
  head('4c3a', suH2),
  text('8d24', suP3[0]!),
  '<div class="notion-image align-start page-width" id="block-9e04"><span data-full-size="https://images.spr.so/drawers.jpg" data-lightbox-',
  'src="https://images.spr.so/drawers.jpg" style="display:contents"><img alt="Three wooden filing drawers of seed packets" loading="lazy" ',
  `decoding="async" src="https://images.spr.so/drawers.jpg/w=1920"/></span><span class="notion-image__caption ${ss}">${suCaption}</span></div>`,
  text('8d25', suP3[1]!),
  `<blockquote ${blk('9e05')} class="notion-quote"><span class="${ss}">${suQuote}</span></blockquote>`,
  head('4c5f', suH3),
  `<ul class="notion-bulleted-list">${suList.map((t, i) => `<li ${blk(`7b0${i}`)} class="notion-list-item ${ss}">${t}</li>`).join('')}</ul>`,
  text('8d26', suP4[0]!),
  '<div class="notion-collection inline" id="block-aa10"><div class="notion-collection__header-wrapper"><h3 class="notion-collection__header">',
  `<span class="${ss}">More essays</span></h3></div><div class="notion-collection-gallery medium">`,
  ...suMore.map(
    ([t, d]) =>
      `<a href="/essays/${t.length}" class="notion-link notion-collection-card gallery"><div class="notion-collection-card__cover medium">` +
      `<img alt="" src="https://images.spr.so/cover-${t.length}.jpg"/></div><div class="notion-collection-card__content"><div class="notion-` +
      `property notion-property__title ${ss}">${t}</div><div class="notion-collection-card__property"><div class="notion-property ` +
      `notion-property__date ${ss}"><span class="date">${d}</span></div></div></div></a>`,
  ),
  '</div></div></article><footer class="super-footer"><div class="super-footer__content max-width"><div class="super-footer__newsletter">',
  '<p class="super-footer__newsletter-title">Get new essays by email, about once a month.</p><iframe src="https://embeds.beehiiv.com/',
  'b1f0?slim=true" data-test-id="beehiiv-embed" height="52" frameborder="0" scrolling="no" style="margin:0;border-radius:0"></iframe>',
  '</div><div class="super-footer__links"><a class="notion-link" href="/rss.xml">RSS</a><a class="notion-link" href="https://bsky.app/',
  'profile/priyaraman.example">Bluesky</a><a class="notion-link" href="/colophon">Colophon</a></div><p class="super-footer__copyright">',
  '© 2025 Priya Raman. Written in Notion, published with Super.</p></div></footer></main></div></div><script id="__NEXT_DATA__" ',
  'type="application/json">{"props":{"pageProps":{"pageId":"1a7c2e9b-44f0-8e21-b5d3-7c9e0f1a2b3c","siteId":"f4c1",',
  `"pageTitle":"${suTitle}","recordMap":{"block":{"1a7c2e9b":{"value":{"type":"page","properties":{"title":[["${suTitle}"]]}}}}}},`,
  '"__N_SSG":true},"page":"/[[...slug]]","query":{"slug":["essays","seed-library-year"]},"buildId":"9Gt1pZ","isFallback":false,"gsp":true}',
  '</script></body></html>',
].join('');
const superNotion: TestPage = {
  html: suHtml,
  name: 'heldout37-notion-super',
  kind: 'blog',
  // the Notion blocks are the article: text, headings, the callout (emoji label in neither), the quote, the list, and the
  // closed toggle (its summary and hidden paragraph are the writer's text: body); the Author and Published property values are
  // bylines, the property labels, tags and reading time furniture; the table-of-contents block (its entries are the headings
  // again: in neither), the image caption, the "More essays" gallery, navbar and footer are furniture; the navbar's logo text is
  // the author's name (the same byline string)
  title: suTitle,
  headings: [suH1, suH2, suH3],
  body: [...texts(suP1), ...texts(suP2), suCallout, suToggle, suToggleBody, ...texts(suP3), suQuote, ...suList, ...texts(suP4)],
  bylines: ['Priya Raman', 'January 26, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...suNav, 'Subscribe', 'Author', 'Published', 'Tags', ...suTags, 'Reading time', '6 min', suCaption, 'More essays', ...suMore.flat(),
    'Get new essays by email, about once a month.', 'RSS', 'Bluesky', 'Colophon', 'Written in Notion, published with Super.',
  ],
};

export const HELDOUT37_E: readonly TestPage[] = [superNotion, docusaurusPost];
