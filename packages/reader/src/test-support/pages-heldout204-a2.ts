import { links, ps, type TestPage } from './page-kit.js';

/**
 * Held-out batch 204, file a2: an SBS News story (the SBS masthead with the network switcher, the News nav and "Watch live",
 * the breadcrumb topic, the "Listen to this article" player, the published time, "By" and "Source: AAP" lines, the share
 * bar, the lead image with caption and credit, a mid-article app promo, an in-text "Read more" related link, the
 * "Get the latest with our News updates" box, the topic tags, "More stories" cards, the consent banner and the footer).
 */
const sbsTitle = 'Western Sydney councils push for overnight bus routes as late-shift workers face two-hour journeys';
const sbsDek = 'Shift workers in Sydney’s west say the lack of public transport after midnight is costing them sleep, money and in some cases their jobs.';
const sbsP1 = [
  'A group of six western Sydney councils is lobbying the NSW government to fund a network of overnight bus routes, arguing that ' +
    'thousands of hospital, warehouse and hospitality workers are being left stranded after their shifts end.',
  'The councils, which include Blacktown, Penrith and Fairfield, released a survey on Wednesday of more than 2,400 residents who ' +
    'regularly finish work between 11pm and 5am.',
  'Almost half said they had no public transport option at all for their journey home, and one in five said their trip took longer than two hours.',
];
const sbsP2 = [
  'Nurse Maricel Dizon finishes her shift at a hospital in Westmead at 11:30pm most nights. Without a car, she waits for a bus ' +
    'that takes her part of the way to Mount Druitt before she walks the last three kilometres.',
  '“Some nights I get home at 2am and I have to be up to take the children to school,” she told SBS News.',
  '“I love my job, but I have thought about leaving because of the travel. Many of my friends from the Philippines who work in ' +
    'aged care have the same problem.”',
];
const sbsH1 = 'Most affected are migrants and young workers';
const sbsP3 = [
  'The survey found that workers born overseas were almost twice as likely as Australian-born respondents to rely on public ' +
    'transport for late shifts, and that workers under 25 were the group most likely to say they had turned down shifts because ' +
    'they could not get home.',
  'Fairfield mayor Nguyen Tan Loc said the findings showed the transport network had not kept pace with the way people in the region now work.',
  '“The economy of western Sydney runs 24 hours a day. Our buses stop at midnight,” he said.',
  'The councils are asking for eight overnight routes, running every 30 minutes between midnight and 5am and linking the major ' +
    'hospitals, logistics hubs and train stations across the region.',
];
const sbsH2 = 'Government ‘reviewing’ network';
const sbsP4 = [
  'A spokesperson for the NSW Transport Minister said the government was reviewing the bus network across Greater Sydney and ' +
    'would consider the councils’ submission as part of that work.',
  'The spokesperson said a pilot of extra late-night services on two routes through Parramatta, introduced last year, had been well used.',
  'Transport researcher Dr Hannah Osei from Western Sydney University said overnight services were expensive to run but that the ' +
    'cost should be weighed against the cost of workers leaving essential jobs.',
  '“When a nurse quits because she can’t get home safely, the health system pays for that too. It ' +
    'just doesn’t show up in the transport budget,” she said.',
];
const sbsNav = ['Latest', 'Australia', 'World', 'Politics', 'Economy', 'Life', 'The Feed', 'NITV', 'Podcasts', 'Watch'];
const sbsNetwork = ['SBS', 'SBS News', 'SBS On Demand', 'SBS Audio', 'NITV', 'SBS Food'];
const sbsCaption = 'Bus interchange at Mount Druitt, where the last weekday service to several suburbs leaves before midnight.';
const sbsCredit = 'Source: AAP / Dean Lewins';
const sbsRead = 'Rent stress rising fastest in outer suburbs, new data shows';
const sbsPromo = ['Download the free SBS News app', 'Get the latest news from Australia and around the world, wherever you are.'];
const sbsUpdates = [
  'Get the latest with our News updates',
  'Get the latest news and podcasts delivered to your inbox, and read stories in your language.',
  'Email address',
  'Subscribe',
  'By subscribing, you agree to SBS’s terms of service and privacy policy including receiving email updates from SBS.',
];
const sbsTags = ['Transport', 'Sydney', 'NSW', 'Employment', 'Migrant Communities'];
const sbsMore = [
  'Why thousands of international students are choosing regional universities',
  'Punjabi-language radio host honoured for 30 years of community service',
  'Tradies warn of skills gap as housing targets loom',
];
const sbsConsent = 'We use cookies and similar technologies to personalise content and ads, and to analyse our traffic. See our Privacy Policy.';
const sbsFoot = ['About SBS', 'Contact us', 'Careers', 'Privacy', 'Terms & Conditions', 'Code of Practice', 'Complaints', 'SBS Corporate'];
const sbsAck = 'SBS acknowledges the Traditional Custodians of Country throughout Australia.';
const sbsHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Western Sydney councils push for overnight bus routes as late-shift workers face two-hour journeys | SBS News</title>
<meta name="description" content="${sbsDek}"><meta property="og:site_name" content="SBS News"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-09-10T05:12:00+00:00"><meta name="author" content="Lena Haddad">
<link rel="canonical" href="https://www.sbs.com.au/news/article/western-sydney-councils-overnight-buses/k3ps9x2wq">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${sbsTitle}","description":"${sbsDek}",
"datePublished":"2026-09-10T05:12:00+00:00","author":[{"@type":"Person","name":"Lena Haddad"}],"publisher":{"@type":"NewsMediaOrganization",
"name":"SBS News"}}</script>
<script async src="https://www.googletagmanager.com/gtm.js?id=GTM-SBSNEWS"></script></head>
<body><div id="__next">
<div class="network-bar css-1r0w8ay"><ul class="network-bar__list">${links(sbsNetwork, 'network-bar__item')}</ul></div>
<header class="css-9u7y3c" data-testid="header"><a href="/news" aria-label="SBS News home" class="css-logo"><svg aria-hidden="true"></svg></a>
<nav aria-label="News" data-testid="primary-nav"><ul class="css-1h9cvk2">${links(sbsNav, 'css-nav-item')}</ul></nav>
<a class="css-watch-live" href="/news/watch/live">Watch live</a><button class="css-search" aria-label="Search">Search</button>
<a class="css-signin" href="/news/sign-in">Sign in</a></header>
<main id="main-content"><article class="css-article" data-testid="article">
<div class="css-breadcrumb" data-testid="article-topic"><a href="/news/topic/transport">Transport</a></div>
<h1 class="css-1mzg9ak" data-testid="article-title">${sbsTitle}</h1>
<p class="css-abstract" data-testid="article-abstract">${sbsDek}</p>
<figure class="css-hero">
<img alt="Buses at an interchange at night" src="https://images.sbs.com.au/drupal/news/public/mt-druitt-buses.jpg" width="1200" height="675">
<figcaption class="css-caption"><span>${sbsCaption}</span> <span class="css-credit">${sbsCredit}</span></figcaption></figure>
<div class="css-meta" data-testid="article-meta"><div class="css-byline"><span>By </span><a href="/news/author/lena-haddad">Lena Haddad</a></div>
<div class="css-source">Source: AAP</div><time dateTime="2026-09-10T05:12:00+00:00">Published 10 September 2026 3:12pm</time></div>
<div class="css-listen" data-testid="audio-player"><button>Listen to this article</button><span>5:02 min</span></div>
<div class="css-share" data-testid="share-bar"><span>Share</span>
<a href="https://www.facebook.com/sharer/sharer.php" aria-label="Share on Facebook">Facebook</a>
<a href="https://twitter.com/intent/tweet" aria-label="Share on X">X</a><a href="https://wa.me/" aria-label="Share on WhatsApp">WhatsApp</a>
<button>Copy link</button></div>
<div class="css-body" data-testid="article-body">
${ps(sbsP1)}
<div class="css-app-promo" data-testid="inline-promo"><h3>${sbsPromo[0]}</h3><p>${sbsPromo[1]}</p><a href="https://sbs.com.au/news/app">Get the app</a></div>
${ps(sbsP2)}
<p class="css-read-more"><strong>Read more</strong><a href="/news/article/rent-stress-outer-suburbs/p2q0d">${sbsRead}</a></p>
<h2>${sbsH1}</h2>
${ps(sbsP3)}
<div class="css-ad" aria-hidden="true"><span class="css-ad-label">Advertisement</span><div id="mrec-1"></div></div>
<h2>${sbsH2}</h2>
${ps(sbsP4)}
</div>
<section class="css-newsletter" data-testid="newsletter-signup"><h2>${sbsUpdates[0]}</h2><p>${sbsUpdates[1]}</p><form>
<label for="nl-email">${sbsUpdates[2]}</label>
<input id="nl-email" type="email"><button type="submit">${sbsUpdates[3]}</button></form><p class="css-fine-print">${sbsUpdates[4]}</p></section>
<ul class="css-tags" data-testid="article-tags">${links(sbsTags, 'css-tag')}</ul></article>
<section class="css-more" data-testid="more-stories"><h2>More stories</h2><ul>
${sbsMore.map((t, i) => `<li><a href="/news/article/more-${i}"><h3>${t}</h3></a></li>`).join('\n')}</ul></section></main>
<footer class="css-footer"><p>${sbsAck}</p><ul>${links(sbsFoot)}</ul><p>© SBS 2026</p></footer>
<div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">${sbsConsent}</p>
<button id="onetrust-accept-btn-handler">Accept all</button><button id="onetrust-pc-btn-handler">Cookie settings</button></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"article":{"id":"k3ps9x2wq"}}}}</script></body></html>`;
export const sbsStory: TestPage = {
  html: sbsHtml,
  name: 'heldout204-sbs-news',
  kind: 'news',
  // the abstract under the headline is body; the topic label, source line's caption credit, audio player, share bar, app
  // promo, "Read more" link, ad label, newsletter box, tags, "More stories", network bar, nav, footer and consent are furniture
  title: sbsTitle,
  headings: [sbsH1, sbsH2],
  body: [sbsDek, ...sbsP1, ...sbsP2, ...sbsP3, ...sbsP4],
  bylines: ['By Lena Haddad', 'Source: AAP', 'Published 10 September 2026 3:12pm'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...sbsNetwork, ...sbsNav, 'Watch live', 'Search', 'Sign in', 'Transport', sbsCaption, sbsCredit, 'Listen to this article', '5:02 min', 'Share',
    'Facebook', 'WhatsApp', 'Copy link', ...sbsPromo, 'Get the app', 'Read more', sbsRead, 'Advertisement', ...sbsUpdates, ...sbsTags, 'More stories',
    ...sbsMore, sbsAck, ...sbsFoot, '© SBS 2026', sbsConsent, 'Accept all', 'Cookie settings',
  ],
};
