import type { TestPage } from './page-kit.js';
import { engineeringPost } from './pages-heldout90-d2.js';

/**
 * Held-out batch 90, file d: a paid Substack post as a signed-out reader saves it (preact helmet head with the NewsArticle
 * JSON-LD and its paywall part, the publication top bar with "Subscribe" and "Sign in", title, subtitle, the byline with
 * date and "Paid" label, the like / comment / restack / share bar, a "Thanks for reading" subscribe widget and a "Share"
 * button inside the body, an h2 with its anchor button, the paywall divider and the "Keep reading with a 7-day free trial"
 * box, the bottom bar, "Discussion about this post" with two comments, the "Ready for more?" footer box and the Substack
 * footer) and, from file d2, a company engineering blog post.
 */
const ssTitle = 'Why your corner bakery charges $6 for a croissant';
const ssSub = 'I spent a month with the books of three small bakeries. The butter is not the problem.';
const ssPub = 'Crumb Economics';
const ssP1 = [
  'Every few weeks a photo of a bakery price board goes round my feeds with a caption along the lines of “six dollars for a ' +
    'croissant??” and a few thousand people agree that the world has gone mad. I understand the reaction. Five years ago the ' +
    'same pastry cost $3.75 at the shop on my street.',
  'So in January I asked three bakery owners, one in a city centre, one in a suburb and one in a small town, to show me where the ' +
    'money goes. All three agreed, on the condition that I change their names. What they showed me surprised me, and I think it ' +
    'will surprise you.',
];
const ssCta = `Thanks for reading ${ssPub}! Subscribe for free to receive new posts and support my work.`;
const ssH1 = 'What goes into the price';
const ssP2 = [
  'Start with the ingredients, because that is where everyone assumes the problem is. Butter prices did jump in 2022 and again ' +
    'last year, and a laminated dough uses a lot of it. But across the three bakeries, ingredients came to between 19 and 24 ' +
    'percent of the price of a croissant. Flour, butter, eggs and sugar together cost about $1.30 per pastry at the city bakery.',
  'The biggest cost, by a distance, was labour. A croissant takes three days from mixing to the oven, most of it waiting, but ' +
    'the folding and shaping are skilled work that cannot be rushed. At the suburban bakery, the owner, whom I will call Dana, ' +
    'pays her lead baker $27 an hour and starts him at 3 am. Labour was 38 percent of the price.',
  'Then there is rent. The city bakery pays just over $11,000 a month for a shop with six seats, and it has to cover that whether ' +
    'it sells 200 croissants on a Tuesday or 60.',
];
const ssP3 = [
  'Add energy for ovens that run for twelve hours a day, card fees, packaging, insurance and the pastries that do not sell, and ' +
    'the margin left at the end is thinner than most people would guess. Here is how the money from one $6 croissant split at the ' +
    'city bakery last month:',
];
const ssList = [
  'Labour: $2.28',
  'Ingredients: $1.30',
  'Rent and rates: $0.96',
  'Energy: $0.41',
  'Waste, packaging and card fees: $0.52',
  'Left over for the owner: $0.53',
];
const ssNav = ['Subscribe', 'Sign in'];
const ssPaywall = [
  'Keep reading with a 7-day free trial',
  `Subscribe to ${ssPub} to keep reading this post and get 7 days of free access to the full post archives.`,
  'Start trial',
  'Already a paid subscriber?',
];
const ssComments = [
  { name: 'Tomasz Wielgus', date: 'Mar 4', text: 'Ran a bakery for nine years. The waste number is the one nobody outside the trade ever believes.' },
  { name: 'June Okoro', date: 'Mar 5', text: 'This is exactly the piece I will be sending to my father next time he complains about a muffin.' },
];
const ssReady = ['Ready for more?', 'Type your email…'];
const ssFoot = ['© 2025 Helen Achterberg', 'Privacy', 'Terms', 'Collection notice', 'Start writing', 'Get the app'];
const ssFootLine = 'Substack is the home for great culture';
const svg = '<svg role="img" width="20" height="20" viewBox="0 0 24 24" fill="none" stroke-width="2" stroke="#000" xmlns="http://www.w3.org/2000/svg"></svg>';
const ufi = (where: string): string => `<div class="post-ufi style-large-on-tablet ${where}"><div class="like-button-container post-ufi-button style-button">
<button tabindex="0" type="button" aria-label="Like (238)" aria-pressed="false" class="post-ufi-button style-button has-label with-border">${svg}
<div class="label">238</div></button></div><a role="button" href="https://crumbeconomics.substack.example/p/corner-bakery-croissant/comments"
class="post-ufi-button style-button post-ufi-comment-button has-label with-border" aria-label="View comments (31)">${svg}<div class="label">31</div></a>
<a role="button" class="post-ufi-button style-button has-label with-border" aria-label="Restack" href="javascript:void(0)">${svg}<div class="label">17</div></a>
<div class="post-ufi-button style-button"><button tabindex="0" type="button" aria-label="Share" class="pencraft pc-reset pencraft post-ufi-button style-button
has-label with-border">${svg}<div class="label">Share</div></button></div></div>`;
const widget = `<div class="subscription-widget-wrap-editor" data-attrs="{&quot;url&quot;:&quot;https://crumbeconomics.substack.example/subscribe?&quot;,
&quot;text&quot;:&quot;Subscribe&quot;,&quot;language&quot;:&quot;en&quot;}" data-component-name="SubscribeWidgetToDOM"><div class="subscription-widget
show-subscribe"><div class="preamble"><p class="cta-caption">${ssCta}</p></div><form class="subscription-widget-subscribe"><input type="email"
class="email-input" name="email" placeholder="Type your email…" tabindex="-1"><input type="submit" class="button primary" value="Subscribe">
<div class="fake-input-wrapper"><div class="fake-input"></div><div class="fake-button"></div></div></form></div></div>`;
const shareBtn = `<p class="button-wrapper" data-attrs="{&quot;url&quot;:&quot;https://crumbeconomics.substack.example/p/corner-bakery-croissant?
utm_source=substack&amp;utm_medium=email&amp;utm_content=share&amp;action=share&quot;,&quot;text&quot;:&quot;Share&quot;,&quot;action&quot;:null,
&quot;class&quot;:null}" data-component-name="ButtonCreateButton"><a class="button primary"
href="https://crumbeconomics.substack.example/p/corner-bakery-croissant?
utm_source=substack&amp;utm_medium=email&amp;utm_content=share&amp;action=share"><span>Share</span></a></p>`;
const ssHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="minimum-scale=1, initial-scale=1, width=device-width, user-scalable=yes">
<title data-preact-helmet="true">Why your corner bakery charges $6 for a croissant - by Helen Achterberg</title>
<meta data-preact-helmet="true" property="og:type" content="article"><meta data-preact-helmet="true" property="og:title" content="${ssTitle}">
<meta data-preact-helmet="true" name="description" content="${ssSub}"><meta data-preact-helmet="true" name="author" content="Helen Achterberg">
<link data-preact-helmet="true" rel="canonical" href="https://crumbeconomics.substack.example/p/corner-bakery-croissant">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
"url":"https://crumbeconomics.substack.example/p/corner-bakery-croissant",
"headline":"${ssTitle}","description":"${ssSub}","datePublished":"2025-03-04T11:02:41+00:00","dateModified":"2025-03-04T11:02:41+00:00",
"isAccessibleForFree":false,"hasPart":{"@type":"WebPageElement","isAccessibleForFree":false,"cssSelector":".paywall"},"author":[{"@type":"Person",
"name":"Helen Achterberg","url":"https://substack.example/@helenachterberg"}],"publisher":{"@type":"Organization","name":"${ssPub}"}}</script>
<link rel="stylesheet" type="text/css" href="https://substackcdn.example/bundle/theme/main.7f2c1e.css"></head>
<body class="pc-root"><div id="entry"><div id="main" class="main typography use-theme-bg"><div class="main-menu"><div class="main-menu-content">
<div class="topbar-content"><div class="pencraft pc-display-flex pc-gap-4 pc-alignItems-center pc-reset navbar-left"><a href="/" class="navbar-logo-container">
<img class="navbar-logo" src="https://substackcdn.example/image/fetch/w_80,h_80/crumb-logo.png" alt="" width="40" height="40"></a></div><h1
class="navbar-title">
<a class="navbar-title-link" href="/">${ssPub}</a></h1><div class="pencraft pc-display-flex pc-gap-8 pc-alignItems-center pc-reset navbar-buttons">
<button tabindex="0" type="button" class="pencraft pc-reset pencraft buttonBase-GK1x3M buttonText-X0uSmG button-primary">${ssNav[0]}</button>
<div class="user-indicator"><a href="/sign-in?redirect=%2Fp%2Fcorner-bakery-croissant" class="pencraft pc-reset button-tertiary">${ssNav[1]}</a></div></div>
</div>
</div></div>
<div class="single-post-container"><div class="container"><div class="single-post"><div class="pencraft pc-display-contents pc-reset pubTheme-yiXxQA">
<article class="typography newsletter-post post"><div class="post-header"><h1 dir="auto" class="post-title published title-X77sOw">${ssTitle}</h1>
<h3 dir="auto" class="subtitle subtitle-HEEcLo">${ssSub}</h3><div class="pencraft pc-display-flex pc-gap-16 pc-paddingTop-16 pc-paddingBottom-16
pc-justifyContent-space-between pc-alignItems-center pc-reset"><div class="pencraft pc-display-flex pc-gap-12 pc-alignItems-center pc-reset byline-wrapper">
<div class="pencraft pc-display-flex pc-reset"><div class="pencraft pc-reset"><a href="https://substack.example/@helenachterberg" aria-label="View Helen
Achterberg's profile"><img src="https://substackcdn.example/image/fetch/w_80/helen.jpg" width="36" height="36" alt="" class="img-OACg1c"></a></div></div>
<div class="pencraft pc-display-flex pc-flexDirection-column pc-reset"><div class="pencraft pc-reset color-pub-primary-text-NyXPlw line-height-20-t4M0El
font-meta-MWBumP size-11-NuY2Zx weight-medium-fw81nC transform-uppercase-yKDgcq reset-IxiVJZ meta-EgzBVA"><span data-state="closed"><a
href="https://substack.example/@helenachterberg" class="pencraft pc-reset decoration-hover-underline-ClDVRM reset-IxiVJZ">Helen Achterberg</a></span></div>
<div class="pencraft pc-display-flex pc-gap-4 pc-reset"><div class="pencraft pc-reset color-pub-secondary-text-hGQ02T line-height-20-t4M0El font-meta-MWBumP
size-11-NuY2Zx weight-medium-fw81nC transform-uppercase-yKDgcq reset-IxiVJZ meta-EgzBVA">Mar 04, 2025</div><div class="pencraft pc-reset
color-pub-secondary-text-hGQ02T font-meta-MWBumP size-11-NuY2Zx reset-IxiVJZ meta-EgzBVA">∙ Paid</div></div></div></div></div>
${ufi('post-ufi-top')}</div>
<div class="available-content"><div dir="auto" class="body markup">${ssP1.map((t) => `<p>${t}</p>`).join('')}${widget}
<h2 class="header-with-anchor-widget">${ssH1}<div class="pencraft pc-display-flex pc-alignItems-center pc-position-absolute pc-reset header-anchor-parent">
<div class="pencraft pc-display-contents pc-reset pubTheme-yiXxQA"><div id="§what-goes-into-the-price" class="pencraft pc-reset header-anchor offset-top">
</div>
<button tabindex="0" type="button" aria-label="Link" data-href="https://crumbeconomics.substack.example/i/158310422/what-goes-into-the-price" class="pencraft
pc-reset pencraft iconButton-mq_Et5 iconButtonBase-dJGHgN buttonBase-GK1x3M">${svg}</button></div></div></h2>
${ssP2.map((t) => `<p>${t}</p>`).join('')}${shareBtn}${ssP3.map((t) => `<p>${t}</p>`).join('')}
<ul>${ssList.map((t) => `<li><p>${t}</p></li>`).join('')}</ul><div class="paywall-jump" data-component-name="PaywallToDOM"></div></div></div>
<div data-testid="paywall" class="paywall"><div class="paywall-content"><h2 class="paywall-title">${ssPaywall[0]}</h2><div class="paywall-subtitle">
<p>${ssPaywall[1]}</p></div><div class="paywall-cta"><a class="button primary subscribe-btn"
href="/subscribe?simple=true&amp;next=%2Fp%2Fcorner-bakery-croissant
&amp;utm_source=paywall-free-trial&amp;coupon=8f03a1c2">${ssPaywall[2]}</a></div><div class="paywall-login"><span>${ssPaywall[3]}</span> <a
href="/sign-in">Sign in
</a></div></div></div>
${ufi('post-ufi-bottom')}
</article>
<div id="discussion" class="post-footer-discussion"><h4 class="pencraft pc-reset">Discussion about this post</h4><div class="pencraft pc-display-flex pc-reset
tabs"><button class="pencraft pc-reset tab active">Comments</button><button class="pencraft pc-reset tab">Restacks</button></div><div class="comments-page">
${ssComments
  .map(
    (c) => `<div class="comment"><div class="comment-content"><div class="comment-meta"><span class="commenter-name"><a href="https://substack.example/@c">
${c.name}</a></span><a class="comment-date" href="/p/corner-bakery-croissant/comment/1">${c.date}</a></div><div class="comment-body"><p>${c.text}</p></div>
<div class="comment-actions"><a class="comment-actions-like">Like</a><a class="comment-actions-reply">Reply</a></div></div></div>`,
  )
  .join('\n')}</div></div></div></div></div>
<div class="footer-wrap publication-footer"><div class="subscribe-footer"><h3 class="subscribe-footer-title">${ssReady[0]}</h3><form
class="subscription-widget-subscribe">
<input type="email" class="email-input" name="email" placeholder="${ssReady[1]}"><input type="submit" class="button primary" value="Subscribe"></form></div>
<div class="footer"><div class="copyright">${ssFoot[0]}</div><div class="footer-terms"><a href="https://substack.example/privacy">${ssFoot[1]}</a> ∙ <a
href="https://substack.example/tos">${ssFoot[2]}</a> ∙ <a href="https://substack.example/ccpa#personal-data-collected">${ssFoot[3]}</a></div><div
class="footer-buttons"><a href="https://substack.example/signup?utm_source=substack&amp;utm_medium=web&amp;utm_content=footer" class="button
footer-substack-cta">${ssFoot[4]}</a><a href="https://substack.example/app/app-store-redirect" class="button">${ssFoot[5]}</a></div><div class="footer-slogan">
<a href="https://substack.example">Substack</a> is the home for great culture</div></div></div></div></div></div>
<script>window._preloads = JSON.parse("{\\"isEU\\":false,\\"language\\":\\"en\\",\\"post\\":{\\"id\\":158310422,\\"audience\\":\\"only_paid\\"}}")</script>
<script src="https://substackcdn.example/bundle/static/js/main.9d1e2f.js" charset="utf-8" async></script>
</body></html>`;
const substack: TestPage = {
  html: ssHtml,
  name: 'heldout90-substack-paid-post',
  kind: 'blog',
  // the subtitle is body; only the free part above the paywall divider is on the page and is the body (the cost list
  // included); the subscribe widget and "Share" button inside the body, the h2's anchor button, the like / comment /
  // restack counts, the "∙ Paid" label, the paywall box, the discussion, the footer box and footer are furniture; the
  // author name and the date are bylines; the ufi counts (238, 31, 17) are left out as bare numbers
  title: ssTitle,
  headings: [ssH1],
  body: [ssSub, ...ssP1, ...ssP2, ...ssP3, ...ssList],
  bylines: ['Helen Achterberg', 'Mar 04, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ssPub, ...ssNav, '∙ Paid', 'Share', ssCta, ...ssPaywall, 'Discussion about this post', 'Comments', 'Restacks',
    ...ssComments.flatMap((c) => [c.name, c.date, c.text]), 'Like', 'Reply', ...ssReady.slice(0, 1), ...ssFoot, ssFootLine,
  ],
};

export const HELDOUT90_D: readonly TestPage[] = [substack, engineeringPost];
