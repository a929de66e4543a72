import { links, type TestPage, texts } from './page-kit.js';
import { hillStory } from './pages-heldout135-c2.js';

/**
 * Held-out batch 135, file c: an Axios Local story (the Next.js page with Tailwind-style and DraftjsBlocks class names and
 * data-cy attributes: the local-edition header with the city switcher, the topic tag, the byline with avatars and the date,
 * the chart with its "Data:" / "Chart:" credit, the Smart Brevity bold lead-ins inside the paragraphs and bullet lists, the
 * in-story newsletter sign-up for the local edition, the "Go deeper" link line, share buttons, the "More Axios Lakeport
 * stories" rail and the footer) and, from file c2, a The Hill story.
 */
const axTitle = 'Downtown Lakeport office vacancy hits record as leases expire';
const axP1 = [
  'Nearly one in three downtown Lakeport office spaces is now empty, the highest share since a local brokerage started tracking ' + 'it in 2006.',
  '<strong>Why it matters:</strong> Empty offices mean fewer lunch customers for downtown restaurants and shops, and falling ' +
    'building values could shift more of the property tax burden onto homeowners.',
  '<strong>Driving the news:</strong> Downtown vacancy reached 31.4% in the third quarter, up from 27.9% a year earlier, according ' +
    'to a report released this week by Halvorsen Commercial Realty.',
];
const axList1 = [
  'Three large tenants moved out over the summer, including the regional offices of insurer Meridian Mutual, which consolidated ' +
    'into a smaller suburban space in Fairview.',
  'About 1.2 million square feet of downtown leases are set to expire by the end of 2027, the report says.',
];
const axP2 = [
  '<strong>Zoom in:</strong> The older, mid-sized buildings along Commerce Street are faring worst, with vacancy above 40% in several ' + 'of them.',
  'Newer towers with gyms, rooftop terraces and flexible floor plans are holding up better. The Beacon, which opened in 2021, is 88% ' + 'leased.',
  '<strong>What they’re saying:</strong> “Tenants aren’t leaving downtown, they’re trading down in size and up in quality,” Halvorsen ' +
    'research director Priya Ramaswamy told Axios. “That leaves the 1970s and 1980s buildings in a really tough spot.”',
  '<strong>The other side:</strong> Some owners are betting on housing. Two Commerce Street buildings are being converted into a ' +
    'combined 240 apartments, and the city council approved a 10-year tax break for conversions in June.',
];
const axP3 = ['<strong>By the numbers:</strong> Downtown Lakeport, third quarter 2025:'];
const axList2 = [
  'Vacancy: 31.4%',
  'Average asking rent: $24.10 per square foot, down 3% from a year ago',
  'Space under conversion to housing: 410,000 square feet',
];
const axP4 = [
  '<strong>Yes, but:</strong> Conversions are expensive and don’t work for every building. Deep floor plates leave too many ' +
    'apartments without windows, Ramaswamy said.',
  '<strong>What’s next:</strong> The city’s Downtown Development Authority will present a plan in November that could include ' +
    'grants for owners who convert older offices to housing or lab space.',
];
const axGoDeeper = 'Lakeport approves tax break for office-to-apartment conversions';
const axNews = [
  'Get a free daily digest of the most important news in your backyard with Axios Lakeport.',
  'Subscribe',
  'By subscribing, you agree to our Privacy Policy.',
];
const axCities = ['Lakeport', 'Fairview', 'Harbor City', 'New Canton', 'Pine Bluff Springs', 'See all cities'];
const axNav = ['Politics & Policy', 'Business', 'Technology', 'Economy', 'Local'];
const axCaption = 'Data: Halvorsen Commercial Realty; Chart: Axios Visuals';
const axChart = 'Downtown Lakeport office vacancy rate, by quarter';
const axMore = [
  'Lakeport’s oldest hardware store is closing after 92 years',
  'Where to see fall colors within an hour of Lakeport',
  'Lakeport schools report rise in chronic absenteeism',
];
const axFoot = [
  'About',
  'About Axios',
  'Advertise with us',
  'Careers',
  'Events',
  'Axios HQ',
  'Newsletters',
  'Podcasts',
  'Privacy Policy',
  'Terms of Use',
  'Online Tracking Choices',
  'Do Not Sell or Share My Personal Information',
  'Contact us',
];
const axShare = ['Share on facebook', 'Share on twitter', 'Share on linkedin', 'Share on email'];
const draft = 'DraftjsBlocks_draftjs__fm3S2 StoryText_storyText__rK1Lo gtm-story-text';
const axPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const axUl = (a: readonly string[]): string => `<ul>${a.map((t) => `<li>${t}</li>`).join('\n')}</ul>`;
const axHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Downtown Lakeport office vacancy hits record as leases expire - Axios Lakeport</title>
<meta name="description" content="Nearly one in three downtown Lakeport office spaces is now empty.">
<meta property="og:title" content="${axTitle}"><meta property="og:site_name" content="Axios"><meta property="og:type" content="article">
<meta name="axios-local" content="lakeport"><link rel="canonical" href="https://www.axios.com/local/lakeport/2025/10/03/downtown-office-vacancy-record">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${axTitle}","datePublished":"2025-10-03T10:30:18.000Z",
"author":[{"@type":"Person","name":"Mara Jensen"},{"@type":"Person","name":"Tobiah Ruiz"}],"publisher":{"@type":"Organization","name":"Axios"},
"articleSection":"Lakeport"}</script>
<link rel="stylesheet" href="/_next/static/css/9b1e0d3f6f2a11c7.css"></head>
<body><div id="__next"><a class="sr-only focus:not-sr-only" href="#main-content">Skip to main content</a>
<header class="LocalHeader_header__s0pYq sticky top-0 z-50 bg-white" data-cy="local-header"><a href="/" aria-label="Axios homepage"
class="LocalHeader_logo__Dk1wq"><svg aria-hidden="true"></svg></a><a class="LocalHeader_edition__pN7xR font-bold" href="/local/lakeport">Axios Lakeport</a>
<div class="LocalHeader_switcher__wQ2rr"><button aria-expanded="false" class="text-sm" data-cy="city-switcher">Change city</button>
<ul class="LocalHeader_cities__Tz9ab hidden" role="menu">${links(axCities, 'text-sm')}</ul></div>
<nav class="LocalHeader_nav__j0Pq1" aria-label="Main"><ul class="flex gap-4">${links(axNav, 'text-sm uppercase')}</ul></nav>
<a class="LocalHeader_subscribe__nB3yX button-primary" href="/local/lakeport/newsletter" data-cy="header-subscribe">Subscribe</a></header>
<main id="main-content" class="mx-auto max-w-screen-lg px-4"><article class="Story_story__a6WkS" data-cy="story" data-vars-story-id="b0c71b3e">
<div class="Story_tags__E8sQo"><a data-cy="story-tag" class="text-xs font-bold uppercase" href="/real-estate">Real Estate</a></div>
<h1 class="text-3xl font-bold leading-tight" data-cy="story-headline">${axTitle}</h1>
<div class="Byline_byline__jY9V8 mt-3 flex items-center" data-cy="byline"><div class="Byline_avatars__x2zQm">
<img alt="" src="/authors/mara-jensen.png" width="32" height="32"><img alt="" src="/authors/tobiah-ruiz.png" width="32" height="32"></div>
<div class="text-sm"><a class="Byline_author__m7Uo0 font-bold" href="/authors/mjensen">Mara Jensen</a>, <a class="Byline_author__m7Uo0 font-bold"
href="/authors/truiz">Tobiah Ruiz</a><div class="text-gray-600" data-cy="time-rubric"><time datetime="2025-10-03T10:30:18.000Z">Oct 3, 2025</time></div></div>
<div class="ShareButtons_share__y4Rvl ml-auto flex gap-2" data-cy="share-buttons">
${axShare
  .map(
    (t) => `<button class="ShareButtons_button__gq0xN" data-vars-share="${t.split(' ')[2]}"><span
class="sr-only">${t}</span></button>`,
  )
  .join('\n')}</div></div>
<div class="${draft}" data-cy="story-text">
${axPs(axP1.slice(0, 2))}
<figure class="StoryImage_figure__Qm4nR my-6"><h4 class="StoryImage_chartTitle__ba1Cx text-sm font-bold">${axChart}</h4>
<img alt="Line chart showing downtown Lakeport office vacancy rising from 18% in 2019 to 31.4% in the third quarter of 2025"
src="https://images.axios.com/lakeport-vacancy.png" loading="lazy"><figcaption class="text-xs text-gray-600"><p>${axCaption}</p></figcaption></figure>
${axPs(axP1.slice(2))}
${axUl(axList1)}
${axPs(axP2)}
<div class="LocalNewsletterCTA_cta__p9HfD my-8 rounded border p-6" data-cy="inline-newsletter-signup"><p class="font-bold">${axNews[0]}</p>
<form class="mt-3 flex gap-2"><label class="sr-only" for="email-inline">Email address</label><input id="email-inline" type="email" placeholder="Enter email">
<button type="submit" class="button-primary">${axNews[1]}</button></form><p class="mt-2 text-xs text-gray-600">${axNews[2]}</p></div>
${axPs(axP3)}
${axUl(axList2)}
${axPs(axP4)}
<p><strong>Go deeper:</strong> <a href="https://www.axios.com/local/lakeport/2025/06/18/office-conversion-tax-break">${axGoDeeper}</a></p>
</div></article>
<section class="MoreStories_more__s3Vd9 mt-12" data-cy="more-local-stories"><h2 class="text-xl font-bold">More Axios Lakeport stories</h2>
<ul>${links(axMore, 'MoreStories_item__hT6gx')}</ul></section>
<section class="LocalNewsletterCTA_cta__p9HfD" data-cy="bottom-newsletter-signup"><h2>Axios Lakeport</h2>
<p>Our Lakeport newsletter is the best way to start your day.</p><a class="button-primary"
href="/local/lakeport/newsletter">Sign up for free</a></section></main>
<footer class="Footer_footer__cQ3mH bg-black text-white"><ul class="grid">${links(axFoot, 'text-sm')}</ul>
<p class="text-xs">© 2025 Axios Media Inc.</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"story":{"id":"b0c71b3e","headline":"${axTitle}","local":"lakeport"}}},
"page":"/local/[city]/[...slug]","buildId":"f0b9a2c"}</script></body></html>`;
const axiosStory: TestPage = {
  html: axHtml,
  name: 'heldout135-axios-local-news',
  kind: 'news',
  // the bold Smart Brevity lead-ins ("Why it matters:" ...) are part of their paragraphs (body); the chart's title and credit,
  // the in-story newsletter box and the "Go deeper:" link line are furniture
  title: axTitle,
  headings: [],
  body: texts([...axP1, ...axList1, ...axP2, ...axP3, ...axList2, ...axP4]),
  bylines: ['Mara Jensen', 'Tobiah Ruiz', 'Oct 3, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Axios Lakeport', 'Change city', ...axCities, ...axNav, 'Real Estate', ...axShare, axChart, axCaption, ...axNews,
    'Email address', `Go deeper: ${axGoDeeper}`, 'More Axios Lakeport stories', ...axMore, 'Our Lakeport newsletter is the best way to start your day.',
    'Sign up for free', ...axFoot, '© 2025 Axios Media Inc.',
  ],
};

export const HELDOUT135_C: readonly TestPage[] = [axiosStory, hillStory];
