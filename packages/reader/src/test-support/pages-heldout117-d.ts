import { type TestPage, texts } from './page-kit.js';
import { hashnodePost } from './pages-heldout117-d2.js';

/**
 * Held-out batch 117, file d: a Notion page published through Super.so as a freelance designer's blog post (the Super
 * navbar with its "Book a call" button and the hidden mobile menu repeating the links, the Notion cover, icon and h1 title,
 * the database properties panel inside the article (Published, Author, Tags), text, heading, numbered-list, callout and
 * closed toggle blocks, a divider, an inline gallery database "More writing" inside the article, the Super footer and the
 * "Made with Super" badge, and the __NEXT_DATA__ script) and, from file d2, a Hashnode blog post.
 */
const title = 'How I write a project brief with a new client';
const p1 = [
  'Most of the projects that went wrong for me went wrong in the first week, before I had drawn anything. The client and I had ' +
    'agreed on a price and a deadline, but we had not agreed on what we were actually making, or how we would know it was finished.',
  'So I now write a one-page brief with every new client before any design work starts. It takes about an hour over a video call, ' +
    'and it has saved me from more awkward conversations than any contract clause.',
];
const callout =
  'I share the brief as a Notion page and we edit it together, live. Clients seem to take it more seriously when they have typed ' + 'part of it themselves.';
const h1 = 'The six questions';
const p2 = ['The brief is built around six questions. I ask them in this order, because each answer makes the next one easier.'];
const qs = [
  '<strong>What is the problem?</strong> Not the deliverable, the problem. “We need a new website” is a deliverable; “people leave ' +
    'our site without booking” is a problem.',
  '<strong>Who is it for?</strong> One or two specific kinds of people, described in plain words.',
  '<strong>What does success look like in six months?</strong> I push for something we could actually check.',
  '<strong>What is out of scope?</strong> Writing this down is the single most useful part of the brief.',
  '<strong>Who gives feedback, and who makes the final decision?</strong> These are often different people.',
  '<strong>What must we not change?</strong> Existing logos, colours, legal text or anything else that is fixed.',
];
const h2 = 'What I leave out';
const p3 = [
  'I do not put the price, the timeline or the contract terms in the brief. Those live in the proposal. Keeping them apart means we ' +
    'can talk about the work without money hanging over the conversation, and the brief can change without reopening the contract.',
  'I also leave out mood boards and references at this stage. They are useful, but they pull the conversation towards how things ' +
    'look before we agree what they are for.',
];
const toggle = 'An example from a recent project';
const toggleBody = [
  'For a small bakery’s website, the problem was that most customers phoned to ask about opening hours and allergens, and staff ' +
    'were spending an hour a day on the phone. Success was fewer calls. Out of scope: online ordering, which they wanted eventually ' +
    'but not yet.',
];
const h3 = 'After the call';
const p4 = [
  'I tidy up the page the same day and send it with one request: reply with “agreed” or with changes. Nothing starts until I have ' +
    'that reply in writing. When questions come up later, and they always do, we go back to the brief first.',
  'If you work with clients and want to try this, the questions above are all you need. Copy them into whatever tool you use and ' +
    'adapt them to your own work.',
];
const nav = ['Work', 'Writing', 'About'];
const props: [string, string][] = [
  ['Published', 'September 9, 2025'],
  ['Author', 'Noor Haddad'],
];
const pills = ['Process', 'Clients'];
const more = [
  ['Pricing by the project, not the hour', 'July 2, 2025'],
  ['The handover document I give every client', 'May 19, 2025'],
  ['Saying no to a dream client', 'March 28, 2025'],
];
const foot = ['Instagram', 'LinkedIn', 'Dribbble', 'Email', 'Newsletter'];
const tagline = 'Brand and web design for small, independent businesses.';
let n = 0;
const id = (): string => `block-5e2c9a${(n++).toString(16).padStart(2, '0')}b1f04d7c8e3a6f`;
const text = (t: string): string => `<p id="${id()}" class="notion-text notion-text__content notion-semantic-string">${t}</p>`;
const head = (t: string): string =>
  `<h2 id="${id()}" class="notion-heading notion-semantic-string"><span class="notion-heading__anchor"
id="${t.toLowerCase().replace(/ /g, '-')}"></span>${t}</h2>`;
const prop = ([k, v]: [string, string]): string => `<div class="notion-page__property"><div class="notion-page__property-name-wrapper"><div
class="notion-page__property-name">
<span>${k}</span></div></div><div class="notion-property notion-property__${k === 'Author' ? 'person' : 'date'} notion-semantic-string">${
  k === 'Author' ? `<span class="individual-with-image"><img class="individual-letter-avatar" src="" alt="">${v}</span>` : `<span class="date">${v}</span>`
}</div></div>`;
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} | Studio Noor</title>
<meta name="description" content="The six questions I ask every new client before any design work starts."><meta property="og:title" content="${title}">
<meta property="og:type" content="website"><meta property="og:image" content="https://images.spr.so/cdn-cgi/imagedelivery/j42No7y-dcokJuNgXeA0ig/cover/w=1200">
<link rel="canonical" href="https://studionoor.example/writing/project-brief"><link rel="preload" href="https://assets.super.so/ef5a1c7e/global.css" as="style">
<link rel="stylesheet" href="https://assets.super.so/ef5a1c7e/global.css"><link rel="stylesheet" href="https://assets.super.so/ef5a1c7e/notion.css">
<style id="super-theme">:root{--navbar-bg:#fffdf8;--color-text-default:#2b2a28;--primary-font:"Inter"}</style>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-7YQ2M1"></script></head>
<body class="theme-light"><div id="__next"><div class="super-root">
<nav aria-label="Main" class="super-navbar simple" style="position:sticky;top:0"><div class="super-navbar__content" style="max-width:var(--layout-max-width)">
<a class="notion-link super-navbar__logo" href="/"><span class="super-navbar__logo-text" style="font-size:18px">Studio Noor</span></a>
<div class="super-navbar__item-list">${nav.map((t) => `<a class="notion-link super-navbar__item" href="/${t.toLowerCase()}">${t}</a>`).join('')}</div>
<div class="super-navbar__actions"><a class="notion-link super-navbar__button" href="/contact">Book a call</a><div class="super-navbar__menu-open"><svg
viewBox="0 0 24 24"
width="24" height="24"><path d="M3 12h18M3 6h18M3 18h18"></path></svg></div></div></div>
<div class="super-navbar__menu-wrapper"><div class="super-navbar__menu">${nav
  .map(
    (t) => `<a class="notion-link super-navbar__menu-item"
href="/${t.toLowerCase()}">${t}</a>`,
  )
  .join('')}
<a class="notion-link super-navbar__button" href="/contact">Book a call</a></div></div></nav>
<main class="super-content page__project-brief parent-page__writing has-footer has-navbar">
<div class="notion-header page"><div class="notion-header__cover has-cover"><img alt="Page cover image" class="notion-header__cover-image"
src="https://images.spr.so/cdn-cgi/imagedelivery/j42No7y-dcokJuNgXeA0ig/cover/w=1920" style="object-position:center 40%"></div>
<div class="notion-header__content max-width has-cover has-icon"><div class="notion-header__title-wrapper"><div class="notion-header__icon-wrapper has-cover">
<span class="notion-header__icon" role="img" aria-label="memo">📝</span></div><h1 class="notion-header__title">${title}</h1></div></div></div>
<article id="block-project-brief" class="notion-root max-width has-footer"><div class="notion-page__properties">
${props.map(prop).join('\n')}
<div class="notion-page__property"><div class="notion-page__property-name-wrapper"><div class="notion-page__property-name"><span>Tags</span></div></div>
<div class="notion-property notion-property__multi_select">${pills
  .map(
    (p, i) => `<span class="notion-pill
pill-${['orange', 'green'][i]}">${p}</span>`,
  )
  .join('')}</div></div>
<div id="block-properties-divider" class="notion-divider"></div></div>
${p1.map(text).join('\n')}
<div id="${id()}" class="notion-callout bg-yellow-light border"><div class="notion-callout__icon"><span class="notion-icon text"
style="width:20px;height:20px;font-size:20px">💡</span></div><div class="notion-callout__content"><p class="notion-callout__text
notion-semantic-string">${callout}</p>
</div></div>
${head(h1)}
${p2.map(text).join('\n')}
<ol type="1" class="notion-numbered-list">${qs.map((q) => `<li id="${id()}" class="notion-list-item notion-semantic-string">${q}</li>`).join('\n')}</ol>
${head(h2)}
${p3.map(text).join('\n')}
<div id="${id()}" class="notion-toggle closed bg-default"><div class="notion-toggle__summary"><div class="notion-toggle__trigger"><div
class="notion-toggle__trigger_icon">
<span>‣</span></div></div><span class="notion-semantic-string">${toggle}</span></div><div
class="notion-toggle__content">${toggleBody.map(text).join('')}</div></div>
${head(h3)}
${p4.map(text).join('\n')}
<div id="${id()}" class="notion-divider"></div>
<div id="${id()}" class="notion-collection inline"><div class="notion-collection__header-wrapper"><h3 class="notion-collection__header"><span
class="notion-semantic-string">More writing</span></h3></div><div class="notion-collection-gallery small">
${more
  .map(
    ([t, d], i) => `<a id="${id()}" href="/writing/more-${i}" class="notion-link notion-collection-card gallery"><div class="notion-collection-card__cover
small"><img
src="https://images.spr.so/cdn-cgi/imagedelivery/j42No7y-dcokJuNgXeA0ig/card-${i}/w=640" alt="" style="object-fit:cover"></div><div
class="notion-collection-card__content">
<div class="notion-property notion-property__title notion-semantic-string"><span>${t}</span></div><div class="notion-collection-card__property">
<div class="notion-property notion-property__date"><span class="date">${d}</span></div></div></div></a>`,
  )
  .join('\n')}</div></div></article></main>
<footer class="super-footer"><div class="super-footer__content"><div class="super-footer__logo"><span class="super-footer__logo-text">Studio Noor</span></div>
<p class="super-footer__tagline">${tagline}</p><div class="super-footer__links">${foot
  .map(
    (t) => `<a class="notion-link super-footer__link"
href="/${t.toLowerCase()}">${t}</a>`,
  )
  .join('')}</div>
<p class="super-footer__footnote">© 2025 Noor Haddad. Independent brand and web design.</p></div></footer>
<a class="super-badge" href="https://super.so/?utm_source=badge&amp;utm_medium=studionoor" target="_blank" rel="noopener"><span class="super-badge__text">Made
with Super</span></a>
</div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"siteId":"c1a2b3","pageId":"5e2c9a00","settings":{"navbar":{"style":"simple"},
"footer":{"style":"simple"}},"page":{"title":"${title}","path":"/writing/project-brief","parent":"/writing"}}},"page":"/[[...slug]]","buildId":"x8Kq2"}</script>
<script src="https://assets.super.so/ef5a1c7e/main.js" defer></script></body></html>`;
const superso: TestPage = {
  html,
  name: 'heldout117-superso-notion-blog-post',
  kind: 'blog',
  // the callout and the closed toggle (its summary and its hidden content) are part of the post (body); the properties
  // panel and the inline "More writing" gallery sit inside the Notion article: the date and author values are bylines,
  // the property names, tag pills, gallery header, card titles and dates furniture
  title,
  headings: [h1, h2, h3],
  body: [...p1, callout, ...p2, ...texts(qs), ...p3, toggle, ...toggleBody, ...p4],
  bylines: props.map(([, v]) => v),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Studio Noor', ...nav, 'Book a call', 'Published', 'Author', 'Tags', ...pills, 'More writing', ...more.flat(), ...foot,
    '© 2025 Noor Haddad. Independent brand and web design.', 'Made with Super', tagline,
  ])],
};

export const HELDOUT117_D: readonly TestPage[] = [superso, hashnodePost];
