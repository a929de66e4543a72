import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout253-kit.js';

/**
 * Held-out batch 253, file b2: an accessibility consultancy's blog post on Ghost with the Casper theme (gh-head navigation
 * with the Portal sign-in buttons, article tag, excerpt, byline with author avatar, reading time, a kg-image-card with
 * caption, a kg-callout-card, a kg-code-card, the footer call to subscribe, the "Read more" rail and "Powered by Ghost").
 */
const title = 'Focus order is not a detail: what we learned auditing 40 care-booking sites';
const intro = [
  j(
    'Last year our team audited forty websites where older and disabled people book home care, medical transport or day centre places.',
    'We expected colour contrast to be the biggest problem. It was not. The most common barrier, on 31 of the 40 sites, was focus order.',
  ),
  j(
    'If you navigate with a keyboard, a switch device or a screen reader, focus order is the route you take through a page. When it',
    'jumps around, a simple booking form turns into a maze.',
  ),
];
const h1 = 'What broken focus looks like in practice';
const s1 = ['The patterns repeated across very different sites and platforms:'];
const l1 = [
  'Date pickers that open at the bottom of the page, so focus leaves the form and never comes back.',
  'Cookie banners that are visible but cannot be reached until after the footer.',
  'Modal dialogs that let focus escape behind them to links the user cannot see.',
  'Visual layouts built with CSS grid where the source order no longer matches what sighted users see.',
];
const h2 = 'Why it matters more for older users';
const s2 = [
  j(
    'Many people who came to assistive technology later in life rely on a small set of learned habits. They press Tab, they listen, and',
    'they trust that the next thing will be the next thing. When a page breaks that trust, they often give up and phone instead, and',
    'phone lines for care services are frequently the busiest in the building.',
  ),
];
const quote = '\u201CI am not slow with computers. The page is just in the wrong order.\u201D One participant, aged 78, in our usability sessions.';
const h3 = 'Three fixes that solved most of it';
const l3 = [
  'Keep the DOM order the same as the visual order, and resist using CSS order or positive tabindex values to patch it.',
  'Move focus into a dialog when it opens, keep it there, and return it to the trigger when it closes.',
  'Put consent banners at the start of the document so they are the first thing a keyboard user meets.',
];
const code = "dialog.addEventListener('close', () =&gt; trigger.focus());";
const s3 = [
  j(
    'The native <code>dialog</code> element handles much of this for you when opened with <code>showModal()</code>. One line restores',
    'focus when it closes:',
  ),
];
const outro = [
  j(
    'None of these fixes needs a redesign. On most of the sites we audited, a developer fixed the worst focus problems in less than',
    'a day, and the number of abandoned bookings fell within a month.',
  ),
];
const nav = ['Home', 'Services', 'Audits', 'Training', 'Blog', 'About'];
const more = [
  'Captions are not enough: writing transcripts people actually read',
  'How we test with switch users',
  'A plain-language checklist for booking forms',
];
const foot = ['Sign up', 'Privacy', 'Accessibility statement', 'Contact'];
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${title}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=3b5e1a9c2d">
<meta name="description" content="Focus order was the most common barrier in our audit of forty care-booking websites.">
<link rel="canonical" href="https://tabstop.example/focus-order-care-booking/"><meta property="og:site_name" content="Tabstop Accessibility">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-02-25T08:30:00.000Z">
<meta property="article:tag" content="WCAG"><meta name="generator" content="Ghost 5.82">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Tabstop Accessibility"},
"author":{"@type":"Person","name":"Mira Kowalczyk"},"headline":"${title}","datePublished":"2026-02-25T08:30:00.000Z"}</script>
<script defer src="https://cdn.jsdelivr.example/ghost/portal@~2.37/umd/portal.min.js" data-i18n="true" data-ghost="https://tabstop.example/"
crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta-content{padding:16px 32px}</style></head>
<body class="post-template tag-wcag tag-audits is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo" href="https://tabstop.example">Tabstop
Accessibility</a></div><nav class="gh-head-menu"><ul class="nav">${links(nav)}</ul></nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-wcag tag-audits">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/wcag/">WCAG</a></span></div>
<h1 class="article-title">${title}</h1><p class="article-excerpt">Our audit of forty care-booking sites found the same barrier again and again.</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/mira/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/mira.jpg" alt="Mira Kowalczyk"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/mira/">Mira Kowalczyk</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-02-25">Feb 25, 2026</time><span class="byline-reading-time"><span class="bull">•</span> 5 min read</span>
</div></div></section></div>
<figure class="article-image"><img src="/content/images/2026/02/keyboard.jpg" alt="A hand on a large-print keyboard">
<figcaption>Large-print keyboards were common among the participants in our sessions.</figcaption></figure></header>
<section class="gh-content gh-canvas">${ps(intro)}<h2 id="what-broken-focus-looks-like">${h1}</h2>${ps(s1)}<ul>${lis(l1)}</ul>
<figure class="kg-card kg-image-card kg-card-hascaption">
<img src="/content/images/2026/02/focus-map.png" class="kg-image" alt="A page with numbered focus stops"
loading="lazy"><figcaption><span style="white-space: pre-wrap;">Focus stops on one audited form, numbered in the order a keyboard reaches them.</span>
</figcaption></figure>
<h2 id="why-it-matters">${h2}</h2>${ps(s2)}<blockquote class="kg-blockquote-alt">${quote}</blockquote>
<div class="kg-card kg-callout-card kg-callout-card-blue"><div class="kg-callout-emoji">💡</div><div class="kg-callout-text">Want us to check your booking
flow? Our two-day focus audit starts at £900.</div></div>
<h2 id="three-fixes">${h3}</h2><ol>${lis(l3)}</ol>${ps(s3)}<pre><code class="language-javascript">${code}</code></pre>${ps(outro)}</section>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
</article></main>
<aside class="read-more-wrap outer"><div class="read-more inner"><h3 class="read-more-title">Read more</h3>
${more
  .map(
    (m, i) => `<article class="post-card post"><a class="post-card-image-link" href="/p${i}/"></a><div class="post-card-content">
<a class="post-card-content-link" href="/p${i}/"><header class="post-card-header"><h2 class="post-card-title">${m}</h2></header></a>
<footer class="post-card-meta"><time class="post-card-meta-date" datetime="2026-01-1${i}">Jan 1${i}, 2026</time></footer></div></article>`,
  )
  .join('\n')}
</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://tabstop.example">Tabstop Accessibility</a> © 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(foot)}</ul></nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank"
rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=3b5e1a9c2d"></script></body></html>`;
export const tabstopBlog: TestPage = {
  name: 'heldout253-ghost-casper-accessibility-blog',
  kind: 'blog',
  html,
  title,
  headings: [h1, h2, h3],
  body: texts([...intro, ...s1, ...l1, ...s2, quote, ...l3, ...s3, code, ...outro]),
  bylines: ['Mira Kowalczyk', 'Feb 25, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Tabstop Accessibility', ...nav, 'Sign in', 'Subscribe', 'WCAG', 'Our audit of forty care-booking sites found the same barrier again and again.',
    '5 min read', 'Large-print keyboards were common among the participants in our sessions.',
    'Focus stops on one audited form, numbered in the order a keyboard reaches them.',
    'Want us to check your booking flow? Our two-day focus audit starts at £900.', 'Sign up for more like this.', 'Enter your email', 'Read more', ...more,
    'Jan 10, 2026', 'Jan 11, 2026', 'Jan 12, 2026', 'Tabstop Accessibility © 2026', ...foot, 'Powered by Ghost',
  ],
};
