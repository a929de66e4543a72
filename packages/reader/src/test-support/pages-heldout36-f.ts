import { type TestPage, texts } from './page-kit.js';
import { substackLocal } from './pages-heldout36-f2.js';

/**
 * Held-out batch 36, file f: an Axios Local (Axios Columbus) story on Axios' Next.js template, minified (CSS-module class
 * names, data-cy attributes, the local-edition header with its city label, headline, the author with avatar, date and "Smart
 * Brevity count", the lead illustration with its credit, DraftJS paragraphs with bold lead-ins and bullet lists, a chart embed
 * with its data credit, the membership and newsletter boxes, "Go deeper" cards, the "Axios Local" cities menu, footer and the
 * __NEXT_DATA__ script that repeats the story). The Substack local news post of this file is in pages-heldout36-f2.ts.
 */
const axTitle = 'Columbus wants to turn 300 vacant Linden lots into homes';
const axBody = [
  'Columbus is offering hundreds of city-owned vacant lots in Linden to builders for $1 each, on the condition that they put ' + 'up homes people can afford.',
  '<strong>Why it matters:</strong> Linden has more vacant land than any other Columbus neighborhood, and city leaders see it ' +
    'as one of the fastest ways to add housing without displacing residents.',
  '<strong>Driving the news:</strong> The city’s land bank on Monday opened applications for the first 120 of roughly 300 ' +
    'lots it owns in North and South Linden.',
  'Builders must start construction within 18 months, and at least half of the homes on each block must sell for less than ' +
    '$250,000 or rent for under $1,300 a month.',
  'The land bank will also cover up to $20,000 per lot for water and sewer hookups, one of the costs that has kept small ' + 'builders away.',
  '<strong>By the numbers:</strong> Linden had about 1,150 vacant residential lots in 2025, according to city data.',
  'Roughly a quarter belong to the land bank; most of the rest are privately owned, many by out-of-state investors.',
  '<strong>What they’re saying:</strong> “We have had plans for Linden before. What we have not had is homes going up on ' +
    'these lots,” land bank director Keisha Monroe told Axios.',
  '<strong>Yes, but:</strong> Some longtime residents worry that new homes will push up property taxes for neighbors who ' +
    'have lived there for decades. The city says it is studying a tax relief program for those homeowners.',
  '<strong>What’s next:</strong> Applications close March 20, and the first lots will be awarded in May.',
];
const axCaption = 'Illustration: Maura Lindqvist/Axios';
const axChartTitle = 'Vacant residential lots by Columbus neighborhood, 2025';
const axChartCredit = 'Data: City of Columbus; Chart: Axios Visuals';
const axDeeper = [
  'Columbus’ housing levy is paying for its first homes',
  'Where Columbus rents rose the most in 2025',
  'The Linden neighborhood plan, explained',
];
const axCities = ['Atlanta', 'Austin', 'Boston', 'Charlotte', 'Chicago', 'Cleveland', 'Denver', 'Des Moines', 'Indianapolis', 'Nashville'];
const axFoot = ['About', 'Advertise with us', 'Careers', 'Events', 'Axios HQ', 'Privacy and cookies', 'Terms of use', 'Your privacy choices'];
const axNext = JSON.stringify({
  props: { pageProps: { story: { headline: axTitle, authors: [{ name: 'Morgan Ellis' }], blocks: texts(axBody), local: 'columbus' } } },
  page: '/local/[city]/[...slug]',
});
const axP = (t: string): string => `<p class="DraftjsBlocks-module_paragraph__l8yJV">${t}</p>`;
const axUl = (items: string[]): string =>
  `<ul class="DraftjsBlocks-module_list__Vn3Lk">${items.map((t) => `<li class="DraftjsBlocks-module_item__p0Mx8">${t}</li>`).join('')}</ul>`;
const axHtml = [
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>',
  `<title>${axTitle} - Axios Columbus</title><meta name="description" content="${texts(axBody)[0]!}"/>`,
  '<link rel="canonical" href="https://www.axios.com/local/columbus/2026/01/28/linden-vacant-lots-land-bank-homes"/>',
  '<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"',
  `${axTitle}","author":[{"@type":"Person","name":"Morgan Ellis"}],"datePublished":"2026-01-28T10:30:00.000Z"}</script>`,
  '<link rel="stylesheet" href="/_next/static/css/7e2b1c9f0a4d.css"/></head><body><div id="__next">',
  '<a href="#main" class="SkipLink_skip__Kq2d1">Skip to main content</a>',
  '<header class="LocalHeader_header__w3Kd9" data-cy="local-header"><a href="/" class="LocalHeader_logo__2bXs0" aria-label="Axios">',
  '<svg aria-hidden="true"></svg></a><a href="/local/columbus" class="LocalHeader_city__Jq0eL" data-cy="local-city">Axios Columbus</a>',
  '<nav class="LocalHeader_menu__Xk4s1" aria-label="Axios Local"><button class="LocalHeader_menuButton__8fNb2">Axios Local</button>',
  `<ul hidden="">${axCities.map((c) => `<li><a href="/local/${c.toLowerCase().replace(/ /g, '-')}">${c}</a></li>`).join('')}</ul></nav>`,
  '<a href="/newsletters/axios-columbus" class="Button_button__p3Vb9" data-cy="header-subscribe">Subscribe</a></header>',
  '<main id="main" class="StoryPage_main__dG8xZ"><article class="StoryPage_story__Qm1aE" data-cy="story">',
  `<h1 class="h1 StoryHeadline_headline__Z2nmF" data-cy="story-headline">${axTitle}</h1>`,
  '<div class="StoryByline_byline__d0Wq3" data-cy="byline"><img class="Avatar_img__pY1Lk" src="https://images.axios.com/',
  'morgan-ellis.png" alt=""/><a class="StoryByline_author__m2E8q" href="/authors/mellis">Morgan Ellis</a>',
  '<span class="StoryByline_date__k0Ztu" data-cy="time-rubric">Jan 28, 2026</span></div>',
  '<div class="SmartBrevity_count__b7Hn4" data-cy="smart-brevity-count">Smart Brevity<sup>®</sup> count: 1.2 mins...275 words</div>',
  '<figure class="StoryImage_figure__t2Lqs"><img src="https://images.axios.com/linden-lots.png" alt="" width="1920" height="1080"/>',
  `<figcaption class="StoryImage_caption__q0Z3g"><span>${axCaption}</span></figcaption></figure>`,
  '<div class="gtmContentClick StoryBody_body__sY4Zb DraftjsBlocks-module_draftjs__6e8cN" data-cy="story-body">',
  axBody.slice(0, 3).map(axP).join(''),
  axUl(axBody.slice(3, 5)),
  axP(axBody[5]!),
  axUl(axBody.slice(6, 7)),
  '<div class="EmbedChart_chart__n5Pq1" data-cy="embed"><iframe title="',
  `${axChartTitle}" src="https://datawrapper.dwcdn.net/Xq3kP/2/" height="520"></iframe><p class="EmbedChart_credit__f9Ktr">${axChartCredit}</p></div>`,
  axBody.slice(7).map(axP).join(''),
  '</div><div class="Membership_box__a1Zq8" data-cy="membership-cta"><p class="Membership_title__k3Ws0">Support local journalism</p>',
  '<p>Axios Columbus members help fund the reporting in this newsletter.</p><a href="/local/columbus/membership">Become a member</a></div>',
  '</article><section class="NewsletterSignup_box__Rb4Jm" data-cy="newsletter-signup"><h2>Get more local stories in your inbox with ',
  'Axios Columbus.</h2><form><input type="email" placeholder="Your email" aria-label="Email address"/><button type="submit">Subscribe',
  '</button></form></section><section class="GoDeeper_section__h6Tn2" data-cy="go-deeper"><h2>Go deeper</h2>',
  axDeeper.map((t, i) => `<a class="GoDeeper_card__c9Lm1" href="/local/columbus/2025/1${i}/01/story"><span>${t}</span></a>`).join(''),
  '</section></main><footer class="Footer_footer__Vb2y6"><ul>',
  axFoot.map((t) => `<li><a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`).join(''),
  '</ul><p>© 2026 Axios Media Inc.</p></footer></div>',
  `<script id="__NEXT_DATA__" type="application/json">${axNext}</script></body></html>`,
].join('');
const axios: TestPage = {
  html: axHtml,
  name: 'heldout36-axios-local',
  kind: 'news',
  // Axios has no subheads: the bold lead-ins ("Why it matters:", "Driving the news:") open paragraphs and stay in them, and
  // the bullets under them are body items; the author and date are the bylines; the city label, the hidden "Axios Local"
  // cities menu, "Smart Brevity count", the illustration credit, the chart's title (an iframe attribute, not page text) and
  // its data credit, the membership box, newsletter box, "Go deeper" cards, skip link and footer are furniture (the footer's
  // "About" is a word of the body: left out); __NEXT_DATA__ repeats the story in a script
  title: axTitle,
  headings: [],
  body: texts(axBody),
  bylines: ['Morgan Ellis', 'Jan 28, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Axios Columbus', 'Axios Local', ...axCities, 'Subscribe', 'Smart Brevity® count: 1.2 mins...275 words', axCaption,
    axChartCredit, 'Support local journalism', 'Axios Columbus members help fund the reporting in this newsletter.', 'Become a member',
    'Get more local stories in your inbox with Axios Columbus.', 'Go deeper', ...axDeeper, ...axFoot.slice(1), '© 2026 Axios Media Inc.',
  ],
};

export const HELDOUT36_F: readonly TestPage[] = [axios, substackLocal];
