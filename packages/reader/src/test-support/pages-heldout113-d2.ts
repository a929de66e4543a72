import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 113, file d2: a Ghost 5 blog post in the Casper theme: the gh-head navigation with "Sign in" and
 * "Subscribe", the primary tag, title and excerpt, the author byline with date and reading time, the feature image caption,
 * gh-content with h2 sections, a callout card and an image card with caption, an in-post signup card, the footer
 * call-to-action, the "Read more" post feed with tags, dates and reading times, the site footer with "Powered by Ghost" and
 * the Portal subscribe button.
 */
const ghTitle = 'What six months of cycling to work taught me about my city';
const ghExcerpt = 'I started riding to save money. I kept riding because it changed how I see the streets I live on.';
const ghIntro = [
  'Last April I sold my car. It was partly a money decision and partly stubbornness: I had spent two years saying I would cycle more ' +
    'and never had. Without the car, I had no choice. My commute is 7.4 kilometres each way, across the river and through the old ' +
    'market district, and I have now ridden it about 230 times.',
  'Here is what I did not expect.',
];
const ghH1 = 'The city is smaller than it looks';
const ghP1 = [
  'From a car, Harrowgate felt like a set of separate places connected by roads I did not like. On a bike it became one place. I ' +
    'found out that the bakery I drove to on Saturdays is four minutes from my office. I found a cut-through along the canal that ' +
    'takes nine minutes off the ride home and passes a heron that is there almost every evening.',
  'I also learned where the hills are. Every one of them.',
];
const ghCallout = 'My one piece of kit advice: buy the mudguards first. Everything else can wait.';
const ghH2 = 'The bad bits';
const ghP2 = [
  'It is not all herons. The junction at Mill Bridge is frightening at rush hour, and twice I have had drivers pull out without ' +
    'looking. I now take a longer route that avoids it, which costs me three minutes and a lot less adrenaline.',
  'Rain is less of a problem than I thought. Wind is worse. A headwind on the river path in February is the closest I have come to ' + 'giving up.',
  'And parking is still hard. My office has eight bike spaces for two hundred people. Most mornings I lock up to a railing and hope.',
];
const ghCaption = 'The canal path near Fisher’s Lock, my favourite part of the ride home.';
const ghH3 = 'What I would tell the council';
const ghP3 = [
  'I went to a council consultation on the new transport plan in September, and I said three things. Fix Mill Bridge first, because ' +
    'it is where people decide cycling is not for them. Light the canal path, because half the year the ride home is in the dark. ' +
    'And put bike parking where people actually go, not where there happens to be space.',
  'I do not know whether anyone wrote it down. But I have started to think of the ride as a kind of survey. Every day I learn ' +
    'something about how the city works, and who it works for.',
  'I am keeping the bike. I am not buying another car.',
];
const ghFeatCaption = 'Morning traffic on the Eastgate bridge.';
const ghNav = ['Home', 'About', 'Archive', 'Transport', 'Local politics'];
const ghSignup = ['Sign up for Slow Streets', 'Notes on getting around Harrowgate, every other Friday.'];
const ghCta = ['Sign up for more like this.', 'Enter your email'];
const ghMore = [
  {
    tag: 'Transport',
    title: 'The bus route that nobody rides, and why',
    excerpt: 'Route 14 runs every twenty minutes and carries nine people a day.',
    date: 'Sep 23, 2025',
    len: '5 min read',
  },
  {
    tag: 'Local politics',
    title: 'Reading the council budget so you do not have to',
    excerpt: 'Where the money goes, in four charts.',
    date: 'Sep 9, 2025',
    len: '8 min read',
  },
  {
    tag: 'Transport',
    title: 'A week without a car, day by day',
    excerpt: 'The experiment that came before the decision.',
    date: 'Apr 28, 2025',
    len: '4 min read',
  },
];
const ghFoot = ['Sign up', 'Archive', 'About', 'RSS'];
const ghHtml = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${ghTitle}</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=1b2e3c">
<meta name="description" content="${ghExcerpt}"><link rel="canonical" href="https://slowstreets.blog/six-months-of-cycling/">
<meta property="og:site_name" content="Slow Streets"><meta property="og:type" content="article"><meta name="generator" content="Ghost 5.98">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Slow Streets"},
"author":{"@type":"Person","name":"Tamsin Oyelaran","url":"https://slowstreets.blog/author/tamsin/"},"headline":"${ghTitle}",
"datePublished":"2025-10-07T08:00:00.000Z","description":"${ghExcerpt}"}</script>
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.44/umd/portal.min.js" data-i18n="true" data-ghost="https://slowstreets.blog/"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{}</style>
</head>
<body class="post-template tag-transport is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo"
 href="https://slowstreets.blog">Slow Streets</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><button class="gh-burger" aria-label="Main Menu"></button></div>
<nav class="gh-head-menu"><ul class="nav">
${links(ghNav, 'nav-item')}
</ul></nav><div class="gh-head-actions"><div class="gh-head-members"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-transport tag-harrowgate">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/transport/">Transport</a></span></div><h1 class="article-title">${ghTitle}</h1><p class="article-excerpt">${ghExcerpt}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/tamsin/" class="author-avatar" aria-label="Read more of Tamsin Oyelaran"><img class="author-profile-image" src="/content/images/tamsin.jpg"
 alt="Tamsin Oyelaran"></a>
</li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/tamsin/">Tamsin Oyelaran</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2025-10-07">Oct 7, 2025</time><span class="byline-reading-time"><span class="bull">•</span> 6 min read</span>
</div></div></section></div>
<figure class="article-image"><img src="/content/images/size/w2000/2025/10/bridge.jpg" alt="${ghFeatCaption}">
<figcaption><span style="white-space: pre-wrap;">${ghFeatCaption}</span></figcaption></figure></header>
<section class="gh-content gh-canvas is-body">
${ps(ghIntro)}
<h2 id="the-city-is-smaller-than-it-looks">${ghH1}</h2>
${ps(ghP1)}
<div class="kg-card kg-callout-card kg-callout-card-blue"><div class="kg-callout-emoji">🚲</div><div class="kg-callout-text">${ghCallout}</div></div>
<h2 id="the-bad-bits">${ghH2}</h2>
${ps(ghP2)}
<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/2025/10/canal.jpg" class="kg-image" alt="" loading="lazy" width="2000"
 height="1333"><figcaption><span style="white-space: pre-wrap;">${ghCaption}</span></figcaption></figure>
<div class="kg-card kg-signup-card kg-width-regular" data-lexical-signup-form style="background-color: #F0F0F0;"><div class="kg-signup-card-content">
<div class="kg-signup-card-text"><h2 class="kg-signup-card-heading">${ghSignup[0]}</h2><p class="kg-signup-card-subheading">${ghSignup[1]}</p>
<form class="kg-signup-card-form" data-members-form="signup"><div class="kg-signup-card-fields"><input class="kg-signup-card-input" type="email"
 placeholder="Your email" required data-members-email><button class="kg-signup-card-button kg-style-accent" type="submit"><span
 class="kg-signup-card-button-default">
Subscribe</span><span class="kg-signup-card-button-loading">Loading</span></button></div><div class="kg-signup-card-success">Email sent! Check your inbox to
complete your signup.</div><div class="kg-signup-card-error" data-members-error></div></form><p class="kg-signup-card-disclaimer">No spam. Unsubscribe
anytime.</p></div></div></div>
<h2 id="what-i-would-tell-the-council">${ghH3}</h2>
${ps(ghP3)}
</section></article>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">${ghCta[0]}</h2><a class="footer-cta-button" href="#/portal"
 data-portal><div class="footer-cta-input">${ghCta[1]}</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">
${ghMore
  .map(
    (m) => `<article class="post-card post"><a class="post-card-image-link" href="/${m.date}/"><img class="post-card-image" alt="${m.title}"></a>
<div class="post-card-content"><a class="post-card-content-link" href="/${m.date}/"><header class="post-card-header"><div class="post-card-tags">
<span class="post-card-primary-tag">${m.tag}</span></div><h2 class="post-card-title">${m.title}</h2></header><div class="post-card-excerpt">${m.excerpt}</div>
</a>
<footer class="post-card-meta"><time class="post-card-meta-date">${m.date}</time><span class="post-card-meta-length">${m.len}</span></footer></div></article>`,
  )
  .join('\n')}
</div></aside></main></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://slowstreets.blog">Slow Streets</a> © 2025</section>
<nav class="site-footer-nav"><ul class="nav">
${links(ghFoot, 'nav-item')}
</ul></nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer>
</div>
<div class="gh-portal-triggerbtn-wrapper"><span>Subscribe</span></div>
<script src="/assets/built/casper.js?v=1b2e3c"></script>
</body>
</html>`;

export const ghostPage: TestPage = {
  name: 'heldout113-ghost-blog',
  kind: 'blog',
  html: ghHtml,
  title: ghTitle,
  headings: [ghH1, ghH2, ghH3],
  body: [ghExcerpt, ...texts([...ghIntro, ...ghP1, ghCallout, ...ghP2, ...ghP3])],
  bylines: ['Tamsin Oyelaran', 'Oct 7, 2025', '6 min read'],
  furniture: [
    'Slow Streets',
    ...ghNav,
    'Sign in',
    'Subscribe',
    ghFeatCaption,
    ghCaption,
    ...ghSignup,
    'Loading',
    'Email sent! Check your inbox to complete your signup.',
    'No spam. Unsubscribe anytime.',
    ...ghCta,
    ...ghMore.flatMap((m) => [m.title, m.excerpt, m.date, m.len]),
    'Slow Streets © 2025',
    'Sign up',
    'RSS',
    'Powered by Ghost',
  ],
};
