import { links, ps, type TestPage, texts } from './page-kit.js';
import { xenforoThread } from './pages-heldout322-d2.js';
import { j } from './pages-heldout322-kit.js';

/**
 * Held-out batch 322, file d: a sports-science explainer on a university sports centre's site built with TerminalFour (utility
 * bar, mega-menu header, breadcrumb, "In this section" side navigation, article header with author and role and the date,
 * a body with an RPE table, a "Book a fitness assessment" promo panel, a "Related articles" list, the Civic Cookie Control
 * notice and the university footer) and, from file d2, a bodybuilding forum thread on XenForo 2. The table's caption and
 * data cells are body, its header cells neither.
 */
const tTitle = 'Sport science explained: what is RPE, and why does your coach keep asking for it?';
const tH = ['A scale built on how hard it feels', 'The 1 to 10 scale we use', 'Why coaches trust it', 'Getting better at rating'];
const tP0 = [
  j(
    'If you have trained with one of our strength and conditioning coaches, or joined one of our performance squads, you',
    'will have been asked the same question at the end of a set or a session: “What was that out of ten?” That number is your',
    'rating of perceived exertion, or RPE, and it is one of the most useful measurements in sport science.',
  ),
];
const tP1 = [
  j(
    'RPE asks you to put a number on how hard an effort felt. It sounds too simple to be scientific, but decades of research show',
    'that perceived effort tracks heart rate, blood lactate and breathing rate closely across a wide range of exercise. Your brain',
    'is combining signals from your muscles, heart and lungs, and the rating summarises them.',
  ),
  j(
    'The original scale ran from 6 to 20, chosen so that the number roughly matched heart rate divided by ten. Most coaches now use',
    'a simpler 1 to 10 version, and in the gym a related idea, reps in reserve, asks how many more repetitions you could have done.',
  ),
];
const tCaption = 'The modified RPE scale used by our coaching team';
const tRows: readonly (readonly [string, string])[] = [
  ['1 to 2', 'Very light: you could keep going for hours'],
  ['3 to 4', 'Light to moderate: breathing harder, still able to chat'],
  ['5 to 6', 'Hard: talking in short sentences only'],
  ['7 to 8', 'Very hard: a few words at a time, effort is uncomfortable'],
  ['9', 'Near maximal: you could hold it for seconds, not minutes'],
  ['10', 'Maximal: nothing left'],
];
const tP2 = [
  j(
    'Heart rate and power are excellent, but they only measure the work you did. RPE measures what the work cost you. On a day when',
    'you slept badly or have an exam the next morning, the same session will feel harder, and your rating will show it.',
  ),
  j(
    'Multiply your session RPE by the session length in minutes and you get a simple training load figure. Our coaches track that',
    'number across the week to spot sharp rises, which research links with a higher chance of illness and injury.',
  ),
];
const tP3 = ['Like any skill, rating effort improves with practice. A few tips from our coaching team:'];
const tL3 = [
  'Give the rating about 30 minutes after the session ends, so the last effort does not dominate it.',
  'Rate the whole session, not the hardest interval.',
  'Be honest rather than brave. A 6 that felt like an 8 is still an 8.',
  'Use the words on the scale, not just the numbers, until the numbers start to mean something to you.',
];
const tP3b = [j('After a few weeks most athletes find their ratings become consistent, and that consistency is what makes the number worth', 'collecting.')];
const tBody = [...tP0, ...tP1, tCaption, ...tRows.flat(), ...tP2, ...tP3, ...tL3, ...tP3b];
const tUtil = ['Students', 'Staff', 'Alumni', 'Visitors'];
const tNav = ['Study', 'Research', 'Sport', 'About the University'];
const tCrumbs = ['Home', 'Sport', 'Sports Centre', 'Sport science explained'];
const tSide = ['Sports Centre', 'Memberships', 'Fitness assessments', 'Performance squads', 'Sport science explained', 'Opening hours'];
const tRel = ['Sport science explained: why we test grip strength', 'Sport science explained: heat, humidity and hydration'];
const tFoot = ['Contact us', 'Accessibility statement', 'Freedom of information', 'Modern slavery statement', 'Privacy and cookies'];
const tHtml = `<!DOCTYPE html>
<html lang="en-GB" class="no-js"><head><meta charset="utf-8"><meta http-equiv="x-ua-compatible" content="ie=edge">
<title>Sport science explained: what is RPE? | Sports Centre | University of Wyndmoor</title>
<meta name="description" content="What rating of perceived exertion (RPE) is, how to use the 1 to 10 scale and why coaches rely on it.">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="generator" content="TerminalFour">
<meta property="og:title" content="${tTitle}"><meta property="og:site_name" content="University of Wyndmoor">
<link rel="stylesheet" href="/site-elements/css/uow-main.css?v=2026.1">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${tTitle}","datePublished":"2026-02-04",
"author":{"@type":"Person","name":"Dr Ines Calloway"},"publisher":{"@type":"CollegeOrUniversity","name":"University of Wyndmoor"}}</script>
<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});})(
window,document,'script','dataLayer','GTM-W7Y2');</script>
</head><body class="t4-page section-sport"><a class="skip-link visually-hidden-focusable" href="#main-content">Skip to main content</a>
<div class="utility-bar"><div class="container"><ul class="utility-bar__list">${links(tUtil, 'utility-bar__item')}</ul></div></div>
<header class="site-header"><div class="container site-header__inner"><a class="site-header__logo" href="/"><img src="/site-elements/img/uow-logo.svg"
alt="University of Wyndmoor"></a><nav class="mega-menu" aria-label="Main navigation"><ul class="mega-menu__list">${links(tNav, 'mega-menu__item')}</ul>
</nav><form class="site-search" action="/search" role="search"><label for="site-search-q" class="visually-hidden">Search the University</label>
<input id="site-search-q" type="search" name="q" placeholder="Search"><button type="submit">Search</button></form></div></header>
<nav class="breadcrumb-wrapper" aria-label="Breadcrumb"><div class="container"><ol class="breadcrumb">
${tCrumbs.map((c, i) => `<li class="breadcrumb-item${i === tCrumbs.length - 1 ? ' active" aria-current="page' : ''}"><a href="/">${c}</a></li>`).join('\n')}
</ol></div></nav>
<div class="container page-layout"><div class="row"><aside class="col-lg-3 section-nav" aria-labelledby="section-nav-title">
<h2 id="section-nav-title" class="section-nav__title">In this section</h2><ul class="section-nav__list">${links(tSide, 'section-nav__item')}</ul></aside>
<main id="main-content" class="col-lg-9"><article class="news-article">
<div class="news-article__header"><p class="news-article__type">Explainer</p><h1 class="news-article__title">${tTitle}</h1>
<div class="news-article__meta"><p class="news-article__author">By Dr Ines Calloway, Lecturer in Exercise Physiology</p>
<p class="news-article__date">Published 4 February 2026</p></div></div>
<!-- t4 content: body --><div class="news-article__body wysiwyg">
${ps(tP0)}
<h2>${tH[0] ?? ''}</h2>
${ps(tP1)}
<h2>${tH[1] ?? ''}</h2>
<div class="table-responsive"><table class="table table-striped"><caption>${tCaption}</caption>
<thead><tr><th scope="col">Rating</th><th scope="col">What it feels like</th></tr></thead><tbody>
${tRows.map(([a, b]) => `<tr><td>${a}</td><td>${b}</td></tr>`).join('\n')}
</tbody></table></div>
<h2>${tH[2] ?? ''}</h2>
${ps(tP2)}
<div class="promo-panel promo-panel--teal"><h3 class="promo-panel__title">Book a fitness assessment</h3><p class="promo-panel__text">Find your own
training zones with a lab-based test from our sport science team. Students from £35.</p><a class="btn btn-primary" href="/sport/assessments">Book
now</a></div>
<h2>${tH[3] ?? ''}</h2>
${ps(tP3)}
<ul>${tL3.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(tP3b)}
</div><!-- /t4 content -->
<div class="share-links"><h2 class="share-links__title">Share this page</h2><ul><li><a href="#">Facebook</a></li><li><a href="#">LinkedIn</a></li>
<li><a href="#">Email</a></li></ul></div></article>
<section class="related-articles"><h2>Related articles</h2><ul>${links(tRel, 'related-articles__item')}</ul></section></main></div></div>
<footer class="site-footer"><div class="container"><div class="site-footer__contact"><p>University of Wyndmoor, Moor Road, Wyndmoor WY4 2QT</p>
<p>Sports Centre reception: 01632 960 418</p></div><ul class="site-footer__links">${links(tFoot)}</ul>
<p class="site-footer__copyright">© University of Wyndmoor 2026. Registered charity number 1161447.</p></div></footer>
<div id="ccc" role="region" aria-label="Cookie Control"><div id="ccc-overlay"></div><div id="ccc-notify" class="ccc-notify__bottom" role="dialog">
<div class="ccc-notify-text"><h3>This site uses cookies to store information on your computer.</h3><p>Some of these cookies are essential, while others
help us to improve your experience by providing insights into how the site is being used.</p></div><div class="ccc-notify-buttons"><button
id="ccc-recommended-settings" class="ccc-notify-button ccc-accept-button"><span>Accept Recommended Settings</span></button><button
id="ccc-reject-settings" class="ccc-notify-button ccc-reject-button"><span>Reject All</span></button><button class="ccc-notify-link">Cookie
Preferences</button></div></div></div>
<script src="https://cc.cdn.civiccomputing.example/9/cookieControl-9.x.min.js"></script>
<script>CookieControl.load({apiKey:'d3f1-placeholder',product:'PRO_MULTISITE',initialState:'notify'});</script></body></html>`;
const t4Uni: TestPage = {
  name: 'heldout322-terminalfour-university-explainer',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: tH,
  body: texts(tBody),
  bylines: ['By Dr Ines Calloway, Lecturer in Exercise Physiology', 'Published 4 February 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...tUtil, ...tNav, 'Search the University', ...tCrumbs, 'In this section', ...tSide, 'Explainer', 'Book a fitness assessment',
    'Find your own training zones with a lab-based test from our sport science team. Students from £35.', 'Book now', 'Share this page', 'Facebook',
    'LinkedIn', 'Email', 'Related articles', ...tRel, 'University of Wyndmoor, Moor Road, Wyndmoor WY4 2QT', 'Sports Centre reception: 01632 960 418',
    ...tFoot, '© University of Wyndmoor 2026. Registered charity number 1161447.', 'This site uses cookies to store information on your computer.',
    'Some of these cookies are essential, while others help us to improve your experience by providing insights into how the site is being used.',
    'Accept Recommended Settings', 'Reject All', 'Cookie Preferences',
  ],
};

export const HELDOUT322_D: readonly TestPage[] = [t4Uni, xenforoThread];
