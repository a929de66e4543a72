import { links, type TestPage, texts } from './page-kit.js';
import { bbcStory } from './pages-heldout72-b2.js';

/**
 * Held-out batch 72, file b: a Washington Post story (the nav bar with "Sections", the "Democracy Dies in Darkness" tagline,
 * "Subscribe" and "Sign in", the kicker with its topic "Follow" button, headline and subheadline, two authors each with a
 * "Follow" button, the display date, the "Listen" audio player, "Gift Article", "Comment" count and "Save", the lead picture
 * and caption, article paragraphs with an interstitial link and a newsletter signup between them, the author bio cards, the
 * comments button, "Most Read" and the footer); and a BBC News story in the older layout (file b2).
 */
const wpTitle = 'In one of Maine’s coldest towns, half the homes now heat with heat pumps';
const wpDek = 'Alder Notch saw minus 30 this winter. Residents say the machines kept up, and their oil bills vanished.';
const wpBody1 = [
  'ALDER NOTCH, Maine — On the morning in January when the thermometer outside the town office read minus 31, Bev Thibodeau ' +
    'walked through her farmhouse in socks. The two heat pumps mounted high on her living room walls had run all night, humming ' +
    'quietly, and the kitchen was a steady 66 degrees.',
  '“My neighbors kept calling to ask if I was still alive,” said Thibodeau, 74, who replaced a 40-year-old oil furnace in 2022. ' +
    '“I told them I was warmer than they were.”',
  'Five years ago, hardly anyone in this town of 1,900 people near the Canadian border heated with anything but oil, propane or ' +
    'wood. Today, just over half of its homes have at least one heat pump, according to a survey by the county’s energy office, a ' +
    'higher share than in any other town in a state that already leads the nation in adopting the technology.',
];
const wpBody2 = [
  'The shift was driven less by climate worries than by money. Heating oil cost more than $4.50 a gallon during the winter of ' +
    '2022, and many older residents on fixed incomes were spending a fifth of their income to keep warm. State rebates of up to ' +
    '$9,000 for low-income households, on top of federal tax credits, brought the cost of a typical installation below $3,000.',
  'Skeptics said the machines would give out in a northern Maine winter. Older heat pumps did struggle in deep cold, losing ' +
    'much of their capacity below zero. But newer cold-climate models keep producing heat at minus 15 and beyond, and installers ' +
    'here now size systems with that in mind.',
  '“The first question everybody asks is, what happens at 30 below,” said Marc Pelletier, who runs a two-truck installation ' +
    'business out of a converted garage on Main Street. “The honest answer is that most people keep a woodstove or the old ' +
    'furnace as backup for the five coldest nights. The other 360 nights, the heat pump does the job.”',
];
const wpBody3 = [
  'The county’s energy office found that households that switched cut their heating costs by an average of 38 percent, even ' +
    'after paying more for electricity. The local utility has had to upgrade two substations to handle the new winter peak.',
  'Not everyone is convinced. Some residents complain about the look of the outdoor units on historic homes, and a few told ' +
    'of installers who disappeared after taking a deposit. The state has since started a certification program and a hotline.',
  'Thibodeau, for her part, has one complaint. “I miss the smell of the woodstove,” she said. “So on Sundays I light it anyway.”',
];
const wpNav = ['Sections', 'Search', 'Subscribe', 'Sign in'];
const wpTagline = 'Democracy Dies in Darkness';
const wpCaption = 'Bev Thibodeau in her living room in Alder Notch, Maine, on Jan. 22. (Jonah Reyes for The Washington Post)';
const wpInterstitial = 'Heat pumps outsold gas furnaces again last year. Here’s what to know before you buy one.';
const wpNews = [
  'Sign up for the Climate Coach newsletter',
  'Practical answers to your questions about living on a warming planet, delivered every Tuesday.',
  'Sign up',
];
const wpBios = [
  'Priya Vance is a climate reporter for The Washington Post covering energy in homes and communities.',
  'Colin Ashworth is a reporter on The Post’s climate team. He previously covered the Maine legislature for the Portland Ledger.',
];
const wpMost = [
  'A late freeze threatens peach crops across the Southeast',
  'The EPA is rewriting its power plant rules. Here’s what changes.',
  'Scientists watch a glacier in Alaska lose a mile in a single summer',
  'How to tell if your house is ready for a heat pump',
];
const wpFoot = [
  'About The Post',
  'Newsroom Policies & Standards',
  'Careers',
  'Become a Subscriber',
  'Gift Subscriptions',
  'Mobile & Apps',
  'Newsletters & Alerts',
  'Today’s Paper',
  'Contact the Newsroom',
  'Request a Correction',
  'Send a News Tip',
  'Terms of Use',
  'Privacy Policy',
  'Cookie Settings',
  'Ad Choices',
];
const wpFootHeads = ['Company', 'Get The Post', 'Contact Us', 'Terms of Use'];
const wpP = (a: readonly string[], from: number): string =>
  a
    .map(
      (p, i) => `<p data-el="text" dir="null" class="wpds-c-cYdRxM wpds-c-cYdRxM-iPJLV-css overrideStyles" data-apitype="text"
data-contentid="QH4${from + i}XTRVBF5AK">${p}</p>`,
    )
    .join('\n');
const wpAuthor = (name: string, slug: string): string => `<span class="wpds-c-hAdXHq" data-qa="author-name-wrapper"><a data-qa="author-name"
class="wpds-c-knSWeD" rel="author" href="https://www.washingtonpost.com/people/${slug}/">${name}</a><button type="button" data-qa="follow-button"
class="wpds-c-cdsJbw" aria-label="Follow ${name}"><span class="wpds-c-fJKSbB">Follow</span></button></span>`;
const wpHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Maine town leads switch to heat pumps, even at 30 below - The Washington Post</title>
<meta name="description" content="${wpDek}"><meta property="og:title" content="${wpTitle}"><meta property="og:site_name" content="Washington Post">
<meta name="article:section" content="Climate &amp; Environment"><meta name="twitter:site" content="@washingtonpost">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${wpTitle}","datePublished":"2025-03-12T10:00:00.000Z",
"author":[{"@type":"Person","name":"Priya Vance"},{"@type":"Person","name":"Colin Ashworth"}],"isAccessibleForFree":false,
"publisher":{"@type":"NewsMediaOrganization","name":"The Washington Post"}}</script>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"globalContent":{"type":"story","_id":"QH4XTRVBF5AK"}}},"page":"/article"}</script>
<link rel="stylesheet" href="/wp-stat/assets/css/wpds.css"></head>
<body><div id="__next"><a href="#main-content" class="wpds-c-bbdJEv">Skip to main content</a>
<nav data-qa="nav-bar" class="wpds-c-gkMxBm" aria-label="Main menu"><div class="wpds-c-kZUPGv"><button type="button" data-qa="sc-section-menu-btn"
aria-label="Sections Menu" class="wpds-c-fJMqXP"><span>${wpNav[0]}</span></button><button type="button" aria-label="Search" class="wpds-c-fJMqXP">
<span class="wpds-c-tVoAo">${wpNav[1]}</span></button></div>
<div class="wpds-c-jZEWkm"><a href="https://www.washingtonpost.com" aria-label="The Washington Post homepage"><svg viewBox="0 0 440 60"></svg></a>
<div data-qa="masthead-tagline" class="wpds-c-eeWzxm">${wpTagline}</div></div>
<div class="wpds-c-ijYSMT"><a href="https://subscribe.washingtonpost.com/acquisition" data-qa="sc-subscribe-button" class="wpds-c-kSOqLF">${wpNav[2]}</a>
<a href="https://www.washingtonpost.com/subscribe/signin/" data-qa="sc-account-button" class="wpds-c-ipXnNv">${wpNav[3]}</a></div></nav>
<main id="main-content"><article class="wpds-c-fHLDHl"><div class="grid-layout"><div class="wpds-c-dDJmEy">
<div data-qa="headline-kicker" class="wpds-c-kIQdFY"><a href="https://www.washingtonpost.com/climate-environment/" class="wpds-c-hnvrQs">Climate &amp;
Environment</a><button type="button" data-qa="topic-follow-button" aria-label="Follow Climate &amp; Environment" class="wpds-c-cdsJbw">
<span class="wpds-c-fJKSbB">Follow</span></button></div>
<h1 data-qa="headline" class="wpds-c-iiQaMf"><span data-qa="headline-text">${wpTitle}</span></h1>
<h2 data-qa="subheadline" class="wpds-c-jYqKGp">${wpDek}</h2>
<div class="wpds-c-bjjvGn"><div data-qa="author-byline" class="wpds-c-fVmGzE"><span class="wpds-c-lfNsUd">By</span>
${wpAuthor('Priya Vance', 'priya-vance')}<span class="wpds-c-lfNsUd">and</span>
${wpAuthor('Colin Ashworth', 'colin-ashworth')}</div>
<div data-testid="display-date" class="wpds-c-iKQyrV"><span data-qa="display-date">March 12, 2025 at 6:00 a.m. EDT</span></div></div>
<div data-qa="share-bar" class="wpds-c-hpImgn"><div data-qa="audio-player" class="wpds-c-ePrYwH" aria-label="Audio player"><button type="button"
class="wpds-c-jLxRFw" aria-label="Listen to article"><svg viewBox="0 0 16 16"></svg><span class="wpds-c-dHvVxq">Listen</span>
<span class="wpds-c-cXrMzA">7 min</span></button><audio preload="none" src="https://podcast.posttv.com/article-audio/QH4XTRVBF5AK.mp3"></audio></div>
<button type="button" data-qa="gift-article-button" class="wpds-c-bQfsrp"><svg viewBox="0 0 16 16"></svg><span>Gift Article</span></button>
<button type="button" data-qa="comments-btn" class="wpds-c-bQfsrp"><span>Comment</span>
<span data-qa="comment-count">214</span></button><button type="button" data-qa="save-button" class="wpds-c-bQfsrp"><span>Save</span></button></div>
<figure class="wpds-c-gQfXtM"><div class="wpds-c-cqbfSN"><img alt="" src="https://www.washingtonpost.com/wp-apps/imrs.php?src=thibodeau.jpg&amp;w=916"
width="916" height="611" fetchpriority="high"></div><figcaption data-qa="caption" class="wpds-c-dYdMWo">${wpCaption}</figcaption></figure></div>
<div class="article-body grid-center grid-body" data-qa="article-body">
${wpP(wpBody1, 1)}
<div class="interstitial-link wpds-c-jGpKeQ" data-qa="interstitial-link"><span class="wpds-c-bNPzZf"><a
href="https://www.washingtonpost.com/climate-solutions/heat-pumps-guide/"
data-qa="interstitial-link-anchor">${wpInterstitial}</a></span></div>
${wpP(wpBody2, 4)}
<div data-qa="newsletter-signup" class="wpds-c-fMbhGs hide-for-print"><div class="wpds-c-lfUxhI"><span class="wpds-c-gfcXgr">${wpNews[0]}</span>
<p class="wpds-c-kcPFhG">${wpNews[1]}</p></div><button type="button" class="wpds-c-kSOqLF">${wpNews[2]}</button></div>
${wpP(wpBody3, 7)}
</div>
<div data-qa="author-bios" class="wpds-c-hnYCnA hide-for-print">${wpBios
  .map(
    (b, i) => `<div data-qa="author-bio" class="wpds-c-ifUiHO"><img alt="" src="https://www.washingtonpost.com/wp-apps/imrs.php?src=author${i}.png"
width="64" height="64"><p class="wpds-c-bMfnzg">${b}</p><button type="button" data-qa="follow-button" class="wpds-c-cdsJbw">
<span class="wpds-c-fJKSbB">Follow</span></button></div>`,
  )
  .join('\n')}</div>
<div class="wpds-c-guAmvY hide-for-print"><button type="button" data-qa="comments-btn-bottom" class="wpds-c-kSOqLF">View 214 comments</button></div>
</div></article>
<aside data-qa="most-read" class="wpds-c-jEqCxY"><h2 class="wpds-c-ePoRvD">Most Read Climate &amp; Environment</h2>
<ol class="wpds-c-eBvGsu">${links(wpMost, 'wpds-c-jTmTSc')}</ol></aside></main>
<footer data-qa="footer" class="wpds-c-hCWJDu"><div class="wpds-c-kOeQbr"><a href="https://www.washingtonpost.com" aria-label="The Washington Post homepage">
<svg viewBox="0 0 440 60"></svg></a><div class="wpds-c-eeWzxm">${wpTagline}</div></div>
<div class="wpds-c-cBwUkR">${wpFootHeads
  .map((h, i) => `<div class="wpds-c-dvhWhG"><h3 class="wpds-c-kgzbmZ">${h}</h3><ul>${links(wpFoot.slice(i * 4, i * 4 + 4))}</ul></div>`)
  .join('\n')}</div>
<p class="wpds-c-hvsGCy">© 1996-2025 The Washington Post</p></footer></div>
<script src="/_next/static/chunks/main-2f1b8c.js" defer></script></body></html>`;
const washingtonPost: TestPage = {
  html: wpHtml,
  name: 'heldout72-washingtonpost-news',
  kind: 'news',
  // the subheadline is in neither list (batch convention: deks); the dateline "ALDER NOTCH, Maine —" opens the first paragraph
  // and stays body; "By" and "and" between the authors are in neither list; the "Follow" buttons (topic and authors), audio
  // player, share bar, caption, interstitial link, newsletter box, author bios and comment buttons are furniture
  title: wpTitle,
  headings: [],
  body: [...texts(wpBody1), ...texts(wpBody2), ...texts(wpBody3)],
  bylines: ['Priya Vance', 'Colin Ashworth', 'March 12, 2025 at 6:00 a.m. EDT'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...wpNav, wpTagline, 'Climate & Environment', 'Follow', 'Listen', '7 min', 'Gift Article', 'Comment', '214', 'Save',
    wpCaption, wpInterstitial, ...wpNews, ...wpBios, 'View 214 comments', 'Most Read Climate & Environment', ...wpMost, ...wpFootHeads.slice(0, 3),
    ...wpFoot, '© 1996-2025 The Washington Post',
  ],
};

export const HELDOUT72_B: readonly TestPage[] = [washingtonPost, bbcStory];
