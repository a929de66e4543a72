import { ps, type TestPage, texts } from './page-kit.js';
import { ghostPage } from './pages-heldout113-d2.js';

/**
 * Held-out batch 113, file d: a Substack post (the publication navbar with "Subscribe" and "Sign in", the title and
 * subtitle, the byline with author link and date, the like / comment / restack / share UFI bars above and below, h2 section
 * headers with their anchor buttons, an in-post subscription widget and a "Share" button paragraph inside the body, the
 * image caption, "Discussion about this post" with two comments and their buttons, the "Ready for more?" footer form and
 * the Substack footer) and, from file d2, a Ghost blog post in the Casper theme.
 */
const sTitle = 'The case for boring bread';
const sSub = 'I spent a year chasing open crumb. Then I went back to the loaf my aunt made every Thursday.';
const sIntro = [
  'For most of 2024 I was the kind of home baker who photographs the inside of every loaf. I kept a spreadsheet. I had opinions ' +
    'about hydration percentages that I would share with anyone who stood still long enough.',
  'This post is about why I stopped, and what I bake now.',
];
const sH1 = 'The chase';
const sP1 = [
  'It started with a starter, as it does. A friend gave me a jar of hers, and within a month I was mixing doughs at 85 percent ' +
    'hydration, folding them every half hour, and proofing them overnight in the fridge. Some of the loaves were beautiful. Most of ' +
    'them were flat, sticky and hard to slice.',
  'The problem was not that I was bad at it, though I was, at first. The problem was that the bread I was learning to make was ' +
    'not the bread my household wanted to eat. My partner wanted toast that did not fall through the toaster. My kids wanted sandwiches ' +
    'that held together in a lunchbox.',
];
const sH2 = 'Thursday bread';
const sP2 = [
  'My aunt Roisin baked two loaves every Thursday for forty years. Flour, water, salt, a little dried yeast and a spoon of butter. ' +
    'She mixed it in the morning, shaped it at lunch and baked it in two tins before the school run. It was soft, even and completely ' +
    'unremarkable, and I cannot remember a week of my childhood without it.',
  'When I asked my mother for the recipe, she sent me a photo of an index card with five lines on it. No weights for the water. ' +
    'Just “enough to make it feel right.”',
];
const sH3 = 'What I bake now';
const sP3 = [
  'I still keep the starter alive, and I still make an open, crackly loaf when friends come over. But most weeks I make Thursday ' +
    'bread. Here is roughly how, for two tins:',
];
const sList = [
  '1 kg strong white flour, 20 g salt, 10 g dried yeast and 30 g soft butter.',
  'About 620 g warm water, added until the dough is soft but not sticky.',
  'Knead for ten minutes, rise for an hour, shape into two tins, rise for another 45 minutes.',
  'Bake at 210°C for 30 minutes, then out of the tins for five more.',
];
const sP4 = [
  'It is not the most interesting bread I know how to make. It is the one that gets eaten. There is a lesson there about hobbies, ' +
    'and about cooking for other people, that I am still working out.',
  'Next week: what I learned from a month of baking only with flour from the mill down the road.',
];
const sCaption = 'Two Thursday loaves, cooling on the back step.';
const sWidget = 'Thanks for reading Crumb Notes! Subscribe for free to receive new posts and support my work.';
const sComments = [
  {
    name: 'Marguerite Ellison',
    date: 'Oct 8',
    text: 'My grandmother made almost exactly this, with milk instead of some of the water. Thank you for the memory.',
  },
  {
    name: 'Dev Raghunathan',
    date: 'Oct 8',
    text: 'Counterpoint: the spreadsheet phase is the best phase. But I take the point about lunchboxes.',
  },
];
const sFoot = ['Privacy', 'Terms', 'Collection notice', 'Start writing', 'Get the app'];
const ufi = (where: string) => `<div class="post-ufi style-${where}"><div class="like-button-container"><a class="post-ufi-button" aria-label="Like (142)">
<div class="label">142</div></a></div><a class="post-ufi-button post-ufi-comment-button" aria-label="View comments (2)"><div class="label">2</div></a>
<a class="post-ufi-button" aria-label="Restack"><div class="label">Restack</div></a><div class="post-ufi-button" aria-label="Share"><div
 class="label">Share</div></div></div>`;
const sHeader = (t: string) =>
  `<h2 class="header-anchor-post">${t}<div class="pencraft pc-display-flex pc-alignItems-center pc-position-absolute header-anchor-parent">
<div class="header-anchor-widget" id="§${t.toLowerCase().replace(/ /g, '-')}"><button aria-label="Link" class="pencraft"></button></div></div></h2>`;
const sHtml = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8"><title>The case for boring bread - by Fiadh Costello - Crumb Notes</title>
<meta name="description" content="${sSub}"><meta property="og:type" content="article"><meta name="author" content="Fiadh Costello">
<meta property="og:site_name" content="Crumb Notes"><link rel="canonical" href="https://crumbnotes.substack.com/p/the-case-for-boring-bread">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","url":"https://crumbnotes.substack.com/p/the-case-for-boring-bread",
"headline":"${sTitle}","description":"${sSub}","datePublished":"2025-10-07T11:03:21+00:00","isAccessibleForFree":true,
"author":[{"@type":"Person","name":"Fiadh Costello","url":"https://substack.com/@fiadhcostello"}],
"publisher":{"@type":"Organization","name":"Crumb Notes"}}</script>
<script>window._preloads = JSON.parse("{\\"isEU\\":false}")</script><script src="https://substackcdn.com/bundle/static/js/main.9f1e.js" defer></script>
</head>
<body class="pc-root"><div id="entry"><div id="main" class="main typography use-theme-bg">
<div class="main-menu" data-testid="navbar"><div class="main-menu-content"><div class="navbar-logo-container"><a href="/">Crumb Notes</a></div>
<div class="navbar-buttons"><button class="pencraft">Subscribe</button><button class="pencraft">Sign in</button></div></div></div>
<div class="single-post-container"><div class="container"><div class="single-post"><div class="pencraft pc-display-contents pc-reset pubTheme-yiXxQA">
<article class="typography newsletter-post post"><div class="post-header" role="region" aria-label="Post header">
<h1 dir="auto" class="post-title published title-X77sOw">${sTitle}</h1><h3 dir="auto" class="subtitle subtitle-HEEcLo">${sSub}</h3>
<div class="pencraft pc-display-flex pc-gap-12 pc-paddingTop-16 byline-wrapper"><div class="profile-hover-card-target profileHoverCardTarget-PBxvGm">
<a href="https://substack.com/@fiadhcostello" class="pencraft pc-reset link-LIBpto">Fiadh Costello</a></div>
<div class="pencraft pc-reset color-pub-secondary-text-hGQ02T meta-EgzBVA">Oct 07, 2025</div></div>
${ufi('top')}</div>
<div class="available-content"><div dir="auto" class="body markup">
${ps(sIntro)}
${sHeader(sH1)}
${ps(sP1)}
<div class="subscription-widget-wrap-editor" data-attrs="{&quot;url&quot;:&quot;https://crumbnotes.substack.com/subscribe?&quot;}"
 data-component-name="SubscribeWidgetToDOM">
<div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">${sWidget}</p></div>
<form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="Type your email…" tabindex="-1">
<input type="submit" class="button primary" value="Subscribe"></form></div></div>
${sHeader(sH2)}
${ps(sP2)}
<div class="captioned-image-container"><figure><a class="image-link image2 is-viewable-img" target="_blank"
 href="https://substackcdn.com/image/fetch/loaves.jpeg">
<div class="image2-inset"><picture><img src="https://substackcdn.com/image/fetch/w_1456/loaves.jpeg" width="1456" height="1092" alt=""></picture>
<div class="image-link-expand"><button tabindex="0" type="button" class="pencraft">Expand full size</button></div></div></a>
<figcaption class="image-caption">${sCaption}</figcaption></figure></div>
${sHeader(sH3)}
${ps(sP3)}
<ul>${sList.map((l) => `<li><p>${l}</p></li>`).join('\n')}</ul>
${ps(sP4)}
<p class="button-wrapper" data-attrs="{&quot;text&quot;:&quot;Share&quot;,&quot;action&quot;:null,&quot;class&quot;:null}"
 data-component-name="ButtonCreateButton">
<a class="button primary" href="https://crumbnotes.substack.com/p/the-case-for-boring-bread?utm_source=substack&amp;utm_medium=email&amp;action=share">
<span>Share Crumb Notes</span></a></p>
</div></div>
${ufi('bottom')}
<div class="post-footer-nav"><a class="button" href="/p/flour-from-the-mill">Previous</a>
<a class="button" href="/p/the-thursday-loaf-index-card">Next</a></div>
</article></div></div>
<div id="discussion" class="comments-section"><h4 class="pencraft">Discussion about this post</h4><div class="pencraft"><button>Comments</button>
<button>Restacks</button></div>
${sComments
  .map(
    (c) => `<div class="comment"><div class="comment-meta"><a class="commenter-name">${c.name}</a><a class="comment-date">${c.date}</a></div>
<div class="comment-body"><p>${c.text}</p></div><div class="comment-actions"><button>Like (3)</button><button>Reply</button><button>Share</button></div></div>`,
  )
  .join('\n')}
</div>
<div class="subscribe-footer"><h3>Ready for more?</h3><form><input type="email" placeholder="Type your email…"><button>Subscribe</button></form></div>
</div></div>
<div class="footer-wrap"><div class="footer"><div class="copyright">© 2025 Fiadh Costello</div><ul>
${sFoot.map((f) => `<li><a href="https://substack.com/${f.toLowerCase().replace(/ /g, '')}">${f}</a></li>`).join('\n')}
</ul><p class="footer-slogan">Substack is the home for great culture</p></div></div>
</div></div></body>
</html>`;

const substackPage: TestPage = {
  name: 'heldout113-substack-blog',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: [sH1, sH2, sH3],
  body: [sSub, ...texts([...sIntro, ...sP1, ...sP2, ...sP3, ...sList, ...sP4])],
  bylines: ['Fiadh Costello', 'Oct 07, 2025'],
  furniture: [
    'Crumb Notes',
    'Subscribe',
    'Sign in',
    '142',
    'Restack',
    'Share',
    sWidget,
    'Expand full size',
    sCaption,
    'Share Crumb Notes',
    'Discussion about this post',
    'Comments',
    'Restacks',
    ...sComments.flatMap((c) => [c.name, c.text]),
    'Oct 8',
    'Like (3)',
    'Previous',
    'Next',
    'Reply',
    'Ready for more?',
    '© 2025 Fiadh Costello',
    ...sFoot,
    'Substack is the home for great culture',
  ],
};

export const HELDOUT113_D: readonly TestPage[] = [substackPage, ghostPage];
