import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 124, file f2: a Los Angeles Times story (Brightspot "page-" template: skip link, the header with
 * "Show Search", "Subscribe", "Log In" and the hidden sections flyout, the breadcrumb section link, headline, the byline
 * with author role and published date, the social bar with its hidden share menu, the listen player and its automated-voice
 * note, the lead figure with caption and credit, the rich-text body with an "enhancement" newsletter module and an
 * "enhancement" promo card whose title is an h3, the author bio, "More to Read" with h3 titles in list items, "Subscribers
 * are reading" and the footer).
 */
const laTitle = 'In San Celestino, a plan to build 600 homes on a shuttered golf course splits a quiet town';
const laDek =
  'Supporters say the project would ease a severe housing shortage. Neighbors say it would bring traffic and fire risk to a canyon with one road out.';
const laP1 = [
  'For 58 years, the Arroyo Verde golf course was the green heart of San Celestino, a foothill town of 31,000 east of Los Angeles. ' +
    'Retirees played early rounds, high school teams practiced on the back nine, and couples got married on the 18th green.',
  'The course closed in 2021, its owners saying it had lost money for a decade. Now the fairways are brown, the clubhouse windows ' +
    'are boarded, and a developer wants to build 600 homes on the land, including 120 priced for lower-income families.',
  'The proposal has become the most divisive issue the town has faced in a generation. At a City Council hearing last month that ' +
    'ran past 1 a.m., more than 200 people signed up to speak.',
];
const laP2 = [
  '“I raised three kids in this town, and none of them can afford to live here,” said Maria Espinoza, 64, a retired nurse who ' +
    'supports the project. “If not here, where?”',
  'Opponents, many of whom live in the homes that ring the old course, say the development would overwhelm Arroyo Verde Drive, ' +
    'the only road in and out of the canyon. During the 2020 Rim Fire, they note, it took some residents more than an hour to ' +
    'evacuate.',
  '“This is not about keeping people out,” said Howard Lindgren, a retired engineer who helped organize the group Save Arroyo ' +
    'Verde. “It is about whether 1,500 more cars can get down that road when the hills are on fire.”',
];
const laH1 = 'State law looms over the vote';
const laP3 = [
  'The developer, Orchard Ridge Communities, has proposed widening part of the road and building a second emergency exit through ' +
    'a neighboring flood-control easement. A fire study commissioned by the company concluded that the canyon could be evacuated ' +
    'safely in under 40 minutes with those changes.',
  'The city’s own consultant is still reviewing that study. Its findings are expected in January.',
  'State housing law may limit how much say the council ultimately has. San Celestino is far behind its state-mandated target ' +
    'for new homes, and under recent legislation, cities in that position have fewer grounds to reject projects that include ' +
    'affordable units.',
  'Councilmember Grace Nakamura, who has not said how she will vote, acknowledged the pressure. “We can shape this project, but ' +
    'I am not sure we can stop it,” she said, “and I am not sure we should.”',
  'A final vote is scheduled for February. Whatever the council decides, both sides have said they are prepared to go to court.',
];
const laCaption = 'The former Arroyo Verde golf course in San Celestino closed in 2021. A developer has proposed building 600 homes on the site.';
const laCredit = '(Mateo Ruiz / Los Angeles Times)';
const laNav = [
  'California',
  'Climate',
  'Entertainment & Arts',
  'Food',
  'Housing & Homelessness',
  'Lifestyle',
  'Opinion',
  'Politics',
  'Sports',
  'World & Nation',
];
const laShare = ['Email', 'Facebook', 'X', 'LinkedIn', 'Threads', 'Reddit', 'WhatsApp', 'Copy Link URL Copied!', 'Print'];
const laListen = 'This is read by an automated voice. Please report any issues or inconsistencies here.';
const laNews = [
  'Get the Sunday Dispatch newsletter',
  'The week’s best California stories, delivered to your inbox on Sunday mornings.',
  'Enter email address',
  'Sign Me Up',
  'You may occasionally receive promotional content from the Los Angeles Times.',
];
const laPromo = 'Why California’s housing laws are forcing suburbs to say yes';
const laBio =
  'Lorena Vidales covers housing and local government in the San Gabriel Valley for the Los Angeles Times. ' +
  'She previously reported for newspapers in Fresno and Riverside.';
const laMore = [
  'A beloved bookstore in Pasadena is closing after 46 years',
  'The last orange grove in this city is about to become a park',
  'Why some L.A. suburbs are banning leaf blowers',
];
const laSubs = ['The 20 best tacos in Los Angeles right now', 'How to see the Sierra’s fall colors before the snow arrives'];
const laFoot = [
  'Subscribe for unlimited access',
  'eNewspaper',
  'Find/Post Jobs',
  'Place an Ad',
  'Crossword',
  'Obituaries',
  'Recipes',
  'About/Contact',
  'For the Record',
  'L.A. Times Careers',
  'Manage Subscription',
  'Reprints and permissions',
  'Site Map',
];
const laCopy = 'Copyright © 2025, Los Angeles Times';
const laLegal = ['Terms of Service', 'Privacy Policy', 'CA Notice of Collection', 'Do Not Sell or Share My Personal Information'];
const laHtml = `<!DOCTYPE html>
<html class="Page" lang="en"><head><meta charset="UTF-8"><title>${laTitle} - Los Angeles Times</title>
<meta name="description" content="${laDek}"><meta property="og:title" content="${laTitle}"><meta property="og:type" content="article">
<meta property="article:section" content="California"><meta name="brightspot.contentId" content="0000019a-4d1e-d2c1-a9ff-7dfe6e2b0000">
<link rel="canonical" href="https://www.latimes.com/california/story/2025-11-04/san-celestino-golf-course-housing-fight">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${laTitle}","description":"${laDek}",
"datePublished":"2025-11-04T11:00:00Z","dateModified":"2025-11-04T11:00:00Z","author":[{"@type":"Person","name":"Lorena Vidales"}],
"publisher":{"@type":"Organization","name":"Los Angeles Times"},"isAccessibleForFree":false,"hasPart":{"@type":"WebPageElement","isAccessibleForFree":false,
"cssSelector":".paywall"}}</script>
<link rel="stylesheet" href="https://www.latimes.example/etc/designs/lat/main.min.7a1f.css"><script
src="https://www.latimes.example/etc/designs/lat/main.min.7a1f.js" defer></script>
</head><body class="page-body" data-page-type="article"><a class="skip-link" href="#main">Skip to main content</a>
<header class="header-nav"><div class="header-nav-bar"><button class="header-nav-search-toggle" aria-label="Show Search"><span
class="sr-only">Show Search</span></button>
<a class="header-nav-logo" href="https://www.latimes.com"><span class="sr-only">Los Angeles Times</span></a><div class="header-nav-actions">
<a class="button subscribe-button" href="https://www.latimes.com/subscriptions">Subscribe</a><a class="button login-button"
href="https://www.latimes.com/login">Log In</a></div>
<button class="header-nav-menu-toggle"><span>Sections</span></button></div><div class="header-nav-flyout"
aria-hidden="true"><ul>${links(laNav, 'flyout-item')}</ul></div></header>
<main class="page-main" id="main"><article class="page paywall" data-content-id="0000019a-4d1e"><div class="page-content">
<div class="page-breadcrumb"><a class="link" href="https://www.latimes.com/california">California</a></div>
<h1 class="headline">${laTitle}</h1><p class="subheadline">${laDek}</p>
<div class="page-article-meta"><div class="byline"><div class="author-image"><img alt="" src="https://ca-times.brightspotcdn.example/lorena-vidales.png"></div>
<div class="author-name"><a class="link" href="https://www.latimes.com/people/lorena-vidales">Lorena Vidales</a></div><div
class="author-role">Staff Writer</div></div>
<div class="published-date"><time class="published-date-day" datetime="2025-11-04T11:00:00Z">Nov. 4, 2025 3 AM PT</time></div></div>
<ps-social-bar class="social-bar"><button class="social-bar-menu-toggle" aria-label="Share via"><span class="sr-only">Share via</span></button>
<button class="social-bar-close" hidden><span class="sr-only">Close extra sharing options</span></button><ul class="social-bar-menu">
${laShare.map((t) => `<li class="social-bar-item"><a class="social-bar-link"><span>${t}</span></a></li>`).join('')}</ul></ps-social-bar>
<div class="audio-player" data-audio="true"><button class="audio-player-play"><span>Listen to this article</span></button><span
class="audio-player-duration">5 min</span>
<p class="audio-player-disclaimer">${laListen}</p></div>
<figure class="page-lead-media figure"><img class="image" alt="A dry, brown former golf course with houses in the background"
src="https://ca-times.brightspotcdn.example/dims4/default/1c2b3a4/2147483647/strip/true/crop/4000x2667+0+0/resize/1200x800!/quality/75/golf.jpg">
<figcaption class="figure-caption"><div class="figure-caption-text"><p>${laCaption}</p></div><div class="figure-credit">${laCredit}</div></figcaption></figure>
<div class="page-article-body"><div class="rich-text-article-body"><div class="rich-text-article-body-content rich-text-body">
${ps(laP1)}
<div class="enhancement" data-align-center><ps-newsletter-module class="newsletter-module"><h3 class="newsletter-module-title">${laNews[0]}</h3>
<p class="newsletter-module-description">${laNews[1]}</p><form><label class="sr-only" for="nl">${laNews[2]}</label><input id="nl" type="email"
placeholder="${laNews[2]}">
<button class="button" type="submit">${laNews[3]}</button></form><p class="newsletter-module-disclaimer">${laNews[4]}</p></ps-newsletter-module></div>
${ps(laP2)}
<div class="enhancement" data-align-center><ps-promo class="promo promo-position-large"><div class="promo-content"><p class="promo-category"><a class="link"
href="https://www.latimes.com/california">California</a></p><h3 class="promo-title"><a class="link"
href="https://www.latimes.com/california/story/housing-laws">
${laPromo}</a></h3></div></ps-promo></div>
<h2 class="subhead">${laH1}</h2>
${ps(laP3)}
</div></div></div>
<div class="author-bio"><div class="author-bio-name"><a class="link" href="https://www.latimes.com/people/lorena-vidales">Lorena Vidales</a></div>
<div class="author-bio-text"><p>${laBio}</p></div></div></div></article>
<section class="more-to-read"><h2 class="list-title">More to Read</h2><ul class="list-items">
${laMore
  .map(
    (t) => `<li class="list-item"><ps-promo class="promo"><h3 class="promo-title"><a
class="link">${t}</a></h3></ps-promo></li>`,
  )
  .join('\n')}</ul></section>
<section class="subscribers-reading"><h2 class="list-title">Subscribers are reading</h2><ul class="list-items">
${laSubs
  .map(
    (t) => `<li class="list-item"><ps-promo class="promo"><p class="promo-title"><a
class="link">${t}</a></p></ps-promo></li>`,
  )
  .join('\n')}</ul></section></main>
<footer class="page-footer"><ul class="footer-links">${links(laFoot, 'footer-link')}</ul><div class="footer-legal"><span>${laCopy}</span>
<ul>${links(laLegal, 'footer-legal-item')}</ul></div></footer></body></html>`;
export const latimesStory: TestPage = {
  name: 'heldout124-latimes-news',
  kind: 'news',
  html: laHtml,
  // the subheadline is body; the breadcrumb, share bar, listen player with its automated-voice note, caption, credit,
  // the newsletter and promo "enhancement" modules inside the body (the promo title an h3), the author bio and rails are
  // furniture; the author name, role and date are bylines
  title: laTitle,
  headings: [laH1],
  body: texts([laDek, ...laP1, ...laP2, ...laP3]),
  bylines: ['Lorena Vidales', 'Staff Writer', 'Nov. 4, 2025 3 AM PT'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Skip to main content', 'Show Search', 'Los Angeles Times', 'Subscribe', 'Log In', 'Sections', ...laNav, 'Share via', 'Close extra sharing options',
    ...laShare, 'Listen to this article', '5 min', laListen, laCaption, laCredit, ...laNews, laPromo, laBio, 'More to Read', ...laMore,
    'Subscribers are reading', ...laSubs, ...laFoot, laCopy, ...laLegal,
  ])],
};
