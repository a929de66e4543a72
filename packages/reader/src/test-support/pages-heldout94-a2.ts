import { links, type TestPage, texts } from './page-kit.js';
import { paras, tags } from './pages-heldout94-kit.js';

/**
 * Held-out batch 94, file a2: a Politico (US) news story (the Pro / sign-in top bar, section nav, the story's section label,
 * headline and dek, lead photo with its "caption | credit" line, "By" line with two authors, timestamp and "Updated" line,
 * share tools with the hidden "Link Copied" toast, story paragraphs with in-story ad slots and a Playbook newsletter box,
 * "Filed under" tags, the "Related" rail, the cookie banner and the long footer).
 */
const poTitle = 'Senate farm-state bloc stalls rural broadband bill over mapping fight';
const poDek = 'A dispute over whose coverage maps count has left a bipartisan $14 billion package stuck in committee for a third week.';
const poP1 = paras(`
A bipartisan rural broadband bill that sailed through a House committee in September has stalled in the Senate, where a group of
farm-state senators is refusing to move it until the Commerce Department agrees to redraw the maps that decide which towns get
the money.

The <a href="https://www.politico.com/news/2025/09/rural-broadband-house">Rural Connectivity Act</a> would put $14 billion over
five years into grants for fiber and fixed wireless in areas with no reliable service. But at least five senators from both
parties say the federal coverage maps used to target the grants still show thousands of homes as served when they are not.

“If the map is wrong, the money goes to the wrong places, and we will be back here in five years with the same people still
waiting,” said Sen. Marla Kinsey (R-Neb.), who has led the push for changes. “I am not going to vote to spend $14 billion on a
map I know is wrong.”`);
const poP2 = paras(`
Kinsey and her allies want any home that has filed a challenge with the Commerce Department treated as unserved until the
challenge is resolved. Supporters of the bill say that would slow the grants by a year or more and invite a flood of challenges
from providers hoping to block competitors.

Sen. Thomas Ruiz (D-N.M.), the bill’s lead Democratic sponsor, said on Monday that the two sides were “closer than people
think” and that he expected a markup before Thanksgiving. Two aides familiar with the talks, granted anonymity to describe
private negotiations, were less optimistic, describing the gap as “real” and the timeline as “hopeful.”`);
const poP3 = paras(`
The delay has frustrated rural cooperatives and state broadband offices, which have spent the year preparing applications for
money they expected to arrive early next year. The National Rural Utility Cooperative Association sent a letter to Senate
leaders last week urging them to “stop relitigating the maps” and pass the bill.

“Every month we wait is a month of construction season we lose,” said Dana Whitcomb, the association’s policy director. “In a
lot of these places, you cannot lay fiber in January.”

Industry groups are split. Large cable providers have backed the bill’s current language, while smaller wireless internet
providers have quietly supported Kinsey, arguing the maps undercount places where they already offer service.

The White House has stayed out of the fight publicly. A spokesperson for the Office of Management and Budget said the
administration “supports expanding broadband access” but declined to say whether it backed the senators’ proposed changes.

If the bill does not clear committee by the end of the year, it would have to compete for floor time in 2026 with spending
bills and a reauthorization of the farm bill, where many of the same senators have other priorities.`);
const poNav = ['Congress', 'White House', 'Elections', 'Legal', 'Politics', 'Policy', 'Magazine', 'Newsletters', 'Podcasts', 'Video'];
const poTop = ['POLITICO Pro', 'Log In'];
const poCaption = 'Sen. Marla Kinsey (R-Neb.) has led the push for changes to the coverage maps.';
const poCredit = 'Jordan Pell/POLITICO';
const poShare = ['Facebook', 'X', 'LinkedIn', 'Email', 'Link'];
const poNews = [
  'Sign up for POLITICO Playbook',
  'The unofficial guide to official Washington, every morning and weekday afternoons.',
  'Email address',
  'Sign Up',
  'By signing up, you acknowledge and agree to our Privacy Policy and Terms of Service. You may unsubscribe at any time by ' +
    'following the directions at the bottom of the email or by contacting us here. This site is protected by reCAPTCHA and the ' +
    'Google Privacy Policy and Terms of Service apply.',
];
const poFiled = ['Senate', 'Broadband', 'Agriculture', 'Commerce Department'];
const poRelated = [
  'House panel advances rural broadband grants on 41-8 vote',
  'Why the broadband maps keep getting it wrong',
  'Farm bill talks hit new snag over crop insurance',
];
const poCookie = [
  'We use cookies and similar technologies to improve your experience, analyse traffic and serve personalised ads.',
  'Accept',
  'Manage preferences',
];
const poFoot = [
  'About Us',
  'Advertising',
  'Breaking News Alerts',
  'Careers',
  'Credit Card Payments',
  'Digital Edition',
  'FAQ',
  'Feedback',
  'Headlines',
  'Photos',
  'Press',
  'Print Subscriptions',
  'Request A Correction',
  'Write For Us',
  'RSS',
  'Site Map',
  'Terms of Service',
  'Privacy Policy',
  'Do not sell or share my personal information',
];
const poCopy = '© 2025 POLITICO LLC';
const poAd = (n: number): string => `<div class="story-enhancement" data-ad-position="${n}"><div class="ad ad--story" id="pol-in-story-${n}">
<p class="ad__label">Advertisement</p><div class="ad__slot" data-ad-unit="/pol/story/in-story-${n}"></div></div></div>`;
const poHtml = `<!DOCTYPE html>
<html lang="en" class="no-js"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Senate farm-state bloc stalls rural broadband bill over mapping fight - POLITICO</title>
<meta name="description" content="${poDek}"><meta property="og:title" content="${poTitle}"><meta property="og:site_name" content="POLITICO">
<meta property="og:type" content="article"><meta name="twitter:site" content="@politico"><meta name="authors" content="Ellen Marsh, Caleb Oduya">
<meta property="article:published_time" content="2025-10-14T09:00:00+00:00"><meta property="article:section" content="Congress">
<link rel="canonical" href="https://www.politico.com/news/2025/10/14/rural-broadband-bill-senate-maps-00611842">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${poTitle}","description":"${poDek}",
"datePublished":"2025-10-14T05:00:00-04:00","dateModified":"2025-10-14T10:41:00-04:00","author":[{"@type":"Person","name":"Ellen Marsh"},
{"@type":"Person","name":"Caleb Oduya"}],"publisher":{"@type":"Organization","name":"POLITICO"},"isAccessibleForFree":true}</script>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({"contentType":"story","section":"congress","storyId":"00611842"});</script>
<script async src="https://www.politico.example/dims4/static/js/bundle.2f1a9.js"></script>
<link rel="stylesheet" href="https://www.politico.example/dims4/static/css/story.2f1a9.css"></head>
<body class="layout--story page--story" data-content-type="story">
<a class="skip-link" href="#main">Skip to Main Content</a>
<div class="super-header"><ul class="super-header__links">${links(poTop, 'super-header__item')}</ul></div>
<header class="global-header" role="banner"><div class="global-header__logo"><a href="https://www.politico.com/" aria-label="POLITICO">
<svg class="icon icon--logo" aria-hidden="true"><use xlink:href="#logo"></use></svg></a></div>
<nav class="global-nav" aria-label="Sections"><ul class="global-nav__list">${links(poNav, 'global-nav__item')}</ul></nav>
<button class="global-header__menu" type="button" aria-expanded="false"><span class="icon-text">Menu</span></button>
<button class="global-header__search" type="button"><span class="icon-text">Search</span></button></header>
<div class="ad ad--leaderboard" id="pol-01"><p class="ad__label">Advertisement</p><div class="ad__slot"></div></div>
<main id="main" role="main"><div class="container container--story"><article class="story-main-content" data-story-id="00611842">
<header class="summary-header"><p class="story-section-label"><a href="https://www.politico.com/congress">Congress</a></p>
<h1 class="headline">${poTitle}</h1><p class="dek">${poDek}</p></header>
<figure class="story-photo story-photo--lead"><div class="story-photo__image"><img src="https://static.politico.example/2025/10/kinsey.jpg"
alt="Sen. Marla Kinsey speaks to reporters." width="1160" height="773"></div>
<figcaption class="story-photo__caption"><p>${poCaption} | <span class="credit">${poCredit}</span></p></figcaption></figure>
<div class="story-meta"><p class="story-meta__authors"><span class="vcard">By <a href="https://www.politico.com/staff/ellen-marsh">Ellen Marsh</a>
and <a href="https://www.politico.com/staff/caleb-oduya">Caleb Oduya</a></span></p>
<p class="story-meta__timestamp"><time datetime="2025-10-14 05:00:00">10/14/2025 05:00 AM EDT</time></p>
<p class="story-meta__updated"><span>Updated: 10/14/2025 10:41 AM EDT</span></p>
<div class="share-tools"><ul class="share-tools__list">${poShare
  .map(
    (t) =>
      `<li><a class="share-tools__link share-tools__link--${t.toLowerCase()}" href="#" aria-label="${t}"><span class="share-tools__text">${t}</span></a></li>`,
  )
  .join('\n')}</ul><span class="share-tools__toast" aria-live="polite" hidden>Link Copied</span></div></div>
<div class="story-text">
${tags('p', poP1, ' class="story-text__paragraph"')}
${poAd(1)}
${tags('p', poP2, ' class="story-text__paragraph"')}
<aside class="story-enhancement story-enhancement--newsletter"><div class="newsletter-signup" data-newsletter="playbook">
<h3 class="newsletter-signup__title">${poNews[0]}</h3><p class="newsletter-signup__summary">${poNews[1]}</p>
<form class="newsletter-signup__form"><label class="sr-only" for="nl-playbook">${poNews[2]}</label><input id="nl-playbook" type="email"
placeholder="Your Email"><button type="submit">${poNews[3]}</button></form><p class="newsletter-signup__legal">${poNews[4]}</p></div></aside>
${tags('p', poP3.slice(0, 3), ' class="story-text__paragraph"')}
${poAd(2)}
${tags('p', poP3.slice(3), ' class="story-text__paragraph"')}
</div>
<footer class="story-footer"><div class="story-tags"><p class="story-tags__label">Filed under:</p><ul>${links(poFiled, 'story-tags__item')}</ul></div>
</footer></article>
<aside class="story-rail" aria-label="Related"><h2 class="story-rail__title">Related</h2><ul class="story-rail__list">${links(poRelated)}</ul>
<div class="ad ad--rail" id="pol-rail-1"><p class="ad__label">Advertisement</p></div></aside></div></main>
<footer class="global-footer" role="contentinfo"><div class="global-footer__logo"><svg aria-hidden="true"></svg></div><ul class="global-footer__links">
${links(poFoot)}</ul><p class="global-footer__copyright">${poCopy}</p></footer>
<div id="cookie-banner" class="cookie-banner" role="region" aria-label="Cookie banner"><p>${poCookie[0]}</p>
<button class="cookie-banner__accept" type="button">${poCookie[1]}</button><button class="cookie-banner__manage" type="button">${poCookie[2]}</button></div>
</body></html>`;
export const politico: TestPage = {
  name: 'heldout94-politico-news',
  kind: 'news',
  html: poHtml,
  // the dek is body; the section label, caption and credit, share tools, in-story ads and the Playbook box are furniture
  title: poTitle,
  headings: [],
  body: texts([poDek, ...poP1, ...poP2, ...poP3]),
  bylines: ['By Ellen Marsh and Caleb Oduya', '10/14/2025 05:00 AM EDT', 'Updated: 10/14/2025 10:41 AM EDT'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Main Content', ...poTop, ...poNav, 'Menu', 'Search', 'Advertisement', poCaption, poCredit, ...poShare, 'Link Copied', ...poNews,
    'Filed under:', ...poFiled, 'Related', ...poRelated, ...poFoot, poCopy, ...poCookie,
  ],
};
