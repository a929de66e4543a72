import { ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout396-kit.js';

/**
 * Held-out batch 396, file f2: an economist's fiscal blog post on Substack (the subscribe prompts, the post header with author
 * and date, the like / comment / restack bar, the footnotes, the comments and the footer).
 */
const sTitle = 'The deficit is not a thermostat';
const sSub = ['Why targeting a fixed deficit number every year makes downturns worse, and what a better fiscal rule looks like'];
const sH = ['The thermostat fallacy', 'What the numbers say', 'A rule that bends'];
const s1 = [
  j(
    'Every budget season the same headline appears: the government has “missed” its deficit target. The implication is that',
    'the deficit is a dial the finance minister sets, like a thermostat, and that a miss is a failure of discipline.',
  ),
  j(
    'But most of the change in the deficit from one year to the next is not chosen at all. When unemployment rises, tax',
    'receipts fall and benefit payments rise automatically. Economists call these the automatic stabilisers, and they are',
    'the reason recessions are shallower than they were a century ago.<sup><a class="footnote-anchor" href="#footnote-1">1</a></sup>',
  ),
];
const s2 = [
  j(
    'I went back through twenty years of budget documents for the Republic of Varnholm. In a typical year, the cyclical part',
    'of the deficit moved by 0.8 percent of GDP, while discretionary policy moved it by 0.3 percent. In other words, most of',
    'what gets reported as a “miss” is the economy, not the minister.',
  ),
  'Three episodes stand out:',
  'In 2009, the cyclical deficit widened by 2.6 points; the government cut investment to hit its target, and the recovery stalled.',
  'In 2014, a commodity boom flattered revenues and the target was met with room to spare, while the structural deficit quietly grew.',
  'In 2020, the target was suspended entirely, which was the right call but left no framework for when to return to it.',
];
const s3 = [
  j(
    'A better rule targets the structural balance, the deficit adjusted for the business cycle, and sets a ceiling on the growth',
    'of spending rather than a floor on the deficit. Spending that grows with trend output can rise in bad years relative to',
    'revenue and fall back in good years, without anyone having to make an emergency cut.',
  ),
  j(
    'None of this is free of judgement. Estimating the output gap is hard, and governments have every incentive to say the',
    'economy is weaker than it is. That is why the estimate should come from an independent fiscal council, published',
    'before the budget is written.<sup><a class="footnote-anchor" href="#footnote-2">2</a></sup>',
  ),
];
const sNotes = [
  'For a readable overview, see the chapter on stabilisers in any intermediate macroeconomics textbook; the mechanism has been understood since the 1950s.',
  'Several countries already do this. The trick is giving the council a legal right to publish even when the minister objects.',
];
const sComments = [
  'Great piece. The point about the 2014 boom flattering revenues is underrated, nobody complains about a target met.',
  'How do you stop a government from leaning on the fiscal council to produce a convenient output gap?',
];
const sHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
<title>The deficit is not a thermostat - by Ingrid Solberg-Maas</title><meta property="og:type" content="article">
<meta property="og:title" content="${sTitle}"><meta property="og:description" content="${sSub[0]}"><meta name="author" content="Ingrid Solberg-Maas">
<link rel="canonical" href="https://balancedbooks.substack.example/p/the-deficit-is-not-a-thermostat">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
"url":"https://balancedbooks.substack.example/p/the-deficit-is-not-a-thermostat",
"headline":"${sTitle}","datePublished":"2026-03-18T11:02:44+00:00","isAccessibleForFree":true,"author":[{"@type":"Person",
"name":"Ingrid Solberg-Maas"}]}</script>
<script>window._preloads = JSON.parse("{\\"isEU\\":true,\\"pub\\":{\\"name\\":\\"Balanced Books\\",\\"subdomain\\":\\"balancedbooks\\"}}")</script>
<link rel="stylesheet" href="https://substackcdn.example/bundle/static/css/main.b7e3.css"></head>
<body class="pc-root"><div id="entry"><div id="main" class="main typography use-theme-bg">
<div class="main-menu"><div class="topbar-content"><a class="navbar-title-link" href="/">Balanced Books</a>
<div class="navbar-buttons"><button class="button primary subscribe-btn">Subscribe</button><a class="button sign-in-link" href="/account/login">Sign in</a>
</div></div></div>
<div class="container"><div class="single-post-container"><div class="single-post"><article class="typography newsletter-post post">
<div class="post-header"><h1 dir="auto" class="post-title published title-X77sOw">${sTitle}</h1><h3 dir="auto" class="subtitle subtitle-HEEcLo">${sSub[0]}</h3>
<div class="post-meta"><div class="byline-wrapper"><div class="profile-hover-card-target">
<a href="https://substack.example/@isolbergmaas">Ingrid Solberg-Maas</a></div>
<div class="pencraft pc-reset color-pub-secondary-text meta-EgzBVA">Mar 18, 2026</div></div>
<div class="post-ufi"><button class="like-button-container"><div class="label">214</div></button><a class="post-ufi-comment-button" href="#comments">
<div class="label">37</div></a>
<button class="post-ufi-button restack-button"><div class="label">Restack</div></button><button class="post-ufi-button share-button">
<div class="label">Share</div></button></div></div></div>
<div class="available-content"><div dir="auto" class="body markup">
<h2 class="header-anchor-post">${sH[0]}</h2>
${ps(s1)}
<div class="subscription-widget-wrap-editor" data-component-name="SubscribeWidgetToDOM"><div class="subscription-widget show-subscribe"><div class="preamble">
<p class="cta-caption">Balanced Books is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid
subscriber.</p></div>
<form class="subscription-widget-subscribe"><input type="email" class="email-input" placeholder="Type your email…">
<input type="submit" class="button primary" value="Subscribe"></form></div></div>
<h2 class="header-anchor-post">${sH[1]}</h2>
${ps(s2.slice(0, 2))}
<ul>${s2
  .slice(2)
  .map((t) => `<li><p>${t}</p></li>`)
  .join('\n')}</ul>
<div class="captioned-image-container"><figure><img src="https://substack-post-media.example/deficit-chart.png" alt="">
<figcaption class="image-caption">Cyclical and
discretionary changes in the deficit, percent of GDP. Source: author’s calculations from budget documents.</figcaption></figure></div>
<h2 class="header-anchor-post">${sH[2]}</h2>
${ps(s3)}
${sNotes
  .map(
    (n, i) => `<div class="footnote" data-component-name="FootnoteToDOM"><a id="footnote-${i + 1}" href="#footnote-anchor-${i + 1}" class="footnote-number"
contenteditable="false" target="_self">${i + 1}</a><div class="footnote-content"><p>${n}</p></div></div>`,
  )
  .join('\n')}
</div></div>
<div class="post-footer"><div class="post-ufi"><button class="like-button-container"><div class="label">214</div></button><button class="post-ufi-button">
<div class="label">Restack</div></button></div>
<div class="subscribe-footer"><p>Thanks for reading Balanced Books! Subscribe for free to receive new posts and support my work.</p></div></div>
</article>
<div id="comments" class="comments-section"><h4 class="comments-heading">Discussion about this post</h4>
${sComments
  .map(
    (c, i) => `<div class="comment"><div class="comment-meta"><a class="commenter-name" href="#">${['Petra Lindqvist', 'Owen Madaki'][i]}</a>
<span class="comment-timestamp">${['Mar 18', 'Mar 19'][i]}</span></div><div class="comment-body"><p>${c}</p></div>
<div class="comment-actions"><button>Reply</button></div></div>`,
  )
  .join('\n')}
</div></div></div></div>
<div class="footer-wrap publication-footer"><div class="footer"><div class="footer-copyright">© 2026 Ingrid Solberg-Maas</div>
<div class="footer-terms"><a href="https://substack.example/privacy">Privacy</a> ∙ <a href="https://substack.example/tos">Terms</a> ∙
<a href="https://substack.example/ccpa">Collection notice</a></div><div class="footer-slogan"><a href="https://substack.example/signup">Start writing</a>
<a href="https://substack.example/app">Get the app</a></div><div class="footer-tagline">Substack is the home for great culture</div></div></div>
</div></div><script src="https://substackcdn.example/bundle/static/js/main.4c1a.js" charset="utf-8"></script></body></html>`;
export const substack: TestPage = {
  name: 'heldout396-substack-fiscal-post-blog',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sH,
  body: texts([...sSub, ...s1, ...s2, ...s3, ...sNotes]),
  bylines: ['Ingrid Solberg-Maas', 'Mar 18, 2026'],
  furniture: [
    'Balanced Books',
    'Subscribe',
    'Sign in',
    '214',
    'Restack',
    'Share',
    'Balanced Books is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.',
    'Cyclical and discretionary changes in the deficit, percent of GDP. Source: author’s calculations from budget documents.',
    'Thanks for reading Balanced Books! Subscribe for free to receive new posts and support my work.',
    'Discussion about this post',
    ...sComments,
    'Petra Lindqvist',
    'Owen Madaki',
    'Mar 18',
    'Mar 19',
    'Reply',
    '© 2026 Ingrid Solberg-Maas',
    'Privacy',
    'Terms',
    'Collection notice',
    'Start writing',
    'Get the app',
    'Substack is the home for great culture',
  ],
};
