import { links, ps, type TestPage, texts } from './page-kit.js';
import { blocks, heads, j, type Sec } from './pages-heldout509-kit.js';

/**
 * Held-out batch 509, file b: a landscape studio's awards news post on Ghost (Casper theme) with its read-more cards and
 * portal buttons, and an architect's design process page on Webflow with numbered steps and hidden form messages.
 */
const gTitle = 'Quarry Garden wins the Northern Landscape Award for public space';
const gDek = 'Our planting scheme for a former gritstone quarry in Haddon Vale was named the best public space of the year.';
const gBody = [
  j(
    'We are delighted that Quarry Garden has won the public space category at this year’s Northern Landscape Awards, announced at a',
    'ceremony in Leeds on Thursday evening. The jury praised the way the scheme “lets the quarry face do the talking”.',
  ),
  j(
    'The garden opened in spring 2025 on the floor of a quarry that closed in 1962. Working with the parish council and a volunteer',
    'group of forty, we laid gravel paths along the old haul roads and planted drifts of grasses and moorland perennials that can',
    'cope with thin, free-draining soil and no irrigation.',
  ),
  '“The volunteers did most of the planting themselves, over six weekends in the rain. This award is theirs as much as ours.”',
  j(
    'The scheme was also highly commended for biodiversity. Our thanks go to Haddon Vale Parish Council, the Friends of Quarry Garden',
    'and the Millbeck Trust, who funded the first three years of maintenance.',
  ),
];
const gNav = ['Home', 'Projects', 'News', 'About', 'Contact'];
const gCards = [
  ['Planting a dry garden that looks after itself', 'Sep 2, 2026', '6 min read'],
  ['Haddon Vale: one year on', 'Apr 14, 2026', '3 min read'],
  ['We are hiring a garden designer', 'Feb 20, 2026', '2 min read'],
];
const gCardHtml = gCards
  .map(
    ([t, d, r]) => `<article class="post-card post"><a class="post-card-image-link" href="/${(t ?? '').toLowerCase().replace(/[^a-z]+/g, '-')}/">
<img class="post-card-image" src="/content/images/size/w600/2026/card.jpg" alt="${t}" loading="lazy"></a><div class="post-card-content">
<a class="post-card-content-link" href="/post/"><header class="post-card-header"><div class="post-card-tags"><span
class="post-card-primary-tag">News</span></div>
<h2 class="post-card-title">${t}</h2></header></a><footer class="post-card-meta"><time class="post-card-meta-date" datetime="2026-01-01">${d}</time>
<span class="post-card-meta-length">${r}</span></footer></div></article>`,
  )
  .join('\n');
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${gTitle}</title><meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=8d1e2c7a49"><meta name="description" content="${gDek}">
<link rel="canonical" href="https://fernlea.studio/quarry-garden-award/"><meta property="og:site_name" content="Fernlea Landscape Studio">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-10-09T08:30:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Fernlea Landscape Studio"},
"author":{"@type":"Person","name":"Isla Merrow"},"headline":"${gTitle}","datePublished":"2026-10-09T08:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.96"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.44/umd/portal.min.js" data-i18n="true"
data-ghost="https://fernlea.studio/" data-key="3c1f0d2e" data-api="https://fernlea.studio/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{padding:24px}</style></head>
<body class="post-template tag-news tag-awards is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://fernlea.studio">Fernlea Landscape Studio</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search><svg width="20" height="20" fill="none"></svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div><nav class="gh-head-menu"><ul class="nav">${links(gNav, 'nav-item')}</ul></nav>
<div class="gh-head-actions"><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><div class="gh-head-members">
<a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-news tag-awards image-small">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/news/">News</a></span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p><div class="article-byline"><section class="article-byline-content">
<ul class="author-list instapaper_ignore"><li class="author-list-item"><a href="/author/isla/" class="author-avatar"><img class="author-profile-image"
src="/content/images/2025/03/isla.jpg" alt="Isla Merrow"></a></li></ul><div class="article-byline-meta"><h4 class="author-name"><a
href="/author/isla/">Isla Merrow</a>
</h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2026-10-09">Oct 9, 2026</time>
<span class="byline-reading-time"><span class="bull">&bull;</span> 2 min read</span></div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2026/10/quarry.jpg 300w" src="/content/images/size/w2000/2026/10/quarry.jpg"
alt="Grasses on the quarry floor"><figcaption><span
style="white-space: pre-wrap;">Quarry Garden in its second summer. Photo: Ben Arkle</span></figcaption></figure>
</header><section class="gh-content gh-canvas is-body">
${ps(gBody.slice(0, 2))}
<blockquote>${gBody[2]}</blockquote>
${ps(gBody.slice(3))}
</section></article></main>
<aside class="read-more-wrap outer"><div class="read-more inner"><h3 class="read-more-title">Read more</h3>${gCardHtml}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a
href="https://fernlea.studio">Fernlea Landscape Studio</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Privacy', 'Instagram'], 'nav-item')}</ul></nav>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div><div class="pswp__ui pswp__ui--hidden">
<button class="pswp__button pswp__button--close" title="Close (Esc)"></button></div></div>
<script src="/assets/built/casper.js?v=8d1e2c7a49"></script></body></html>`;
const ghost: TestPage = {
  name: 'heldout509-ghost-landscape-award',
  kind: 'news',
  html: gHtml,
  title: gTitle,
  headings: [],
  body: texts([gDek, ...gBody]),
  bylines: ['Isla Merrow', 'Oct 9, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Fernlea Landscape Studio', ...gNav.filter((n) => n !== 'News'), 'Sign in', 'Subscribe', 'News', '• 2 min read',
    'Quarry Garden in its second summer. Photo: Ben Arkle', 'Read more', ...gCards.flat().filter((t) => t !== '2 min read'), 'Fernlea Landscape Studio © 2026',
    'Privacy', 'Instagram', 'Powered by Ghost',
  ],
};

const wTitle = 'How we work';
const wLead = j(
  'A building takes years to make and decades to live in. Our process is built to make the big decisions early, with you in the',
  'room, and to leave time for the small ones that make a place feel right.',
);
const wSteps: Sec[] = [
  {
    h: 'Brief and site',
    ps: [
      j(
        'We start on site, with a tape, a camera and a long conversation. We look at light, views, neighbours, trees and the way you',
        'use the house you have now, and we write it all into a brief that you sign off before any drawing starts.',
      ),
    ],
  },
  {
    h: 'Feasibility',
    ps: [
      j(
        'Two or three quick options, drawn by hand and as simple massing models, each with a rough cost range. This is the cheapest',
        'moment to change your mind, and most clients do, at least once.',
      ),
    ],
  },
  {
    h: 'Concept design',
    ps: [
      j(
        'We develop the chosen option into plans, sections and a 3D model you can walk through with us in the studio. A cost consultant',
        'checks the scheme against your budget before we go further.',
      ),
    ],
  },
  {
    h: 'Planning',
    ps: [
      j(
        'Where consent is needed we prepare and submit the application, including the design and access statement, and we deal with',
        'the planning officer on your behalf. We usually recommend a pre-application meeting for anything in a conservation area.',
      ),
    ],
  },
  {
    h: 'Technical design and tender',
    ps: [
      j(
        'Construction drawings, a specification and building regulations approval. We then invite three or four contractors we trust',
        'to price the work and help you compare their tenders line by line.',
      ),
    ],
  },
  {
    h: 'On site',
    ps: [
      j(
        'We visit every fortnight, answer the builder’s questions, value the work each month and certify payments. At the end we',
        'inspect the finished building and hold back a retention until any defects are put right.',
      ),
    ],
  },
];
const wFees = j(
  'We charge a fixed fee for each stage, agreed in writing before the stage begins, so you can stop after any stage without owing',
  'anything further. For a typical house extension, stages one to three cost between £4,000 and £7,500.',
);
const wNav = ['Work', 'Studio', 'Process', 'Journal', 'Contact'];
const wStepHtml = wSteps
  .map(
    (s, i) => `<div class="process-step"><div class="step-number">0${i + 1}</div><div class="step-content"><h3 class="heading-step">${s.h}</h3>
<p class="paragraph-step">${s.ps[0]}</p></div></div>`,
  )
  .join('\n');
const wHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Nov 10 2026 14:02:19 GMT+0000 -->
<html data-wf-domain="www.pellandfrome.com" data-wf-page="6530a1f2c4d5e60012ab34cd" data-wf-site="6530a1f2c4d5e60012ab3400" lang="en">
<head><meta charset="utf-8"><title>How we work | Pell Frome Architects</title><meta content="${wLead}" name="description">
<meta content="How we work | Pell Frome Architects" property="og:title"><meta content="width=device-width, initial-scale=1" name="viewport">
<meta content="Webflow" name="generator"><link href="https://cdn.prod.website-files.com/6530a1f2c4d5e60012ab3400/css/pell-frome.webflow.shared.css"
rel="stylesheet" type="text/css"><script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",
("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-7XK2L9"></script></head>
<body class="body"><div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" data-easing2="ease" role="banner"
class="navbar w-nav"><div class="nav-container w-container"><a href="/" class="brand w-nav-brand"><img src="https://cdn.prod.website-files.com/6530/logo.svg"
loading="lazy" alt="Pell Frome Architects" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">
${wNav
  .map(
    (n) => `<a href="/${n.toLowerCase()}" class="nav-link w-nav-link${n === 'Process' ? ' w--current' : ''}"
${n === 'Process' ? ' aria-current="page"' : ''}>${n}</a>`,
  )
  .join('')}
</nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section-hero-small"><div class="container-large"><div class="eyebrow">Process</div><h1 class="heading-xl">${wTitle}</h1>
<p class="paragraph-large">${wLead}</p></div></section>
<section class="section-process"><div class="container-large"><h2 class="heading-l">Six stages from brief to handover</h2>
<div class="w-layout-grid process-grid">
${wStepHtml}
</div></div></section>
<section class="section-fees"><div class="container-large"><div class="w-layout-grid grid-2col"><h2 class="heading-l">Fees</h2>
<div class="rich-text-block w-richtext"><p>${wFees}</p></div></div></div></section>
<section class="section-cta"><div class="container-large cta-wrap"><h2 class="heading-cta">Have a project in mind?</h2>
<p class="paragraph-cta">Tell us a little about it and we will call you back within two working days.</p>
<a href="/contact" class="button-primary w-button">Get in touch</a></div></section>
<footer class="footer"><div class="container-large"><div class="w-layout-grid footer-grid"><div class="footer-col"><div class="footer-label">Studio</div>
<p class="footer-text">Unit 3, Tanner Row, Frome BA11 1AB</p><a href="tel:01373400218" class="footer-link">01373 400 218</a></div>
<div class="footer-col"><div class="footer-label">Newsletter</div><div class="w-form"><form id="email-form" name="email-form" data-name="Email Form"
method="get"
class="footer-form"><input class="text-field w-input" maxlength="256" name="email" data-name="Email" placeholder="Your email" type="email" id="email" required>
<input type="submit" data-wait="Please wait..." class="submit-button w-button" value="Subscribe"></form><div class="w-form-done" tabindex="-1" role="region"
aria-label="Email Form success"><div>Thank you! Your submission has been received!</div></div><div class="w-form-fail" tabindex="-1" role="region"
aria-label="Email Form failure"><div>Oops! Something went wrong while submitting the form.</div></div></div></div></div>
<div class="footer-bottom"><div class="footer-small">© 2026 Pell Frome Architects Ltd. Registered in England 11830247.</div>
<a href="/privacy" class="footer-small-link">Privacy</a></div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=6530a1f2c4d5e60012ab3400" type="text/javascript"></script>
<script src="https://cdn.prod.website-files.com/6530a1f2c4d5e60012ab3400/js/webflow.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout509-webflow-architect-process',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: ['Six stages from brief to handover', ...heads(wSteps), 'Fees'],
  body: texts([wLead, ...blocks(wSteps), wFees]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...wNav, ...wSteps.map((_, i) => `0${i + 1}`), 'Have a project in mind?',
    'Tell us a little about it and we will call you back within two working days.', 'Get in touch', 'Unit 3, Tanner Row, Frome BA11 1AB',
    '01373 400 218', 'Newsletter', '© 2026 Pell Frome Architects Ltd. Registered in England 11830247.', 'Privacy',
  ],
};

export const HELDOUT509_B: readonly TestPage[] = [ghost, webflow];
