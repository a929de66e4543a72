import { ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout254-kit.js';

/**
 * Held-out batch 254, file f2: a nonprofit's Substack newsletter post (publication navbar with subscribe and sign-in, post
 * header with title, subtitle, author, date and reading time, the like / comment / restack / share bar above and below the
 * post, an image with caption, two subscription widgets, the comments section with two comments, the "Ready for more?"
 * footer CTA and the Substack footer).
 */
const nTitle = 'Field Notes #41: The winter our river monitors never missed a week';
const nH1 = 'Cold hands, steady data';
const nH2 = 'What the numbers say';
const nH3 = 'Three asks for spring';
const nP0 = [
  'Hello friends,',
  j(
    'This was the coldest January on the Quillan in twenty years, with ice along both banks for most of the month. It was also the',
    'first winter since we started the volunteer monitoring programme that every one of our 22 sites was sampled every single week.',
  ),
];
const nP1 = [
  j(
    'That record belongs to the 64 people who pulled on waders at dawn, chipped through shelf ice with a hammer and then stood',
    'in the snow writing readings into a notebook because their pens had frozen. Thank you. It matters more than you might think.',
  ),
  j(
    'Regulators sample our stretch of the river four times a year. Gaps in winter data are exactly where pollution events hide,',
    'because storm overflows spill most when the ground is frozen and rain has nowhere else to go.',
  ),
];
const nP2 = ['A few headlines from the winter dataset, which is now online for anyone to download:'];
const nList = [
  'Phosphate levels below the Brackley outfall were above the good-status threshold on 9 of 13 sampling days',
  'Dissolved oxygen stayed healthy at every upstream site, even under ice',
  'Our two new sites on the Hennet tributary showed the cleanest water in the whole catchment',
];
const nP3 = [
  j(
    'We have shared the Brackley results with the water company and the regulator, and we have asked for a meeting before the',
    'end of March. We will report back here on what they say.',
  ),
];
const nList2 = [
  'Join a spring training day on 28 March or 11 April to become a monitor',
  'Adopt a site for £15 a month to cover test kits and lab checks',
  'Forward this letter to one person who lives by the river',
];
const nP4 = ['With gratitude and cold toes,', 'Everyone at Friends of the Quillan'];
const nComments = [
  'Proud to be one of the hammer-wielders. Site 14 will be waiting for me on Saturday!',
  'Brilliant work. Is there a way to see the Brackley readings on a map?',
];
const bar = `<div class="post-ufi style-compressed"><div class="like-button-container post-ufi-button"><a role="button" class="post-ufi-button
style-compressed has-label with-border"><div class="label">86</div></a></div><a role="button" class="post-ufi-button post-ufi-comment-button"
href="#comments"><div class="label">2</div></a><a role="button" class="post-ufi-button restack-button"><div class="label">Restack</div></a>
<a role="button" class="post-ufi-button share-button"><div class="label">Share</div></a></div>`;
const widget = `<div class="subscription-widget-wrap"><div class="subscription-widget show-subscribe"><div class="preamble"><p
class="cta-caption">Friends of the
Quillan is a reader-supported newsletter. To receive new posts and support our work, consider becoming a free or paid subscriber.</p></div>
<form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="Type your email…"><input type="submit"
class="button primary" value="Subscribe"></form></div></div>`;
const nHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${nTitle} - by Ros Pemberton-Achebe</title><meta name="viewport"
content="width=device-width, initial-scale=1">
<meta name="author" content="Ros Pemberton-Achebe"><meta property="og:title" content="${nTitle}"><meta property="og:type" content="article">
<link rel="canonical" href="https://friendsofthequillan.substack.example/p/field-notes-41"><script type="application/ld+json">{"@context":"https://schema.org",
"@type":"NewsArticle","headline":"${nTitle}","author":[{"@type":"Person","name":"Ros Pemberton-Achebe"}],"datePublished":"2026-02-27T07:00:00+00:00",
"publisher":{"@type":"Organization","name":"Friends of the Quillan"}}</script>
<script>window._preloads = JSON.parse("{\\"pub\\":{\\"name\\":\\"Friends of the Quillan\\"},\\"post\\":{\\"id\\":158203}}")</script>
<link rel="stylesheet" href="https://substackcdn.example/bundle/theme/main.css"></head>
<body><div id="entry"><div id="main" class="main typography use-theme-bg"><div class="main-menu"><div class="topbar-content"><div class="navbar-title">
<h1 class="navbar-title-link"><a href="/">Friends of the Quillan</a></h1></div><div class="navbar-buttons"><button
class="button primary subscribe-btn">Subscribe
</button><a class="button sign-in-link" href="/sign-in">Sign in</a></div></div></div>
<div class="container"><div class="single-post-container"><div class="single-post"><article class="typography newsletter-post post">
<div class="post-header"><h1 class="post-title published title-X77sOw" dir="auto">${nTitle}</h1>
<h3 class="subtitle" dir="auto">Sixty-four volunteers, twenty-two sites, thirteen frozen Saturdays</h3>
<div class="post-meta"><div class="byline-wrapper"><div class="profile-hover-card-target"><a href="https://substack.example/@rospa">Ros Pemberton-Achebe</a>
</div><div class="pencraft pc-reset color-pub-secondary-text-hGQ02T">Feb 27, 2026</div><div class="pencraft pc-reset reading-time">5 min read</div></div></div>
${bar}</div>
<div class="available-content"><div dir="auto" class="body markup">
${ps(nP0)}
<h2 class="header-anchor-post">${nH1}</h2>
${ps(nP1)}
<div class="captioned-image-container"><figure><a class="image-link image2 is-viewable-img" href="#"><img src="https://substack-post-media.example/ice.jpeg"
width="1456" height="971" alt=""></a><figcaption class="image-caption">Sampling at site 7, Longholme weir, on 17 January.</figcaption></figure></div>
<h2 class="header-anchor-post">${nH2}</h2>
${ps(nP2)}
<ul>${nList.map((t) => `<li><p>${t}</p></li>`).join('\n')}</ul>
${ps(nP3)}
${widget}
<h2 class="header-anchor-post">${nH3}</h2>
<ol>${nList2.map((t) => `<li><p>${t}</p></li>`).join('\n')}</ol>
${ps(nP4)}
</div></div>
${bar}
${widget}
</article>
<div class="comments-section" id="comments"><h4 class="comments-heading">Discussion about this post</h4><div class="comment-list">
${nComments
  .map(
    (c, i) => `<div class="comment"><div class="comment-content"><div class="comment-meta"><a class="commenter-name"
href="#">${['Tobias Lindqvist', 'Meera S.'][i]}</a>
<span class="comment-date">${['Feb 27', 'Feb 28'][i]}</span></div><div class="comment-body"><p>${c}</p></div><div class="comment-actions"><button>Like</button>
<button>Reply</button></div></div></div>`,
  )
  .join('\n')}</div></div></div></div></div>
<div class="footer-wrap"><div class="post-end-cta-full"><h3>Ready for more?</h3><button class="button primary">Subscribe</button></div>
<div class="footer"><div class="footer-terms"><span class="copyright">© 2026 Friends of the Quillan</span> · <a href="/privacy">Privacy</a> ∙
<a href="/tos">Terms</a> ∙ <a href="/collection">Collection notice</a></div><div class="footer-substack"><a href="https://substack.example">Start writing</a>
<a href="https://substack.example/app">Get the app</a></div><p class="footer-slogan">Substack is the home for great culture</p></div></div>
</div></div><script src="https://substackcdn.example/bundle/main.js" defer></script></body></html>`;
export const substack: TestPage = {
  name: 'heldout254-substack-newsletter',
  kind: 'blog',
  html: nHtml,
  title: nTitle,
  headings: [nH1, nH2, nH3],
  body: texts([...nP0, ...nP1, ...nP2, ...nList, ...nP3, ...nList2, ...nP4]),
  bylines: ['Ros Pemberton-Achebe', 'Feb 27, 2026', '5 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Subscribe', 'Sign in', 'Restack', 'Share', 'Sampling at site 7, Longholme weir, on 17 January.',
    'Friends of the Quillan is a reader-supported newsletter. To receive new posts and support our work, consider becoming a free or paid subscriber.',
    'Discussion about this post', 'Tobias Lindqvist', 'Meera S.', 'Feb 28', ...nComments, 'Like', 'Reply', 'Ready for more?',
    '© 2026 Friends of the Quillan', 'Privacy', 'Terms', 'Collection notice', 'Start writing', 'Get the app', 'Substack is the home for great culture',
  ],
};
