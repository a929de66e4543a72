import { links, type TestPage, texts } from './page-kit.js';
import { sponsoredPost } from './pages-heldout72-f2.js';

/**
 * Held-out batch 72, file f: an Axios explainer (the header with "Axios Local", "Axios Pro", the topic nav, "Newsletters" and
 * "Log in", the headline, author and "Axios Visuals" byline, the "Smart Brevity® count" reading time, the date and topic
 * rubric, share buttons, the illustration credit, the Smart Brevity body with bold "Why it matters:", "Driving the news:", "By
 * the numbers:" and "Yes, but:" labels opening paragraphs, a bulleted list, the "Go deeper:" link closing the body, the
 * in-story newsletter box, "Axios Local" promo, "More from Axios" and the footer); and a sponsored post on a Newspack news site
 * (file f2).
 */
const axTitle = 'Electric school buses hit a charging wall';
const axBody = [
  'School districts that rushed to buy electric buses with federal money are discovering that the harder part is keeping ' + 'them charged.',
  'Why it matters: Electric buses cut diesel fumes around kids and can save districts money on fuel and repairs, but delays in ' +
    'getting chargers and power upgrades are leaving new buses parked for months.',
  'Driving the news: A survey of 212 districts released Tuesday by the Clean Fleets Council found that nearly 4 in 10 ' +
    'electric buses delivered in the past two years were not yet in daily service.',
];
const axList1 = [
  'The most common reason: waiting for a utility to upgrade the power supply to the bus depot, which took a median of 11 months.',
  'Others cited shortages of trained mechanics and chargers that broke down soon after installation.',
];
const axBody2 = ['By the numbers: Districts have ordered about 9,400 electric buses nationwide, roughly 2% of the country’s school bus fleet.'];
const axList2 = [
  'About 5,100 have been delivered.',
  'Roughly 3,100 are carrying students every day.',
  'A typical electric bus costs about $350,000, more than three times the price of a diesel model.',
];
const axBody3 = [
  'Zoom in: In Millbrook Township, Pennsylvania, 14 electric buses sat behind the district garage for most of last school ' +
    'year while the local utility replaced a transformer, transportation director Kevin Oduya said.',
  '“We had the buses, we had the chargers, we just didn’t have the electricity,” he said.',
  'The big picture: Transit agencies and delivery fleets face the same bottleneck, as utilities field a surge of requests ' +
    'for new high-power connections at depots and warehouses.',
  'Between the lines: Grants paid for buses and chargers but not for the wiring between the street and the depot, which can ' +
    'cost more than the chargers themselves.',
  'Yes, but: Districts that planned charging before buying buses report far fewer problems, and some are now earning money ' +
    'by sending power back to the grid during summer peaks.',
  'What we’re watching: Whether utilities in states with big bus orders speed up connection times, and whether federal ' +
    'grants for new buses continue after this year.',
];
const axGoDeeper = 'Go deeper: The electric school bus boom, by the numbers';
const axNav = ['Politics & Policy', 'Economy & Business', 'Technology', 'Health', 'Science', 'World', 'Sports', 'Media', 'Climate & Energy'];
const axTop = ['Axios Local', 'Axios Pro', 'Newsletters', 'Events', 'Log in'];
const axShare = ['Share on Facebook', 'Share on X', 'Share on LinkedIn', 'Share via email'];
const axCredit = 'Illustration: Natalie Peeples/Axios';
const axNews = ['Get more news that matters, in Smart Brevity.', 'Sign up for Axios AM, the day’s most important news in 5 minutes.', 'Subscribe'];
const axLocal = ['Axios Local', 'Get smarter about what’s happening in your city with Axios Local.', 'Find your city'];
const axMore = [
  'Transit agencies face a fiscal cliff as pandemic aid runs out',
  'Utilities race to meet surging power demand from data centers',
  'EV sales growth slows, but used EV prices fall sharply',
];
const axFoot = [
  'About',
  'About Axios',
  'Advertise with us',
  'Careers',
  'Events',
  'Axios HQ',
  'Online Privacy Policy',
  'Terms of Use',
  'Your Privacy Choices',
  'Accessibility',
  'Contact us',
];
const axCopy = 'Copyright Axios Media, 2025';
const axP = (a: readonly string[]): string => a.map((p) => `<p>${p.replace(/^([A-Z][^:]{2,24}:) /, '<strong>$1</strong> ')}</p>`).join('\n');
const axUl = (a: readonly string[]): string => `<ul>${a.map((t) => `<li>${t}</li>`).join('\n')}</ul>`;
const axHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Electric school buses hit a charging wall</title>
<meta name="description" content="Districts that bought electric buses with federal money are struggling to keep them charged.">
<meta property="og:title" content="${axTitle}"><meta property="og:site_name" content="Axios"><meta name="author" content="Joann Mercer">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${axTitle}","datePublished":"2025-03-04T10:31:00.000Z",
"author":[{"@type":"Person","name":"Joann Mercer"}],"publisher":{"@type":"Organization","name":"Axios"}}</script>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"story":{"id":"a7c1e2d0-4f3b-11ef","topics":["energy-environment"]}}}}</script>
</head>
<body><div id="__next"><a href="#main-content" class="SkipLink_skip__Lx0gQ">Skip to main content</a>
<header class="Header_header__9hCc2" data-cy="header"><a href="/" aria-label="Axios homepage" class="Header_logo__Fj3aP"><svg viewBox="0 0 90 20"></svg></a>
<ul class="Header_utility__r8K1W">${links(axTop, 'Header_utilityItem__2xQmd')}</ul>
<nav class="Header_nav__J1xq4" aria-label="Topics"><ul>${links(axNav, 'Header_navItem__Q9kTz')}</ul></nav></header>
<main id="main-content" class="StoryPage_main__cX3rB"><article class="StoryPage_story__P4wqJ" data-cy="story">
<h1 class="StoryHeadline_headline__k8mQ2 h1" data-cy="story-headline">${axTitle}</h1>
<div class="StoryByline_byline__Dj8xX" data-cy="byline"><div class="StoryByline_authors__G5pLz"><a href="/authors/jmercer"
class="StoryByline_author__B1qNy">Joann
Mercer</a>, <span class="StoryByline_author__B1qNy">Axios Visuals</span></div>
<div class="StoryByline_brevity__2QkRr" data-cy="smart-brevity">Smart Brevity® count: 1.4 mins...352 words</div></div>
<div class="TimeRubric_rubric__9mPqE" data-cy="time-rubric"><time datetime="2025-03-04T10:31:00.000Z">Mar 4, 2025</time> - <a
href="/energy-environment" class="TimeRubric_topic__K2jVn">Energy &amp; Environment</a></div>
<div class="ShareButtons_share__1ZrPa">${axShare
  .map((t) => `<button type="button" aria-label="${t}" class="ShareButtons_button__fL0e2"></button>`)
  .join('')}</div>
<figure class="StoryImage_figure__M4zG8"><img src="https://images.axios.com/bus-charging.png?w=1366" alt="Illustration of a school bus plugged into a charger"
width="1366" height="768"><figcaption class="StoryImage_caption__X8pQv"><span>${axCredit}</span></figcaption></figure>
<div class="DraftjsBlocks_draftjs__fm3S2" data-cy="story-body">
${axP(axBody)}
${axUl(axList1)}
${axP(axBody2)}
${axUl(axList2)}
${axP(axBody3)}
<p><strong>Go deeper:</strong> <a href="/2024/11/18/electric-school-bus-boom-numbers">The electric school bus boom, by the numbers</a></p>
</div>
<div class="NewsletterSignup_box__Y7nTq" data-cy="newsletter-signup"><h2 class="NewsletterSignup_title__1gFQk">${axNews[0]}</h2>
<p class="NewsletterSignup_dek__C6hVn">${axNews[1]}</p><form class="NewsletterSignup_form__Z5tB1"><input type="email" aria-label="Email address"
placeholder="Email address"><button type="submit" class="NewsletterSignup_button__U2dEo">${axNews[2]}</button></form></div>
<aside class="LocalPromo_promo__Hy4Xk"><h2 class="LocalPromo_title__3n9Vz">${axLocal[0]}</h2><p>${axLocal[1]}</p><a href="/local">${axLocal[2]}</a></aside>
</article>
<section class="MoreStories_section__Sd2Lq" aria-label="More from Axios"><h2 class="MoreStories_title__0cMtd">More from Axios</h2>
<ul>${links(axMore, 'MoreStories_item__8Fq0n')}</ul></section></main>
<footer class="Footer_footer__tP2Wn"><p class="Footer_tagline__2hXkS">News worthy of your time.</p><ul>${links(axFoot, 'Footer_item__hX8vB')}</ul>
<p class="Footer_copyright__7PxQe">${axCopy}</p></footer></div>
<script src="/_next/static/chunks/pages/_app-3b7f1a.js" defer></script></body></html>`;
const axios: TestPage = {
  html: axHtml,
  name: 'heldout72-axios-news',
  kind: 'news',
  // the bold Smart Brevity labels ("Why it matters:" and the others) are the opening words of body paragraphs and stay body; the
  // closing "Go deeper:" line is a link to another story: furniture; the "Smart Brevity® count" reading time and the date are
  // bylines, the "Energy & Environment" rubric, credit, newsletter box, Local promo, "More from Axios" and footer are furniture;
  // the footer's "About" opens a short list item of the body: left out
  title: axTitle,
  headings: [],
  body: texts([...axBody, ...axList1, ...axBody2, ...axList2, ...axBody3]),
  bylines: ['Joann Mercer', 'Axios Visuals', 'Smart Brevity® count: 1.4 mins...352 words', 'Mar 4, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...axTop, ...axNav, 'Energy & Environment', axCredit, axGoDeeper, ...axNews, ...axLocal.slice(1), 'More from Axios',
    ...axMore, 'News worthy of your time.', ...axFoot.filter((t) => t !== 'Events' && t !== 'About'), axCopy,
  ],
};

export const HELDOUT72_F: readonly TestPage[] = [axios, sponsoredPost];
