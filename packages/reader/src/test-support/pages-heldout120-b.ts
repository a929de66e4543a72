import { links, type TestPage, texts } from './page-kit.js';
import { dwStory } from './pages-heldout120-b2.js';

/**
 * Held-out batch 120, file b: a story on a pan-European news channel's site built on Euronews' template (the "Go to
 * accessibility shortcuts" link, the edition and "Live" header, the vertical menu, the breadcrumb kicker, title, the bold
 * summary, contributors with "Video editor", published and updated times, the share bar with "Share this article",
 * "Comments" and the hidden share dialog with the embed-link text, "ADVERTISEMENT" slots and a "READ MORE" widget between
 * paragraphs, the "Additional sources" line, tags, "Top news stories today", "Most viewed", the footer and a Didomi consent
 * notice) and, from file b2, a story on a German international broadcaster's site built on DW's template.
 */
const paras = (s: string): string[] => s.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim());
const enTitle = 'Night train operators agree on a single booking system for cross-border sleepers';
const enSummary = paras(`Travellers will be able to book a sleeper journey across five countries in one transaction from next spring, ending
years of complaints about fragmented ticketing on Europe’s night trains.`);
const enP1 = paras(`Seven rail operators running overnight services between central and southern Europe have signed an agreement to sell
tickets through a shared booking system, the group announced in Valbrenne on Wednesday.

Until now, passengers travelling on a sleeper that crosses several borders have often had to buy separate tickets from each
national operator, sometimes on websites available only in the local language. A missed connection on one leg could leave them
with no right to a refund on the next.

Under the agreement, a passenger booking a through journey will receive one ticket covering every operator on the route, with a
single set of passenger rights if a train is late or cancelled.`);
const enH1 = '‘The ticket should not be the hard part’';
const enP2 = paras(`Marguerite Lhoste, who chairs the group of operators, said the system had taken three years to negotiate, largely because
each company used different software to manage berths and couchettes.

“People love these trains. Demand is there, the trains are full in summer, but the booking experience was stuck in the 1990s,” she
told Euronews. “The ticket should not be the hard part of the journey.”

The shared platform will be run by a joint venture based in Valbrenne and funded by the seven operators in proportion to the number
of passengers they carry. It will also sell tickets to travel agents and to independent booking sites.`);
const enH2 = 'Capacity remains the bigger problem';
const enP3 = paras(`Passenger groups welcomed the deal but warned that easier booking would not solve the shortage of sleeper carriages,
which has forced operators to cancel or shorten several routes in recent years.

Henrik Vasquez of the European Rail Passengers’ Forum said many popular services sell out weeks in advance. “Being able to book
more easily is good news, but if there are no beds left, the best booking system in the world will not help,” he said.

Three of the operators have ordered new rolling stock, but the first carriages are not expected to enter service before 2027. The
group said it would use data from the new platform to decide where extra trains are most needed.

The European Commission has said it wants to double cross-border rail traffic by 2030. A spokesperson said the agreement was “a
practical example of what operators can achieve when they work together” and that the Commission was studying whether similar rules
should apply to daytime high-speed services.

Tickets for journeys from April next year are expected to go on sale in the autumn.`);
const enNav = ['Latest', 'Europe', 'World', 'Business', 'Travel', 'Next', 'Culture', 'Green', 'Health', 'Video', 'Programmes'];
const enShare = ['Facebook', 'Twitter', 'Flipboard', 'Send', 'Reddit', 'Linkedin', 'Messenger', 'Telegram', 'Bluesky', 'Threads', 'Whatsapp'];
const enEmbed = ['Copy/paste the article video embed link below:', 'Copy'];
const enRead = 'Europe’s sleeper trains are back, but can they survive the winter timetable?';
const enTags = ['Rail transport', 'Travel', 'European Commission', 'Transport'];
const enTop = [
  'Farmers block border crossings for second day over import rules',
  'Heatwave warnings issued for southern coasts as temperatures hit 41°C',
  'Parliament approves new rules on short-term holiday rentals',
];
const enViewed = ['Five quiet islands to visit before the summer crowds', 'Why coffee prices keep rising', 'The city paying residents to cycle'];
const enFoot = ['About us', 'Contact', 'Press office', 'Work with us', 'Terms and conditions', 'Cookie policy', 'Privacy policy', 'Modify privacy settings'];
const enConsent = [
  'We value your privacy',
  'We and our partners store and access information on your device to personalise content and ads and to measure audiences.',
  'Agree and close',
  'Disagree and close',
  'Learn more',
];
const enAd = `<div class="c-ad c-ad--inread" data-ad-slot="inread"><div class="c-ad__placeholder">ADVERTISEMENT</div>
<div id="adSlot-inread-1" class="js-ad" data-sizes="[[300,250],[640,360]]"></div></div>`;
const enPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const enHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" data-theme="light"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Night train operators agree on a single booking system for cross-border sleepers | Euroview News</title>
<meta name="description" content="${enSummary[0]}"><meta property="og:title" content="${enTitle}"><meta property="og:site_name" content="euroviewnews">
<meta property="og:type" content="article"><meta name="article:section" content="travel"><meta name="twitter:site" content="@euroviewnews">
<link rel="canonical" href="https://www.euroviewnews.example/travel/2025/03/12/night-train-operators-single-booking-system">
<link rel="stylesheet" href="https://static.euroviewnews.example/css/article-redesign.7c1e.css">
<script type="application/ld+json">{"@context":"https://schema.org/","@graph":[{"@type":"NewsArticle","headline":"${enTitle}",
"datePublished":"2025-03-12T13:50:11+01:00","dateModified":"2025-03-12T16:02:40+01:00","author":[{"@type":"Person","name":"Sofia Brancato"}],
"publisher":{"@type":"Organization","name":"Euroview News"},"articleSection":["Travel"]}]}</script>
<script>window.DIDOMI={};window.euroviewConfig={"page":{"type":"article","theme":"travel","vertical":"travel"}};</script>
<script src="https://static.euroviewnews.example/js/main.4b1a.js" defer></script></head>
<body class="is-article theme-travel"><a class="c-skip-link" href="#accessibility-shortcuts">Go to accessibility shortcuts</a>
<header class="c-header"><div class="c-header__top"><a class="c-header__logo" href="/" aria-label="Euroview News">
<svg><use href="#logo-euroview"></use></svg></a><div class="c-header__edition"><button class="c-edition-switcher">English</button></div>
<a class="c-header__live" href="/live">Live</a><button class="c-header__search" aria-label="Search">Search</button></div>
<nav class="c-header__nav" aria-label="Main menu"><ul class="c-nav-vertical">${links(enNav, 'c-nav-vertical__item')}</ul></nav></header>
<main id="enw-main-content"><article class="o-article-redesign" data-article-id="2691304">
<div class="c-article-redesign-header"><div class="c-breadcrumb"><a class="c-breadcrumb__link" href="/travel">Travel</a>
<a class="c-breadcrumb__link" href="/travel/news">Travel News</a></div>
<h1 class="c-article-redesign-title">${enTitle}</h1>
<div class="c-article-contributors">By <a class="c-article-contributors__name" href="/profiles/2104">Sofia Brancato</a>
<span class="c-article-contributors__role">with <a href="/profiles/1780">Piet Lammens</a></span></div>
<div class="c-article-publication-date"><div class="c-article-date">Published on
<time datetime="2025-03-12T13:50:11+01:00">12/03/2025 - 13:50 GMT+1</time></div><div class="c-article-date c-article-date--updated">Updated
<time datetime="2025-03-12T16:02:40+01:00">16:02</time></div></div>
<div class="c-share-bar"><button class="c-share-bar__open" aria-controls="share-dialog">Share this article</button>
<a class="c-share-bar__comments" href="#comments">Comments</a></div>
<dialog class="c-share-dialog" id="share-dialog"><p class="c-share-dialog__title">Share this article</p><button class="c-share-dialog__close">Close</button>
<ul class="c-share-buttons">${enShare
  .map(
    (t) => `<li><a class="c-share-buttons__link" data-network="${t.toLowerCase()}" href="#">${t}</a>
</li>`,
  )
  .join('\n')}</ul>
<div class="c-share-dialog__embed"><p>${enEmbed[0]}</p><input readonly value="https://www.euroviewnews.example/embed/2691304"><button>${enEmbed[1]}</button>
</div>
</dialog></div>
<div class="c-article-redesign-media"><figure class="c-figure"><img src="https://static.euroviewnews.example/articles/stories/09/12/sleeper.jpg"
alt="A night train at a platform" width="1200" height="675"><figcaption class="c-figure__caption">A night train waits to depart from Valbrenne Central.
<span class="c-figure__credit">Copyright  Euroview News</span></figcaption></figure></div>
<div class="c-article-content c-article-content--travel js-article-content">
<p class="c-article-summary"><strong>${enSummary[0]}</strong></p>
${enPs(enP1.slice(0, 2))}
${enAd}
${enPs(enP1.slice(2))}
<h2>${enH1}</h2>
${enPs(enP2.slice(0, 2))}
<div class="widget widget--type-related" data-event="widget_related"><div class="widget__title">READ MORE</div><ul class="widget__list">
<li class="widget__item"><a class="widget__link" href="/travel/2024/11/02/sleeper-trains-winter-timetable">${enRead}</a></li></ul></div>
${enPs(enP2.slice(2))}
<h2>${enH2}</h2>
${enPs(enP3.slice(0, 3))}
${enAd}
${enPs(enP3.slice(3))}
</div>
<div class="c-article-caption">Additional sources • AFP</div>
<div class="c-article-caption">Video editor • Tamsin Roe</div>
<div class="c-article-tags"><p class="c-article-tags__title">Browse today’s tags</p><ul>${links(enTags, 'c-article-tags__item')}</ul></div>
</article>
<section class="c-top-stories"><h2 class="c-top-stories__title">Top news stories today</h2><ul>
${enTop
  .map(
    (t) => `<li class="c-top-stories__item"><article class="m-object"><h3 class="m-object__title"><a href="/news">${t}</a></h3></article>
</li>`,
  )
  .join('\n')}
</ul></section><section class="c-most-viewed"><h2 class="c-most-viewed__title">Most viewed</h2><ol>${links(enViewed, 'c-most-viewed__item')}</ol></section>
</main>
<footer class="c-footer" id="accessibility-shortcuts"><ul class="c-footer__links">${links(enFoot, 'c-footer__item')}</ul>
<p class="c-footer__copyright">Copyright © euroviewnews 2025</p></footer>
<div id="didomi-host"><div class="didomi-popup-notice" role="dialog" aria-label="Privacy notice"><h1 class="didomi-notice-title">${enConsent[0]}</h1>
<p class="didomi-notice-text">${enConsent[1]}</p><button id="didomi-notice-agree-button">${enConsent[2]}</button>
<button id="didomi-notice-disagree-button">${enConsent[3]}</button><button id="didomi-notice-learn-more-button">${enConsent[4]}</button></div></div>
</body></html>`;
const euronews: TestPage = {
  html: enHtml,
  name: 'heldout120-euronews-news',
  kind: 'news',
  // the bold summary is body; "ADVERTISEMENT", the "READ MORE" widget and the "Additional sources" and "Video editor" lines
  // are furniture and bylines
  title: enTitle,
  headings: [enH1, enH2],
  body: texts([...enSummary, ...enP1, ...enP2, ...enP3]),
  bylines: [
    'By Sofia Brancato',
    'with Piet Lammens',
    'Published on 12/03/2025 - 13:50 GMT+1',
    'Updated 16:02',
    'Additional sources • AFP',
    'Video editor • Tamsin Roe',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Go to accessibility shortcuts', 'English', 'Live', 'Search', ...enNav, 'Travel News', 'Share this article', 'Comments', 'Close', ...enShare,
    ...enEmbed, 'A night train waits to depart from Valbrenne Central.', 'Copyright Euroview News', 'ADVERTISEMENT', 'READ MORE', enRead,
    'Browse today’s tags', ...enTags, 'Top news stories today', ...enTop, 'Most viewed', ...enViewed, ...enFoot, 'Copyright © euroviewnews 2025',
    ...enConsent,
  ],
};

export const HELDOUT120_B: readonly TestPage[] = [euronews, dwStory];
