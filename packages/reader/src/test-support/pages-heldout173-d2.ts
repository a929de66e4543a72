import { links, type TestPage, texts } from './page-kit.js';
import { anchors, lis, pc } from './pages-heldout173-kit.js';

/**
 * Held-out batch 173, file d2: a Figma blog post (figma.com/blog as the Next.js site serves it: the cookie banner, skip
 * link, the site header with product nav and sign-up buttons, the category links above the title, the dek, the author
 * card with role and the date, the share buttons, the hero image, the post with captions and a pull quote, the author bio
 * at the end, the editorial newsletter form with its consent line, "Related articles", the "Get started" CTA and the
 * footer columns).
 */
const fgTitle = 'How we made multiplayer cursors feel instant on slow networks';
const fgDek = 'A look at the prediction and smoothing tricks that keep other people’s cursors moving naturally, even when packets arrive late.';
const fgP1 = [
  'Seeing your teammates move around a file is one of the small things that makes working together feel like sitting at the ' +
    'same table. It is also one of the easiest things to get wrong. A cursor that stutters or jumps across the canvas is ' +
    'distracting, and on a hotel wifi connection the raw position updates can arrive in bursts of ten at once.',
  'Over the past year we rewrote how the editor receives and draws remote cursors. Here is what we changed and why.',
];
const fgH1 = 'Fewer updates, better timing';
const fgP2 = [
  'The old client sent a cursor position every time the mouse moved, up to 120 times a second on a fast display. Most of those ' +
    'updates were thrown away on the receiving side anyway. We now sample at a steady 30 updates a second and attach a ' +
    'timestamp to each one.',
  'With timestamps, the receiver no longer has to guess when a position was true. It keeps a short buffer of about 100 ' +
    'milliseconds and plays the positions back at the pace they were recorded, which hides most jitter.',
];
const fgCaption1 = 'Raw cursor updates on a lossy connection (left) and the same path after buffering and smoothing (right).';
const fgH2 = 'Predicting the next few frames';
const fgP3 = [
  'A buffer adds delay, and delay is what we were trying to remove. To win it back, the client predicts where a cursor is ' +
    'heading from its recent velocity and draws it slightly ahead of the last known point. When the next real update arrives, ' +
    'the drawn cursor eases towards it over a few frames instead of snapping.',
];
const fgQuote = 'The goal was never perfect accuracy. It was a cursor that moves the way a hand moves.';
const fgP4 = ['We tuned the prediction with recordings of real sessions, and a few rules came out of that work:'];
const fgList = [
  'Never predict through a click, because people stop moving just before they click.',
  'Stop predicting after 150 milliseconds without an update, and fade the cursor slightly so people know it is stale.',
  'Use a gentler curve when zoomed far in, where small errors look large.',
];
const fgH3 = 'What people noticed';
const fgP5 = [
  'In blind comparisons, designers on simulated slow connections rated the new cursors as smoother in 84 percent of trials. ' +
    'Bandwidth for cursor updates fell by about 70 percent, which matters most in large files with dozens of people in them.',
  'None of this is visible as a feature, and that is the point. When it works, nobody thinks about cursors at all.',
];
const fgAuthorBio = 'Yusuf Karaca is a software engineer on the multiplayer team at Figma.';
const fgNav = ['Products', 'Solutions', 'Community', 'Resources', 'Pricing'];
const fgCats = ['Engineering', 'Inside Figma'];
const fgShare = ['Share on X', 'Share on LinkedIn', 'Share on Facebook', 'Copy link'];
const fgNews = ['Subscribe to Figma’s editorial newsletter', 'Email', 'Submit', 'By clicking “Submit” you agree to our TOS and Privacy Policy.'];
const fgRelated = [
  ['Engineering', 'Keeping large files fast: a tour of our memory budget'],
  ['Inside Figma', 'What we learned shipping offline mode'],
  ['Engineering', 'Rendering text the same way on every platform'],
];
const fgCta = ['Create and collaborate with Figma', 'Get started for free'];
const fgFootCols: [string, string[]][] = [
  ['Product', ['Figma Design', 'Dev Mode', 'FigJam', 'Figma Slides', 'Downloads', 'Release notes']],
  ['Company', ['Events', 'Careers', 'Newsroom', 'Shareholder relations', 'Legal and privacy', 'Status']],
  ['Resources', ['Blog', 'Best practices', 'Support', 'Developers', 'Learn design', 'Reports and insights']],
];
const fgCookie = [
  'Figma uses cookies to improve the site and to measure how visitors use it. You can change your choices at any time.',
  'Allow all cookies',
  'Do not allow cookies',
  'Cookie settings',
];
const fp = (a: readonly string[]) => pc(a, 'fig-blog-paragraph');
const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${fgTitle} | Figma Blog</title><meta name="description" content="${fgDek}"><meta property="og:title" content="${fgTitle}">
<meta property="og:type" content="article"><meta property="og:site_name" content="Figma"><link rel="canonical"
href="https://www.figma.com/blog/multiplayer-cursors/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${fgTitle}","datePublished":"2025-03-04",
"author":[{"@type":"Person","name":"Yusuf Karaca"}],"publisher":{"@type":"Organization","name":"Figma"}}</script>
<link rel="preload" href="https://static.figma.com/uploads/fonts/figmaSans.woff2" as="font" crossorigin=""></head>
<body><div id="___gatsby"><div style="outline:none" tabindex="-1" id="gatsby-focus-wrapper">
<a class="skip-link" href="#main-content">Skip to main content</a>
<header class="fig-header" data-testid="header"><a href="/" aria-label="Figma home" class="fig-header__logo"><svg aria-hidden="true"></svg></a>
<nav aria-label="Main" class="fig-header__nav"><ul>${links(fgNav, 'fig-header__item')}</ul></nav><div class="fig-header__actions">
<a href="/contact/" class="fig-link">Contact sales</a><a href="/login" class="fig-link">Log in</a>
<a href="/signup" class="fig-button fig-button--primary">Get started for free</a></div></header>
<main id="main-content"><article class="fig-blog-post"><header class="fig-blog-post__header">
<ul class="fig-blog-post__categories">${links(fgCats, 'fig-tag')}</ul>
<h1 class="fig-heading fig-heading--xl">${fgTitle}</h1><p class="fig-blog-post__dek">${fgDek}</p>
<div class="fig-blog-post__byline"><div class="fig-author"><img src="https://cdn.sanity.io/images/599r6htc/authors/yusuf.png" alt="">
<div><a class="fig-author__name" href="/blog/authors/yusuf-karaca/">Yusuf Karaca</a><span class="fig-author__role">Software Engineer, Figma</span></div></div>
<time class="fig-blog-post__date" datetime="2025-03-04">March 4, 2025</time></div>
<div class="fig-share" role="group" aria-label="Share">${fgShare
  .map(
    (t) => `<button class="fig-share__button" aria-label="${t}">
<span class="sr-only">${t}</span></button>`,
  )
  .join('')}
</div></header><figure class="fig-blog-post__hero"><img src="https://cdn.sanity.io/images/599r6htc/hero-cursors.png"
alt="Several coloured cursors on a canvas"></figure>
<div class="fig-blog-post__body">
${fp(fgP1)}
<h2 id="fewer-updates">${fgH1}</h2>
${fp(fgP2)}
<figure class="fig-blog-figure"><video autoplay muted loop playsinline src="https://cdn.sanity.io/files/599r6htc/smoothing.mp4"></video>
<figcaption class="fig-blog-figure__caption">${fgCaption1}</figcaption></figure>
<h2 id="predicting">${fgH2}</h2>
${fp(fgP3)}
<blockquote class="fig-pullquote"><p>${fgQuote}</p></blockquote>
${fp(fgP4)}
<ul>${lis(fgList)}</ul>
<h2 id="what-people-noticed">${fgH3}</h2>
${fp(fgP5)}
</div><footer class="fig-blog-post__footer"><div class="fig-author-bio"><img src="https://cdn.sanity.io/images/599r6htc/authors/yusuf.png" alt="">
<p>${fgAuthorBio}</p></div></footer></article>
<section class="fig-newsletter"><h2>${fgNews[0]}</h2><form><label for="nl">${fgNews[1]}</label><input id="nl" type="email" name="email">
<button type="submit">${fgNews[2]}</button><p class="fig-newsletter__legal">${fgNews[3]}</p></form></section>
<section class="fig-related"><h2>Related articles</h2><ul class="fig-related__list">
${fgRelated
  .map(
    ([c, t]) => `<li class="fig-card"><span class="fig-card__category">${c}</span><a class="fig-card__title" href="/blog/r/">${t}</a>
</li>`,
  )
  .join('\n')}
</ul></section><section class="fig-cta"><h2>${fgCta[0]}</h2><a class="fig-button fig-button--primary" href="/signup">${fgCta[1]}</a></section></main>
<footer class="fig-footer"><div class="fig-footer__columns">
${fgFootCols.map(([h, l]) => `<div class="fig-footer__col"><h3>${h}</h3><div>${anchors(l, 'fig-footer__link')}</div></div>`).join('\n')}
</div><p class="fig-footer__legal">© 2025 Figma, Inc.</p></footer></div></div>
<div class="cookie-banner" role="dialog" aria-label="Cookie consent" data-testid="cookie-banner"><p>${fgCookie[0]}</p>
<button>${fgCookie[1]}</button><button>${fgCookie[2]}</button><button>${fgCookie[3]}</button></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"slug":"multiplayer-cursors"}},"page":"/blog/[slug]","buildId":"f8Jd2"}</script>
<script src="https://static.figma.com/web/_next/static/chunks/main-4a7e.js" async></script></body></html>`;
export const figmaPost: TestPage = {
  html,
  name: 'heldout173-figma-blog',
  kind: 'blog',
  // the dek is body and so is the pull quote (the author's text set large); the author name and date are bylines, the role
  // line, categories, share buttons, captions, the author bio and everything after the post are furniture
  title: fgTitle,
  headings: [fgH1, fgH2, fgH3],
  body: texts([fgDek, ...fgP1, ...fgP2, ...fgP3, fgQuote, ...fgP4, ...fgList, ...fgP5]),
  bylines: ['Yusuf Karaca', 'March 4, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...fgNav, 'Contact sales', 'Log in', 'Get started for free', ...fgCats, 'Software Engineer, Figma', ...fgShare, fgCaption1,
    fgAuthorBio, ...fgNews, 'Related articles', ...fgRelated.map((r) => r[1] as string), fgCta[0] as string,
    ...fgFootCols.flatMap(([h, l]) => [h, ...l]).filter((t) => t !== 'Resources'),
    '© 2025 Figma, Inc.', ...fgCookie,
  ],
};
