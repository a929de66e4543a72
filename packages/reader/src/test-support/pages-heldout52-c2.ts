import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 52, file c2: a story in The Hill on the Nexstar template (the trending bar, section menu with "Newsletters"
 * and "Events", the section label, headline, the "by … - date time" line, share buttons, the lead photo with its AP credit
 * in the caption, the body with a "RELATED" link line and an inline "Top Stories" module, the Nexstar copyright line, tags,
 * the removed-comments notice, "Most Popular", "Top Videos", the Morning Report signup and the footer with the address).
 */
const thTitle = 'Bipartisan senators unveil bill to speed permits for interstate power lines';
const thBody = [
  'A bipartisan pair of senators on Tuesday introduced legislation that would set a two-year deadline for federal reviews of large ' +
    'electric transmission lines, the latest attempt to break a logjam that utilities and clean energy developers say is slowing the ' +
    'build-out of the grid.',
  'The bill, from Sens. Tom Haldane (R-Mont.) and Priya Raman (D-Colo.), would give the Federal Energy Regulatory Commission authority to ' +
    'approve the route of a transmission line that crosses at least three states if state regulators have not acted within 18 months.',
  '“Everybody in this building says they want cheaper, more reliable power,” Raman said at a press conference. “You cannot have that if it ' +
    'takes 12 years to build a power line. This bill is about getting the wires in the ground.”',
  'Haldane framed the measure as a win for rural states that produce power but struggle to ship it. “Montana has wind, it has hydro, it has ' +
    'natural gas,” he said. “What we don’t have is a way to get it to the people who need it.”',
  'The proposal also includes a provision, sought by Republicans, that would shorten the window for legal challenges to federal permits to ' +
    '150 days, down from six years for some claims under current law. Environmental groups have opposed similar limits in the past, arguing ' +
    'they cut communities out of the process.',
  'The average high-voltage line built in the United States over the past decade took more than ten years from proposal to completion, ' +
    'according to a report last year from the nonpartisan Grid Futures Institute.',
  'Permitting changes have repeatedly stalled in Congress, caught between Democrats who want faster approval of renewable energy projects and ' +
    'Republicans focused on pipelines and drilling. A broader package negotiated in 2024 collapsed at the end of that session.',
  'Aides to both senators said they hoped to attach the bill to must-pass legislation later this year. A House companion is expected to be ' +
    'introduced next week by Reps. Carla Menendez (R-Ariz.) and David Osei (D-Minn.).',
];
const thRelated = 'RELATED: House panel advances bill to fast-track nuclear reactor approvals';
const thTop = [
  'Senate confirms new Energy secretary in 54-46 vote',
  'Gas prices fall for fifth straight week, AAA says',
  'Supreme Court to hear challenge to EPA power plant rule',
];
const thTrending = ['Government funding', 'Supreme Court', 'Tariffs', 'Ukraine'];
const thNav = ['News', 'Politics', 'Video', 'Opinion', 'Business', 'Technology', 'Energy & Environment', 'Health Care', 'International'];
const thTags = ['electric grid', 'FERC', 'permitting reform', 'Priya Raman', 'Tom Haldane', 'transmission lines'];
const thPopular = [
  'Trump signs executive order on federal hiring',
  'Poll: Majority of voters say economy is getting worse',
  'Democrats unveil plan to lower child care costs',
  'Five takeaways from the State of the Union',
  'Judge blocks new rule on student loan forgiveness',
];
const thVideos = ['Rising: Is the permitting deal dead?', 'What to watch in the Senate this week'];
const thFoot = ['Contact', 'Advertise', 'Privacy Policy', 'Terms & Conditions', 'Cookie Policy', 'Do Not Sell or Share My Personal Information', 'Sitemap'];
const thCaption = 'Sen. Priya Raman (D-Colo.) speaks to reporters outside the Senate chamber on Jan. 28.';
const thCopy = 'Copyright 2026 Nexstar Media, Inc. All Rights Reserved. This material may not be published, broadcast, rewritten, or redistributed.';
const thNotice = 'The Hill has removed its comment section, as there are many other forums for readers to participate in the conversation.';
const thAddr = 'The Hill 1625 K Street, NW Suite 900 Washington DC 20006 | 202-628-8500 tel | 202-628-8503 fax';
const thHtml =
  `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Bipartisan senators unveil bill to speed permits for interstate power lines | The Hill</title>
<link rel="canonical" href="https://thehill.com/policy/energy-environment/5123456-transmission-permitting-bill-haldane-raman/">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${thTitle}","datePublished":"2026-02-03T06:00:00-05:00",
"author":[{"@type":"Person","name":"Rachel Dunmore"}],"publisher":{"@type":"NewsMediaOrganization","name":"The Hill"},
"articleSection":"Energy & Environment"}</script>
<script>window.nxsDataLayer={"page_type":"article","section":"energy-environment","byline":"Rachel Dunmore","story_id":"5123456"};</script></head>
<body class="wp-singular post-template-default single single-post postid-5123456 | nxs-page">
<div class="trending-bar | bg-gray-light"><span class="trending-bar__label">Trending:</span><ul>${links(thTrending, 'trending-bar__item')}</ul></div>
<header class="site-header | sticky"><a href="https://thehill.com/" class="site-header__logo" aria-label="The Hill home"><svg></svg></a>
<nav class="site-header__nav" aria-label="Primary"><ul>${links(thNav, 'menu-item')}</ul></nav>
<ul class="site-header__utility">${links(['Newsletters', 'Events', 'Log In'], 'utility-item')}</ul></header>
<main id="main" class="site-main"><article class="article | container"><header class="article__header">
<div class="article__section"><a href="/policy/energy-environment/">Energy &amp; Environment</a></div>
<h1 class="page-title">${thTitle}</h1>
<section class="submitted-by | color-gray-dark font-size-small">by <a href="/author/rachel-dunmore/">Rachel Dunmore</a> - 02/03/26 6:00 AM ET</section>
<div class="social-share | flex"><a href="#" class="social-share__link" aria-label="Share on Facebook"><span class="sr-only">Share</span></a>
<a href="#" class="social-share__link" aria-label="Post to X"><span class="sr-only">Post</span></a>
<a href="mailto:?subject=" class="social-share__link" aria-label="Email"><span class="sr-only">Email</span></a></div></header>
<figure class="article__featured-image"><img src="https://thehill.com/wp-content/uploads/sites/2/2026/02/raman_priya_012826ap.jpg?w=900" alt="">
<figcaption class="article__caption">${thCaption} (AP Photo/Mariam Zuhaib)</figcaption></figure>
<div class="article__text | body-copy | flow">
${thBody
  .slice(0, 3)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
<p><strong><a href="/policy/energy-environment/5120011-house-panel-nuclear-reactor-bill/">${thRelated}</a></strong></p>
${thBody
  .slice(3, 6)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
<div class="top-stories-inline | bg-gray-light" data-module="top-stories"><h2 class="top-stories-inline__title">Top Stories</h2>
<ul>${links(thTop, 'top-stories-inline__item')}</ul></div>
${thBody
  .slice(6)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
<p class="copyright">${thCopy}</p></div>
<div class="article__tags"><span>Tags</span><ul>${links(thTags, 'tag')}</ul></div>
<div class="comments-disabled"><p>${thNotice} We invite you to join the discussion on Facebook and Twitter.</p></div></article>
<aside class="sidebar"><section class="most-popular"><h2>Most Popular</h2><ol>${links(thPopular, 'most-popular__item')}</ol></section>
<section class="top-videos"><h2>Top Videos</h2><ul>${links(thVideos, 'video-item')}</ul><a href="/hilltv/">See All Video</a></section>
<section class="newsletter-signup"><h2>The Morning Report</h2><p>Start your day with the news that matters in Washington.</p>
<input type="email" aria-label="Email" placeholder="Email address"><button type="submit">Subscribe</button></section></aside></main>
<footer class="site-footer"><p class="site-footer__address">${thAddr}</p><ul>${links(thFoot)}</ul>
<p class="site-footer__copyright">© 1998 - 2026 Nexstar Media Inc. | All Rights Reserved.</p></footer>
<div id="onetrust-banner-sdk" class="otFloatingRoundedCorner" role="region" aria-label="Cookie banner"><p>By clicking “Accept All Cookies”, you agree ` +
  `to the storing of cookies on your device.</p><button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></body></html>`;
export const theHillStory: TestPage = {
  html: thHtml,
  name: 'heldout52-the-hill-story',
  kind: 'news',
  // every paragraph is body; no section headings; "Rachel Dunmore" and the "- 02/03/26 6:00 AM ET" date are bylines ("by" in
  // neither); the bold "RELATED:" link line is a related item between paragraphs: furniture; the Nexstar copyright line sits
  // inside the body div but is syndication boilerplate: furniture; the caption with its AP credit, section label, trending
  // bar, share labels, "Top Stories", tags (the senators' names and "transmission lines" are body words: left out), the
  // comments notice, rails, newsletter, cookie banner, header and footer are furniture
  title: thTitle,
  headings: [],
  body: texts(thBody),
  bylines: ['Rachel Dunmore', '02/03/26 6:00 AM ET'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Trending:', ...thTrending, ...thNav, 'Newsletters', 'Events', 'Log In', 'Share', 'Post', 'Email', thCaption, '(AP Photo/Mariam Zuhaib)',
    thRelated, 'Top Stories', ...thTop, thCopy, 'Tags', 'electric grid', 'FERC', 'permitting reform', thNotice,
    'We invite you to join the discussion on Facebook and Twitter.', 'Most Popular', ...thPopular, 'Top Videos', ...thVideos, 'See All Video',
    'The Morning Report', 'Start your day with the news that matters in Washington.', 'Subscribe', thAddr, ...thFoot,
    '© 1998 - 2026 Nexstar Media Inc. | All Rights Reserved.', 'By clicking “Accept All Cookies”, you agree to the storing of cookies on your device.',
    'Accept All Cookies',
  ],
};
