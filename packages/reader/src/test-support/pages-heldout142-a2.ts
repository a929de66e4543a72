import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 142, file a2: a Minnesota Star Tribune local story on its Next.js site (skip link, the metered "free articles"
 * bar above the header, the header with "Subscribe" and "Log in", the section nav, the section label, headline, byline with
 * outlet and timestamp, the share buttons with screen-reader labels, the lead photo whose caption ends in the credit, the
 * story with an inline "Related Coverage" module and a newsletter box, the author card with bio and "See More", the "More
 * from Local" rail and the footer with the e-edition and legal links).
 */
const stTitle = 'Kettle County township votes to let gravel pit expand toward Lake Merrin, angering neighbors';
const stP1 = texts([
  'KETTLE RIVER, MINN. — A gravel mine that has operated quietly on the edge of Linden Prairie Township for three decades ' +
    'will be allowed to nearly double in size, after the township board voted 3-2 late Tuesday to approve a permit that ' +
    'neighbors had fought for more than a year.',
  'The expansion lets Rusk Aggregates dig on an additional 88 acres to the north, bringing the edge of the pit within about ' +
    'a quarter mile of the south shore of Lake Merrin, a 400-acre lake ringed by cabins and year-round homes.',
  'Board Chair Leonard Vik said the township had no legal grounds to refuse. “They met every condition we asked for,” he said ' +
    'after the meeting, which ran past 11 p.m. “You can be against a project and still have to follow the ordinance.”',
]);
const stP2 = texts([
  'More than 150 people packed the township hall and the gravel parking lot outside, where the meeting was played on a ' +
    'loudspeaker. Most who spoke opposed the expansion, citing truck traffic, dust and worries that digging below the water ' +
    'table could lower the lake.',
  '“We have watched this lake drop two feet in dry summers already,” said Carol Ashby, who leads the Lake Merrin Association. ' +
    '“Nobody on this board can tell us what a hole this size will do to it.”',
  'A hydrology study paid for by the company concluded that the mine would have “no measurable effect” on lake levels, as long ' +
    'as digging stays at least 10 feet above the groundwater. The lake association hired its own consultant, who said the ' +
    'company’s study relied on only two monitoring wells and should be redone with at least six.',
]);
const stP3 = texts([
  'Under the permit, Rusk must install four more monitoring wells and report water levels to the township every quarter. ' +
    'Trucks will be limited to 60 round trips a day, down from the 90 the company first requested, and may not run before ' +
    '7 a.m. or on Sundays.',
  'The company also agreed to pay $40,000 a year toward repairs on County Road 14, the two-lane road most trucks will use, ' +
    'and to plant a 100-foot buffer of trees along the lake side of the property.',
  'Rusk Aggregates President Dale Hummel said the conditions were “strict but workable.” The expansion, he said, would keep ' +
    'about 25 people employed for another 20 years and supply gravel for road projects across the region.',
  'Opponents said they would ask the Kettle County Board to order a full environmental impact statement, a step that could ' +
    'delay the project by a year or more. State rules require such a review for mines above a certain size, and the two sides ' +
    'disagree over whether the expansion crosses that line.',
  'Township Supervisor Ann Marie Lutz, one of the two no votes, said she would support that request. “I would rather be sure,” ' +
    'she said. “Once the gravel is gone, it is gone, and so is whatever the lake loses.”',
  'Digging on the new acres could begin next spring if no further review is ordered.',
]);
const stNav = ['News & Politics', 'Sports', 'Business', 'Opinion', 'Variety', 'Obituaries', 'Podcasts', 'E-edition'];
const stCaption = 'Trucks leave the Rusk Aggregates pit in Linden Prairie Township on Monday.';
const stCredit = '(Ingrid Solberg/The Minnesota Star Tribune)';
const stRelated = ['Lake associations push for tougher rules on mining near shorelines', 'Why Minnesota’s gravel is running out near the metro'];
const stNews = ['Morning Headlines', 'Get the day’s top Minnesota stories in your inbox every morning.', 'Enter your email', 'Sign up'];
const stBio = 'Tomas Rivera covers rural Minnesota, agriculture and the environment for the Minnesota Star Tribune.';
const stMore = [
  'Duluth council approves new limits on short-term rentals',
  'Brainerd-area resort sells to family that ran it in the 1960s',
  'Farmers say late harvest will test grain elevators',
  'State to test lake water near closed landfill after residents’ complaints',
];
const stFoot = [
  'About Us',
  'Contact Us',
  'Careers',
  'Advertise',
  'Help',
  'Manage Subscription',
  'Newsletters',
  'Terms of Use',
  'Privacy Policy',
  'Your Privacy Choices',
];
const stP = (a: readonly string[]): string => a.map((t) => `<p class="article-paragraph text-base leading-relaxed mb-6">${t}</p>`).join('\n');
const stShare = (label: string, net: string): string => `<button type="button" class="share-button share-button--${net}" data-testid="share-${net}">
<svg aria-hidden="true" class="w-5 h-5"><use href="#icon-${net}"></use></svg><span class="sr-only">${label}</span></button>`;
const stHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${stTitle}</title>
<meta name="description" content="The Linden Prairie Township board approved an 88-acre expansion of the Rusk Aggregates mine.">
<meta property="og:site_name" content="Star Tribune"><meta property="og:type" content="article"><meta property="og:title" content="${stTitle}">
<meta name="article:author" content="Tomas Rivera"><meta name="article:published_time" content="2025-10-08T02:14:00Z">
<link rel="canonical" href="https://www.startribune.com/kettle-county-gravel-pit-expansion-lake-merrin/601488231">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${stTitle}","datePublished":"2025-10-08T02:14:00Z",
"author":[{"@type":"Person","name":"Tomas Rivera"}],"publisher":{"@type":"NewsMediaOrganization","name":"The Minnesota Star Tribune"},
"isAccessibleForFree":false}</script>
<link rel="preload" href="/_next/static/css/5c3f2ad1c2e0f7a1.css" as="style"><link rel="stylesheet" href="/_next/static/css/5c3f2ad1c2e0f7a1.css">
<script src="/_next/static/chunks/webpack-71f1c2d4.js" defer></script><script src="/_next/static/chunks/main-app-0a77d1.js" defer></script></head>
<body class="bg-white text-gray-900"><div id="__next">
<a href="#main-content" class="sr-only focus:not-sr-only">Skip to main content</a>
<div class="meter-bar bg-blue-900 text-white text-sm" data-testid="meter-bar"><p>You have 2 free articles remaining this month.</p>
<a class="underline" href="/subscribe?offer=meter">Subscribe for $1</a></div>
<header class="site-header border-b" data-testid="header"><div class="flex items-center justify-between px-4">
<button type="button" aria-label="Open menu" class="menu-button"><svg aria-hidden="true"><use href="#icon-menu"></use></svg></button>
<a href="/" class="logo" aria-label="The Minnesota Star Tribune home"><svg class="h-8" role="img"><title>The Minnesota Star Tribune</title></svg></a>
<div class="flex gap-2"><a href="/subscribe" class="btn btn-primary" data-testid="header-subscribe">Subscribe</a>
<a href="/login" class="btn btn-secondary">Log in</a></div></div>
<nav aria-label="Main" class="main-nav hidden md:block"><ul class="flex gap-6 justify-center">${links(stNav, 'main-nav__item')}</ul></nav></header>
<main id="main-content"><article class="article max-w-[680px] mx-auto" data-testid="article">
<div class="article-header"><a href="/local" class="section-label uppercase text-xs font-bold tracking-wide">Local</a>
<h1 class="article-headline font-serif text-4xl" data-testid="headline">${stTitle}</h1>
<div class="byline flex flex-col text-sm" data-testid="byline"><div>By <a href="/author/tomas-rivera" class="font-bold">Tomas Rivera</a></div>
<div class="text-gray-600">The Minnesota Star Tribune</div><time datetime="2025-10-08T02:14:00Z" class="text-gray-600">October 7, 2025 at 9:14PM</time></div>
<div class="share-bar flex gap-3" data-testid="share-bar">${stShare('Share on Facebook', 'facebook')}${stShare('Share on X', 'x')}
${stShare('Share via email', 'email')}${stShare('Copy link', 'link')}</div></div>
<figure class="lead-art"><img alt="Dump trucks on a gravel road" src="https://arc.stimg.example/resizer/v2/QW2E.jpg?auth=77&amp;width=1200" loading="eager">
<figcaption class="text-xs text-gray-600 mt-2">${stCaption} ${stCredit}</figcaption></figure>
<div class="article-body" data-testid="article-body">
${stP(stP1)}
<aside class="related-coverage border-y my-8 py-4" data-testid="related-coverage"><h2 class="text-sm font-bold uppercase">Related Coverage</h2>
<ul>${links(stRelated, 'related-coverage__item')}</ul></aside>
${stP(stP2)}
<div class="ad-slot my-8" data-testid="ad-slot"><span class="ad-slot__label text-xs">Advertisement</span><div id="gpt-mid-article-1"></div></div>
${stP(stP3.slice(0, 3))}
<div class="newsletter-promo bg-gray-100 p-6 my-8" data-testid="newsletter-promo"><h3 class="font-bold">${stNews[0]}</h3><p>${stNews[1]}</p>
<form><input type="email" aria-label="${stNews[2]}" placeholder="${stNews[2]}"><button type="submit">${stNews[3]}</button></form></div>
${stP(stP3.slice(3))}
</div>
<div class="author-card flex gap-4 border-t pt-6 mt-10" data-testid="author-card">
<img src="https://arc.stimg.example/authors/trivera.jpg" alt="" class="rounded-full w-16">
<div><p class="font-bold"><a href="/author/tomas-rivera">Tomas Rivera</a></p><p class="text-sm">${stBio}</p>
<a href="/author/tomas-rivera" class="text-sm underline">See More</a></div></div></article>
<section class="more-from max-w-[1200px] mx-auto" data-testid="more-from"><h2 class="text-xl font-bold">More from Local</h2>
<ul class="grid grid-cols-4 gap-6">${links(stMore, 'more-from__item')}</ul></section></main>
<footer class="site-footer bg-gray-900 text-white"><div class="footer-logo"><svg role="img"><title>The Minnesota Star Tribune</title></svg></div>
<ul class="footer-links grid grid-cols-2 md:grid-cols-5">${links(stFoot, 'footer-links__item')}</ul>
<p class="text-xs">© 2025 The Minnesota Star Tribune. All rights reserved.</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"article":{"id":"601488231","section":"local"}}},"page":"/[...slug]",
"buildId":"Dk2"}</script>
</body></html>`;
export const starTribune: TestPage = {
  html: stHtml,
  name: 'heldout142-startribune-news',
  kind: 'news',
  // the dateline opens the first paragraph (body); "By", the author, the outlet line and time are bylines; the meter bar,
  // related-coverage module, newsletter box, caption with credit, section label, author card bio and rails are furniture
  title: stTitle,
  headings: [],
  body: [...stP1, ...stP2, ...stP3],
  bylines: ['Tomas Rivera', 'The Minnesota Star Tribune', 'October 7, 2025 at 9:14PM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'You have 2 free articles remaining this month.', 'Subscribe for $1', 'Subscribe', 'Log in', ...stNav, 'Local',
    'Share on Facebook', 'Share on X', 'Share via email', 'Copy link', stCaption, stCredit, 'Related Coverage', ...stRelated, 'Advertisement',
    ...stNews.filter((t) => t !== 'Enter your email'), stBio, 'See More', 'More from Local', ...stMore, ...stFoot,
    '© 2025 The Minnesota Star Tribune. All rights reserved.',
  ],
};
