import { links, type TestPage, texts } from './page-kit.js';
import { heyWorldPost } from './pages-heldout229-c2.js';

/**
 * Held-out batch 229, file c: a Ghost (Source theme) newsletter issue that was also sent by email (the gh-navigation with
 * Sign in / Subscribe, the article header with its primary tag, excerpt, author, date and reading time, the feature image
 * with caption, gh-content with a kg-callout-card and a kg-signup-card inside the post text, the comments CTA for members,
 * the "Read more" related posts, the footer signup and the Portal iframe placeholder) and, from file c2, a HEY World post.
 */
const ghTitle = 'The river report: what a dry summer did to the Wend';
const ghDek = 'Our volunteers walked all 38 kilometres of the river in September. Here is what they found.';
const ghP1 = [
  'Every September, volunteers from the trust walk the whole length of the Wend, from the springs above Coldharbour to the tidal ' +
    'sluice at Emsworth Quay, and record what they see. This year forty-two people took part over three weekends, and what they ' +
    'found was the clearest picture yet of how a long dry summer changes a chalk river.',
];
const ghH1 = 'Flow and the winterbourne';
const ghP2 = [
  'The top six kilometres of the Wend are a winterbourne: they flow in winter and spring and normally dry out by late summer. ' +
    'This year they were dry by the first week of July, the earliest date in our records, which go back to 2009.',
  'Below the springs at Hatchmere the river kept flowing, but at roughly half its usual September level. Several gravel riffles ' +
    'that trout use for spawning were exposed for weeks at a time.',
];
const ghH2 = 'What the walkers recorded';
const ghList = [
  'Seventeen stretches with fish visibly stranded or crowded into pools, most of them below the Hatchmere road bridge.',
  'Water crowfoot in good condition in the middle reaches, which suggests water quality held up even as flows fell.',
  'Four new outfalls that were not on our 2024 map, all reported to the Environment Agency.',
];
const ghH3 = 'What happens next';
const ghP3 = [
  'We will repeat the walk in March to see how well the riffles recover over winter. In the meantime, our fish rescue team moved ' +
    'about 300 brown trout and bullhead from drying pools into deeper water, under licence.',
  'If you walked with us this year, thank you. Your notes and photos are already being turned into the map that will go to the ' +
    'catchment partnership in November.',
];
const ghCallout = 'The full survey data, with grid references for every record, is available to members on request.';
const ghCaption = 'Exposed gravel below Hatchmere road bridge in August. Photo: Odile Marchetti';
const ghSignup = ['Get the river report every month', 'Join 2,400 people who follow the Wend with us.', 'Subscribe'];
const ghNav = ['Home', 'About the trust', 'Volunteer', 'Reports', 'Donate'];
const ghMore = [
  'Why we are removing the weir at Lockerley Mill',
  'Counting water voles on the upper Wend',
  'Our response to the abstraction licence consultation',
];
const ghFoot = ['Sitemap', 'Privacy', 'Contact'];
const ghHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>The river report: what a dry summer did to the Wend</title><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" type="text/css" href="https://wendrivertrust.example/assets/built/screen.css?v=4c1d2e">
<meta name="description" content="${ghDek}"><link rel="canonical" href="https://wendrivertrust.example/river-report-dry-summer/">
<meta property="og:site_name" content="Wend River Trust"><meta property="og:type" content="article"><meta property="og:title" content="${ghTitle}">
<meta property="article:published_time" content="2025-10-06T06:30:00.000Z"><meta property="article:tag" content="River Report">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Wend River Trust"},
"author":{"@type":"Person","name":"Odile Marchetti"},"headline":"${ghTitle}","datePublished":"2025-10-06T06:30:00.000Z","description":"${ghDek}"}</script>
<meta name="generator" content="Ghost 5.130"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.51/umd/portal.min.js"
data-i18n="true" data-ghost="https://wendrivertrust.example/" data-key="a1b2c3" data-api="https://wendrivertrust.example/ghost/api/content/"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{padding:1.5em}</style></head>
<body class="post-template tag-river-report tag-hash-email has-sans-title has-sans-body"><div class="gh-site">
<header id="gh-navigation" class="gh-navigation is-left-logo gh-outer"><div class="gh-navigation-inner gh-inner"><div class="gh-navigation-brand">
<a class="gh-navigation-logo is-title" href="https://wendrivertrust.example">Wend River Trust</a></div>
<nav class="gh-navigation-menu"><ul class="nav">${links(ghNav)}</ul></nav>
<div class="gh-navigation-actions"><div class="gh-navigation-members"><a href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<main class="gh-main"><article class="gh-article post tag-river-report tag-hash-email">
<header class="gh-article-header gh-canvas"><a class="gh-article-tag" href="https://wendrivertrust.example/tag/river-report/">River Report</a>
<h1 class="gh-article-title is-title">${ghTitle}</h1><p class="gh-article-excerpt is-body">${ghDek}</p>
<div class="gh-article-meta"><div class="gh-article-author-image instapaper_ignore"><a href="/author/odile/">
<img src="/content/images/odile.jpg" alt="Odile Marchetti"></a></div>
<div class="gh-article-meta-wrapper"><h4 class="gh-article-author-name"><a href="/author/odile/">Odile Marchetti</a></h4>
<div class="gh-article-meta-content"><time class="gh-article-meta-date" datetime="2025-10-06">Oct 6, 2025</time>
<span class="gh-article-meta-length"><span class="bull">—</span> 4 min read</span></div></div></div>
<figure class="gh-article-image"><img src="/content/images/2025/10/hatchmere-gravel.jpg" alt=""><figcaption><span>${ghCaption}</span></figcaption></figure>
</header><section class="gh-content gh-canvas is-body">${ghP1.map((p) => `<p>${p}</p>`).join('\n')}
<div class="kg-card kg-callout-card kg-callout-card-blue"><div class="kg-callout-emoji">📊</div><div class="kg-callout-text">${ghCallout}</div></div>
<h2 id="flow-and-the-winterbourne">${ghH1}</h2>${ghP2.map((p) => `<p>${p}</p>`).join('\n')}
<h2 id="what-the-walkers-recorded">${ghH2}</h2><ul>${ghList.map((p) => `<li>${p}</li>`).join('\n')}</ul>
<div class="kg-card kg-signup-card kg-width-regular" data-lexical-signup-form style="background-color:#F0F0F0;display:none"></div>
<div class="kg-card kg-signup-card kg-width-wide" data-lexical-signup-form><div class="kg-signup-card-content"><div class="kg-signup-card-text">
<h2 class="kg-signup-card-heading">${ghSignup[0]}</h2><p class="kg-signup-card-subheading">${ghSignup[1]}</p>
<form class="kg-signup-card-form" data-members-form="signup"><div class="kg-signup-card-fields"><input class="kg-signup-card-input" type="email"
placeholder="Your email" required data-members-email><button class="kg-signup-card-button" type="submit">
<span class="kg-signup-card-button-default">${ghSignup[2]}</span>
<span class="kg-signup-card-button-loading">Loading</span></button></div>
<div class="kg-signup-card-success">Email sent! Check your inbox to complete your signup.</div>
<div class="kg-signup-card-error" data-members-error></div></form><p class="kg-signup-card-disclaimer">No spam. Unsubscribe anytime.</p></div></div></div>
<h2 id="what-happens-next">${ghH3}</h2>${ghP3.map((p) => `<p>${p}</p>`).join('\n')}</section>
<section class="gh-comments gh-canvas"><div class="gh-comments-cta"><h3>Join the discussion</h3>
<p>Become a member of Wend River Trust to start commenting.</p><a href="#/portal/signup" data-portal="signup">Sign up now</a>
<p>Already a member? <a href="#/portal/signin" data-portal="signin">Sign in</a></p></div></section></article></main>
<section class="gh-container is-grid gh-outer"><div class="gh-container-inner gh-inner"><h2 class="gh-container-title">Read more</h2>
<div class="gh-feed">${ghMore
  .map(
    (t, i) => `<article class="gh-card post"><a class="gh-card-link" href="/p${i}/"><div class="gh-card-wrapper">
<h3 class="gh-card-title is-title">${t}</h3><footer class="gh-card-meta"><span class="gh-card-author">By Odile Marchetti</span>
<time class="gh-card-date" datetime="2025-09-0${i + 1}">Sep ${i + 1}, 2025</time></footer></div></a></article>`,
  )
  .join('\n')}</div></div></section>
<footer class="gh-footer gh-outer"><div class="gh-footer-inner gh-inner"><div class="gh-footer-bar">
<span class="gh-footer-logo is-title">Wend River Trust</span>
<nav class="gh-footer-menu"><ul class="nav">${links(ghFoot)}</ul></nav>
<div class="gh-footer-copyright">Powered by <a href="https://ghost.org/">Ghost</a></div></div>
<section class="gh-footer-signup"><h2 class="gh-footer-signup-header is-title">Wend River Trust</h2>
<p class="gh-footer-signup-subhead is-body">Looking after the Wend, from the springs to the sea.</p>
<form class="gh-form" data-members-form><input class="gh-form-input" type="email" placeholder="jamie@example.com" required data-members-email>
<button class="gh-button" type="submit"><span>Subscribe</span></button></form></section></div></footer></div></body></html>`;
const ghost: TestPage = {
  html: ghHtml,
  name: 'heldout229-ghost-newsletter-post-blog',
  kind: 'blog',
  // the excerpt under the title is body; the callout card and the signup card inside gh-content are furniture
  title: ghTitle,
  headings: [ghH1, ghH2, ghH3],
  body: texts([ghDek, ...ghP1, ...ghP2, ...ghList, ...ghP3]),
  bylines: ['Odile Marchetti', 'Oct 6, 2025', '4 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Wend River Trust', ...ghNav, 'Sign in', 'Subscribe', 'River Report', ghCaption, ghCallout, ghSignup[0] ?? '', ghSignup[1] ?? '',
    'Email sent! Check your inbox to complete your signup.', 'No spam. Unsubscribe anytime.', 'Join the discussion',
    'Become a member of Wend River Trust to start commenting.', 'Sign up now', 'Already a member?', 'Read more', ...ghMore,
    'By Odile Marchetti', 'Sep 1, 2025', 'Sep 2, 2025', 'Sep 3, 2025', ...ghFoot, 'Powered by Ghost', 'Looking after the Wend, from the springs to the sea.',
  ],
};

export const HELDOUT229_C: readonly TestPage[] = [ghost, heyWorldPost];
