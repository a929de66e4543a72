import { links, ps, type TestPage, texts } from './page-kit.js';
import { ajmPage } from './pages-heldout404-b2.js';
import { lis, paras } from './pages-heldout404-kit.js';

/**
 * Held-out batch 404, file b: a BMJ-style research article on a HighWire/Drupal template (OneTrust banner, masthead with
 * search and menus, breadcrumb, citation metadata, article tabs, structured abstract, summary boxes, a table, rapid responses,
 * the right rail with "Cite this as", linked editorial, share links and the footer) and, from file b2, an NEJM-style
 * Perspective on an Atypon template.
 */
const title = 'Emergency attendances for electric scooter injuries before and after a 20 km/h speed limit: interrupted time series analysis';
const abs = paras(`
<strong>Objective</strong> To estimate the change in emergency department attendances for injuries from rental electric scooters after a city lowered the
speed limit of rental scooters from 25 km/h to 20 km/h.

<strong>Design</strong> Interrupted time series analysis of weekly attendances over 104 weeks.

<strong>Setting</strong> Three emergency departments serving the city of Calderbridge.

<strong>Participants</strong> 2214 patients aged 16 years or older attending with an injury recorded as involving an electric scooter.

<strong>Results</strong> Attendances rose steadily in the year before the limit. In the week after it, weekly attendances fell by 6.1 (95% confidence
interval 3.4 to 8.8), and the upward trend flattened. Head injuries fell more than other injuries.

<strong>Conclusions</strong> A modest reduction in the maximum speed of rental scooters was followed by fewer and less severe injuries.
`);
const known = [
  'Injuries from rental electric scooters have risen quickly in cities that allow them',
  'Head injuries are common, and few riders of rental scooters wear helmets',
];
const adds = [
  'Lowering the speed limit of rental scooters by 5 km/h was followed by a fall of about a quarter in emergency attendances',
  'The largest fall was in head injuries needing computed tomography',
];
const intro = paras(`
Rental electric scooters arrived in Calderbridge in the spring of 2023 and within a year were making more than 40 000 trips a week. Emergency clinicians
soon reported a steady flow of riders and pedestrians with fractures of the wrist and face and with head injuries, most of them at night.

In April 2024 the city council required operators to cap the speed of rental scooters at 20 km/h, using the software that already limited them to 25
km/h. Because the change happened on a single day and affected every rental scooter at once, it offered a natural experiment.
`);
const methods = paras(`
We searched the free-text triage notes of the three emergency departments for the words scooter, e-scooter and escooter and reviewed each record by hand
to exclude mobility scooters and children's kick scooters. We counted attendances by week and fitted segmented regression models with terms for the
level and trend before and after the change, allowing for season and for the number of trips reported by operators.
`);
const results = paras(`
Of 2214 attendances, 1873 (85%) were riders and 341 (15%) pedestrians or cyclists struck by a scooter. The table shows injuries by type in the two
periods. Attendances among pedestrians changed little, which suggests that the fall among riders was not caused by a change in recording.
`);
const discussion = paras(`
A small reduction in maximum speed was followed by a clear and lasting fall in injuries. Operators reported no fall in the number of trips, so the change
is unlikely to be explained by fewer people riding. Private scooters were not covered by the limit, and we could not separate them from rental ones in
the triage notes; if anything, this would make our estimate too small.
`);
const heads = ['Abstract', 'What is already known on this topic', 'What this study adds', 'Introduction', 'Methods', 'Results', 'Discussion'];
const authors = ['Eilidh Farquhar', 'Rohan Desai', 'Mairead Quinlan', 'Peter Ashdown'];
const tabs = ['Article', 'Related content', 'Article metrics', 'Rapid responses', 'Peer review'];
const nav = ['Research', 'Education', 'News & Views', 'Campaigns', 'Archive', 'Podcasts'];
const crumb = ['Home', 'Latest research'];
const responses = [
  [
    'Re: Electric scooter injuries and speed limits',
    'Our department saw a similar fall after our own city capped speeds last autumn, mostly in facial fractures.',
  ],
  ['Helmets matter as much as speed', 'The authors do not discuss helmet use, which remained very low after the limit.'],
] as const;
const rail = ['Cite this as: NMJ 2026;392:e081460', 'Linked Editorial', 'Making micromobility safer', 'Read the full text', 'Respond to this article'];
const share = ['Tweet', 'Facebook', 'LinkedIn', 'Email'];
const foot = ['About us', 'Editorial staff', 'Contact us', 'Advertising', 'Permissions', 'Privacy policy', 'Terms and conditions', 'Sitemap'];
const sec = (h: string, body: string): string => `<div class="section"><h2>${h}</h2>\n${body}</div>`;
const box = (h: string, items: readonly string[]): string => `<div class="boxed-text"><h3>${h}</h3><ul class="list-unord">${lis(items)}</ul></div>`;
const html = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${title} | The NMJ</title>
<meta name="citation_title" content="${title}"><meta name="citation_journal_title" content="NMJ"><meta name="citation_publication_date" content="2026/03/12">
<meta name="citation_doi" content="10.1137/nmj-2025-081460"><meta name="dc.type" content="Research"><meta property="og:site_name" content="The NMJ">
<link rel="stylesheet" href="https://www.nmj.example/sites/all/themes/nmj/css/main.css">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"ScholarlyArticle","headline":"${title}","datePublished":"2026-03-12"}</script>
<script>var googletag = googletag || {}; googletag.cmd = googletag.cmd || [];</script></head>
<body class="html not-front page-node node-type-highwire-article"><div id="skip-link"><a href="#main-content" class="element-invisible">Skip to main
content</a></div>
<div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">We use cookies to improve our
service and to tailor
our content and advertising to you.</p><button id="onetrust-accept-btn-handler">Accept all cookies</button><button id="onetrust-pc-btn-handler">Cookie
settings</button></div>
<div class="region-leaderboard"><div class="ad-label">Advertisement</div><div id="div-gpt-ad-leaderboard"></div></div>
<header id="header" class="masthead"><a class="logo" href="/">The NMJ</a><div class="header-links"><a href="/login">Log in</a><a
href="/subscribe">Subscribe</a></div>
<form class="search-form" action="/search/advanced"><input type="text" name="keywords" placeholder="Search all NMJ content"></form>
<nav class="main-menu"><ul class="menu">${links(nav, 'leaf')}</ul></nav></header>
<div id="main-content"><div class="breadcrumb"><ol>${lis(crumb)}</ol></div><div class="panel-pane pane-highwire-article-citation">
<div class="highwire-cite highwire-article-citation"><div class="highwire-cite-article-type">Research</div>
<h1 class="highwire-cite-title" id="page-title">${title}</h1>
<div class="highwire-cite-metadata"><span class="highwire-cite-metadata-journal">NMJ </span><span class="highwire-cite-metadata-date">2026; </span>
<span class="highwire-cite-metadata-volume">392 </span><span class="highwire-cite-metadata-elocation-id">doi:
https://doi.example/10.1137/nmj-2025-081460</span></div>
<div class="highwire-cite-metadata-published">(Published 12 March 2026)</div>
<div class="highwire-cite-authors"><span class="highwire-citation-authors">${authors
  .map(
    (a, i) => `<span class="highwire-citation-author${i === 0 ? ' first' : ''}"
data-delta="${i}">${a}</span>`,
  )
  .join(', ')}</span></div></div></div>
<ul class="tabs article-tabs">${links(tabs, 'tab')}</ul>
<div class="article fulltext-view"><div class="section abstract" id="abstract-1"><h2>${heads[0]}</h2>\n${ps(abs)}</div>
${box(heads[1] ?? '', known)}${box(heads[2] ?? '', adds)}
${sec(heads[3] ?? '', ps(intro))}${sec(heads[4] ?? '', ps(methods))}
<div class="section"><h2>${heads[5]}</h2>\n${ps(results)}
<div class="table-expansion" id="T1"><div class="table-caption"><span class="table-label">Table 1</span> <p class="first-child">Injuries by type in
the 52 weeks before
and after the speed limit</p></div><table><thead><tr><th>Injury</th><th>Before</th><th>After</th></tr></thead>
<tbody><tr><td>Head</td><td>312</td><td>184</td></tr>
<tr><td>Upper limb</td><td>498</td><td>402</td></tr><tr><td>Lower limb</td><td>371</td><td>329</td></tr></tbody></table><div class="table-foot">View this table:
<a href="T1.expansion.html">View popup</a></div></div></div>
${sec(heads[6] ?? '', ps(discussion))}
<div class="section fn-group"><h2>Footnotes</h2><ul><li>Contributors: EF and RD designed the study. PA is the guarantor.</li>
<li>Competing interests: none declared.</li></ul></div></div>
<div class="rapid-responses"><h2>Rapid responses</h2>${responses
  .map(
    ([t, b]) => `<div class="rapid-response"><h3 class="rr-title">${t}</h3>
<p>${b}</p><div class="rr-meta">Competing interests: No competing interests</div></div>`,
  )
  .join('\n')}</div></div>
<aside class="sidebar"><div class="pane-nmj-cite">${lis(rail)}</div><div class="pane-share"><h3>Share</h3><ul>${links(share)}</ul></div>
<div class="pane-related"><h3>Read more</h3><ul>${links([
  'Speed limits for rental scooters: the evidence so far',
  'Scooter riders and facial fractures',
])}</ul></div>
<div class="ad-label">Advertisement</div></aside>
<footer id="footer"><ul class="menu">${links(foot)}</ul><p class="copyright">© 2026 Northern Medical Publishing Group Ltd</p></footer>
<script src="https://www.nmj.example/sites/all/modules/highwire/js/highwire.js"></script></body></html>`;
const nmj: TestPage = {
  name: 'heldout404-bmj-style-research-docs',
  kind: 'docs',
  html,
  title,
  headings: heads,
  body: texts([...abs, ...known, ...adds, ...intro, ...methods, ...results, ...discussion]),
  bylines: [...authors, '(Published 12 March 2026)'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'We use cookies to improve our service and to tailor our content and advertising to you.', 'Accept all cookies',
    'Cookie settings', 'Advertisement', 'The NMJ', 'Log in', 'Subscribe', ...nav, ...crumb, 'doi: https://doi.example/10.1137/nmj-2025-081460',
    ...tabs, 'Table 1', 'Injuries by type in the 52 weeks before and after the speed limit', 'View popup', 'Footnotes',
    'Contributors: EF and RD designed the study. PA is the guarantor.', 'Competing interests: none declared.', ...responses.flat(),
    'Competing interests: No competing interests', ...rail, 'Share', ...share, 'Read more', 'Speed limits for rental scooters: the evidence so far',
    'Scooter riders and facial fractures', ...foot, '© 2026 Northern Medical Publishing Group Ltd',
  ],
};

export const HELDOUT404_B: readonly TestPage[] = [nmj, ajmPage];
