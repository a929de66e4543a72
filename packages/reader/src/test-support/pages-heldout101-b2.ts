import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 101, file b2: an Axios story in the "Smart Brevity" format (the header with section links, "Newsletters"
 * and "Subscribe", the headline, the author with avatar and the timestamp, the share buttons, the illustration with its
 * credit, the body with bold lead-ins ("Why it matters:", "By the numbers:") in its paragraphs and a bullet list, a chart
 * with its "Data:" and "Chart:" lines, the "Go deeper" link, the newsletter promo, the "More from Axios" rail and the
 * footer).
 */
const axTitle = 'Mid-size cities are quietly winning the return-to-office fight';
const axIntro = [
  'Office occupancy in mid-size metros has climbed back to 71% of its pre-pandemic level, well ahead of the biggest cities, according ' +
    'to new data from keycard firm Portal Systems.',
  '<strong>Why it matters:</strong> Empty towers in big downtowns have dominated the debate about remote work, but the picture looks ' +
    'very different in places where the commute is 20 minutes and parking is free.',
];
const axNumbers = ['<strong>By the numbers:</strong> Portal tracks badge swipes at roughly 2,600 buildings in 48 metros.'];
const axList = [
  'Metros with 500,000 to 2 million people averaged 71% of 2019 occupancy in October.',
  'The 10 largest metros averaged 54%.',
  'Tuesday remained the busiest day everywhere, and Friday the quietest, at 38% nationally.',
];
const axMore = [
  '<strong>Zoom in:</strong> Boise, Des Moines and Knoxville topped the list, each above 80%.',
  'Local officials point to shorter commutes and cheaper downtown parking, while landlords in those markets say smaller floor plates ' +
    'made it easier to redesign offices around team days.',
  '<strong>What they’re saying:</strong> “In a city this size, going to the office is not a two-hour ordeal,” said Priya Venkataraman, ' +
    'Portal’s head of research. “The trade-off people are weighing is simply different.”',
  '<strong>Between the lines:</strong> Mid-size metros were never as deep into remote work as the coasts. Many of their biggest ' +
    'employers are hospitals, insurers and manufacturers, where most jobs could not move home in the first place.',
  '<strong>The intrigue:</strong> Portal’s data also shows the gap between the best and worst days of the week narrowing fastest in ' +
    'smaller cities, a sign that hybrid schedules there are settling into something closer to a normal week.',
  '<strong>Yes, but:</strong> Office values are still falling in many of the same cities, because vacancy among older buildings has ' +
    'kept rising even as occupancy in the newer ones recovers.',
  '<strong>What’s next:</strong> Several large employers in Des Moines and Knoxville have told staff to expect four office days a week ' +
    'starting in January, which Portal expects to push occupancy there above 85% by spring.',
];
const axNav = ['Politics & Policy', 'Economy & Markets', 'Technology', 'Health', 'Science', 'World', 'Local', 'Sports', 'Media'];
const axShare = ['Share on Facebook', 'Share on Twitter', 'Share on LinkedIn', 'Share via Email', 'Copy link'];
const axCredit = 'Illustration: Shoshana Gordon/Axios';
const axChart = ['Data: Portal Systems; Chart: Tory Lysik/Axios', 'Office occupancy as a share of 2019 levels, October 2025'];
const axDeeper = 'Go deeper: Remote work is reshaping which cities grow fastest';
const axPromo = [
  'Get the Axios Markets newsletter',
  'Make sense of the markets with Axios Markets, delivered to your inbox weekday mornings.',
  'Subscribe',
  'Enter email address',
];
const axRail = [
  'More from Axios',
  'Housing starts fall to lowest level since 2020',
  'The CEO pay gap widened again last year',
  'Airlines brace for record Thanksgiving travel',
];
const axFoot = [
  'About Axios',
  'Advertise with us',
  'Careers',
  'Events',
  'Axios HQ',
  'Privacy policy',
  'Terms of use',
  'Online tracking choices',
  'Accessibility statement',
  'Contact us',
];
const axCopy = '© 2025 Axios Media Inc. All rights reserved.';
const axP = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const axHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Mid-size cities are quietly winning the return-to-office fight</title>
<meta name="description" content="Office occupancy in mid-size metros has climbed back to 71% of its pre-pandemic level.">
<meta property="og:title" content="${axTitle}"><meta property="og:site_name" content="Axios"><meta name="twitter:site" content="@axios">
<link rel="canonical" href="https://www.axios.example/2025/11/12/return-to-office-mid-size-cities-occupancy">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${axTitle}",
"datePublished":"2025-11-12T10:30:42.000Z","author":[{"@type":"Person","name":"Emily Ruiz-Hall"}],
"publisher":{"@type":"Organization","name":"Axios"},"isAccessibleForFree":true}</script>
<script src="https://www.axios.example/_next/static/chunks/pages/_app-9f3a.js" defer></script></head>
<body><div id="__next"><div class="Layout_layout__1vP3L">
<header class="Header_header__d9jA2" data-cy="header"><a class="Header_logo" href="/" aria-label="Axios homepage"></a>
<nav class="Header_nav" aria-label="Topics"><ul>${links(axNav, 'Header_navItem')}</ul></nav>
<div class="Header_actions"><a href="/newsletters">Newsletters</a><a class="Header_cta" href="/newsletters">Subscribe</a></div></header>
<main><div class="StoryLayout_main"><article class="StoryLayout_story" data-cy="story">
<header class="StoryHeader_header"><h1 class="StoryHeader_headline" data-cy="storyHeadline">${axTitle}</h1>
<div class="StoryByline_byline"><img class="StoryByline_avatar" alt="" src="https://images.axios.example/author/ruizhall.png">
<span class="StoryByline_authors">Emily Ruiz-Hall</span></div>
<time class="StoryTimestamp_timestamp" dateTime="2025-11-12T10:30:42.000Z" data-cy="time-rubric">Nov 12, 2025</time>
<div class="ShareButtons_share"><ul>${axShare
  .map(
    (s) => `<li><button aria-label="${s}"><span
class="sr-only">${s}</span></button></li>`,
  )
  .join('')}</ul></div></header>
<figure class="StoryImage_figure"><img alt="" src="https://images.axios.example/office.png">
<figcaption class="StoryImage_caption"><span>${axCredit}</span></figcaption></figure>
<div class="DraftjsBlocks_draftjs__fm3S2 gtmContentClick">
${axP(axIntro)}
${axP(axNumbers)}
<ul>${axList.map((l) => `<li>${l}</li>`).join('')}</ul>
<figure class="DataWrapper_figure"><iframe title="${axChart[1]}" src="https://datawrapper.dwcdn.example/8KpQz/2/" height="420"></iframe>
<figcaption class="DataWrapper_source">${axChart[0]}</figcaption></figure>
${axP(axMore)}
<p><a href="https://www.axios.example/2025/10/remote-work-cities">${axDeeper}</a></p>
</div></article>
<section class="NewsletterPromo_promo" data-cy="newsletter-promo"><h3>${axPromo[0]}</h3><p>${axPromo[1]}</p>
<form><input type="email" aria-label="${axPromo[3]}" placeholder="Email"><span class="sr-only">${axPromo[3]}</span><button type="submit">${axPromo[2]}</button>
</form></section>
<aside class="StoryRail_rail"><h2>${axRail[0]}</h2><ul>${links(axRail.slice(1))}</ul>
<div class="AdSlot_ad" id="ad-right-rail"><span class="AdSlot_label">Advertisement</span></div></aside></div></main>
<footer class="Footer_footer"><ul>${links(axFoot, 'Footer_item')}</ul><p>${axCopy}</p></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"story":{"id":"b4a1f","headline":"${axTitle}"}}}}</script></body></html>`;
export const axiosPage: TestPage = {
  html: axHtml,
  name: 'heldout101-axios-news',
  kind: 'news',
  // the bold lead-ins are part of their paragraphs (body); the chart title (an iframe title) is not visible text, so it is in
  // neither list; the "Data: ...; Chart: ..." line and "Go deeper" link paragraph are furniture
  title: axTitle,
  headings: [],
  body: texts([...axIntro, ...axNumbers, ...axList, ...axMore]),
  bylines: ['Emily Ruiz-Hall', 'Nov 12, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...axNav, 'Newsletters', ...axShare, axCredit, axChart[0] ?? '', axDeeper, ...axPromo, ...axRail, 'Advertisement', ...axFoot, axCopy,
  ],
};
