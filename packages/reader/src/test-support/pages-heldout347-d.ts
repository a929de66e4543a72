import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout347-kit.js';

/**
 * Held-out batch 347, file d: an "Any Answers" thread on a Drupal accounting community in the AccountingWEB style (the
 * question and three replies are the body; site header and channel menu, breadcrumb, poster cards with join dates,
 * thanks counts, "Replies (3)", the "Please login or register to join the discussion" box, "Related questions" and
 * "Most read" rails and the footer) and a news story on an Arc XP (Fusion) trade journal (section nav, lead art with
 * caption and credit, byline and dateline, share bar, an inline "Read more" promo, an ad slot, tags, newsletter box,
 * "More from Practice" results list and the footer).
 */
const fTitle = 'Client paid director’s personal car fine from company account – how to treat?';
const fQ = [
  j(
    'Small limited company, one director who is also the only shareholder. Going through the bank for the year end and found a £240',
    'payment to the council for a parking and bus lane penalty. The fine was issued to the company car but he was driving it on a',
    'weekend trip with his family.',
  ),
  j(
    'My instinct is that it is not deductible for corporation tax whatever happens. The question is whether I treat it as a',
    'benefit in kind, put it through his director’s loan account, or gross it up as pay. He is already overdrawn on the DLA',
    'so I would rather not add to it. Any views?',
  ),
];
const fR1 = [
  j(
    'Fines are never deductible, so add it back in the computation. For the personal side, the cleanest answer is usually the',
    'loan account. The company has paid a personal liability of the director, and that is exactly what the DLA is for.',
  ),
  'If he is already overdrawn, watch the nine-month point after the year end. He can clear it with a dividend if there are reserves.',
];
const fR2 = [
  j(
    'Be careful with the benefit in kind route. Because the penalty was issued to the company as the keeper on record, some would argue',
    'the liability was the company’s, not his. In that case it is not a payment of his debt at all and there is nothing to report on',
    'a P11D. It just sits as a disallowable expense.',
  ),
  j('I have seen both treatments accepted. What matters is that you pick one, document why, and tell the client not to do it again.'),
];
const fR3 = [
  j(
    'Thanks both. Checked the notice and it is addressed to the company. I will disallow it in the computation, leave it off the',
    'P11D, and put a note on file with the reasoning. Have also had the "please don’t" conversation with him.',
  ),
  'For anyone finding this later: the notice itself decides it. Check who it is addressed to before you choose a treatment.',
];
const fMenu = ['Taxation', 'Practice', 'Business', 'Technology', 'Any Answers', 'Events', 'Jobs'];
const fRelated = ['Speeding fine on company van – P11D or not?', 'Director paid personal gym membership from company card', 'Overdrawn DLA and s455 timing'];
const fMost = ['Partnership return portal outage: what now?', 'Are you charging enough for bookkeeping?', 'MTD for income tax: the first quarter'];
const fFoot = ['About us', 'Contact us', 'Advertise', 'Community guidelines', 'Privacy policy', 'Cookie policy', 'Terms of use'];
const post = (id: string, user: string, joined: string, date: string, paras: readonly string[], thanks: string): string => `<article role="article"
class="comment js-comment by-anonymous clearfix" data-comment-user-id="${id}"><span class="hidden" data-comment-timestamp="1772600000"></span>
<footer class="comment__meta"><div class="user-card"><div class="user-card__picture"><img src="/sites/default/files/pictures/${id}.jpg" alt="${user}"></div>
<div class="user-card__info"><a href="/profile/${id}" class="user-card__name">${user}</a><span class="user-card__joined">${joined}</span></div></div>
<p class="comment__time"><time datetime="2026-03-04T10:00:00Z">${date}</time></p></footer>
<div class="comment__content"><div class="clearfix text-formatted field field--name-comment-body field--type-text-long field--label-hidden field__item">
${ps(paras)}</div></div><ul class="links inline comment__links"><li class="comment-thanks"><button class="thanks-button">Thanks (${thanks})</button></li>
<li class="comment-forbidden"><a href="/user/login?destination=/any-answers">Log in</a> or <a href="/user/register">register</a> to reply</li></ul></article>`;
const fHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8"><title>${fTitle} | LedgerRoom</title>
<meta name="description" content="Small limited company, one director who is also the only shareholder."><link rel="canonical"
href="https://www.ledgerroom.example/any-answers/client-paid-director">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"DiscussionForumPosting","headline":"${fTitle}",
"author":{"@type":"Person","name":"Rhodri Faulks"},"datePublished":"2026-03-04T08:41:00+00:00","commentCount":"3"}]}</script>
<script>window.googletag = window.googletag || {cmd: []};googletag.cmd.push(function(){googletag.defineSlot('/2117/ledgerroom/aa', [300, 250],
'mpu-1');});</script>
<link rel="stylesheet" media="all" href="/themes/custom/ledger/dist/css/style.css"></head>
<body class="path-node page-node-type-any-answers user-anonymous"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><header role="banner" class="site-header"><div class="site-header__top">
<a href="/" rel="home" class="site-logo">LedgerRoom</a><div class="site-header__user"><a href="/user/login">Log in</a><a href="/user/register"
class="button">Register</a></div></div>
<nav role="navigation" aria-labelledby="block-mainnavigation-menu" class="block block-menu navigation menu--main"><h2 class="visually-hidden"
id="block-mainnavigation-menu">Main navigation</h2><ul class="menu menu--level-1">${links(fMenu, 'menu__item')}</ul></nav></header>
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><ol>${links([
  'Home',
  'Any Answers',
])}</ol></nav></div>
<main role="main" class="layout-main-wrapper"><a id="main-content" tabindex="-1"></a><div class="layout-content">
<article role="article" class="node node--type-any-answers node--view-mode-full"><div class="node__header"><span class="node__label">Any Answers</span>
<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">${fTitle}</span></h1></div>
<div class="node__meta"><div class="user-card"><div class="user-card__info"><a href="/profile/5512" class="user-card__name">Rhodri Faulks</a>
<span class="user-card__joined">Member since 12th Sep 2019</span></div></div><p class="node__submitted">
<time datetime="2026-03-04T08:41:00Z">4th Mar 2026</time></p></div>
<div class="node__content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
${ps(fQ)}</div><ul class="links inline"><li class="node-thanks"><button class="thanks-button">Thanks (0)</button></li>
<li class="share"><a href="#" class="share-link">Share this content</a></li></ul></div>
<section class="comment-section"><h2 class="comment-section__title">Replies (3)</h2>
${post('2204', 'Isolde Prentice', 'Member since 3rd Feb 2012', '4th Mar 2026', fR1, '4')}
${post('7318', 'Bartholomew Quist', 'Member since 21st Jun 2016', '4th Mar 2026', fR2, '9')}
${post('5512', 'Rhodri Faulks', 'Member since 12th Sep 2019', '5th Mar 2026', fR3, '1')}
<div class="comment-form-login"><p>Please login or register to join the discussion.</p><a href="/user/login" class="button">Log in</a></div></section>
</article></div>
<aside class="layout-sidebar-second" role="complementary"><div class="ad-slot"><span class="ad-slot__label">Advertisement</span><div id="mpu-1"></div></div>
<div class="block block-views"><h2 class="block__title">Related questions</h2><ul>${links(fRelated)}</ul></div>
<div class="block block-views"><h2 class="block__title">Most read</h2><ol>${links(fMost)}</ol></div></aside></main>
<footer role="contentinfo" class="site-footer"><ul class="menu">${links(fFoot)}</ul>
<p class="site-footer__copyright">© Ledger Media Group Ltd 2026. Registered in England and Wales, company number 04418203.</p></footer></div>
<div id="qc-cmp2-container"><div class="qc-cmp2-summary-info"><p>We value your privacy. We and our partners store and access information on your device,
such as cookies, to measure content and personalise ads.</p></div><div class="qc-cmp2-summary-buttons"><button mode="secondary">MORE OPTIONS</button>
<button mode="primary">AGREE</button></div></div></body></html>`;
const forum: TestPage = {
  name: 'heldout347-drupal-any-answers-forum',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: texts([...fQ, ...fR1, ...fR2, ...fR3]),
  bylines: ['Rhodri Faulks', '4th Mar 2026', 'Isolde Prentice', 'Bartholomew Quist', '5th Mar 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'LedgerRoom', 'Log in', 'Register', 'Main navigation', ...fMenu, 'Home', 'Member since 12th Sep 2019', 'Thanks (0)',
    'Share this content', 'Replies (3)', 'Member since 3rd Feb 2012', 'Member since 21st Jun 2016', 'Thanks (4)', 'Thanks (9)', 'Thanks (1)',
    'Log in or register to reply', 'Please login or register to join the discussion.', 'Advertisement', 'Related questions', ...fRelated, 'Most read',
    ...fMost, ...fFoot, '© Ledger Media Group Ltd 2026. Registered in England and Wales, company number 04418203.',
    'We value your privacy. We and our partners store and access information on your device, such as cookies, to measure content and personalise ads.',
    'MORE OPTIONS', 'AGREE',
  ],
};

const nTitle = 'Penalty relief for late partnership returns extended after filing portal outage';
const nDek = 'Practitioners will have until April 30 to file without a late-filing penalty, the revenue office said, after two days of downtime.';
const nBody = [
  j(
    'The Northmoor Revenue Office has extended penalty relief for partnership returns until April 30, after its online filing',
    'portal was unavailable for most of March 2 and 3, the last two working days before the original deadline.',
  ),
  j(
    'In a statement on Wednesday, the office said returns received by the new date would be treated as filed on time. Firms do',
    'not need to apply for the relief, and penalties already issued for returns filed during the outage will be cancelled automatically.',
  ),
  j(
    '"We recognise the pressure this put on agents at the busiest point of the year," said Harriet Omondi-Vale, the office’s',
    'director of digital services. "Nobody should be penalised for a failure on our side."',
  ),
  j(
    'The outage began shortly after 9 a.m. on March 2, when a software update to the portal’s identity checks locked out agents',
    'who use firm-wide logins. A fix was released late on March 3, but many firms reported slow uploads well into the',
    'following day.',
  ),
  j(
    'The Institute of Registered Tax Agents, which had written to the office on the first afternoon of the outage, welcomed the',
    'extension but said the relief should cover all returns due in March, not only partnership returns.',
  ),
  j(
    '"Trust returns and the quarterly withholding statements were due the same week and were hit just as hard," said Colm',
    'Strachan, who chairs the institute’s technical committee. "We will keep pressing for a consistent approach."',
  ),
  j(
    'The office said it was reviewing other deadlines affected by the outage and expected to publish further guidance next week.',
    'It has also promised an independent review of how the update was tested before release.',
  ),
  j(
    'Agents who were charged interest on tax paid late because of the outage can ask for it to be removed using the existing',
    'reasonable excuse form, the office said.',
  ),
];
const nPromo = 'Read more: How firms are preparing for the new quarterly reporting rules';
const nCaption = 'Agents reported being locked out of the portal for most of two working days.';
const nCredit = 'Photo: Lena Marchetti / Practice Weekly';
const nNav = ['News', 'Taxation', 'Audit', 'Practice', 'Technology', 'Opinion', 'Events'];
const nMore = ['Quarterly reporting pilot opens to sole traders', 'Audit fees rise for a third year', 'Agents call for portal service standards'];
const nTags = ['Penalty regime', 'Partnerships', 'Filing deadlines'];
const nHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${nTitle} | Practice Weekly</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:type" content="article"><meta property="og:title" content="${nTitle}"><meta name="description" content="${nDek}">
<meta property="article:published_time" content="2026-03-04T15:12:00Z"><meta name="author" content="Corin Aldous">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nTitle}","datePublished":"2026-03-04T15:12:00Z",
"dateModified":"2026-03-04T18:40:00Z","author":[{"@type":"Person","name":"Corin Aldous"}],"publisher":{"@type":"Organization",
"name":"Practice Weekly"}}</script>
<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{};Fusion.arcSite="practice-weekly";Fusion.contextPath="/pf";
Fusion.deployment="412";Fusion.globalContent={"_id":"QW7K3RJ5NZA","type":"story","canonical_url":"/news/2026/03/04/penalty-relief-extended/"};</script>
<link rel="stylesheet" href="/pf/dist/components/combinations/default.css?d=412"></head>
<body><div id="fusion-app" class="layout-section"><div class="b-right-rail-advanced">
<header class="b-single-chain b-header-nav-chain"><nav id="main-nav" class="b-header-nav-chain__nav" aria-label="Sections Menu">
<a href="/" class="b-header-nav-chain__logo">Practice Weekly</a><ul class="b-links-bar">${links(nNav, 'b-links-bar__item')}</ul>
<a href="/subscribe/" class="c-button c-button--primary">Subscribe</a><a href="/account/login/" class="c-button">Sign In</a></nav></header>
<main class="b-right-rail-advanced__main"><div class="b-right-rail-advanced__full-width-1"><article class="b-article">
<div class="b-overline"><a class="c-overline" href="/tax/">Taxation</a></div>
<h1 class="b-headline c-heading">${nTitle}</h1><h2 class="b-subheadline c-heading">${nDek}</h2>
<div class="b-byline-date"><div class="b-byline"><span class="c-attribution">By <a href="/people/corin-aldous/" class="c-link">Corin Aldous</a></span></div>
<div class="b-date"><time class="c-date" datetime="2026-03-04T15:12:00Z">March 4, 2026 at 10:12 a.m. EST</time></div>
<div class="b-date b-date--updated">Updated March 4, 2026 at 1:40 p.m. EST</div></div>
<div class="b-share-bar"><button class="c-button c-button--icon" aria-label="Share on Facebook">Facebook</button>
<button class="c-button c-button--icon" aria-label="Share on LinkedIn">LinkedIn</button><button class="c-button c-button--icon"
aria-label="Share via Email">Email</button></div>
<figure class="b-lead-art c-media-item"><img src="/resizer/v2/QW7K3RJ5.jpg?auth=9a2&amp;width=800" alt="A laptop showing an error page" width="800"
height="533">
<figcaption class="c-media-item__fig-caption"><span class="c-media-item__caption">${nCaption}</span>
<span class="c-media-item__credit">${nCredit}</span></figcaption></figure>
<div class="b-article-body">
${ps(nBody.slice(0, 3), ' class="c-paragraph"')}
<div class="c-interstitial-link"><p class="c-paragraph"><strong><a href="/news/2026/02/18/quarterly-reporting/">${nPromo}</a></strong></p></div>
${ps(nBody.slice(3, 5), ' class="c-paragraph"')}
<div class="b-ad-block arcad"><span class="b-ad-block__label">Advertisement</span><div id="arcad-feature-f0fhJ5KmRc"></div></div>
${ps(nBody.slice(5), ' class="c-paragraph"')}
</div><div class="b-tag-list"><ul class="b-tag-list__list">${links(nTags, 'b-tag-list__item')}</ul></div></article>
<div class="b-newsletter"><h2 class="b-newsletter__title">The Practice Weekly briefing</h2>
<p class="b-newsletter__text">The week’s tax and practice news, every Friday morning.</p><form><input type="email" placeholder="Email address">
<button type="submit">Sign up</button></form></div></div>
<div class="b-right-rail-advanced__full-width-2"><div class="b-results-list"><h2 class="c-heading">More from Practice</h2>
<ul>${links(nMore, 'b-results-list__item')}</ul></div></div></main></div>
<footer class="b-footer"><ul class="b-footer__links">${links(['About us', 'Contact', 'Advertise', 'Terms of Use', 'Privacy Policy', 'Cookie Settings'])}</ul>
<p class="b-footer__copyright">© 2026 Practice Weekly Publishing. All rights reserved.</p></footer></div>
<script src="/pf/dist/engine/react.js?d=412" defer></script><script src="/pf/dist/components/combinations/default.js?d=412" defer></script></body></html>`;
const arc: TestPage = {
  name: 'heldout347-arc-xp-trade-journal-news',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: [],
  body: texts([nDek, ...nBody]),
  bylines: ['By Corin Aldous', 'March 4, 2026 at 10:12 a.m. EST', 'Updated March 4, 2026 at 1:40 p.m. EST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Practice Weekly', ...nNav, 'Subscribe', 'Sign In', nCaption, nCredit, 'Facebook', 'LinkedIn', 'Email', nPromo, 'Advertisement', ...nTags,
    'The Practice Weekly briefing', 'The week’s tax and practice news, every Friday morning.', 'Sign up', 'More from Practice', ...nMore,
    'About us', 'Contact', 'Advertise', 'Terms of Use', 'Privacy Policy', 'Cookie Settings', '© 2026 Practice Weekly Publishing. All rights reserved.',
  ],
};

export const HELDOUT347_D: readonly TestPage[] = [forum, arc];
