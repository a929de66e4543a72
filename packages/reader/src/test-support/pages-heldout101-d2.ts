import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 101, file d2: a Substack post (the publication's top bar with "Subscribe" and "Sign in", the title,
 * subtitle, author and date, the like / comment / restack / share counts, a captioned image, h2 section headings with
 * anchors, the "Thanks for reading" subscription widget inside the post body, a footnote, the repeated post footer bar,
 * the "Discussion about this post" box with comments, the hidden "Discover more" modal and the Substack footer).
 */
const ssTitle = 'The allotment year, in twelve harvests';
const ssSub = 'What one plot, two beds of potatoes and far too many courgettes taught me about patience';
const ssP1 = [
  'When I took on plot 41 at the Sawley Road allotments two Februarys ago, the previous tenant left me a note pinned to the shed door. ' +
    'It said, in full: “The blackcurrants are good. Everything else is brambles.” He was right on both counts.',
  'This is the second full year I’ve grown food there, and the first year I kept a proper record of what came out of the ground. I ' +
    'weighed everything on the kitchen scales and wrote it in a notebook that now smells faintly of onions. Here is what twelve months ' +
    'of it looked like.',
];
const ssH1 = 'Winter and spring: the lean months';
const ssP2 = [
  'From January to April the plot gave me leeks, a few parsnips and a great deal of mud. The leeks were the quiet heroes of the year: ' +
    'eleven kilos from a single row, lifted a handful at a time whenever I needed them.',
  'Rhubarb arrived in April, as it always does, just as I was starting to wonder why I bothered. I forced one crown under an old ' +
    'dustbin and picked the first pink stalks three weeks before anyone else on the site.',
];
const ssH2 = 'Summer: too much of everything';
const ssP3 = [
  'June to August is when an allotment stops being a hobby and becomes a logistics problem. I grew four courgette plants, which was ' +
    'three too many. The notebook says 38 kilos. My neighbours would put it more strongly.',
  'The potatoes were the surprise. After last year’s blight I switched to a resistant variety and planted earlier, and the two beds ' +
    'gave me 64 kilos, enough to last into the new year.¹',
];
const ssH3 = 'What the numbers say';
const ssP4 = [
  'Over the year I harvested 212 kilos of food from a plot that costs £48 a year to rent. I spent roughly £130 on seeds, compost and ' +
    'netting, and something like 250 hours of my time, which I don’t count as a cost at all.',
  'The numbers are not really the point, though. What the notebook shows most clearly is how uneven a year of growing is: four months ' +
    'of almost nothing, then more than you can give away. The skill, I’m slowly learning, is in planning for both.',
];
const ssNote = '¹ The variety was Sarpo Mira, which I can’t recommend enough if blight is a problem on your site.';
const ssCaption = 'The first rhubarb of the year, forced under a dustbin. Photo: the author.';
const ssWidget = ['Thanks for reading Plot 41! Subscribe for free to receive new posts and support my work.', 'Type your email…', 'Subscribe'];
const ssComments = [
  { name: 'Gareth Lowe', date: 'Nov 12', text: 'Thirty-eight kilos of courgettes is heroic. We gave up after two plants and still had too many.' },
  { name: 'Ruth Adebayo', date: 'Nov 13', text: 'Love the notebook idea. Going to steal it for next year, onion smell and all.' },
];
const ssDiscover = ['Discover more from Plot 41', 'Notes from a small allotment in the East Midlands.', 'Continue reading', 'Sign in'];
const ssFoot = ['© 2025 Hannah Croft', 'Privacy', 'Terms', 'Collection notice', 'Start writing', 'Get the app'];
const ssFootLine = 'Substack is the home for great culture';
const ssBar = (): string => `<div class="post-ufi style-compressed"><div class="like-button-container post-ufi-button">
<a role="button" class="post-ufi-button style-compressed has-label with-border"><span class="label">96</span></a></div>
<a role="button" class="post-ufi-button post-ufi-comment-button"><span class="label">2</span></a>
<a role="button" class="post-ufi-button restack-button"><span class="label">7</span></a>
<a role="button" class="post-ufi-button share-button"><div class="label">Share</div></a></div>`;
const ssP = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const ssH = (t: string): string =>
  `<div class="header-anchor-parent"><div class="header-anchor-widget offset-top"></div><h2 class="header-anchor-post">${t}</h2></div>`;
const ssHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>The allotment year, in twelve harvests - by Hannah Croft</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${ssSub}">
<meta property="og:title" content="${ssTitle}"><meta property="og:type" content="article"><meta name="author" content="Hannah Croft">
<link rel="canonical" href="https://plot41.substack.example/p/the-allotment-year-in-twelve-harvests">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${ssTitle}","description":"${ssSub}",
"datePublished":"2025-11-12T08:02:11+00:00","author":[{"@type":"Person","name":"Hannah Croft"}],"publisher":{"@type":"Organization","name":"Plot 41"}}</script>
<script>window._preloads = JSON.parse("{\\"isEligibleForFreeTrial\\":false,\\"post\\":{\\"id\\":178342210}}")</script></head>
<body><div id="entry"><div id="main" class="main typography use-theme-bg">
<div class="main-menu-content"><div class="topbar-content"><a class="navbar-title-link" href="/">Plot 41</a>
<div class="navbar-buttons"><button class="button primary subscribe-btn">Subscribe</button><button
class="button sign-in-link">Sign in</button></div></div></div>
<div class="container"><div class="single-post-container"><div class="single-post"><article class="typography newsletter-post post">
<div class="post-header"><h1 dir="auto" class="post-title published">${ssTitle}</h1><h3 dir="auto" class="subtitle">${ssSub}</h3>
<div class="post-label"></div><div class="byline-wrapper"><div class="profile-hover-card-target"><a
href="https://substack.example/@hannahcroft">Hannah Croft</a></div>
<div class="post-date" title="Nov 12, 2025, 8:02 AM">Nov 12, 2025</div></div>${ssBar()}</div>
<div class="available-content"><div dir="auto" class="body markup">
${ssP(ssP1)}
${ssH(ssH1)}
${ssP(ssP2)}
<div class="captioned-image-container"><figure><a class="image-link image2" href="https://substackcdn.example/image/rhubarb.jpeg">
<div class="image2-inset"><picture><img src="https://substackcdn.example/image/rhubarb.jpeg" alt="" width="1456" height="1092"></picture></div></a>
<figcaption class="image-caption">${ssCaption}</figcaption></figure></div>
${ssH(ssH2)}
${ssP(ssP3)}
<div class="subscription-widget-wrap-editor" data-attrs="{&quot;url&quot;:&quot;https://plot41.substack.example/subscribe&quot;}">
<div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">${ssWidget[0]}</p></div>
<form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="${ssWidget[1]}">
<span class="email-placeholder">${ssWidget[1]}</span><input type="submit" class="button primary" value="Subscribe"><span class="sr-only">${ssWidget[2]}</span>
</form></div></div>
${ssH(ssH3)}
${ssP(ssP4)}
<div class="footnote" data-component-name="FootnoteToDOM"><div class="footnote-content"><p>${ssNote}</p></div></div>
</div></div>
<div class="post-footer"><div class="post-footer-inner">${ssBar()}</div></div></article>
<div id="discussion" class="comments-page"><h4 class="discussion-title">Discussion about this post</h4>
<div class="comments-tabs"><span>Comments</span><span>Restacks</span></div>
<div class="comment-input"><textarea placeholder="Write a comment..."></textarea><span class="placeholder">Write a comment...</span></div>
<div class="comment-list">${ssComments
  .map(
    (c) => `<div class="comment"><div class="comment-content"><div class="comment-meta"><a class="commenter-name" href="#">${c.name}</a>
<a class="comment-date" href="#">${c.date}</a></div><div class="comment-body"><p>${c.text}</p></div>
<div class="comment-actions"><a role="button">Like</a><a role="button">Reply</a><a role="button">Share</a></div></div></div>`,
  )
  .join('\n')}</div></div></div></div></div>
<div class="modal-discover" aria-hidden="true" style="display:none"><h2>${ssDiscover[0]}</h2><p>${ssDiscover[1]}</p>
<button>${ssDiscover[2]}</button><a href="/account/login">${ssDiscover[3]}</a></div>
<div class="footer-wrap"><div class="footer"><div class="copyright">${ssFoot[0]}</div><a href="https://substack.example/privacy">${ssFoot[1]}</a> ∙
<a href="https://substack.example/tos">${ssFoot[2]}</a> ∙ <a href="https://substack.example/ccpa">${ssFoot[3]}</a>
<a class="footer-substack-cta" href="https://substack.example/signup">${ssFoot[4]}</a><a href="https://substack.example/app">${ssFoot[5]}</a>
<p class="footer-slogan"><a href="https://substack.example">Substack</a> is the home for great culture</p></div></div></div></div>
<script src="https://substackcdn.example/bundle/static/js/main.js" defer></script></body></html>`;
export const substackPage: TestPage = {
  html: ssHtml,
  name: 'heldout101-substack-blog',
  kind: 'blog',
  // the subtitle and the footnote are body; the subscription widget inside the post body is furniture, and so are the reader
  // comments
  title: ssTitle,
  headings: [ssH1, ssH2, ssH3],
  body: texts([ssSub, ...ssP1, ...ssP2, ...ssP3, ...ssP4, ssNote]),
  bylines: ['Hannah Croft', 'Nov 12, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Plot 41', 'Subscribe', 'Sign in', '96', 'Share', ssCaption, ssWidget[0] ?? '', ssWidget[1] ?? '', 'Discussion about this post', 'Comments',
    'Restacks', 'Write a comment...', ...ssComments.flatMap((c) => [c.name, c.date, c.text]), 'Like', 'Reply', ...ssDiscover.slice(0, 3),
    ...ssFoot, ssFootLine,
  ],
};
