import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 105, file a2: a national broadcaster's story on a Global News-style WordPress VIP template ("l-article" and
 * "c-" blocks: top bar with region picker and "Watch live", section nav, trending bar, headline, byline with posted and updated
 * times, share bar, a top video with its hidden "Click to play video" label and caption, the body broken up by "Story continues
 * below advertisement" labels, an inline "Related video" player, "Trending Now" rail, "Sponsored content", the footer).
 */
const gnTitle = 'Harbour ferry between Port Alder and Kestrel Island to resume after 3-year pause';
const gnP1 = [
  'Ferry service between Port Alder and Kestrel Island will resume in May, the province announced Thursday, three years after the ' +
    'only vessel on the route was pulled from service with a cracked hull.',
  'Transportation Minister Anika Dorval said the province has signed a five-year lease for a 40-car vessel, the MV Coralline, ' +
    'which is being refitted at a shipyard in Halverton and is expected to arrive in April for crew training.',
  '“Islanders have been patient for far too long,” Dorval told reporters on the dock at Port Alder. “This is not the end of the ' +
    'work, but it means people will be able to get to a doctor’s appointment without losing a whole day.”',
];
const gnP2 = [
  'Since the Kestrel Queen was withdrawn in 2022, the island’s roughly 2,300 residents have relied on a passenger-only water taxi ' +
    'and a longer road route that involves a second ferry and adds about two hours to the trip each way.',
  'Local businesses say the loss of the car ferry hit them hard. Marguerite Osei, who runs a bakery and guesthouse near the island’s ' +
    'terminal, said summer bookings fell by more than half in the first year.',
  '“People do not come for a weekend if they cannot bring the car and the kids’ bikes,” she said. “We kept the doors open, but it ' + 'was close.”',
];
const gnP3 = [
  'The lease will cost the province about $7.4 million a year, according to documents released Thursday. Fares will stay at ' +
    'their 2022 levels until at least the end of 2026.',
  'The province also confirmed that design work on a permanent replacement vessel, promised in last year’s budget, is under way. ' +
    'A contract for construction is expected to go to tender next spring, with the new ship in service by 2029 at the earliest.',
  'Opposition transportation critic Lionel Barre welcomed the news but said the government had taken too long to act. “A leased ' +
    'ferry is a stopgap,” he said. “Islanders need to know the new ship is not going to slip another five years.”',
  'The ministry said a schedule for the spring season, with up to eight round trips a day, will be published next month.',
];
const gnTop = ['Canada', 'World', 'Politics', 'Money', 'Health', 'Entertainment', 'Lifestyle', 'Watch', 'Perspectives'];
const gnBar = ['Region', 'Watch live', 'Newsletters', 'Search'];
const gnTrend = ['Trending', 'Wildfire season', 'Housing', 'Interest rates'];
const gnBylines = ['By Priya Sandhu', 'Meridian News', 'Posted March 6, 2025 4:12 pm', 'Updated March 6, 2025 6:40 pm', '2 min read'];
const gnShare = [
  'Share this item on Facebook',
  'Share this item via WhatsApp',
  'Share this item on X',
  'Send this page to someone via email',
  'Share this item on Reddit',
];
const gnVideo1 = "Click to play video: 'Port Alder ferry service set to return in May'";
const gnVideoTitle1 = 'Port Alder ferry service set to return in May';
const gnVideoCap1 = 'The province says a leased vessel will restore car ferry service to Kestrel Island this spring. Priya Sandhu reports.';
const gnVideo2 = "Click to play video: 'Kestrel Island businesses count the cost of ferry outage'";
const gnVideoTitle2 = 'Kestrel Island businesses count the cost of ferry outage';
const gnVideoCap2 = 'Kestrel Island businesses count the cost of ferry outage – Sep 14, 2024';
const gnAd = 'Story continues below advertisement';
const gnRail = [
  'Trending Now',
  'Province extends rebate on home heat pumps',
  'Storm knocks out power to 40,000 customers on the coast',
  'Port Alder council approves new arena plan',
];
const gnSponsor = ['Sponsored content', 'AdChoices'];
const gnFoot = ['About Meridian News', 'Contact Us', 'Advertise With Us', 'Privacy Policy', 'Terms of Use', 'Accessibility', 'Corrections'];
const gnCopy = '© 2025 Meridian Media Corp., a division of Harrow Communications Inc.';
const gnAdSlot = (n: number): string => `<div class="l-article__ad"><div class="c-ad -label -midRoll" data-ad-slot="midroll-${n}">
<div class="c-ad__label">${gnAd}</div><div class="c-ad__unit" id="gpt-midroll-${n}"></div></div></div>`;
const gnVid = (id: string, label: string, title: string, cap: string): string => `<div class="c-video -inline" data-video-id="${id}">
<button class="c-video__play" aria-label="play"><span class="screen-reader-text">${label}</span></button>
<div class="c-video__info"><h3 class="c-video__title">${title}</h3><p class="c-video__caption">${cap}</p></div></div>`;
const gnPs = (a: readonly string[]): string => ps(a);
const gnHtml = `<!DOCTYPE html>
<html lang="en-CA"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Harbour ferry between Port Alder and Kestrel Island to resume after 3-year pause | Meridian News</title>
<meta name="description" content="Ferry service between Port Alder and Kestrel Island will resume in May, the province announced Thursday.">
<meta property="og:title" content="${gnTitle}"><meta property="og:site_name" content="Meridian News"><meta name="robots" content="max-image-preview:large">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${gnTitle}","datePublished":"2025-03-06T21:12:00Z",
"dateModified":"2025-03-06T23:40:00Z","author":[{"@type":"Person","name":"Priya Sandhu"}],"publisher":{"@type":"Organization","name":"Meridian News"}}</script>
<script>window.gnDataLayer=window.gnDataLayer||[];gnDataLayer.push({"pageType":"article","section":"canada"});</script>
<link rel="stylesheet" id="gn-style-css" href="https://www.meridiannews.example/wp-content/themes/meridian/dist/css/style.css?ver=3.18.2" media="all"></head>
<body class="post-template-default single single-post postid-10873344 single-format-standard">
<a class="screen-reader-text skip-link" href="#main">Skip to content</a>
<header class="l-header"><div class="c-topBar"><ul class="c-topBar__list">${links(gnBar, 'c-topBar__item')}</ul></div>
<nav class="c-nav" aria-label="Main menu"><a class="c-nav__logo" href="/"><span class="screen-reader-text">Meridian News</span></a>
<ul class="c-nav__list">${links(gnTop, 'c-nav__item')}</ul></nav>
<div class="c-trendingBar"><span class="c-trendingBar__label">${gnTrend[0]}</span><ul>${links(gnTrend.slice(1))}</ul></div></header>
<main id="main" class="l-main"><article class="l-article" id="article-10873344">
<header class="l-article__header"><a class="c-categoryLink" href="/canada/">Canada</a><h1 class="l-article__title">${gnTitle}</h1>
<div class="c-byline"><div class="c-byline__attribution"><span class="c-byline__author">By <a href="/author/priya-sandhu/">Priya Sandhu</a></span>
<span class="c-byline__source">Meridian News</span></div><div class="c-byline__dates"><div class="c-byline__date--pubDate">Posted March 6, 2025 4:12 pm</div>
<div class="c-byline__date--modDate">Updated March 6, 2025 6:40 pm</div><div class="c-byline__readTime">2 min read</div></div></div>
<ul class="c-share">${gnShare
  .map(
    (t) => `<li class="c-share__item"><button class="c-share__link" aria-label="${t}">
<span class="screen-reader-text">${t}</span></button></li>`,
  )
  .join('')}</ul>
</header>
<div class="l-article__featured">${gnVid('11029384', gnVideo1, gnVideoTitle1, gnVideoCap1)}</div>
<div class="l-article__text js-story-text">
${gnPs(gnP1.slice(0, 2))}
${gnAdSlot(1)}
${gnPs(gnP1.slice(2))}
${gnPs(gnP2.slice(0, 1))}
<div class="c-video -related"><h2 class="c-video__label">Related video</h2>${gnVid('10792341', gnVideo2, gnVideoTitle2, gnVideoCap2)}</div>
${gnPs(gnP2.slice(1))}
${gnAdSlot(2)}
${gnPs(gnP3.slice(0, 2))}
${gnAdSlot(3)}
${gnPs(gnP3.slice(2))}
</div>
<footer class="l-article__footer"><p class="c-copyright">${gnCopy}</p></footer></article>
<aside class="l-sidebar"><section class="c-trending"><h2 class="c-trending__title">${gnRail[0]}</h2><ol>${links(gnRail.slice(1), 'c-trending__item')}</ol>
</section>
<section class="c-sponsored"><h2 class="c-sponsored__label">${gnSponsor[0]}</h2><div id="taboola-right-rail"></div><a href="/adchoices/">${gnSponsor[1]}</a>
</section></aside>
</main>
<footer class="l-footer"><ul class="c-footer__links">${links(gnFoot)}</ul></footer>
<script src="https://www.meridiannews.example/wp-content/themes/meridian/dist/js/article.js?ver=3.18.2" id="gn-article-js" defer></script>
</body></html>`;
export const globalStory: TestPage = {
  html: gnHtml,
  name: 'heldout105-wpvip-news-continues-below',
  kind: 'news',
  // the "Story continues below advertisement" labels and the inline "Related video" player interrupt the body: furniture
  title: gnTitle,
  headings: [],
  body: [...texts(gnP1), ...texts(gnP2), ...texts(gnP3)],
  bylines: gnBylines,
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...gnBar, ...gnTop, ...gnTrend, ...gnShare, gnVideo1, gnVideoTitle1, gnVideoCap1, gnAd, 'Related video', gnVideo2, gnVideoTitle2,
    gnVideoCap2, gnCopy, ...gnRail, ...gnSponsor, ...gnFoot,
  ],
};
