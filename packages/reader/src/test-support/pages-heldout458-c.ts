import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, settle } from './pages-heldout458-kit.js';

/**
 * Held-out batch 458, file c: a typography essay on Ghost (Casper theme) with a feature image, a members sign-up box and
 * "read more" cards.
 */
const gTitle = 'The ampersand will not sit still';
const gDek = 'Every few decades the humble “and” sign changes shape. A short history of a letter that was never quite a letter.';
const gParts: [string, string[]][] = [
  [
    '',
    [
      j(
        'Ask a type designer which glyph took longest to draw and the answer is rarely the <em>g</em> or the <em>R</em>. It is the',
        'ampersand. It is the one character in the font where nobody agrees on the skeleton, and so every designer has to decide',
        'afresh what it should look like.',
      ),
      j(
        'The sign began as a ligature of <em>e</em> and <em>t</em>, the Latin word for “and”, written quickly enough that the two letters',
        'ran into each other. In some old scripts you can still see both letters plainly; in others the <em>t</em> has shrunk to a',
        'flick and the <em>e</em> has swollen into a loop.',
      ),
    ],
  ],
  [
    'Two shapes, one sign',
    [
      j(
        'Most ampersands today follow one of two models. The first is the familiar figure-eight, with a crossing tail that kicks out to',
        'the right. The second keeps the <em>et</em> visible, and is usually reserved for italics, where designers feel freer to show',
        'the history of the form.',
      ),
      j(
        'The figure-eight model is the harder of the two to draw well. Its upper loop must be smaller than the lower, or the sign looks',
        'top-heavy; its tail must reach far enough to balance the loops without colliding with the next letter. Small changes in',
        'the angle of the crossing make the whole glyph lean.',
      ),
      j(
        'The italic <em>et</em> form has the opposite problem: it is easy to draw and hard to read. Readers who have never seen the',
        'ligature spelled out may not recognise it at all, which is why many text faces offer it only as an alternate.',
      ),
    ],
  ],
  [
    'Why it keeps changing',
    [
      j(
        'The ampersand changes because it sits outside the alphabet and therefore outside the rules that keep the other letters',
        'stable. A designer who draws an <em>n</em> with an unusual arch will be told it looks wrong. A designer who draws an unusual',
        'ampersand will be told it is charming.',
      ),
      j(
        'There is also the matter of display. Because the ampersand is often set large, in shop names and on wedding invitations, it',
        'invites decoration. Each period’s taste shows up there first. The swashed ampersands of the 1970s, the geometric ones of the',
        '1930s and the wiry, calligraphic ones of the last decade all tell you when a font was made before any other letter does.',
      ),
      'The lettering artist Colm Dunleavy put it well in a lecture at the Ardmore School of Print last year:',
      j(
        'The ampersand is the only letter we are allowed to play with in public. Everything else has to behave, so all the mischief',
        'in a font ends up there.',
      ),
    ],
  ],
  [
    'Drawing your own',
    [
      j(
        'If you are drawing an ampersand for a new typeface, start from the <em>numerals</em>, not the letters. The ampersand sits with',
        'the figures in height and colour far more often than with the capitals, and borrowing the curve of the <em>8</em> and the',
        '<em>3</em> will keep it in the family.',
      ),
      j(
        'Then test it where it will really appear: between two words in running text, in a heading, and in a firm’s name. An ampersand',
        'that looks lovely alone on the screen can punch a hole in a paragraph. The best ones disappear into the sentence until you',
        'look for them.',
      ),
    ],
  ],
];
const gQuote = gParts[2]?.[1][3] ?? '';
const gNav = ['Home', 'Essays', 'Interviews', 'Reviews', 'About'];
const gMore = ['In defence of the humble hyphen', 'A week with a 1920s type catalogue', 'Why your italics look tired'];
const gFoot = ['Sign up', 'Contact', 'Privacy'];
const gSections = gParts
  .map(([h, paras]) => {
    const inner = paras.map((p) => (p === gQuote ? `<blockquote class="kg-blockquote-alt">${p}</blockquote>` : `<p>${p}</p>`)).join('\n');
    return `${h === '' ? '' : `<h2 id="${h.toLowerCase().replace(/[^a-z]+/g, '-')}">${h}</h2>\n`}${inner}`;
  })
  .join('\n');
const gFigure = `<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/2026/09/ampersands-sheet.jpg" class="kg-image"
alt="" loading="lazy" width="1600" height="1067"><figcaption>
<span style="white-space: pre-wrap;">Ampersands from a 1910 foundry catalogue. Photo: Ruth Okafor</span>
</figcaption></figure>`;
const gHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>The ampersand will not sit still</title><meta name="HandheldFriendly" content="True">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=3f2a1b9c0d"><meta name="description" content="${gDek}">
<link rel="canonical" href="https://themargin.press/the-ampersand-will-not-sit-still/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="The Margin"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-09-21T08:00:00.000Z">
<meta property="article:tag" content="Essays"><meta name="generator" content="Ghost 5.96">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"The Margin"},
"author":{"@type":"Person","name":"Ines Varga"},"headline":"${gTitle}","datePublished":"2026-09-21T08:00:00.000Z"}</script>
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.43/umd/portal.min.js" data-i18n="true" data-ghost="https://themargin.press/"
crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px;padding:40px 4vw}</style></head>
<body class="post-template tag-essays is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer is-header-hidden"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo no-image" href="https://themargin.press">The Margin</a>
<button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search>
<svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke="currentColor" stroke-width="2" width="20" height="20"></svg></button>
<button class="gh-burger" aria-label="Main Menu"></button></div><nav class="gh-head-menu"><ul class="nav">
${gNav
  .map(
    (t) => `<li class="nav-${t.toLowerCase()}"><a href="https://themargin.press/${t === 'Home' ? '' : `${t.toLowerCase()}/`}">${t}</a>
</li>`,
  )
  .join('\n')}</ul></nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-essays">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag">
<a href="/tag/essays/">Essays</a></span></div><h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/ines/" class="author-avatar author-profile-image">
<img class="author-profile-image" src="/content/images/size/w100/ines.jpg" alt="Ines Varga"></a>
</li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/ines/">Ines Varga</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-09-21">Sep 21, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 6 min read</span>
</div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w600/2026/09/amp-cover.jpg 600w" src="/content/images/2026/09/amp-cover.jpg" alt="">
<figcaption><span style="white-space: pre-wrap;">Wooden ampersands in the Ardmore collection.</span></figcaption></figure></header>
<section class="gh-content gh-canvas">
${gSections.replace('<h2 id="two-shapes', `${gFigure}\n<h2 id="two-shapes`)}
</section></article>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2>
<a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<div class="article-comments gh-canvas"><script defer src="https://cdn.jsdelivr.net/ghost/comments-ui@~0.20/umd/comments-ui.min.js"
data-ghost-comments="https://themargin.press/"
data-api="https://themargin.press/ghost/api/content/" data-post-id="66ef0a1b2c3d4e5f60718293" crossorigin="anonymous"></script></div></main>
<aside class="read-more-wrap outer"><div class="read-more inner"><h3 class="read-more-title">Read more</h3>
${gMore
  .map(
    (t, i) => `<article class="post-card post"><a class="post-card-image-link" href="/p${i}/">
<img class="post-card-image" src="/content/images/p${i}.jpg" alt="" loading="lazy"></a>
<div class="post-card-content"><a class="post-card-content-link" href="/p${i}/"><header class="post-card-header"><h2 class="post-card-title">${t}</h2>
</header></a>
<footer class="post-card-meta"><span class="post-card-meta-length">${4 + i} min read</span></footer></div></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://themargin.press">The Margin</a> &copy; 2026</section>
<nav class="site-footer-nav"><ul class="nav">${links(gFoot)}</ul></nav><div class="gh-powered-by">
<a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div>
</div></footer></div><script src="/assets/built/casper.js?v=3f2a1b9c0d"></script></body></html>`;
const ampersand: TestPage = settle({
  name: 'heldout458-ghost-essay',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gParts.map(([h]) => h).filter((h) => h !== ''),
  body: texts([gDek, ...gParts.flatMap(([, p]) => p)]),
  bylines: ['Ines Varga', 'Sep 21, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Margin', ...gNav, 'Sign in', 'Subscribe', 'Essays', '• 6 min read', 'Wooden ampersands in the Ardmore collection.',
    'Ampersands from a 1910 foundry catalogue. Photo: Ruth Okafor', 'Sign up for more like this.', 'Enter your email', 'Read more', ...gMore,
    '4 min read', '5 min read', '6 min read', 'The Margin © 2026', ...gFoot, 'Powered by Ghost',
  ],
});

export const HELDOUT458_C: readonly TestPage[] = [ampersand];
