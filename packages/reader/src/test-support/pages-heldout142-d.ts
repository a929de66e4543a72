import { links, type TestPage, texts } from './page-kit.js';
import { dallasNews } from './pages-heldout142-d2.js';

/**
 * Held-out batch 142, file d: a Miami Herald story on the McClatchy template (the skip link, the header with "Subscribe" and
 * "Sign In" and the hidden flyout menu, the section kicker, headline, the byline with the "Updated" time, "Listen to this
 * article" with its running time, the share buttons, the lead photo with caption and credit, story text with two subheads, a
 * "READ NEXT" card and an app promo ("Take Us With You") inside the story, "This story was originally published", the author
 * card with "Support my work with a digital subscription", the policy links, the "Related stories from Miami Herald" rail,
 * "Trending Stories" and the footer).
 */
const mhTitle = 'Miami-Dade schools will stop outdoor practices when heat index tops 103 after player collapsed';
const mhP1 = texts([
  'Miami-Dade County Public Schools will pull athletes off outdoor fields and move practices indoors whenever the heat index ' +
    'reaches 103 degrees, under a new policy the School Board approved Wednesday, six weeks after a high school football ' +
    'player collapsed during an afternoon workout.',
  'The rule, which takes effect Monday, applies to every sport and every level from middle school up. It also requires ' +
    'schools to keep cold-water immersion tubs on site for all outdoor practices and games between August and October.',
  'The player, a 16-year-old junior at a school in the southern part of the county, spent nine days in the hospital after ' +
    'collapsing on Aug. 21, when the heat index in the area reached 108, according to National Weather Service data. He has ' +
    'since returned to class, a district spokesperson said.',
]);
const mhH1 = 'What changes for schools';
const mhP2 = texts([
  'Until now, the district left heat decisions largely to coaches and athletic trainers, who were told to follow state ' +
    'guidelines that call for more breaks and lighter equipment as temperatures climb but do not require practices to stop.',
  'Under the new policy, every school must check the heat index with a wet-bulb thermometer 30 minutes before practice and ' +
    'every hour after that. Readings are to be logged in a shared system the district’s athletics office can see in real time.',
  'When the index hits 103, teams must move inside or end practice. Games already underway can continue with mandatory ' + 'water breaks every 15 minutes.',
  'Board member Yolanda Reyes-Carr, who sponsored the measure, said the point was to take the decision away from people under ' +
    'pressure to keep practicing. “A coach with a big game on Friday should not be the one deciding whether it is too hot on ' +
    'Tuesday,” she said.',
]);
const mhH2 = 'Cost and concerns';
const mhP3 = texts([
  'The district estimates the immersion tubs, thermometers and additional trainer hours will cost about $1.3 million a year. ' +
    'It plans to pay for most of it from athletics reserves.',
  'Some coaches said they support the rule but worry about schools without gyms large enough for full-team practices. About ' +
    'a dozen middle schools would have nowhere to move indoors, according to a district count.',
  '“We will lose some practice days, and that is fine,” said Andre Whitlock, a football coach in the northern part of the ' +
    'county. “I would rather lose a practice than a kid.”',
  'District officials said they would look at staggering practice times so schools without gyms can practice early in the ' +
    'morning or after sunset during the hottest weeks.',
]);
const mhNav = ['Local', 'Sports', 'Real Estate News', 'Business', 'Opinion', 'El Nuevo Herald', 'Obituaries', 'eEdition'];
const mhCaption = 'Players take a water break during a practice at a Miami-Dade high school in August.';
const mhCredit = 'CARL JUAREZ cjuarez@miamiherald.com';
const mhReadNext = 'Florida’s heat-illness rules for workers are back before lawmakers. Here’s what could change';
const mhApp = ['Take Us With You', 'Real-time updates and all local stories you want right in the palm of your hand.', 'Miami Herald App'];
const mhBio = 'Sabrina Ocampo covers education for the Miami Herald, including Miami-Dade County Public Schools. She joined the Herald in 2021.';
const mhPolicy = ['Copyright', 'Commenting Policy', 'Corrections Policy'];
const mhRelated = [
  'Heat index hit 110 in parts of Miami-Dade this summer. Are schools ready for more?',
  'Broward schools add cooling tubs at every high school stadium',
];
const mhTrending = [
  'Brightline adds late-night trains between Miami and Fort Lauderdale',
  'King tides expected this week. Here’s where streets could flood',
  'New Cuban bakery in Hialeah draws lines around the block',
];
const mhFoot = ['About Us', 'Contact Us', 'Newsletters', 'Archives', 'Start a Subscription', 'Customer Service', 'Terms of Service', 'Privacy Policy'];
const mhP = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const mhHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${mhTitle} | Miami Herald</title>
<meta name="description" content="The School Board approved a new heat policy six weeks after a football player collapsed.">
<meta property="og:site_name" content="miamiherald">
<meta property="og:type" content="article"><meta property="og:title" content="${mhTitle}"><meta name="section" content="Miami-Dade County">
<link rel="canonical" href="https://www.miamiherald.com/news/local/education/article312054781.html">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${mhTitle}","datePublished":"2025-10-08T17:00:00-04:00",
"dateModified":"2025-10-08T18:29:00-04:00","author":[{"@type":"Person","name":"Sabrina Ocampo"}],"publisher":{"@type":"Organization",
"name":"Miami Herald"}}</script>
<link rel="stylesheet" href="https://www.miamiherald.com/static/hi/css/story.css?v=2025.10.1"><script>window.pageInfo={"id.story":"312054781",
"paywall":"metered"};</script>
<script src="https://www.miamiherald.com/static/hi/js/story.js?v=2025.10.1" defer></script></head>
<body class="story-page"><a class="skip" href="#main-content">Skip to main content</a>
<header class="masthead"><button class="flyout-toggle" aria-label="Open Menu"><span>Menu</span></button>
<a class="logo" href="https://www.miamiherald.com/"><img src="https://www.miamiherald.com/static/hi/img/logo.svg" alt="Miami Herald Logo"></a>
<div class="masthead-actions"><a class="subscribe" href="https://www.miamiherald.com/subscribe">Subscribe</a>
<a class="sign-in" href="/account/sign-in">Sign In</a></div>
<nav class="sections" aria-label="Sections"><ul>${links(mhNav, 'section')}</ul></nav></header>
<div class="flyout" hidden><nav aria-label="All sections"><ul>${links(mhNav, 'flyout-item')}</ul></nav></div>
<main id="main-content"><article class="story-body">
<div class="header"><a class="kicker" href="/news/local/community/miami-dade/">Miami-Dade County</a><h1 class="h1">${mhTitle}</h1>
<div class="byline"><a class="ellipsis" href="https://www.miamiherald.com/profile/223781.html">By Sabrina Ocampo</a>
<time class="update-date" datetime="2025-10-08T18:29:00-04:00">Updated October 8, 2025 6:29 PM</time></div>
<div class="listen"><button class="listen-button" type="button">Listen to this article</button><span class="listen-time">5 min</span></div>
<div class="share-tools"><a class="share-facebook" href="#"><span class="sr-only">Share on Facebook</span></a><a class="share-x" href="#">
<span class="sr-only">Share on X</span></a><a class="share-email" href="#"><span class="sr-only">Email</span></a></div></div>
<figure class="lead-item"><img src="https://www.miamiherald.com/latest-news/9o4u1a/picture312054779/alternates/LANDSCAPE_1140/practice.jpg"
alt="Football players drink water">
<figcaption><p class="caption">${mhCaption}</p><p class="credits">${mhCredit}</p></figcaption></figure>
${mhP(mhP1)}
<div class="read-next"><span class="read-next-label">READ NEXT</span>
<a href="/news/politics-government/state-politics/article311990012.html">${mhReadNext}</a></div>
<h2>${mhH1}</h2>
${mhP(mhP2.slice(0, 2))}
<div class="ad-widget ad-inline"><span class="ad-label">Advertisement</span><div id="zone-el-101"></div></div>
${mhP(mhP2.slice(2))}
<div class="app-promo"><h3>${mhApp[0]}</h3><p>${mhApp[1]}</p><a class="app-promo-button" href="https://www.miamiherald.com/app">${mhApp[2]}</a></div>
<h2>${mhH2}</h2>
${mhP(mhP3)}
<p class="time-stamp">This story was originally published October 8, 2025 at 5:00 PM.</p>
<div class="author-card"><img src="https://www.miamiherald.com/profile-images/sabrina-ocampo.jpg" alt="Profile Image of Sabrina Ocampo">
<div class="author-details"><a class="author-name" href="https://www.miamiherald.com/profile/223781.html">Sabrina Ocampo</a><p class="title">Miami Herald</p>
<p class="bio">${mhBio}</p><a class="support-button" href="/subscribe?author=223781">Support my work with a digital subscription</a></div></div>
<ul class="policy-links">${links(mhPolicy, 'policy')}</ul></article>
<section class="related-stories"><h3 class="section-title">Related stories from Miami Herald</h3><ul>${links(mhRelated, 'package')}</ul></section>
<aside class="trending"><h3 class="section-title">Trending Stories</h3><ol>${links(mhTrending, 'trending-item')}</ol></aside></main>
<footer class="footer"><ul class="footer-links">${links(mhFoot, 'footer-link')}</ul>
<p class="copyright">Copyright 2025 Miami Herald. All Rights Reserved.</p></footer>
</body></html>`;
const miamiHerald: TestPage = {
  html: mhHtml,
  name: 'heldout142-miamiherald-news',
  kind: 'news',
  // "By ...", the updated time, the "5 min" reading time, "This story was originally published" and the author card's name
  // are bylines; the kicker, the "Listen" button, READ NEXT card, app promo, caption and photo credit, the rest of the
  // author card, policy links and rails are furniture
  title: mhTitle,
  headings: [mhH1, mhH2],
  body: [...mhP1, ...mhP2, ...mhP3],
  bylines: [
    'By Sabrina Ocampo',
    'Updated October 8, 2025 6:29 PM',
    '5 min',
    'This story was originally published October 8, 2025 at 5:00 PM.',
    'Sabrina Ocampo',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Menu', 'Subscribe', 'Sign In', ...mhNav, 'Miami-Dade County', 'Listen to this article', 'Share on Facebook', 'Share on X',
    'Email', mhCaption, mhCredit, 'READ NEXT', mhReadNext, 'Advertisement', ...mhApp, 'Miami Herald', mhBio,
    'Support my work with a digital subscription', ...mhPolicy, 'Related stories from Miami Herald', ...mhRelated, 'Trending Stories', ...mhTrending,
    ...mhFoot, 'Copyright 2025 Miami Herald. All Rights Reserved.',
  ],
};

export const HELDOUT142_D: readonly TestPage[] = [miamiHerald, dallasNews];
