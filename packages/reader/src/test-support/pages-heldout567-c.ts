import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout567-kit.js';

/**
 * Held-out batch 567, file c: a garden design nursery's journal article on Webflow (rich-text block, related posts, newsletter
 * form), and a nursery owner's monthly letter on Ghost (Source theme, member sign-up boxes).
 */
const fTitle = 'Planting a gravel garden that never needs a hose';
const fDek = 'Three summers ago we dug up our stock beds and turned them into gravel. Here is what survived the drought, and what did not.';
const fSecs = [
  [
    'Start with the ground, not the plants',
    [
      j(
        'A gravel garden works because the roots sit in lean, free-draining soil and the crowns sit in dry stone. We took out',
        'the topsoil to a spade’s depth, broke up the subsoil and laid 8 cm of 10 mm washed gravel straight on top. No membrane:',
        'self-sown seedlings are half the point.',
      ),
      'Plant small. A 9 cm pot establishes faster than a two-litre one, and its roots go down looking for water instead of circling.',
    ],
  ],
  [
    'What thrived',
    [
      j(
        'Stipa tenuissima, Verbena bonariensis and Eryngium ‘Blue Glitter’ seeded themselves into every gap. Phlomis russeliana',
        'and the lavenders barely noticed a seven-week dry spell. Euphorbia rigida was the star in winter.',
      ),
    ],
  ],
  [
    'What we would not plant again',
    [
      j(
        'Agastache looked wonderful for one summer and then rotted in a wet February. Salvia ‘Caradonna’ flowered but needed',
        'watering to do it, which rather defeats the purpose.',
      ),
      'We water each new plant once a week for its first six weeks, and never again.',
    ],
  ],
] as const;
const fRelated = ['Why we stopped using peat', 'A winter walk round the stock beds', 'How to take root cuttings'];
const fNav = ['Nursery', 'Design', 'Journal', 'Visit'];
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Jun 09 2026 08:14:02 GMT+0000 -->
<html data-wf-domain="www.saltmarshgardens.com" data-wf-page="6642a1f0c7d2e1b0a3f00112" data-wf-site="6642a1f0c7d2e1b0a3f00100" lang="en"
data-wf-collection="6642a1f0c7d2e1b0a3f00130" data-wf-item-slug="gravel-garden"><head><meta charset="utf-8"><title>${fTitle} | Saltmarsh Gardens</title>
<meta content="${fDek}" name="description"><meta content="${fTitle}" property="og:title"><meta content="width=device-width, initial-scale=1" name="viewport">
<meta content="Webflow" name="generator"><link href="https://assets-global.website-files.com/6642a1f0c7d2e1b0a3f00100/css/saltmarsh.webflow.7c1a2b.css"
rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof
DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${fTitle}","author":{"@type":"Person",
"name":"Ottilie Brand"}}</script></head>
<body><div data-collapse="medium" data-animation="default" data-duration="400" role="banner" class="navbar w-nav"><div class="nav-container w-container">
<a href="/" aria-current="page" class="brand w-nav-brand"><img src="https://assets-global.website-files.com/6642a1f0c7d2e1b0a3f00100/saltmarsh-logo.svg" alt=""
class="logo"></a>
<nav role="navigation" class="nav-menu w-nav-menu">${fNav.map((t) => `<a href="/${t.toLowerCase()}" class="nav-link w-nav-link">${t}</a>`).join('')}</nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section-post-hero"><div class="container-narrow w-container"><a href="/journal" class="back-link">← Back to Journal</a>
<div class="post-category">Planting</div><h1 class="post-title">${fTitle}</h1><p class="post-summary">${fDek}</p>
<div class="post-meta"><div class="post-author">Ottilie Brand</div><div class="post-dot">·</div><div class="post-date">June 9, 2026</div>
<div class="post-dot">·</div><div class="read-time">4 min read</div></div></div></section>
<section class="section-post-body"><div class="container-narrow w-container"><img
src="https://assets-global.website-files.com/6642a1f0c7d2e1b0a3f00100/gravel-bed.jpg" loading="lazy"
alt="" class="post-main-image"><div class="rich-text-post w-richtext">
${fSecs.map(([h, ps]) => `<h2>${h}</h2>${ps.map((p) => `<p>${p}</p>`).join('')}`).join('\n')}
<figure class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div><img
src="https://assets-global.website-files.com/6642a1f0c7d2e1b0a3f00100/stipa.jpg" loading="lazy" alt=""></div>
<figcaption>Stipa tenuissima and verbena in the second August.</figcaption></figure></div></div></section>
<section class="section-related"><div class="container w-container"><h3 class="related-heading">More from the Journal</h3><div class="w-dyn-list">
<div role="list" class="related-grid w-dyn-items">${fRelated
  .map(
    (t) => `<div role="listitem" class="w-dyn-item"><a href="/journal/${t.toLowerCase().replace(/ /g, '-')}"
class="related-card w-inline-block"><div class="related-title">${t}</div></a></div>`,
  )
  .join('')}</div></div></div></section>
<section class="section-newsletter"><div class="container w-container"><h3>Letters from the nursery</h3><p>A short email each season: what’s flowering, what’s
for sale.</p>
<div class="w-form"><form id="email-form" name="email-form" data-name="Email Form" method="get"><input class="text-field w-input" maxlength="256" name="email"
placeholder="Your email"
type="email" required><input type="submit" data-wait="Please wait..." class="button w-button" value="Subscribe"></form>
<div class="w-form-done" tabindex="-1" role="region" aria-label="Email Form success"><div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail" tabindex="-1" role="region" aria-label="Email Form failure"><div>Oops! Something went wrong while submitting the form.</div></div>
</div></div></section>
<footer class="footer"><div class="container w-container"><div class="footer-text">Saltmarsh Gardens, Marsh End, Cley Ashwater</div>
<div class="footer-text">© 2026 Saltmarsh Gardens</div><a href="https://instagram.com/saltmarshgardens" class="footer-link">Instagram</a></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js" type="text/javascript" crossorigin="anonymous"></script>
<script src="https://assets-global.website-files.com/6642a1f0c7d2e1b0a3f00100/js/webflow.4a5b6c.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout567-webflow-gravel-garden',
  kind: 'blog',
  html: fHtml,
  title: fTitle,
  headings: fSecs.map(([h]) => h),
  body: [fDek, ...fSecs.flatMap(([, ps]) => texts(ps))],
  bylines: ['Ottilie Brand', 'June 9, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fNav, '← Back to Journal', '·', '4 min read', 'Stipa tenuissima and verbena in the second August.', 'More from the Journal', ...fRelated,
    'Letters from the nursery', 'A short email each season: what’s flowering, what’s for sale.', 'Saltmarsh Gardens, Marsh End, Cley Ashwater',
    '© 2026 Saltmarsh Gardens', 'Instagram',
  ],
};

const gTitle = 'Notes from the potting shed: March';
const gExcerpt = 'Frost in the cold frames, the first hellebore orders and a new greenhouse that nearly blew away.';
const gBody = [
  j(
    'It has been a month of false starts. We had four days of sun in the second week, opened every vent in the propagation',
    'house, and then lost a tray of dahlia cuttings to a frost that the forecast said would not come. Lesson relearned.',
  ),
  j(
    'The hellebores, on the other hand, have never been better. The double whites we crossed in 2022 are flowering for the',
    'first time this spring, and about a third of them are worth keeping. They will go to our stall at Hexworth in April.',
  ),
  'The new greenhouse',
  j(
    'The kit arrived in thirty-one boxes. Tom and I put up the frame over two weekends, glazed it on a Tuesday and watched',
    'a westerly lift one whole side panel clean out on the Wednesday night. We found it, unbroken, in the hedge. The clips',
    'are now glued as well as clipped.',
  ),
  'Coming up',
  'Hellebore open weekend: Saturday 14 and Sunday 15 March, 10am – 3pm',
  'Hexworth Plant Fair: Sunday 19 April',
  'First mail-order dispatch of perennials: week beginning 23 March',
  'Thank you, as ever, for reading. Reply to this email if you have a question about anything you have bought from us; I answer them all, eventually.',
];
const gHeads = [2, 4];
const gList = [5, 6, 7];
const gNav = ['Home', 'Plant list', 'Letters', 'About'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://letters.fennickhellebores.com/assets/built/screen.css?v=3e4f5a6b7c">
<meta name="description" content="${gExcerpt}"><link rel="canonical" href="https://letters.fennickhellebores.com/notes-march-2027/">
<meta property="og:site_name" content="Letters from Fennick"><meta property="og:type" content="article"><meta property="article:published_time"
content="2027-03-02T07:30:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Letters from Fennick"},
"author":{"@type":"Person","name":"Hester Fennick"},"headline":"${gTitle}","datePublished":"2027-03-02T07:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false"
data-ghost="https://letters.fennickhellebores.com/" data-key="4f2a8c1b9d" data-api="https://letters.fennickhellebores.com/ghost/api/content/"
crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:4px}</style></head>
<body class="post-template has-sans-title has-serif-body"><div class="gh-viewport">
<header id="gh-navigation" class="gh-navigation is-middle-logo gh-outer"><div class="gh-navigation-inner gh-inner"><div class="gh-navigation-brand">
<a class="gh-navigation-logo is-title" href="https://letters.fennickhellebores.com">Letters from Fennick</a>
<button class="gh-search gh-icon-button" aria-label="Search this site" data-ghost-search></button></div><nav class="gh-navigation-menu"><ul class="nav">
${links(gNav, 'nav-item')}</ul></nav><div class="gh-navigation-actions"><div class="gh-navigation-members">
<a href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div>
</header>
<main class="gh-main"><article class="gh-article post tag-letters"><header class="gh-article-header gh-canvas">
<a class="gh-article-tag" href="https://letters.fennickhellebores.com/tag/letters/">Letters</a><h1 class="gh-article-title is-title">${gTitle}</h1>
<p class="gh-article-excerpt is-body">${gExcerpt}</p><div class="gh-article-meta"><div class="gh-article-author-image instapaper_ignore">
<a href="/author/hester/"><img class="author-profile-image" src="/content/images/size/w160/2025/01/hester.jpg" alt="Hester Fennick"></a></div>
<div class="gh-article-meta-wrapper"><h4 class="gh-article-author-name"><a href="/author/hester/">Hester Fennick</a></h4><div class="gh-article-meta-content">
<time class="gh-article-meta-date" datetime="2027-03-02">Mar 2, 2027</time><span class="gh-article-meta-length"><span class="bull">—</span> 3 min read</span>
</div></div></div>
</header><section class="gh-content gh-canvas is-body">
${gBody
  .slice(0, 2)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
<h2 id="the-new-greenhouse">${gBody[2]}</h2><p>${gBody[3]}</p>
<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/2027/03/greenhouse.jpg" class="kg-image" alt="" loading="lazy" width="1600"
height="1067">
<figcaption><span style="white-space: pre-wrap;">Glazing day, before the wind.</span></figcaption></figure>
<h2 id="coming-up">${gBody[4]}</h2><ul>${gList.map((i) => `<li>${gBody[i]}</li>`).join('')}</ul><p>${gBody[8]}</p>
<div class="kg-card kg-cta-card kg-cta-bg-grey"><div class="kg-cta-content"><div class="kg-cta-text"><p>Enjoyed this letter? Forward it to a friend who grows
hellebores.</p>
</div></div></div></section></article>
<section class="gh-container is-grid gh-outer"><div class="gh-container-inner gh-inner"><h2 class="gh-container-title">Read more</h2><main class="gh-main"><div
class="gh-feed">
<article class="gh-card post"><a class="gh-card-link" href="/notes-february-2027/"><div class="gh-card-wrapper"><h3 class="gh-card-title is-title">Notes from
the potting shed: February</h3>
<footer class="gh-card-meta"><time class="gh-card-date" datetime="2027-02-02">Feb 2, 2027</time></footer></div></a></article></div></main></div></section>
</main>
<section class="gh-footer-signup gh-outer"><h2 class="gh-footer-signup-header is-title">Letters from Fennick</h2>
<p class="gh-footer-signup-subhead is-body">One letter a month from a small hellebore nursery.</p><form class="gh-form" data-members-form>
<input class="gh-form-input" id="footer-email" name="email" type="email" placeholder="jamie@example.com" required data-members-email>
<button class="gh-button" type="submit" aria-label="Subscribe"><span><span>Subscribe</span></span></button></form></section>
<footer class="gh-footer gh-outer"><div class="gh-footer-inner gh-inner"><div class="gh-footer-bar"><span class="gh-footer-logo is-title">Letters from
Fennick</span>
<nav class="gh-footer-menu"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li></ul></nav>
<div class="gh-footer-copyright">Powered by <a href="https://ghost.org/" target="_blank" rel="noopener">Ghost</a></div></div></div></footer></div>
<script src="https://letters.fennickhellebores.com/assets/built/source.js?v=3e4f5a6b7c"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout567-ghost-potting-shed-letter',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gHeads.map((i) => gBody[i] ?? ''),
  body: [gExcerpt, ...gBody.filter((_, i) => !gHeads.includes(i))],
  bylines: ['Hester Fennick', 'Mar 2, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Letters from Fennick', 'Home', 'Plant list', 'Sign in', 'Subscribe', 'Letters', '— 3 min read', 'Glazing day, before the wind.',
    'Enjoyed this letter? Forward it to a friend who grows hellebores.', 'Read more', 'Notes from the potting shed: February', 'Feb 2, 2027',
    'One letter a month from a small hellebore nursery.', 'Sign up', 'Powered by Ghost',
  ],
};

export const HELDOUT567_C: readonly TestPage[] = [webflow, ghost];
