import { ps, type TestPage, texts } from './page-kit.js';
import { expatDiscourse } from './pages-heldout445-e2.js';
import { j, lis } from './pages-heldout445-kit.js';

/**
 * Held-out batch 445, file e: a relocation newsletter post on Substack (the publication navbar, the post header with subtitle,
 * author and date, the like / comment / restack / share buttons, the subscription widgets, a captioned image, a button to the
 * shop, a footnote, the post footer, the comments on the post and the Substack footer), and, from file e2, an expat moving
 * forum thread on Discourse.
 */
const sTitle = 'The first ninety days in a new country';
const sSub = 'What nobody tells you about the slump after the boxes are unpacked';
const sIntro = [
  j(
    'Three years ago this week I landed in Tallberg with two suitcases, a cat in a carrier and a relocation package that ended',
    'the moment the movers drove away. I have since heard from hundreds of you who did the same, and one pattern keeps coming up.',
  ),
  j(
    'The move itself goes fine. It is month two that hurts. The admin is done, the novelty has worn off, and you realise that',
    'nobody here knows you yet. Psychologists who study relocation call it the adjustment dip, and almost everyone has one.',
  ),
];
const sH = ['Weeks one to four: the honeymoon', 'Weeks five to eight: the dip', 'Weeks nine to thirteen: building a routine'];
const s1 = [
  j(
    'In the first month everything is interesting, even the supermarket. Use that energy. This is the time to register with a',
    'doctor, open a bank account and learn the tram map, because these jobs will feel much harder once the shine wears off.',
  ),
];
const s2 = [
  j(
    'For me, the dip arrived on a wet Tuesday when I could not work out how to post a parcel and nearly cried in the queue. If',
    'you get there, it does not mean the move was a mistake. It means you have stopped being a tourist.',
  ),
  'Three things helped me, and readers have told me they helped them too:',
];
const sTips = [
  'One fixed weekly commitment with the same people: a choir, a climbing gym, a language exchange.',
  'A call home at a set time, rather than scrolling through friends’ lives whenever you feel low.',
  'A small local “first”: a favourite café, a bakery where they recognise you, a bench by the river.',
];
const s3 = [
  j(
    'By the third month, the routine starts doing the work for you. You will notice the day you give a stranger directions, or',
    'when someone at work asks you for a restaurant tip. Write that day down. You will want to remember it.',
  ),
  j(
    'Next week I am handing the newsletter over to Oskar, who moved his family of five here last autumn, to write about schools.',
    'As always, reply to this email if there is something you want us to cover.',
  ),
];
const sComments = [
  'Month two was exactly it for me too. The parcel queue story made me laugh because mine was the pharmacy.',
  'Saving this for my sister, who moves in June. The weekly commitment tip is the one I wish I had heard earlier.',
];
const sHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="norton-safeweb-site-verification" content="">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=0, viewport-fit=cover"><title>${sTitle} - Landed</title>
<meta property="og:url" content="https://landed.substack.example/p/the-first-ninety-days"><meta property="og:type" content="article">
<meta property="og:title" content="${sTitle}"><meta property="og:description" content="${sSub}"><meta name="author" content="Ines Varholm">
<meta name="twitter:card" content="summary_large_image"><link rel="stylesheet" href="https://substackcdn.example/bundle/theme/main.8d1c5a.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","url":"https://landed.substack.example/p/the-first-ninety-days",
"headline":"${sTitle}","description":"${sSub}","datePublished":"2026-03-05T11:02:44+00:00","isAccessibleForFree":true,"author":[{"@type":"Person",
"name":"Ines Varholm","url":"https://substack.example/@inesvarholm"}],"publisher":{"@type":"Organization","name":"Landed"}}</script>
<script>window._preloads = JSON.parse("{\\"isEU\\":true,\\"pub\\":{\\"id\\":1839201,\\"name\\":\\"Landed\\",\\"subdomain\\":\\"landed\\"},\\"post\\":
{\\"id\\":150293311,\\"slug\\":\\"the-first-ninety-days\\",\\"audience\\":\\"everyone\\"}}")</script></head>
<body class="pc-root"><div id="entry"><div id="main" class="main typography use-theme-bg"><div class="main-menu-content"><div class="topbar-content"><div
class="navbar-left-section"><a href="/" class="navbar-logo-container"><img src="https://substackcdn.example/image/fetch/w_80/landed-logo.png" alt="Landed"
width="40" height="40"></a><h1 class="navbar-title"><a class="navbar-title-link" href="/">Landed</a></h1></div><div class="navbar-buttons"><button
class="button primary subscribe-btn">Subscribe</button><a class="button sign-in-link" href="/sign-in">Sign in</a></div></div></div>
<div class="single-post-container"><div class="container"><div class="single-post"><div class="post-header"><h1 dir="auto" class="post-title published
title-X77sOw">${sTitle}</h1><h3 dir="auto" class="subtitle subtitle-HEEcLo">${sSub}</h3><div class="post-ufi style-large"><div class="byline-wrapper"><div
class="pencraft pc-display-flex pc-gap-12"><div class="profile-hover-card-target"><a href="https://substack.example/@inesvarholm" class="pencraft pc-reset
link-HFGLqU">Ines Varholm</a></div><div class="pencraft pc-display-flex pc-gap-4 color-pub-secondary-text-hGQ02T meta-EgzBVA">Mar 05, 2026</div></div></div>
<div class="post-ufi-buttons"><a role="button" class="post-ufi-button like-button-container"><div class="label">214</div></a><a role="button"
class="post-ufi-button post-ufi-comment-button" href="#comments"><div class="label">37</div></a><a role="button" class="post-ufi-button">
<div class="label">18</div></a><a role="button" class="post-ufi-button share-button"><div class="label">Share</div></a></div></div></div>
<div class="available-content"><div dir="auto" class="body markup">${ps(sIntro)}
<div class="subscription-widget-wrap-editor" data-attrs="{&quot;url&quot;:&quot;https://landed.substack.example/subscribe&quot;}"><div
class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">Landed is a reader-supported publication. To receive new posts and
support my work, consider becoming a free or paid subscriber.</p></div><form class="subscription-widget-subscribe"><input type="email" class="email-input"
name="email" placeholder="Type your email…"><input type="submit" class="button primary" value="Subscribe"></form></div></div>
<h3 class="header-anchor-post">${sH[0]}</h3>${ps(s1)}
<div class="captioned-image-container"><figure><a class="image-link image2 is-viewable-img" href="https://substackcdn.example/image/tram.jpg"><div
class="image2-inset"><img src="https://substackcdn.example/image/fetch/w_1456/tram.jpg" width="1456" height="971" alt="" class="sizing-normal"></div></a>
<figcaption class="image-caption">The number 4 tram at Kvarnbro, my daily commute for the first year.</figcaption></figure></div>
<h3 class="header-anchor-post">${sH[1]}</h3>${ps(s2)}<ul>${lis(sTips)}</ul>
<h3 class="header-anchor-post">${sH[2]}</h3>${ps(s3)}
<p class="button-wrapper" data-attrs="{&quot;url&quot;:&quot;https://landed.substack.example/p/newcomer-guide&quot;}"><a class="button primary"
href="https://landed.substack.example/p/newcomer-guide"><span>Get the free newcomer’s checklist</span></a></p></div></div>
<div class="visibility-check"></div><div class="post-footer use-separators"><div class="post-ufi style-compressed"><div class="label">214 Likes</div>
<div class="label">∙</div><div class="label">18 Restacks</div></div><div class="subscribe-footer"><p>Thanks for reading Landed! Subscribe for free to
receive new posts and support my work.</p></div></div>
<div id="discussion" class="container comments-page"><h4 class="section-title">Discussion about this post</h4><div class="comment-list"><div
class="comment-list-items">${sComments
  .map(
    (c, i) => `<div class="comment"><div class="comment-content"><div class="comment-meta"><a
class="comment-user-name" href="/profile/${i}">${['Hedda Lund', 'Rafael Oyelaran'][i]}</a><a class="comment-date" href="#">Mar ${6 + i}</a></div><div
class="comment-body"><p>${c}</p></div><div class="comment-actions"><button class="comment-action">Reply</button></div></div></div>`,
  )
  .join('\n')}</div></div>
<a class="more-comments" href="/p/the-first-ninety-days/comments">35 more comments...</a></div></div></div></div></div>
<div class="footer-wrap publication-footer"><div class="footer"><div class="container"><div class="footer-buttons"><a href="/about">About</a><a
href="/archive">Archive</a></div><div class="footer-copyright">© 2026 Ines Varholm</div><div class="footer-terms"><a
href="https://substack.example/privacy">Privacy
</a> ∙ <a href="https://substack.example/tos">Terms</a> ∙ <a href="https://substack.example/ccpa#personal-data-collected">Collection notice</a></div><div
class="footer-substack-cta"><a href="https://substack.example/signup">Start your Substack</a><a href="https://substack.example/app">Get the app</a></div><p
class="footer-slogan">Substack is the home for great culture</p></div></div></div></div></div>
<script src="https://substackcdn.example/bundle/static/js/main.5c9f2e1a.js" charset="utf-8"></script></body></html>`;
const newsletterSubstack: TestPage = {
  name: 'heldout445-substack-newsletter-blog',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sH,
  body: texts([sSub, ...sIntro, ...s1, ...s2, ...sTips, ...s3]),
  bylines: ['Ines Varholm', 'Mar 05, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Landed', 'Subscribe', 'Sign in', '214', 'Share',
    'Landed is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.',
    'The number 4 tram at Kvarnbro, my daily commute for the first year.', 'Get the free newcomer’s checklist', '214 Likes', '18 Restacks',
    'Thanks for reading Landed! Subscribe for free to receive new posts and support my work.', 'Discussion about this post', ...sComments, 'Hedda Lund',
    'Rafael Oyelaran', 'Mar 6', 'Mar 7', 'Reply', '35 more comments...', 'About', 'Archive', '© 2026 Ines Varholm', 'Privacy', 'Terms', 'Collection notice',
    'Start your Substack', 'Get the app', 'Substack is the home for great culture',
  ],
};

export const HELDOUT445_E: readonly TestPage[] = [newsletterSubstack, expatDiscourse];
