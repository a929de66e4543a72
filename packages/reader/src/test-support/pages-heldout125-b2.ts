import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 125, file b2: a free Substack post on a custom publication (the topbar with the publication name, "Subscribe"
 * and "Sign in", title, subtitle, the author and date meta, the like/comment/restack/"Share" bar, a subscription widget and a
 * captioned image inside the body, the "Leave a comment" and "Share" buttons that end the body, the footer subscribe box,
 * "Discussion about this post" with two comments, the "Top"/"Latest"/"Discussions" post list, "Ready for more?" and the
 * Substack footer).
 */
const ssTitle = 'The last cannery on the Merrow';
const ssSub = 'Bellmouth Fish Products closed in 1987. I went looking for the people who worked there.';
const ssP1 = [
  `The building is still there, if you know where to look. Drive out of Kettleford on the estuary road, past the caravan park and the
boatyard, and you will see a long brick shed with a rusted gantry on the river side. Until 1987 it was Bellmouth Fish Products, the
last cannery on the Merrow, and at its peak it employed almost three hundred people.`,
  `I grew up a mile from it and never once went inside. Last autumn I started asking around for anyone who had worked there. I expected
to find two or three people. I found nineteen.`,
];
const ssH1 = 'Sprats, then pilchards, then whatever came in';
const ssP2 = [
  `The cannery opened in 1921 to pack sprats, which came up the estuary in enormous shoals every winter. When the sprats thinned out in
the 1950s it switched to pilchards landed at Porthannow, and by the end it was canning mackerel, herring and, for one strange season,
squid for a buyer in Lisbon.`,
  `Joan Ashcombe started on the packing line in 1962, when she was fifteen. She remembers the smell above everything else. “You came
home and your mum made you strip in the yard,” she told me. “Didn’t matter if it was January.”`,
];
const ssH2 = 'The work';
const ssP3 = [
  `Most of the line workers were women, and most of the men worked in the boiler house, on the retorts or on the quay. The line ran on
piece rates until 1974, which meant a fast packer could earn more than her husband on the boats, a fact several people mentioned with
obvious satisfaction.`,
  `The retorts were the dangerous part. These were huge pressure cookers that sterilised the sealed cans, and in 1968 one of them failed
during a night shift. Nobody died, but two men were badly scalded, and the union branch at Bellmouth dates from the week afterwards.`,
];
const ssH3 = 'Why it closed';
const ssP4 = [
  `Nobody I spoke to blamed a single thing for the closure. The shoals got smaller and less predictable. Supermarkets wanted cheaper fish
from bigger plants abroad. The owners, a family firm from Plymouth, sold to a group that closed three canneries within two years.`,
  `What people remember most is how quickly it happened. Staff were told on a Friday in March 1987, and the line stopped for good six
weeks later. Pat Fenner, who ran the labelling machine for eleven years, kept one of the last cans.`,
];
const ssQuote = `We packed the last tins ourselves. Somebody wrote the date on the lid in biro, and I’ve still got it in the kitchen drawer.`;
const ssH4 = 'What happens next';
const ssP5 = [
  `The Kettleford Heritage Group is trying to record as many of these memories as possible before they are lost. If you worked at
Bellmouth, or your parents or grandparents did, they would like to hear from you, and so would I.`,
  `<em>Next week: the boatyard that built the cannery’s own fleet of sprat boats, and the one boat that is still afloat.</em>`,
];
const ssCaption = 'Women on the packing line at Bellmouth, around 1965. Courtesy of the Kettleford Heritage Group.';
const ssCta = 'The Tidewrack is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.';
const ssPubBio = 'Stories of work, weather and water along the Merrow estuary.';
const ssComments = [
  ['Gordon Penhale', 'Feb 18', 'My aunt worked on the line in the seventies. She always said the piece rates were the best money in Kettleford.', 'Like (14)'],
  ['Ruth Abery', 'Feb 19', 'Is the heritage group recording on video or just audio? My dad was on the quay at Bellmouth until the end.', 'Like (6)'],
];
const ssPosts = [
  ['The ferryman’s ledger', 'Two hundred years of crossings, in one damp notebook', 'Feb 4'],
  ['Oyster beds and the winter of 1963', 'The year the estuary froze and the beds never recovered', 'Jan 21'],
  ['A walk to the old sea lock', 'Six miles, one flask and a lot of mud', 'Jan 7'],
];
const ssFoot = ['© 2025 Marion Tulley', 'Privacy', 'Terms', 'Collection notice', 'Start writing', 'Get the app'];
const ssPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const ssH = (t: string): string => `<h2 class="header-anchor-post">${t}<div class="pencraft pc-display-flex pc-alignItems-center pc-position-absolute pc-reset
header-anchor-parent"><div class="pencraft pc-display-contents pc-reset pubTheme-yiXxQA"><div id="§${t.toLowerCase().replace(/[^a-z]+/g, '-')}"
class="pencraft pc-reset header-anchor offset-top"></div><button tabindex="0" type="button" aria-label="Link" data-href="#§x" class="pencraft pc-reset pencraft
copy-anchor-button"><svg xmlns="http://www.w3.org/2000/svg" width="18" height="18" viewBox="0 0 24 24"
class="lucide lucide-link"></svg></button></div></div></h2>`;
const ssUfi = `<div class="post-ufi style-large-on-tablet"><div class="like-button-container post-ufi-button style-button"><button tabindex="0" type="button"
class="post-ufi-button style-button has-label with-border" aria-label="Like (312)" aria-pressed="false"><svg role="img" width="20" height="20"
class="icon lucide-heart">
</svg><div class="label">312</div></button></div><a role="button" href="https://tidewrack.substack.example/p/last-cannery-on-the-merrow/comments"
class="post-ufi-button style-button post-ufi-comment-button has-label with-border"><svg role="img" width="20" height="20" class="icon lucide-message-circle">
</svg><div class="label">47</div></a><button tabindex="0" type="button" class="post-ufi-button style-button has-label with-border"
aria-label="View repost options">
<svg role="img" width="20" height="20" class="icon lucide-repeat-2"></svg><div class="label">28</div></button><button tabindex="0" type="button"
class="post-ufi-button style-button no-icon has-label with-border"><div class="label">Share</div></button></div>`;
const ssHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport"
content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=0, viewport-fit=cover">
<link rel="preconnect" href="https://substackcdn.example"><title data-rh="true">The last cannery on the Merrow - by Marion Tulley - The Tidewrack</title>
<meta data-rh="true" name="theme-color" content="#f4efe6"/><meta data-rh="true" property="og:type" content="article"/>
<meta data-rh="true" property="og:title" content="${ssTitle}"/><meta data-rh="true" name="description" content="${ssSub}"/>
<meta data-rh="true" name="author" content="Marion Tulley"/><link data-rh="true" rel="canonical"
href="https://tidewrack.substack.example/p/last-cannery-on-the-merrow"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
"url":"https://tidewrack.substack.example/p/last-cannery-on-the-merrow",
"headline":"${ssTitle}","description":"${ssSub}","datePublished":"2025-02-18T07:01:22+00:00","dateModified":"2025-02-18T07:01:22+00:00",
"isAccessibleForFree":true,
"author":[{"@type":"Person","name":"Marion Tulley","url":"https://substack.example/@mariontulley"}],"publisher":{"@type":"Organization","name":"The Tidewrack",
"url":"https://tidewrack.substack.example","description":"${ssPubBio}"}}</script>
<link rel="stylesheet" type="text/css" href="https://substackcdn.example/bundle/static/css/main.9d2f1c.css"></head>
<body class="pc-root"><div id="entry"><div id="main" class="main typography use-theme-bg">
<div class="main-menu-content"><div class="topbar-content"><div class="topbar-spacer"></div><div class="navbar-buttons"><button tabindex="0" type="button"
class="pencraft pc-reset pencraft iconButton-mFIuNL" aria-label="Search"><svg class="lucide lucide-search"></svg></button></div>
<div class="logo-container"><a href="/"><img class="logo" src="https://substackcdn.example/image/fetch/w_96,h_96/tidewrack.png" alt=""></a></div>
<a class="navbar-title-link" href="/"><h1 class="navbar-title">The Tidewrack</h1></a><div class="navbar-buttons"><div
class="pencraft pc-display-flex pc-gap-8 pc-reset">
<a class="pencraft pc-reset button primary"
href="https://tidewrack.substack.example/subscribe?utm_source=menu&amp;simple=true&amp;next=https%3A%2F%2Ftidewrack">Subscribe
</a><a class="pencraft pc-reset button" data-href="https://substack.example/sign-in?redirect=%2Fp%2Flast-cannery-on-the-merrow">Sign in</a></div></div></div>
</div>
<div class="single-post-container"><div class="container"><div class="single-post"><div class="post-content"><article class="typography newsletter-post post">
<div class="post-header"><h1 dir="auto" class="post-title published title-X77sOw">${ssTitle}</h1><h3 dir="auto" class="subtitle subtitle-HEEcLo">${ssSub}</h3>
<div class="pencraft pc-display-flex pc-gap-16 pc-paddingTop-16 pc-paddingBottom-16 pc-justifyContent-space-between pc-alignItems-center pc-reset"><div
class="pencraft pc-display-flex pc-gap-12 pc-alignItems-center pc-reset byline-wrapper"><div class="pencraft pc-display-flex pc-reset"><a
href="https://substack.example/@mariontulley" class="pencraft pc-reset"><div class="user-head"><img
src="https://substackcdn.example/image/fetch/w_80,h_80/mt.jpg"
width="40" height="40" alt=""></div></a></div><div class="pencraft pc-display-flex pc-flexDirection-column pc-reset"><div class="pencraft pc-reset
color-pub-primary-text-NyXPlw line-height-20-t4M0El font-meta-MWBumP size-11-NuY2Zx weight-medium-fw81nC transform-uppercase-yKDgcq reset-IxiVJZ meta-EgzBVA">
<span data-state="closed"><a href="https://substack.example/@mariontulley"
class="pencraft pc-reset decoration-hover-underline-ClDVRM reset-IxiVJZ">Marion Tulley</a>
</span></div><div class="pencraft pc-display-flex pc-gap-4 pc-reset"><div class="pencraft pc-reset color-pub-secondary-text-hGQ02T line-height-20-t4M0El
font-meta-MWBumP size-11-NuY2Zx weight-medium-fw81nC transform-uppercase-yKDgcq reset-IxiVJZ meta-EgzBVA">Feb 18, 2025</div></div></div></div>${ssUfi}</div>
</div>
<div class="available-content"><div dir="auto" class="body markup">
${ssPs(ssP1)}
<div class="subscription-widget-wrap-editor"
data-attrs="{&quot;url&quot;:&quot;https://tidewrack.substack.example/subscribe?&quot;,&quot;text&quot;:&quot;Subscribe&quot;,
&quot;language&quot;:&quot;en&quot;}" data-component-name="SubscribeWidgetToDOM"><div class="subscription-widget show-subscribe"><div class="preamble">
<p class="cta-caption">${ssCta}</p></div><form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email"
placeholder="Type your email…"
tabindex="-1"><input type="submit" class="button primary" value="Subscribe"><div class="fake-input-wrapper"><div class="fake-input"></div>
<div class="fake-button"></div></div></form></div></div>
${ssH(ssH1)}
${ssPs(ssP2)}
<div class="captioned-image-container"><figure><a class="image-link image2 is-viewable-img" target="_blank"
href="https://substackcdn.example/image/fetch/packing.jpeg"
data-component-name="Image2ToDOM"><div class="image2-inset"><picture><source type="image/webp"
srcset="https://substackcdn.example/image/fetch/w_424/packing.webp 424w">
<img src="https://substackcdn.example/image/fetch/w_1456/packing.jpeg" width="1456" height="971" class="sizing-normal" alt="" title="" loading="lazy"></picture>
<div class="image-link-expand"><div class="pencraft pc-display-flex pc-gap-8 pc-reset"><button tabindex="0" type="button" class="pencraft pc-reset pencraft
icon-container restack-image"><svg class="lucide lucide-refresh-cw"></svg></button><button tabindex="0" type="button" class="pencraft pc-reset pencraft
icon-container view-image"><svg class="lucide lucide-maximize2"></svg></button></div></div></div></a><figcaption class="image-caption">${ssCaption}</figcaption>
</figure></div>
${ssH(ssH2)}
${ssPs(ssP3)}
${ssH(ssH3)}
${ssPs(ssP4)}
<blockquote><p>${ssQuote}</p></blockquote>
${ssH(ssH4)}
${ssPs(ssP5)}
<p class="button-wrapper" data-attrs="{&quot;url&quot;:&quot;https://tidewrack.substack.example/p/last-cannery-on-the-merrow/comments&quot;}"
data-component-name="ButtonCreateButton"><a class="button primary"
href="https://tidewrack.substack.example/p/last-cannery-on-the-merrow/comments"><span>Leave a comment
</span></a></p>
<p class="button-wrapper" data-attrs="{&quot;url&quot;:&quot;https://tidewrack.substack.example/p/last-cannery-on-the-merrow?action=share&quot;}"
data-component-name="ButtonCreateButton"><a class="button primary"
href="https://tidewrack.substack.example/p/last-cannery-on-the-merrow?action=share"><span>Share</span>
</a></p>
</div></div>
<div class="visibility-check"></div><div class="post-footer use-separators">${ssUfi}</div></article></div></div></div>
<div class="single-post-section"><div class="container"><div class="subscribe-footer"><div class="pencraft pc-display-flex pc-flexDirection-column pc-reset">
<h3 class="pencraft pc-reset">Subscribe to The Tidewrack</h3><div class="pencraft pc-reset color-secondary-ls1g8s">Launched 2 years ago</div>
<div class="pencraft pc-reset">${ssPubBio}</div></div><form class="subscribe-form" action="/api/v1/free?nojs=true" method="post"><input type="email"
name="email"
placeholder="Type your email…"><button type="submit" class="button primary subscribe-btn">Subscribe</button></form></div></div></div>
<div class="comments-section"><div class="container"><h4 class="comments-heading">Discussion about this post</h4><div role="tablist"
class="pencraft pc-display-flex pc-gap-8 pc-reset"><button role="tab" aria-selected="true" class="pencraft pc-reset tab-active">Comments</button><button
role="tab"
aria-selected="false" class="pencraft pc-reset">Restacks</button></div><div class="comment-input-head"><textarea
placeholder="Write a comment..."></textarea></div>
<div class="comment-list">${ssComments
  .map(
    ([n, d, t, l], i) => `<div class="comment" id="comment-${9013 + i}"><div class="comment-content"><div class="comment-meta"><span class="commenter-name">
<a href="https://substack.example/profile/${9013 + i}">${n}</a></span><a class="comment-timestamp"
href="/p/last-cannery-on-the-merrow/comment/${9013 + i}">${d}</a>
</div><div class="comment-body"><p>${t}</p></div><div class="comment-actions"><button
class="like-button">${l}</button><button>Reply</button><button>Share</button>
</div></div></div>`,
  )
  .join('\n')}</div></div></div>
<div class="portable-archive"><div class="container"><div class="portable-archive-tabs"><a class="active" href="/archive?sort=top">Top</a><a
href="/archive?sort=new">Latest
</a><a href="/archive?sort=discussions">Discussions</a></div><div class="portable-archive-list">${ssPosts
  .map(
    ([t, s, d]) => `<div class="post-preview"><a class="post-preview-title newsletter" href="/p/${(t ?? '').length}">${t}</a><a class="post-preview-description"
href="/p/${(t ?? '').length}">${s}</a><div class="post-preview-meta"><time datetime="2025">${d}</time> • Marion Tulley</div></div>`,
  )
  .join('\n')}</div><a class="button" href="/archive">See all</a></div></div>
<div class="pencraft pc-display-flex pc-flexDirection-column pc-alignItems-center pc-reset ready-for-more"><h2 class="pencraft pc-reset">Ready for more?</h2>
<form class="subscribe-form"><input type="email" placeholder="Type your email…"><button type="submit" class="button primary">Subscribe</button></form></div>
<div class="footer-wrap publication-footer"><div class="footer"><div class="container"><div class="footer-blurbs"><div
class="footer-copyright-blurb">${ssFoot[0]}</div>
<div class="footer-terms-blurb"><a href="https://substack.example/privacy">Privacy</a> ∙ <a href="https://substack.example/tos">Terms</a> ∙
<a href="https://substack.example/ccpa#personal-data-collected">Collection notice</a></div></div><div class="footer-substack-cta"><a
class="footer-substack-cta-link"
href="https://substack.example/signup?utm_source=substack&amp;utm_medium=web&amp;utm_content=footer"><svg></svg>Start writing</a><a
class="footer-substack-cta-link"
href="https://substack.example/app/app-store-redirect?utm_campaign=app-marketing&amp;utm_content=web-footer-button">Get the app</a></div>
<div class="footer-blurb"><a href="https://substack.example">Substack</a> is the home for great culture</div></div></div></div>
</div></div></div>
<script>window._preloads = JSON.parse("{\\"isEU\\":true,\\"language\\":\\"en\\",\\"post\\":{\\"id\\":157002411}}")</script>
<script src="https://substackcdn.example/bundle/static/js/main.8f1d2b.js" charset="utf-8"></script></body></html>`;
export const substackPost: TestPage = {
  html: ssHtml,
  name: 'heldout125-substack-blog',
  kind: 'blog',
  // the subtitle is body; the subscription widget, the "Leave a comment" and "Share" buttons inside the body and the image
  // caption are furniture; the italic "Next week" line is the author's and is body; the heading anchor buttons have no text;
  // the post list and the comments (reader comments) are furniture
  title: ssTitle,
  headings: [ssH1, ssH2, ssH3, ssH4],
  body: texts([ssSub, ...ssP1, ...ssP2, ...ssP3, ...ssP4, ssQuote, ...ssP5]),
  bylines: ['Marion Tulley', 'Feb 18, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Tidewrack', 'Subscribe', 'Sign in', '312', '47', '28', 'Share', ssCta, ssCaption, 'Leave a comment',
    'Subscribe to The Tidewrack', 'Launched 2 years ago',
    ssPubBio, 'Discussion about this post', 'Comments', 'Restacks', ...ssComments.flat(), 'Reply', 'Top', 'Latest', 'Discussions', ...ssPosts.flat(), 'See all',
    'Ready for more?', ...ssFoot, 'Substack is the home for great culture',
  ],
};
