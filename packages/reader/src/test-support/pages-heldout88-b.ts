import { links, type TestPage, texts } from './page-kit.js';
import { nbcBreaking } from './pages-heldout88-b2.js';

/**
 * Held-out batch 88, file b: a metro story in The Washington Post's current shape (skip link, the header with "Sections",
 * logo tagline, "Subscribe" and "Sign in", the kicker, headline and subheadline, the byline with two authors, timestamp and
 * reading time, the "Gift Article", comment and save buttons, "Advertisement" labels on the ad slots between paragraphs,
 * an inline newsletter sign-up box mid-article with its legal line, the related-content card, the "Most Read" rail, the
 * comments button and the footer link lists) and, from file b2, a breaking story on NBC News.
 */
const wpTitle = 'Metro’s new fare cap saved riders $9 million in its first year. Not everyone noticed.';
const wpSub = 'The weekly cap was supposed to help the riders who spend the most on transit. A review found many of them never hit it.';
// biome-ignore format: kept under 160 bytes a line
const wpP = [
  'A year after Metro began capping the weekly fares riders pay on its trains and buses, the system says the change has saved ' +
    'passengers about $9 million, with the biggest savings going to people who take several trips a day.',
  'But an internal review released Tuesday found that the cap has reached fewer low-income riders than planners had hoped, ' +
    'largely because many of them still pay with paper transfers or cards that are not registered to an account.',
  'Under the policy, which took effect last November, riders who use a registered SmarTrip card or a phone wallet stop paying ' +
    'once their fares in a Monday-to-Sunday week reach $24. Every ride after that is free until the following Monday.',
  'About 212,000 riders hit the cap at least once in the first twelve months, the review found. Most were commuters traveling ' +
    'between the suburbs and downtown who would otherwise have bought a weekly pass.',
  'The riders the authority most wanted to reach were harder to find. Of riders who live in neighborhoods where the median ' +
    'household income is below $50,000, only about one in six paid with a registered card, the review said.',
  '“The cap works for the people who use the system the way it was designed,” said Amara Diallo, who leads Metro’s fare ' +
    'policy team. “We have to make it work for everybody else.”',
  'Transit advocates said the findings matched what they hear at bus stops. Many riders who depend on buses load cash onto ' +
    'unregistered cards at convenience stores, and some do not know registration is possible, said Curtis Holloway, an ' +
    'organizer with the Riders’ Alliance of Greater Washington.',
  '“People are paying $30 or $35 a week on the bus and never getting a free ride,” Holloway said. “That is exactly the person ' +
    'this was supposed to help.”',
  'Metro plans to begin registering cards automatically when riders reload them at station machines, starting in February, ' +
    'and will send outreach teams to 40 of the busiest bus stops in Prince George’s County and Southeast Washington.',
  'The authority is also studying whether to lower the cap for riders enrolled in its reduced-fare program, which serves ' +
    'about 38,000 people. A proposal could go to the board in the spring, Diallo said.',
  'The cost of the cap has been lower than expected. Metro had budgeted for $14 million in lost fare revenue in the first year, ' +
    'according to the review, in part because ridership on weekends has not recovered as quickly as weekday travel.',
  'Board member Leticia Fairbanks said the savings should be spent on reaching the riders who are missing out. “We found ' +
    'money we did not expect to have,” she said. “It should go to the people we have not reached yet.”',
];
const wpNav = ['Politics', 'Opinions', 'Style', 'Investigations', 'Climate', 'Well+Being', 'Business', 'Tech', 'World', 'D.C., Md. & Va.', 'Sports'];
const wpNews = {
  title: 'Get the Local Edition newsletter',
  text: 'The most important news about D.C., Maryland and Virginia, delivered every weekday morning.',
  legal: 'By signing up you agree to our Terms of Use and acknowledge the data practices in our Privacy Policy.',
};
const wpRelated = 'Metro ridership passes 2019 levels on some weekdays for the first time';
const wpMostRead = [
  'Where to see fall foliage in the D.C. area this weekend',
  'A tiny Maryland town is fighting over a Dollar General',
  'Commanders hold on for a win in overtime',
  'Virginia’s new school cellphone rules, explained',
  'The best new restaurants in the District this year',
];
const wpFootHeads = ['Company', 'Get The Post', 'Contact Us', 'Terms of Use'];
const wpFoot = [
  'About The Post',
  'Newsroom Policies & Standards',
  'Careers',
  'Accessibility Statement',
  'Become a Subscriber',
  'Gift Subscriptions',
  'Mobile & Apps',
  'Newsletters & Alerts',
  'Contact the Newsroom',
  'Contact Customer Care',
  'Report a Vulnerability',
  'Digital Products Terms of Sale',
  'Privacy Policy',
  'Cookie Settings',
  'Submissions & Discussion Policy',
];
const wpAd = (n: number): string => `<div class="ma-auto dn-hp-sm-to-mx" data-qa="article-body-ad"><div class="wpds-c-kMIeaT">
<div class="center pb-xs font-xxxxs gray-dark font--subhead" aria-hidden="false">Advertisement</div>
<wp-ad id="slug_inline_${n}" class="dib" data-slot="inline_${n}"><div id="gpt-inline_${n}" style="min-height:250px"></div></wp-ad></div></div>`;
const wpPs = (a: readonly string[]): string =>
  a
    .map((p) => `<div class="wpds-c-PJLV article-body" data-qa="article-body"><p class="wpds-c-kSOqLF" data-apitype="text" dir="null">${p}</p></div>`)
    .join('\n');
const wpHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Metro’s new fare cap saved riders $9 million. Not everyone noticed. - The Potomac Herald</title>
<meta name="description" content="${wpSub}"><meta property="og:title" content="${wpTitle}"><meta property="og:type" content="article">
<meta name="article:section" content="dc-md-va"><meta property="article:published_time" content="2025-11-12T11:00:00.000Z">
<link rel="canonical" href="https://www.potomacherald.example/dc-md-va/2025/11/12/metro-fare-cap-review/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${wpTitle}","description":"${wpSub}",
"datePublished":"2025-11-12T11:00:00.000Z","author":[{"@type":"Person","name":"Jonah Whitfield"},{"@type":"Person","name":"Priya Balachandran"}],
"isAccessibleForFree":"False","hasPart":[{"@type":"WebPageElement","isAccessibleForFree":"False","cssSelector":".paywall"}]}</script>
<link rel="stylesheet" href="/_next/static/css/5f1a7b9c.css"><script src="https://www.potomacherald.example/pb/resources/js/ads/arcads.js" async></script>
</head><body><div id="__next"><a href="#main-content" class="wpds-c-jjkhOn skip-link">Skip to main content</a>
<header class="wpds-c-fAWaHK" data-qa="site-header"><div class="wpds-c-eKvjvN"><button aria-label="Sections Menu" data-qa="sc-section-menu-button"
class="wpds-c-kSOqLF"><span>Sections</span></button><a href="/" aria-label="The Potomac Herald homepage" class="wpds-c-gBUHfE"><svg></svg></a>
<span class="wpds-c-cZjyVs" data-qa="tagline">Light Keeps Democracy Alive</span><div class="wpds-c-lbLqJE">
<a href="/subscribe/signin/" data-qa="sc-subscribe-button"
class="wpds-c-hvQbiS">Subscribe</a><a href="/subscribe/signin/" data-qa="sc-account-button" class="wpds-c-hvQbiS">Sign in</a></div></div>
<nav aria-label="Sections" class="wpds-c-dMGEKv hidden" data-qa="sc-section-menu"><ul>${links(wpNav, 'wpds-c-jFhHIt')}</ul></nav></header>
<main id="main-content"><article class="grid-layout layout--article" data-qa="main"><div class="grid-center" data-qa="headline">
<div class="wpds-c-gqUwbc" data-qa="kicker"><a href="/dc-md-va/">Transportation</a></div>
<h1 data-qa="headline" class="wpds-c-iiQaMf"><span data-qa="headline-text">${wpTitle}</span></h1>
<h2 class="wpds-c-cLUtSN" data-qa="subheadline">${wpSub}</h2></div>
<div class="grid-center" data-qa="byline-and-share"><div class="wpds-c-cmlKAj" data-qa="author-byline"><span>By </span>
<a data-qa="author-name" rel="author" href="/people/jonah-whitfield/">Jonah Whitfield</a><span> and </span>
<a data-qa="author-name" rel="author" href="/people/priya-balachandran/">Priya Balachandran</a></div>
<div class="wpds-c-iKQyrV" data-qa="timestamp"><span data-qa="display-date">November 12, 2025 at 6:00 a.m. EST</span></div>
<div class="wpds-c-iKQyrV" data-qa="reading-time">6 min</div>
<div class="wpds-c-jpyLTN" data-qa="share-bar"><button data-qa="share-button-gift" class="wpds-c-bLXhcI"><span>Gift Article</span></button>
<button data-qa="comments-btn" class="wpds-c-bLXhcI" aria-label="Comment on this story"><span>Comment</span><span data-qa="comment-count">286</span></button>
<button data-qa="save-button" class="wpds-c-bLXhcI" aria-label="Add to your saved stories"><span>Save</span></button></div></div>
<div class="grid-center meteredContent" data-qa="article-body-wrapper">
${wpPs(wpP.slice(0, 3))}
${wpAd(1)}
${wpPs(wpP.slice(3, 6))}
<div class="wpds-c-fWOvfN" data-qa="newsletter-inline-signup"><div class="wpds-c-ggyOHQ"><svg aria-hidden="true"></svg>
<span class="wpds-c-cgxjuN">Local</span></div>
<h3 class="wpds-c-hpBtaI">${wpNews.title}</h3><p class="wpds-c-kVEGjC">${wpNews.text}</p><form><label class="wpds-c-hkXgfn" for="nl-email">Email address</label>
<input id="nl-email" type="email" placeholder="Enter your email address"><button type="submit" class="wpds-c-kSOqLF">Sign up</button></form>
<p class="wpds-c-bqzOBi">${wpNews.legal}</p></div>
${wpPs(wpP.slice(6, 9))}
${wpAd(2)}
<div class="wpds-c-cWhYYy" data-qa="related-content-card"><span class="wpds-c-gBzbYo">Related</span><a href="/dc-md-va/2025/09/30/metro-ridership-record/"
class="wpds-c-bkjbkK">${wpRelated}</a></div>
${wpPs(wpP.slice(9))}
</div>
<div class="grid-center" data-qa="article-end"><button data-qa="comments-btn" class="wpds-c-kSOqLF">View 286 comments</button></div></article>
<aside class="right-rail" data-qa="right-rail"><div data-qa="most-read"><h2 class="wpds-c-fJKSua">Most Read</h2><ol>
${links(wpMostRead, 'wpds-c-dtjeBA')}</ol></div><div class="ma-auto" data-qa="right-rail-ad"><div class="center font-xxxxs">Advertisement</div>
<wp-ad id="slug_right-rail_1"></wp-ad></div></aside></main>
<footer class="wpds-c-jExdXS" data-qa="footer"><div class="wpds-c-kXBFMs">
<section><h3>${wpFootHeads[0]}</h3><ul>${links(wpFoot.slice(0, 4))}</ul></section>
<section><h3>${wpFootHeads[1]}</h3><ul>${links(wpFoot.slice(4, 8))}</ul></section>
<section><h3>${wpFootHeads[2]}</h3><ul>${links(wpFoot.slice(8, 11))}</ul></section>
<section><h3>${wpFootHeads[3]}</h3><ul>${links(wpFoot.slice(11))}</ul></section></div>
<p class="wpds-c-gElEPc">© 1996-2025 The Potomac Herald</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"globalContent":{"_id":"WPFARECAP2025","type":"story"}}}}</script>
</body></html>`;
const wapo: TestPage = {
  html: wpHtml,
  name: 'heldout88-washpost-ads-newsletter-news',
  kind: 'news',
  // the subheadline is body; the kicker, the ad labels, the newsletter box, the related card, the share bar, the rail and
  // the footer are furniture
  title: wpTitle,
  headings: [],
  body: [wpSub, ...texts(wpP)],
  bylines: ['Jonah Whitfield', 'Priya Balachandran', 'November 12, 2025 at 6:00 a.m. EST', '6 min'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sections', 'Light Keeps Democracy Alive', 'Subscribe', 'Sign in', ...wpNav, 'Transportation', 'Gift Article', 'Comment',
    '286', 'Save', 'Advertisement', 'Local', wpNews.title, wpNews.text, 'Email address', 'Sign up', wpNews.legal, 'Related', wpRelated,
    'View 286 comments', 'Most Read', ...wpMostRead, ...wpFootHeads, ...wpFoot, '© 1996-2025 The Potomac Herald',
  ],
};

export const HELDOUT88_B: readonly TestPage[] = [wapo, nbcBreaking];
