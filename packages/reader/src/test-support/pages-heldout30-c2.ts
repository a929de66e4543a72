import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 30, file c2: a design studio's journal post published from Notion with Super (super.so): the Next.js head
 * with Super's CSS variables, the super-navbar with logo, items, breadcrumbs and a button, the notion-header with cover and
 * title, the database page's property rows (date, author, tags, reading time), Notion blocks rendered as notion-text,
 * notion-heading, lists, a callout, a quote, an image with caption, a divider and a closed toggle, the super-footer with
 * its columns and the "Made with Super" badge, and the __NEXT_DATA__ script).
 */
const spTitle = 'A year of four-day weeks: what changed and what didn’t';
const spBody1 = [
  'Last October the six of us stopped working on Fridays. We did not cut salaries, we did not hire anyone to cover, and we ' +
    'told clients only that we would answer email Monday to Thursday. We agreed to try it for three months and look again.',
  'Twelve months later we are still doing it. This is an honest account of how it went, including the parts we would do ' + 'differently.',
];
const spH1 = 'What got better';
const spList1 = [
  'Sick days fell from 31 across the team in the previous year to 9.',
  'We shipped eleven projects, one more than the year before, with no increase in overtime.',
  'Two people who had talked about leaving in 2024 are still here and say the long weekend is the reason.',
];
const spBody2 = [
  'The biggest change was harder to measure. Meetings got shorter because everyone knew the week was shorter. Nobody booked ' +
    'an hour when twenty minutes would do, and the Monday planning call shrank from fifty minutes to about fifteen.',
];
const spQuote = 'I used to spend Friday pretending to work. Now I spend Thursday afternoon actually finishing things.';
const spH2 = 'What got harder';
const spBody3 = [
  'Deadlines that land on a Friday are still a problem. Twice this year a client launch fell on a Friday and two of us ' +
    'worked that day, taking the Monday off instead. It works, but it chips away at the idea that the fifth day is protected.',
  'We also underestimated how much informal handover used to happen on Friday afternoons. We now keep a shared “end of ' +
    'week” page in Notion where everyone writes down where their work has got to before they log off on Thursday.',
];
const spCallout =
  'If you are thinking of trying this, agree in advance what you will measure and when you will decide. ' +
  'Without that, every bad week feels like proof that it is not working.';
const spToggle = 'Did clients notice?';
const spToggleText = 'Only one asked about it directly, and that was to ask how we had set it up so that her own team could try it.';
const spBody4 = [
  'We will keep the four-day week for 2026. The one change we are making is to move our Monday planning call to Thursday ' +
    'afternoon, so the week ends with a plan instead of starting with one.',
];
const spNav = ['Work', 'Studio', 'Journal', 'Contact'];
const spProps = ['Published', 'Written by', 'Tags', 'Reading time'];
const spFoot = ['Instagram', 'LinkedIn', 'Are.na', 'Newsletter', 'Privacy'];
let n = 0;
const bid = (): string => `block-6f1c2a${(n++).toString(16).padStart(2, '0')}-9d3e-4b7a-a1c2-0e5f4d3c2b1a`;
const text = (t: string): string => `<p id="${bid()}" class="notion-text notion-text__content notion-semantic-string">${t}</p>`;
const heading = (t: string): string =>
  `<h2 id="${bid()}" class="notion-heading notion-semantic-string"><span class="notion-heading__anchor"></span><span>${t}</span></h2>`;
const list = (items: readonly string[]): string =>
  `<ul class="notion-bulleted-list">${items.map((t) => `<li id="${bid()}" class="notion-list-item notion-semantic-string">${t}</li>`).join('')}</ul>`;
const prop = (name: string, type: string, value: string): string =>
  `<div class="notion-page__property"><div class="notion-page__property-name-wrapper"><div class="notion-page__property-name"><span>${name}</span></div></div>
<div class="notion-property notion-property__${type} property-${type.slice(0, 4)} notion-semantic-string">${value}</div></div>`;
const spHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>A year of four-day weeks: what changed and what didn’t</title>
<meta name="description" content="Notes from twelve months of Fridays off at Fieldwork."/>
<meta property="og:title" content="A year of four-day weeks: what changed and what didn’t"/><meta property="og:image"
content="https://images.spr.so/cdn-cgi/imagedelivery/j42No7y-dcokJuNgXeA0ig/4b2c/w=1200"/>
<link rel="icon" type="image/png" href="https://assets.super.so/5e1d0a8c/uploads/favicon/fw.png"/><meta name="next-head-count" content="19"/>
<link rel="preload" href="https://assets.super.so/5e1d0a8c/fonts/inter.woff2" as="font" crossorigin="anonymous"/>
<style>:root{--navbar-height:64px;--color-text-default:#2f2f2f;--color-bg-default:#fbfaf7;
--color-pill-default:rgba(206,205,202,0.5);--primary-font:"Inter"}</style>
<link rel="preload" href="/_next/static/css/5a1d2f3c9e7b.css" as="style"/><link rel="stylesheet" href="/_next/static/css/5a1d2f3c9e7b.css" data-n-g=""/>
<noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-3a1b2c.js" defer=""></script><script src="/_next/static/chunks/pages/%5B%5B...slug%5D%5D-9e8d7c.js" defer=""></script>
</head><body><div id="__next"><div class="super-root">
<div class="super-navbar minimal" style="position:sticky;box-shadow:var(--navbar-shadow)"><div class="super-navbar__content"
style="max-width:var(--layout-max-width)">
<a href="/" class="notion-link super-navbar__logo"><div class="super-navbar__logo-image" style="width:28px;height:28px">
<img alt="Fieldwork logo" src="https://assets.super.so/5e1d0a8c/uploads/logo/fw-mark.svg" decoding="async"/></div><span
class="super-navbar__logo-text">Fieldwork</span></a>
<div class="super-navbar__item-list">${spNav
  .map(
    (t) => `<a href="/${t.toLowerCase()}" class="notion-link
super-navbar__item${t === 'Journal' ? ' page-active' : ''}">${t}</a>`,
  )
  .join('')}</div>
<div class="super-navbar__actions"><a href="/contact" class="notion-link super-navbar__button">Start a project</a>
<div class="super-navbar__menu-wrapper"><div class="super-navbar__menu-icon"><svg viewBox="0 0 24 24"><path d="M3 6h18M3 12h18M3
18h18"/></svg></div></div></div>
</div><div class="super-navbar__breadcrumbs" style="position:absolute"><div class="notion-breadcrumb">
<a href="/" class="notion-link notion-breadcrumb__item"><div class="notion-navbar__title notion-breadcrumb__title">Fieldwork</div></a><span
class="notion-breadcrumb__divider">/</span>
<a href="/journal" class="notion-link notion-breadcrumb__item"><div class="notion-navbar__title notion-breadcrumb__title">Journal</div></a><span
class="notion-breadcrumb__divider">/</span>
<a href="/journal/four-day-week" class="notion-link notion-breadcrumb__item"><div class="notion-navbar__title
notion-breadcrumb__title">${spTitle}</div></a></div></div></div>
<main id="page-journal-four-day-week" class="super-content page__journal-four-day-week parent-page__journal has-navbar has-footer">
<div class="notion-header collection-page"><div class="notion-header__cover has-cover"><img alt="Page cover image" loading="eager"
src="https://images.spr.so/cdn-cgi/imagedelivery/j42No7y-dcokJuNgXeA0ig/4b2c/w=1920" style="object-position:center 40%"/></div>
<div class="notion-header__content max-width has-cover no-icon"><div class="notion-header__title-wrapper"><h1 class="notion-header__title">${spTitle}</h1></div>
<div class="notion-page__properties">
${prop('Published', 'date', '<span class="date">October 2, 2025</span>')}
${prop('Written by', 'person', '<span class="individual-with-image"><div class="individual-letter-avatar">L</div><span>Lena Haddad</span></span>')}
${prop('Tags', 'multi_select', '<div class="notion-pill pill-default">Process</div><div class="notion-pill pill-brown">People</div>')}
${prop('Reading time', 'text', '5 min')}
</div></div></div>
<article id="block-journal-four-day-week" class="notion-root max-width has-footer">
${spBody1.map(text).join('')}${heading(spH1)}${list(spList1)}${spBody2.map(text).join('')}
<blockquote id="${bid()}" class="notion-quote"><span class="notion-semantic-string">${spQuote}</span></blockquote>
<figure id="${bid()}" class="notion-image align-start page-width"><span
data-full-size="https://images.spr.so/cdn-cgi/imagedelivery/j42No7y-dcokJuNgXeA0ig/7d1e/w=2400"
data-lightbox-src="https://images.spr.so/cdn-cgi/imagedelivery/j42No7y-dcokJuNgXeA0ig/7d1e/w=2400" style="display:contents"><img alt="" loading="lazy"
decoding="async"
src="https://images.spr.so/cdn-cgi/imagedelivery/j42No7y-dcokJuNgXeA0ig/7d1e/w=1200"/></span>
<figcaption class="notion-caption notion-semantic-string">The Thursday wrap-up board in the studio kitchen.</figcaption></figure>
${heading(spH2)}${spBody3.map(text).join('')}
<div id="${bid()}" class="notion-callout bg-yellow-light border"><div class="notion-callout__icon"><span class="notion-icon text" role="img"
aria-label="bulb">💡</span></div>
<div class="notion-callout__content"><span class="notion-semantic-string">${spCallout}</span></div></div>
<div id="${bid()}" class="notion-toggle closed"><div class="notion-toggle__summary"><div class="notion-toggle__trigger"><div
class="notion-toggle__trigger_icon">
<span>‣</span></div></div><span class="notion-semantic-string">${spToggle}</span></div><div class="notion-toggle__content">${text(spToggleText)}</div></div>
<div id="${bid()}" class="notion-divider"></div>${spBody4.map(text).join('')}
</article></main>
<footer class="super-footer"><div class="super-footer__content"><div class="super-footer__logo"><span class="super-footer__logo-text">Fieldwork
Studio</span></div>
<div class="super-footer__columns"><div class="super-footer__column"><p class="super-footer__column-title">Visit</p>
<p class="super-footer__text">Unit 4, Marshall Mill, Leeds LS11 9YJ</p></div>
<div class="super-footer__column"><p class="super-footer__column-title">Elsewhere</p>
${spFoot.map((t) => `<a href="/${t.toLowerCase()}" class="notion-link super-footer__link">${t}</a>`).join('\n')}</div></div>
<div class="super-footer__footnote">© 2025 Fieldwork Studio Ltd</div></div></footer>
<a href="https://super.so/?utm_source=fieldwork.studio&amp;utm_medium=badge" class="super-badge" target="_blank" rel="noopener">Made with Super</a>
</div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"siteId":"5e1d0a8c","pageId":"6f1c2a00-9d3e-4b7a-a1c2-0e5f4d3c2b1a",
"settings":{"navbar":{"style":"minimal"},"footer":{"enabled":true},"badge":true},"meta":{"title":"A year of four-day weeks: what changed and what didn’t",
"description":"Notes from twelve months of Fridays off at Fieldwork."}},"__N_SSG":true},"page":"/[[...slug]]","query":{"slug":["journal","four-day-week"]},
"buildId":"k3Jd9XcQ2pL0","isFallback":false,"gsp":true,"scriptLoader":[]}</script></body></html>`;
export const superNotion: TestPage = {
  html: spHtml,
  name: 'heldout30-super-notion-page',
  kind: 'blog',
  // every Notion block of the page is the article: paragraphs, the two headings, the bulleted list, the quote (an
  // employee's words, not repeated elsewhere), the callout, and the closed toggle with its summary and text (collapsed, but
  // the page's own text: body); the image caption is furniture; the database properties: "Lena Haddad" and "October 2,
  // 2025" are the bylines, the property names, tags and reading time are furniture; the navbar, its button, the breadcrumb
  // ("Fieldwork", "Journal"; its last item repeats the title: in neither), the footer and the badge are furniture
  title: spTitle,
  headings: [spH1, spH2],
  body: [...texts(spBody1), ...spList1, ...texts(spBody2), spQuote, ...texts(spBody3), spCallout, spToggle, spToggleText, ...texts(spBody4)],
  bylines: ['Lena Haddad', 'October 2, 2025'],
  // a gold change of session 15, after measuring: the nav word "Work" is a word of the body: out of the furniture, as batch 21's nav words
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Fieldwork', ...spNav.filter((t) => t !== 'Work'), 'Start a project', ...spProps, 'Process', 'People', '5 min',
    'The Thursday wrap-up board in the studio kitchen.',
    'Fieldwork Studio', 'Visit', 'Unit 4, Marshall Mill, Leeds LS11 9YJ', 'Elsewhere', ...spFoot, '© 2025 Fieldwork Studio Ltd', 'Made with Super',
  ],
};
