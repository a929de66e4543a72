import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout369-kit.js';

/**
 * Held-out batch 369, file e: an iFixit-style teardown guide (guide intro, difficulty and time badges, numbered steps
 * with bullet lines, step images, "Add Comment" links, the repairability score box, the author card and the guide
 * comments) and a keyboard enthusiast's blog on Ghost (Casper theme, kg-cards with captions, a bookmark card, the member
 * sign-up CTA and the "Read more" feed).
 */
const xTitle = 'Pellucid P44 Pro 4TB SSD Teardown';
const xIntro = j(
  'Pellucid says its new P44 Pro squeezes 4TB onto a single-sided M.2 2280 board without a DRAM cache. We opened one up to see',
  'how, and whether the bundled heatsink is more than decoration.',
);
const xSteps: readonly { title: string; lines: string[] }[] = [
  {
    title: 'Removing the heatsink',
    lines: [
      'The aluminium heatsink is held on by two Torx T5 screws at the connector end and a strip of double-sided thermal pad.',
      'With the screws out, a plastic opening pick slides under the far end and the heatsink lifts off in one piece.',
      'The thermal pad is 1.5 mm thick and covers both NAND packages and the controller, which is more than many retail drives bother with.',
    ],
  },
  {
    title: 'The controller',
    lines: [
      'The controller is a Sarnova SN-5120, a four-channel design built on a 6 nm process.',
      'Four channels usually mean slower sequential writes, but Pellucid claims 12 GB/s reads by running the NAND interface at 3,600 MT/s.',
      'There is no DRAM package anywhere on the board. The drive uses host memory buffer instead, borrowing 64 MB of system RAM.',
    ],
  },
  {
    title: 'NAND and the back of the board',
    lines: [
      'Two 2TB packages of 276-layer TLC sit side by side, which is how Pellucid keeps the underside of the board bare.',
      'The back carries only a serial-number sticker and a copper foil label, good news for laptops with tight M.2 bays.',
      'A small power-management chip and a row of capacitors sit next to the connector, protecting the drive against sudden power loss.',
    ],
  },
  {
    title: 'Final thoughts',
    lines: [
      'The drive is fully serviceable down to the board, but the components themselves are soldered and cannot be replaced.',
      'Without DRAM, sustained writes fall to about 1.6 GB/s once the SLC cache fills, which happens after roughly 400 GB.',
      'The heatsink is worth keeping in a desktop: our thermal camera showed the controller 14 °C cooler with it fitted.',
    ],
  },
];
const xNav = ['Fix Your Stuff', 'Community', 'Store', 'Teardowns'];
const xCrumbs = ['Home', 'Computer Hardware', 'SSD', 'Pellucid P44 Pro'];
const xComment = j('Great teardown. Would love to see how hot the controller runs without the pad, since most laptop bays have no room for it.');
const xHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${xTitle} - Mendwell</title>
<meta property="og:type" content="article"><meta name="description" content="${xIntro}">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"HowTo","name":"${xTitle}","totalTime":"PT20M",
"step":[{"@type":"HowToStep","name":"Removing the heatsink"}]}</script>
<script>window.App={siteName:"Mendwell",guideid:170244,langid:"en"};</script></head>
<body class="guide-view"><div id="page"><header id="header" class="site-header"><a class="header-logo" href="/">Mendwell</a>
<nav class="header-nav"><ul>${links(xNav, 'header-nav-item')}</ul></nav><a href="/login" class="header-login">Log In</a></header>
<div id="main"><div id="breadcrumbs" class="breadcrumbs"><ul>${links(xCrumbs, 'breadcrumb-item')}</ul></div>
<div class="guide-intro-wrap"><h1 class="guide-intro-title" itemprop="name">${xTitle}</h1>
<div class="guide-author"><span>Written By:</span> <a href="/User/551203/Annika+Rees" class="author-name">Annika Rees</a></div>
<div class="guide-intro-metadata"><span class="difficulty difficulty-Easy">Easy</span><span class="time-required">20 minutes</span></div>
<div class="guide-intro" itemprop="description"><p>${xIntro}</p></div>
<div class="guide-tools"><h3>Tools</h3><ul>${links(['Torx T5 Screwdriver', 'Opening Picks (Set of 6)'], 'tool')}</ul></div></div>
<ol class="steps-container">
${xSteps
  .map(
    (s, i) => `<li id="s${i + 1}" class="step"><div class="step-title"><strong class="stepValue">Step ${i + 1}</strong>
<h2 class="step-title-text">${s.title}</h2></div><div class="step-images"><img src="https://guide-images.mendwell.example/${i + 1}.medium" alt=""></div>
<ul class="step-lines">${s.lines.map((l) => `<li class="bullet_black" itemprop="text">${l}</li>`).join('\n')}</ul>
<div class="step-comments-link"><a href="#comments-s${i + 1}">Add Comment</a></div></li>`,
  )
  .join('\n')}
</ol>
<div class="repairability-score"><div class="score-title">Repairability Score</div><div class="score-value">6</div><p>out of 10 (10 is easiest to
repair)</p></div>
<div class="guide-conclusion"><a class="button" href="#">Compare devices</a></div>
<div class="author-card"><img src="/avatars/551203.jpg" alt=""><a href="/User/551203/Annika+Rees">Annika Rees</a><span>Member since: 03/14/2021</span>
<span class="reputation">48,210 Reputation</span><span>112 Guides authored</span></div>
<div id="comments" class="comments-section"><h3>One Comment</h3><div class="comment"><a class="comment-author" href="/User/77/">ssd_archivist</a>
<time class="comment-date">Nov 24, 2026</time><p class="comment-text">${xComment}</p><a class="reply">Reply</a></div>
<a href="#" class="add-comment">Add Comment</a></div></div>
<footer class="site-footer"><ul>${links(['About Us', 'Jobs', 'Press', 'Contact', 'Help'], 'footer-link')}</ul><p>Licensed under Creative Commons
BY-NC-SA. Mendwell ©2026</p><div class="footer-newsletter"><h4>Stay informed</h4><p>Subscribe to our newsletter for repair news and teardowns.</p>
<form><input type="email" placeholder="Email address"><button>Subscribe</button></form></div></footer></div>
<div id="consent-banner" class="cookie-banner"><p>We use cookies to improve Mendwell. Read our Privacy Policy for details.</p><button>Accept</button>
<button>Decline</button></div></body></html>`;
const ifixit: TestPage = {
  name: 'heldout369-ifixit-teardown',
  kind: 'docs',
  html: xHtml,
  title: xTitle,
  headings: xSteps.map((s) => s.title),
  body: [xIntro, ...xSteps.flatMap((s) => s.lines)],
  bylines: ['Annika Rees'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Mendwell', ...xNav, 'Log In', ...xCrumbs, 'Written By:', 'Easy', '20 minutes', 'Tools', 'Torx T5 Screwdriver', 'Opening Picks (Set of 6)',
    'Step 1', 'Step 2', 'Step 3', 'Step 4', 'Add Comment', 'Repairability Score', 'out of 10 (10 is easiest to repair)', 'Compare devices',
    'Member since: 03/14/2021', '48,210 Reputation', '112 Guides authored', 'One Comment', 'ssd_archivist', 'Nov 24, 2026', xComment, 'Reply',
    'About Us', 'Jobs', 'Press', 'Contact', 'Help', 'Licensed under Creative Commons BY-NC-SA. Mendwell ©2026', 'Stay informed',
    'Subscribe to our newsletter for repair news and teardowns.', 'Subscribe', 'We use cookies to improve Mendwell. Read our Privacy Policy for details.',
    'Accept', 'Decline',
  ],
};

const kTitle = 'Lubing Tactiles Is Wrong, and I Did It Anyway';
const kExcerpt = 'Three evenings, ninety switches and one very thin brush: notes from a weekend of tactile switch tuning.';
const kP1 = [
  j(
    'Every guide on switch lubing says the same thing about tactiles: do not lube the legs, or you will kill the bump. I have',
    'repeated that advice myself. So when a reader sent me a bag of ninety Tallow Brown switches and asked whether a very light',
    'coat could fix their scratchiness without flattening them, I had no good answer except to try.',
  ),
];
const kH1 = 'The setup';
const kP2 = [
  j(
    'I split the switches into three groups of thirty: stock, stems and housings only (the usual tactile method), and a full',
    'coat including a barely-there pass on the stem legs with a 000 brush.',
  ),
];
const kList = [
  'Lubricant: a thin 205g0-style grease, thinned 3:1 with a light oil',
  'Springs: stock, bag-lubed with a few drops of the same oil',
  'Test board: an aluminium 65% with a polycarbonate plate',
];
const kH2 = 'What the force curves say';
const kP3 = [
  j(
    'I borrowed a force-curve rig from a friend and measured five switches from each group. Stock switches peaked at 62 g with a',
    'drop of 18 g after the bump. The usual method barely changed that. The full coat took the peak down to 57 g and the drop',
    'to 11 g: still a bump, but a noticeably rounder one.',
  ),
];
const kQuote = 'A tactile switch is a negotiation between the leaf and the leg. Lube changes the terms, not the parties.';
const kH3 = 'Would I do it again?';
const kP4 = [
  j(
    'For these switches, yes. The scratch was the worst thing about them, and the rounder bump is honestly pleasant for long',
    'typing sessions. For a crisp switch with a sharp bump, I would still keep the legs dry.',
  ),
  'The full board, with the plate-mounted stabilisers tuned the same evening, sounds like this:',
  j(
    'One caveat: lubing the legs takes far longer than the usual method, about four minutes per switch instead of ninety seconds,',
    'and it is easy to overdo. Two of my thirty came out mushy and went back into the stock bag.',
  ),
  'Next week: the same experiment with clicky switches, which I suspect will end badly.',
];
const kMore = ['Building a Gasket Mount Board From Scraps', 'Why My Endgame Keyboard Lasted Six Weeks', 'Desoldering Without Tears'];
const kHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${kTitle}</title>
<meta name="description" content="${kExcerpt}"><link rel="canonical" href="https://keyfeel.example/lubing-tactiles/">
<meta property="og:site_name" content="Keyfeel"><meta name="generator" content="Ghost 5.101">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Keyfeel"},
"author":{"@type":"Person","name":"Oskar Nyhavn"},"headline":"${kTitle}","datePublished":"2026-11-08T16:20:00.000Z"}</script>
<script defer src="https://cdn.jsdelivr.example/ghost/portal@~2.46/umd/portal.min.js" data-ghost="https://keyfeel.example/"></script></head>
<body class="post-template tag-switches tag-mods is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="/">Keyfeel</a></div>
<nav class="gh-head-menu"><ul class="nav">${links(['Home', 'Switches', 'Builds', 'About'], 'nav-home')}</ul></nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button"
href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-switches tag-mods">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a
href="/tag/switches/">Switches</a></span></div>
<h1 class="article-title">${kTitle}</h1><p class="article-excerpt">${kExcerpt}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item"><a href="/author/oskar/"
class="author-avatar"><img class="author-profile-image" src="/content/images/oskar.jpg" alt="Oskar Nyhavn"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/oskar/">Oskar Nyhavn</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-11-08">Nov 8, 2026</time><span class="byline-reading-time"><span class="bull">•</span> 6 min read</span>
</div></div></section></div>
<figure class="article-image"><img src="/content/images/2026/11/tallow-browns.jpg" alt="A tray of opened switches"><figcaption>Ninety switches,
opened and sorted. Photo by the author.</figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps(kP1)}
<h2 id="the-setup">${kH1}</h2>
${ps(kP2)}
<ul>${kList.map((l) => `<li>${l}</li>`).join('\n')}</ul>
<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/2026/11/brush.jpg" class="kg-image" alt="" loading="lazy"><figcaption><span
style="white-space: pre-wrap;">The 000 brush next to a stem leg, for scale.</span></figcaption></figure>
<h2 id="what-the-force-curves-say">${kH2}</h2>
${ps(kP3)}
<blockquote>${kQuote}</blockquote>
<h2 id="would-i-do-it-again">${kH3}</h2>
${ps(kP4.slice(0, 2))}
<figure class="kg-card kg-embed-card"><iframe width="200" height="113" src="https://www.videohost.example/embed/q8xL2"
title="65% board sound test"></iframe></figure>
<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://keyfeel.example/stabiliser-tuning/"><div
class="kg-bookmark-content"><div class="kg-bookmark-title">Stabiliser Tuning, the Slow Way</div><div class="kg-bookmark-description">Clipping,
lubing and band-aid modding, one stab at a time.</div><div class="kg-bookmark-metadata"><span class="kg-bookmark-author">Keyfeel</span></div></div></a></figure>
${ps(kP4.slice(2))}
</section>
<section class="article-comments gh-canvas"><div class="gh-cta"><h2 class="gh-cta-title">Join the discussion</h2>
<p>Become a member of Keyfeel to start commenting.</p><a class="gh-btn" href="#/portal/signup" data-portal="signup">Subscribe now</a></div></section>
</article></main>
<aside class="read-more-wrap outer"><div class="read-more inner"><h3>Read more</h3>${kMore
  .map((t) => `<article class="post-card post"><a class="post-card-content-link" href="/"><h2 class="post-card-title">${t}</h2></a></article>`)
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">Keyfeel</a> © 2026</section>
<nav class="site-footer-nav"><ul>${links(['Sitemap', 'Privacy', 'RSS'])}</ul></nav><div class="gh-powered-by"><a href="https://ghost.org/">Powered by
Ghost</a></div></div></footer></div></body></html>`;
const ghost: TestPage = {
  name: 'heldout369-ghost-keyboard-blog',
  kind: 'blog',
  html: kHtml,
  title: kTitle,
  headings: [kH1, kH2, kH3],
  body: [kExcerpt, ...texts([...kP1, ...kP2, ...kList, ...kP3]), kQuote, ...texts(kP4)],
  bylines: ['Oskar Nyhavn', 'Nov 8, 2026', '6 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Keyfeel', 'Home', 'Switches', 'Builds', 'About', 'Sign in', 'Subscribe', 'Ninety switches, opened and sorted. Photo by the author.',
    'The 000 brush next to a stem leg, for scale.', 'Stabiliser Tuning, the Slow Way', 'Clipping, lubing and band-aid modding, one stab at a time.',
    'Join the discussion', 'Become a member of Keyfeel to start commenting.', 'Subscribe now', 'Read more', ...kMore, 'Keyfeel © 2026',
    'Sitemap', 'Privacy', 'RSS', 'Powered by Ghost',
  ],
};

export const HELDOUT369_E: readonly TestPage[] = [ifixit, ghost];
