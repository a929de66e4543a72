import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 65, file e2: an Irish Times article on its Arc XP template (the header with "Subscribe" and "Sign In", the
 * section nav, the "Dublin" kicker, headline and an h2 subheadline, the byline and "Wed Nov 12 2025 - 06:00" date, the share
 * and gift buttons, the lead image with its "Photograph:" caption, the c-paragraph body with an inline "Read more" link, the
 * three italic promos at the end (push alerts, WhatsApp, podcast), the topics, the subscriber-only comments notice, "Latest
 * Stories" and "Most Read" rails, the cookie banner, the footer and the Fusion globals script).
 */
const itTitle = 'Private cars to be banned from Dublin quays on Sunday mornings under pilot scheme';
const itSub = 'Councillors vote 38 to 19 for six-month trial between O’Connell Bridge and Heuston Station from March';
const itBody = [
  'Private cars will be banned from a 1.5km stretch of Dublin’s north and south quays on Sunday mornings from next March under a ' +
    'pilot scheme approved by Dublin City Council on Monday night.',
  'Councillors voted by 38 to 19 to close the quays between O’Connell Bridge and Heuston Station to general traffic from 8am to ' +
    '2pm every Sunday for six months. Buses, taxis, cyclists and emergency vehicles will still be allowed through.',
  'The council’s head of traffic, Declan Furlong, told the meeting the pilot would cost about €420,000, most of it for signage, ' +
    'temporary barriers and staff to manage junctions.',
  '“We are not closing the quays. We are giving them back to people for six hours a week,” he said. “If it doesn’t work, we ' +
    'will know very quickly, and we will stop.”',
  'The scheme follows a series of one-off car-free days on the quays over the summer, which the council said drew an estimated ' +
    '60,000 people on the busiest Sunday. Surveys carried out by the council found footfall in nearby shops rose on those days, ' +
    'although some businesses at the western end of the route reported a fall in trade.',
  'The City Centre Traders’ Association said it supported the principle but wanted guarantees on access for deliveries and for ' +
    'customers travelling in from outside the city.',
  'Several councillors raised concerns about traffic being displaced on to residential streets in Stoneybatter and the ' +
    'Liberties. Cllr Róisín Hegarty (Ind) said residents of streets near the quays had “already borne the brunt” of earlier ' +
    'traffic changes.',
  'The National Transport Authority, which has long-term plans to reduce car traffic on the quays, said it would monitor bus ' +
    'journey times during the pilot and publish the results.',
  'A public consultation on the detailed design will open later this month, and a final decision on whether to make the ' +
    'Sunday closures permanent is expected before the end of 2026.',
];
const itPromos = [
  'Sign up for push alerts and have the best news, analysis and comment delivered directly to your phone',
  'Find The Irish Times on WhatsApp and stay up to date',
  'Listen to our Inside Politics podcast for the latest political news and analysis',
];
const itReadMore = 'College Green plaza: what the finished design will look like';
const itNav = ['News', 'Opinion', 'Business', 'Sport', 'Your Money', 'Life & Style', 'Culture', 'Podcasts', 'Video', 'Crosswords & Games'];
const itTopics = ['Dublin City Council', 'National Transport Authority', 'Cycling', 'Traffic'];
const itLatest = ['Gardaí investigate overnight fire at Finglas warehouse', 'Budget surplus forecast revised down to €6bn', 'Luas Green line delays expected'];
const itMost = ['Inside the Dáil’s new committee rooms', 'Why Irish house prices are still climbing', 'The 50 best restaurants in Ireland for 2025'];
const itFoot = [
  'About Us',
  'Contact Us',
  'Irish Times Trust',
  'Careers',
  'Advertise',
  'Privacy Policy',
  'Cookie Information',
  'Terms & Conditions',
  'Standards',
  'Help Centre',
];
const itCap = 'The quays near the Ha’penny Bridge during one of the car-free days held over the summer.';
const itCredit = 'Photograph: Ciarán Dolan/The Irish Times';
const itHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${itTitle} – The Irish Times</title><meta name="description" content="${itSub}">
<link rel="canonical" href="https://www.irishtimes.com/ireland/dublin/2025/11/12/private-cars-to-be-banned-from-dublin-quays-on-sunday-mornings/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${itTitle}","datePublished":"2025-11-12T06:00:00Z",
"author":[{"@type":"Person","name":"Niamh Culhane"}],"publisher":{"@type":"NewsMediaOrganization","name":"The Irish Times"},
"isAccessibleForFree":false}</script>
<script>window.Fusion=window.Fusion||{};Fusion.arcSite="irishtimes";Fusion.contentCache={};Fusion.deployment="2217";</script>
<style>.c-paragraph{font-family:"Irish Times Serif",Georgia,serif}.b-it-article-body em{font-style:italic}</style></head>
<body><div id="fusion-app" class="layout-section"><header class="b-it-header"><a class="b-it-header__logo" href="/" aria-label="The Irish Times">
<svg aria-hidden="true"></svg></a><a class="c-button c-button--primary" href="/subscribe/">Subscribe</a><button class="c-button">Sign In</button>
<nav class="b-it-section-nav" aria-label="Sections"><ul>${links(itNav, 'b-it-section-nav__item')}</ul></nav></header>
<main class="b-it-right-rail-advanced"><article class="b-it-article">
<div class="b-it-overline"><a class="c-overline" href="/ireland/dublin/">Dublin</a></div>
<h1 class="c-heading b-it-article-headline">${itTitle}</h1>
<h2 class="c-heading b-it-article-subheadline">${itSub}</h2>
<div class="b-it-article-byline"><span class="c-attribution"><a class="c-link" href="/author/niamh-culhane">Niamh Culhane</a></span>
<time class="c-date" datetime="2025-11-12T06:00:00Z">Wed Nov 12 2025 - 06:00</time></div>
<div class="b-it-share"><button class="c-button" aria-label="Share this article">Share</button><button class="c-button b-it-gift">Gift Article</button></div>
<figure class="c-media-item b-it-lead-art"><img class="c-image" src="https://www.irishtimes.com/resizer/v2/quays-car-free-day.jpg?auth=4f2&amp;width=1200"
 alt="" loading="eager"><figcaption class="c-media-item__caption"><span class="c-media-item__fig-caption">${itCap}</span>
<span class="c-media-item__credit">${itCredit}</span></figcaption></figure>
<div class="b-it-article-body">
${itBody
  .slice(0, 5)
  .map((p) => `<p class="c-paragraph">${p}</p>`)
  .join('\n')}
<div class="b-it-related-inline"><p class="c-paragraph"><strong>Read more</strong></p><ul><li>
<a href="/ireland/dublin/2025/10/college-green-plaza/">${itReadMore}</a>
</li></ul></div>
<div class="arcad b-it-ad" id="arcad-feature-f0"><span class="b-it-ad__label">Advertisement</span></div>
${itBody
  .slice(5)
  .map((p) => `<p class="c-paragraph">${p}</p>`)
  .join('\n')}
${itPromos.map((t) => `<p class="c-paragraph"><em><a href="/promo/">${t}</a></em></p>`).join('\n')}
</div>
<div class="b-it-topics"><span class="b-it-topics__title">Topics</span><ul>${links(itTopics, 'b-it-topics__item')}</ul></div>
<section class="b-it-comments"><h2 class="c-heading">Comments</h2><p>Commenting on The Irish Times has changed. To comment you must now be an Irish
 Times subscriber.</p><a class="c-button" href="/subscribe/">Subscribe</a><button class="c-button">Show comments</button></section></article>
<aside class="b-it-rail"><section class="b-it-rail__latest"><h2 class="c-heading">Latest Stories</h2><ul>${links(itLatest)}</ul></section>
<section class="b-it-rail__most-read"><h2 class="c-heading">Most Read</h2><ol>${links(itMost)}</ol></section></aside></main>
<footer class="b-it-footer"><ul>${links(itFoot, 'b-it-footer__link')}</ul><p class="b-it-footer__copyright">© 2025 The Irish Times DAC</p></footer>
<div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">We use cookies and similar technologies to
 improve your experience on our site, to analyse traffic and to show you personalised advertising.</p>
<button id="onetrust-accept-btn-handler">I Accept</button><button id="onetrust-pc-btn-handler">Cookie Settings</button></div></div>
<script id="fusion-metadata" type="application/javascript">Fusion.globalContent={"_id":"QX3NTR5","type":"story","canonical_url":"/ireland/dublin/"};</script>
</body></html>`;
export const irishTimesArticle: TestPage = {
  html: itHtml,
  name: 'heldout65-irish-times-article',
  kind: 'news',
  // the h2 subheadline under the headline is the standfirst: body, not a section heading; the article has no section
  // headings. Bylines: the author and the date. Furniture: the share and gift buttons, the caption and its "Photograph:"
  // credit, the inline "Read more" block, the ad label, the three italic promos at the end of the body (links to alerts,
  // WhatsApp and a podcast, set as article paragraphs but not article text), "Topics" and its links, the comments notice
  // and buttons, "Latest Stories", "Most Read", the cookie banner, header, nav and footer. Left out as words of the body:
  // the kicker "Dublin", the topics "Dublin City Council" and "National Transport Authority" (named in the body) and
  // "Traffic"; "Comments" is kept (the body has no "comments")
  title: itTitle,
  headings: [],
  body: [itSub, ...texts(itBody)],
  bylines: ['Niamh Culhane', 'Wed Nov 12 2025 - 06:00'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Subscribe', 'Sign In', ...itNav, 'Share', 'Gift Article', itCap, itCredit, 'Read more', itReadMore, 'Advertisement', ...itPromos, 'Topics',
    'Cycling', 'Comments', 'Commenting on The Irish Times has changed. To comment you must now be an Irish Times subscriber.', 'Show comments',
    'Latest Stories', ...itLatest, 'Most Read', ...itMost, ...itFoot, '© 2025 The Irish Times DAC',
    'We use cookies and similar technologies to improve your experience on our site, to analyse traffic and to show you personalised advertising.',
    'I Accept', 'Cookie Settings',
  ],
};
