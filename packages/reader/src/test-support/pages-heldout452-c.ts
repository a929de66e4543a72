import { links, type TestPage, texts } from './page-kit.js';
import { jsonFeedReader } from './pages-heldout452-c2.js';

/**
 * Held-out batch 452, file c: a news site's daily HTML sitemap (masthead, section menu, breadcrumbs, the day's h1, an intro
 * line, a month picker and previous / next day links, the day's headlines grouped by section, an ad slot, the cookie banner
 * and the footer) and, from file c2, a JSON Feed reader web app's view of a blog's feed.
 */
const sTitle = 'Sitemap: Monday, March 2, 2026';
const sIntro = 'Every story published by The Meridian Ledger on Monday, March 2, 2026, grouped by section.';
const sGroups: [string, string[]][] = [
  [
    'Politics',
    [
      'State assembly passes water rights bill after all-night session',
      'Governor Lindqvist names former judge to lead ethics panel',
      'County clerks warn of delays as ballot paper shortage drags on',
      'Mayor Okonjo unveils plan to cut permit waiting times in half',
      'Redistricting commission holds first public hearing in Port Alder',
      'Analysis: why the transit levy keeps failing at the ballot box',
    ],
  ],
  [
    'Business',
    [
      'Cannery Row shipyard wins contract for four electric ferries',
      'Regional grocer Halvorsen’s to close three stores by summer',
      'Mortgage applications rise for the first time in five months',
      'Startup that turns kelp into packaging raises seed round',
      'Port volumes fall as lumber exports slow to a three-year low',
    ],
  ],
  [
    'Local',
    [
      'Rockslide closes Highway 14 east of Tamsin Gap until Thursday',
      'School board delays vote on later start times for high schools',
      'Volunteers count record number of herons at Greyling Marsh',
      'Century-old carousel returns to Bayside Park after restoration',
      'Neighbors fight plan to replace community garden with parking',
      'Fire crews rescue hiker stranded on ledge above Corra Falls',
      'Library branch in Eastmoor to reopen after two years of repairs',
      'New bus route will link the airport and the university campus',
    ],
  ],
  [
    'Sports',
    [
      'Meridian Gulls rally late to beat Copper City in overtime',
      'High school wrestling: Kessler sisters both win state titles',
      'Marathon organizers add a wheelchair division for this spring',
      'Prep baseball preview: five pitchers to watch this season',
      'Column: the Gulls’ bench is finally as good as their starters',
    ],
  ],
  [
    'Opinion',
    [
      'Editorial: the water rights bill is a start, not a solution',
      'Letters: readers on school start times, parking and herons',
      'Guest column: what a small-town library taught me about trust',
    ],
  ],
  [
    'Arts & Culture',
    [
      'Review: a fierce, funny staging of the old harbor opera',
      'Painter Ilse Vantongeren opens studio doors for spring tour',
      'The best new cookbooks from Pacific Northwest kitchens',
      'Community choir marks fifty years with free concert',
    ],
  ],
];
const sNav = ['News', 'Politics', 'Business', 'Local', 'Sports', 'Opinion', 'Arts & Culture', 'Obituaries', 'E-Edition'];
const sFoot = ['About Us', 'Contact the Newsroom', 'Corrections', 'Advertise', 'Careers', 'Terms of Use', 'Privacy Policy', 'Do Not Sell My Information'];
const sMonths = ['January 2026', 'February 2026', 'March 2026'];
const sHtml = `<!DOCTYPE html>
<html lang="en-US"><head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sitemap for March 2, 2026 | The Meridian Ledger</title>
<meta name="robots" content="index, follow"><meta name="description" content="${sIntro}">
<link rel="canonical" href="https://www.meridianledger.example/sitemap/2026/03/02/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,
"name":"Home","item":"https://www.meridianledger.example/"},{"@type":"ListItem","position":2,"name":"Sitemap",
"item":"https://www.meridianledger.example/sitemap/"}]}</script>
<script>window.Fusion=window.Fusion||{};Fusion.arcSite="meridian-ledger";Fusion.deployment="1127";Fusion.globalContent={"type":"sitemap-day"};</script>
<script async src="https://securepubads.g.doubleclick.example/tag/js/gpt.js"></script>
</head>
<body><div id="fusion-app" class="layout-section">
<a class="skip-link" href="#main">Skip to content</a>
<header class="masthead"><div class="masthead-top"><a class="masthead-logo" href="/"><img src="/pf/resources/logo.svg" alt="The Meridian Ledger"></a>
<a class="masthead-subscribe btn" href="/subscribe/">Subscribe for $1</a><a class="masthead-login" href="/account/login/">Sign In</a></div>
<nav class="section-nav" aria-label="Sections"><ul>${links(sNav, 'section-nav-item')}</ul></nav></header>
<div class="ad-container ad-leaderboard"><span class="ad-label">Advertisement</span><div id="arcad-leaderboard"></div></div>
<main id="main" class="sitemap-day">
<nav class="breadcrumbs" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/sitemap/">Sitemap</a></li>
<li><a href="/sitemap/2026/">2026</a></li><li><a href="/sitemap/2026/03/">March</a></li></ol></nav>
<h1 class="sitemap-title">${sTitle}</h1>
<p class="sitemap-intro">${sIntro}</p>
<div class="sitemap-picker"><label for="sitemap-month">Browse by month</label><select id="sitemap-month">${sMonths
  .map((m) => `<option>${m}</option>`)
  .join('')}</select>
<ul class="sitemap-days">${Array.from({ length: 31 }, (_, d) => `<li><a href="/sitemap/2026/03/${String(d + 1).padStart(2, '0')}/">${d + 1}</a></li>`).join(
  '',
)}</ul>
<div class="sitemap-pager"><a class="prev" href="/sitemap/2026/03/01/">← Sunday, March 1</a>
<a class="next" href="/sitemap/2026/03/03/">Tuesday, March 3 →</a></div>
</div>
${sGroups
  .map(
    ([h, items]) => `<section class="sitemap-section"><h2 class="sitemap-section-title">${h.replace('&', '&amp;')}</h2>
<ul class="sitemap-list">${items.map((t) => `<li class="sitemap-entry"><a href="/${h.toLowerCase().slice(0, 5)}/2026/03/02/x/">${t}</a></li>`).join('\n')}</ul>
</section>`,
  )
  .join('\n')}
<div class="ad-container ad-box"><span class="ad-label">Advertisement</span><div id="arcad-box-1"></div></div>
</main>
<footer class="site-footer"><ul class="footer-links">${links(sFoot)}</ul>
<p class="footer-copyright">© 2026 The Meridian Ledger, a Cascade Press Group publication. All rights reserved.</p></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner">
<p id="onetrust-policy-text">We use cookies to personalize content and ads and to analyze our traffic. You can change your choices at any time.</p>
<button id="onetrust-accept-btn-handler">Accept All</button><button id="onetrust-pc-btn-handler">Cookie Settings</button></div></div>
</div></body></html>`;
const newsSitemap: TestPage = {
  name: 'heldout452-arc-news-html-sitemap',
  kind: 'news',
  html: sHtml,
  title: sTitle,
  headings: sGroups.map(([h]) => h),
  body: texts([sIntro, ...sGroups.flatMap(([, items]) => items)]),
  bylines: [],
  furniture: [
    'Skip to content',
    'Subscribe for $1',
    'Sign In',
    ...sNav.filter((n) => !sGroups.some(([h]) => h === n)),
    'Advertisement',
    'Home',
    'Sitemap',
    'Browse by month',
    ...sMonths,
    '← Sunday, March 1',
    'Tuesday, March 3 →',
    ...sFoot,
    '© 2026 The Meridian Ledger, a Cascade Press Group publication. All rights reserved.',
    'We use cookies to personalize content and ads and to analyze our traffic. You can change your choices at any time.',
    'Accept All',
    'Cookie Settings',
  ],
};

export const HELDOUT452_C: readonly TestPage[] = [newsSitemap, jsonFeedReader];
