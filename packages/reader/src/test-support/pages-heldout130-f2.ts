import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 130, file f2: a CBS News story (the site header with the section nav, "Watch CBS News" and "Local News",
 * the hidden local-stations menu, the content header with the two-author byline and the "Updated on: ... / CBS News"
 * timestamp, the share list with visually hidden labels, the lead video embed with its title and duration, an image embed
 * with caption and credit inside the body, an in-body "More from CBS News" related list, the "contributed to this report"
 * line, the "In:" topic tags, the author bio cards, "Trending News", the browser-notification prompt, the copyright line
 * and the footer).
 */
const cbTitle = 'Wildfire near Pine Hollow forces evacuation of more than 3,000 homes';
const cbP1 = [
  'A fast-moving wildfire fueled by strong winds and dry grass forced the evacuation of more than 3,000 homes near the town of ' +
    'Pine Hollow on Monday, officials said, as firefighters struggled to keep the flames from reaching neighborhoods on the ' +
    'edge of town.',
  'The Ridgeback Fire had burned about 8,400 acres by Monday evening and was 5% contained, according to the Calder County ' +
    'Sheriff’s Office. At least 14 structures have been destroyed, including several homes, though officials said it was too ' +
    'early to give a full count.',
  'No deaths have been reported. Two firefighters were treated for heat exhaustion and released, the county fire chief said.',
  '“This fire is moving faster than anything we have seen here in years,” Sheriff Dolores Whitcombe said at an afternoon news ' +
    'conference. “If you are told to leave, leave. Do not wait to see the smoke.”',
];
const cbCaption = 'Smoke from the Ridgeback Fire rises over a ridge west of Pine Hollow on March 3, 2025.';
const cbP2 = [
  'Wind gusts of up to 60 mph pushed the fire across two highways on Monday afternoon, forcing the closure of State Route 19 in ' +
    'both directions. Air tankers were grounded for several hours because of the wind, officials said.',
  'The National Weather Service issued a red flag warning for the region through Tuesday night, warning that humidity could ' +
    'fall as low as 8% and that any new fires could spread rapidly.',
  'Evacuation centers were opened at Pine Hollow High School and the Calder County Fairgrounds, where the Red Cross said about ' +
    '400 people had checked in by Monday night. Residents with large animals were directed to the fairgrounds.',
  'Jenna Marquez, who lives on the western edge of town with her husband and three children, said they had about 15 minutes to ' +
    'pack. “We grabbed the kids, the dog, and the photo albums,” she told CBS News. “I looked back and the whole hill behind our ' +
    'house was orange.”',
  'The cause of the fire is under investigation. Utility company Western Plains Electric said it had shut off power to about ' +
    '11,000 customers as a precaution and was reviewing whether any of its equipment was involved.',
  'The governor’s office said it had requested federal assistance to help cover the cost of fighting the fire.',
];
const cbNav = ['U.S.', 'World', 'Politics', 'Entertainment', 'HealthWatch', 'MoneyWatch', 'Crime', 'Sports', 'Essentials'];
const cbTop = ['Watch CBS News', 'Local News', 'Search', 'Log In'];
const cbLocal = ['Baltimore', 'Boston', 'Chicago', 'Colorado', 'Detroit', 'Los Angeles', 'Minnesota', 'New York', 'Philadelphia'];
const cbShare = ['Share on Facebook', 'Share on Twitter', 'Share on Reddit', 'Share on Flipboard', 'Copy Link'];
const cbVideo = ['Thousands evacuated as wildfire spreads near Pine Hollow', '02:13'];
const cbRelated = ['More from CBS News', 'What to pack in a wildfire go-bag', 'Red flag warnings issued across the Plains'];
const cbTags = ['In:', 'Wildfire', 'Evacuation', 'Fire'];
const cbBios = [
  'Marcus Delgado-Reeve is a national reporter for CBS News, covering natural disasters and climate.',
  'Aisha Koroma is a reporter and producer for CBS News based in Denver.',
];
const cbTrend = ['Trending News', 'Storm to bring heavy snow to the Rockies', 'Airline drops bag fees for families', 'Measles cases rise in three states'];
const cbNotify = ['Be the first to know', 'Get browser notifications for breaking news, live events, and exclusive reporting.', 'Not Now', 'Turn On'];
const cbFoot = [
  'Privacy Policy',
  'California Notice',
  'Your Privacy Choices',
  'Terms of Use',
  'About',
  'Advertise',
  'Closed Captioning',
  'CBS News Store',
  'Careers',
  'Help',
];
const cbPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const cbHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Wildfire near Pine Hollow forces evacuation of more than 3,000 homes - CBS News</title>
<meta name="description" content="A fast-moving wildfire forced the evacuation of more than 3,000 homes near Pine Hollow on Monday.">
<meta property="og:title" content="${cbTitle}"><meta property="og:site_name" content="CBS News"><meta property="og:type" content="article">
<meta name="author" content="Marcus Delgado-Reeve, Aisha Koroma"><link rel="canonical"
href="https://www.cbsnews.com/news/ridgeback-fire-pine-hollow-evacuations/">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${cbTitle}","dateCreated":"2025-03-03T19:02:00-0500",
"dateModified":"2025-03-04T00:14:00+0000","author":[{"@type":"Person","name":"Marcus Delgado-Reeve"},{"@type":"Person","name":"Aisha Koroma"}],
"publisher":{"@type":"NewsMediaOrganization","name":"CBS News"},"video":{"@type":"VideoObject","name":"${cbVideo[0]}","duration":"PT2M13S"}}</script>
<script>var CBSNEWS = CBSNEWS || {}; CBSNEWS.features = {"cbsi_ad_slots":true}; CBSNEWS.pageData = {"contentId":"0b1e7c92"};</script>
<link rel="stylesheet" href="https://www.cbsnews.com/fly/bundles/cbsnewscontent/css/article.min.9f3c1d.css"></head>
<body class="article-page"><a class="skip-to-content" href="#article-0">Skip to main content</a>
<header id="site-nav" class="site-nav" role="banner"><div class="site-nav__top"><button class="site-nav__hamburger" aria-label="Open menu"></button>
<a class="site-nav__logo" href="/"><span class="sr-only">CBS News</span></a><ul class="site-nav__utility">${links(cbTop, 'site-nav__utility-item')}</ul></div>
<nav class="site-nav__sections" aria-label="Sections"><ul>${links(cbNav, 'site-nav__item')}</ul></nav>
<div class="site-nav__local-menu" hidden><ul>${links(cbLocal, 'site-nav__local-item')}</ul></div></header>
<main id="component-0" class="content-wrapper"><article id="article-0" class="content-article" data-content-id="0b1e7c92">
<header class="content__header"><div class="content__header-title"><h1 class="content__title">${cbTitle}</h1></div>
<p class="content__meta content__meta--byline">By <span class="byline__author"><a class="byline__author__link"
href="/team/marcus-delgado-reeve/">Marcus Delgado-Reeve</a>,
</span> <span class="byline__author"><a class="byline__author__link" href="/team/aisha-koroma/">Aisha Koroma</a></span></p>
<p class="content__meta content__meta--timestamp"><time datetime="2025-03-04T00:14:00+0000">Updated on: March 3, 2025 / 7:14 PM EST</time> / CBS News</p>
<ul class="content__share">${cbShare
  .map(
    (t) => `<li><a class="content__share-link" href="#"><span
class="sr-only">${t}</span></a></li>`,
  )
  .join('')}</ul></header>
<figure class="embed embed--type-video embed--float-none embed--size-full"><div class="embed__content video-player" data-video-id="8b2d"></div>
<figcaption class="embed__caption"><span class="embed__title">${cbVideo[0]}</span> <span class="embed__duration">${cbVideo[1]}</span></figcaption></figure>
<section class="content__body">
${cbPs(cbP1)}
<figure class="embed embed--type-image embed--float-none embed--size-medium"><img alt="Smoke over a ridge"
src="https://assets1.cbsnewsstatic.example/hub/i/r/2025/03/03/ridgeback.jpg">
<figcaption class="embed__caption"><span class="embed__caption-text">${cbCaption}</span> <span
class="embed__credit">Calder County Fire Department</span></figcaption>
</figure>
${cbPs(cbP2.slice(0, 3))}
<aside class="embed embed--type-related-content"><h3
class="embed__title">${cbRelated[0]}</h3><ul>${links(cbRelated.slice(1), 'embed__related-item')}</ul></aside>
${cbPs(cbP2.slice(3))}
<p><em>Carlos Ibáñez-Hart contributed to this report.</em></p>
</section>
<ul class="content__tags">${cbTags.map((t, i) => (i === 0 ? `<li>${t}</li>` : `<li><a href="/tag/${t.toLowerCase()}/">${t}</a></li>`)).join('')}</ul>
<div class="content-author">${cbBios.map((b) => `<div class="content-author__card"><p class="content-author__bio">${b}</p></div>`).join('\n')}</div>
<p class="content__copyright">© 2025 CBS Interactive Inc. All Rights Reserved.</p></article>
<aside class="component--trending"><h2 class="component__title">${cbTrend[0]}</h2><ol>${links(cbTrend.slice(1), 'item')}</ol></aside></main>
<div class="notification-prompt" role="dialog"><p class="notification-prompt__title">${cbNotify[0]}</p><p>${cbNotify[1]}</p>
<button>${cbNotify[2]}</button><button>${cbNotify[3]}</button></div>
<footer class="site-footer"><ul>${links(cbFoot, 'site-footer__link')}</ul><p
class="site-footer__copyright">Copyright ©2025 CBS Interactive Inc. All rights reserved.</p>
</footer><script src="https://www.cbsnews.com/fly/bundles/cbsnewscontent/js/article.min.4a2e7f.js" defer></script></body></html>`;

export const cbsStory: TestPage = {
  html: cbHtml,
  name: 'heldout130-cbs-news-news',
  kind: 'news',
  // the in-body "More from CBS News" list (its h3 and links), video title and duration, caption and credit, tags, author
  // bios and rails are furniture; the "contributed to this report" line is a byline
  title: cbTitle,
  headings: [],
  body: texts([...cbP1, ...cbP2]),
  bylines: ['By Marcus Delgado-Reeve, Aisha Koroma', 'Updated on: March 3, 2025 / 7:14 PM EST / CBS News', 'Carlos Ibáñez-Hart contributed to this report.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...cbTop, ...cbNav, ...cbLocal, ...cbShare, ...cbVideo, cbCaption, 'Calder County Fire Department', ...cbRelated, ...cbTags,
    ...cbBios, '© 2025 CBS Interactive Inc. All Rights Reserved.', ...cbTrend, ...cbNotify, ...cbFoot,
    'Copyright ©2025 CBS Interactive Inc. All rights reserved.',
  ],
};
