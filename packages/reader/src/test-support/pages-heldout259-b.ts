import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout259-kit.js';

/**
 * Held-out batch 259, file b: a BBC News-style article (data-component blocks, styled-components class names, byline block
 * with relative time and role, image block with copyright span and caption, "Related" links block, topic tags, "More on this
 * story", cookie prompt and footer) and a Washington Post-style article built with Next.js markup (`__next` root, data-qa
 * attributes, `__NEXT_DATA__` JSON, gift/share/comment bar, a data table inside the body, newsletter sign-up and "Most Read").
 */
const bTitle = 'Carrow ferry timetable cut after harbour crane fails';
const bB1 = [
  j(
    'Ferry sailings to the Isle of Carrow have been cut from four a day to two after the crane used to load freight at Brackwater',
    'harbour failed an inspection.',
  ),
  j(
    'The island’s council said the reduced timetable would remain in place for at least six weeks while a replacement part was',
    'made. Islanders have been told to book early for the sailings that remain.',
  ),
  j(
    'About 1,900 people live on Carrow, and the ferry is the only way on and off the island for vehicles and most goods. Shops in',
    'the main village of Tolsey said some fresh food deliveries had already been missed.',
  ),
];
const bB2 = [
  j(
    'Harbour master Ewan Drysdale said the crane had been taken out of service after inspectors found cracks in a weld on its main',
    'arm. "There was no choice," he said. "We cannot lift a lorry trailer with a crane we do not trust."',
  ),
  j('Without the crane, freight must be rolled on and off the ferry by hand at low tide, which limits the number of sailings that', 'can be made in a day.'),
];
const bB3 = [
  j(
    'Fiona Grant, who runs a guest house near the pier, said she had already had cancellations for the Easter weekend. "People see',
    'the words reduced timetable and they just decide to go somewhere else," she said.',
  ),
  j(
    'The island’s GP practice said patients with hospital appointments on the mainland would be given priority on the remaining',
    'sailings and that a community minibus would meet each ferry.',
  ),
  j(
    'Carrow Council leader Isla Morven said she had asked the ferry operator to add an extra evening sailing on Fridays if the tide',
    'allowed. The council expects to give an update on the repair next week.',
  ),
  j(
    'A spokesperson for the ferry operator said the company understood the frustration on the island and would refund any',
    'passenger whose booking had been moved to a different day because of the reduced timetable.',
  ),
];
const bH = ['Cracks in weld', 'Easter bookings'];
const bNav = ['Home', 'News', 'Sport', 'Business', 'Innovation', 'Culture', 'Arts', 'Travel', 'Earth', 'Audio', 'Video', 'Live'];
const bSub = ['Scotland', 'Scotland Politics', 'Scotland Business', 'Edinburgh, Fife & East', 'Glasgow & West', 'Highlands & Islands'];
const bRel = ['Island warned over winter ferry gaps', 'New ferry for Carrow delayed until 2028'];
const bMore = ['Council seeks funds to rebuild Brackwater pier', 'Islanders rally to keep Carrow school open', 'Storm damages harbour wall'];
const bTags = ['Scottish islands', 'Ferries', 'Highlands & Islands'];
const bFoot = [
  'Terms of Use',
  'About the BBC',
  'Privacy Policy',
  'Cookies',
  'Accessibility Help',
  'Parental Guidance',
  'Contact the BBC',
  'BBC emails for you',
  'Advertise with us',
];
const bHtml = `<!DOCTYPE html><html lang="en-GB" class="no-js"><head><meta charSet="utf-8"><title>${bTitle} - BBC News</title>
<meta name="description" content="The island's council says the reduced timetable will stay for at least six weeks.">
<meta property="og:site_name" content="BBC News"><link rel="canonical" href="https://www.bbc.co.uk/news/articles/c4g7k2mxq01o">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${bTitle}",
"datePublished":"2026-03-05T11:02:14.000Z","author":[{"@type":"Person","name":"Catriona Bell"}],
"publisher":{"@type":"NewsMediaOrganization","name":"BBC News"}}</script>
<script>window.__INITIAL_DATA__="{\\"data\\":{}}";</script></head><body><div id="__next">
<div class="ssrcss-1x1g5ib-CookieBanner" id="bbccookies-prompt"><h2 class="ssrcss-1mc5p1i">Let us know you agree to cookies</h2>
<p class="ssrcss-3i4v7r">We use cookies to give you the best online experience. Please let us know if you agree to all of these cookies.</p>
<button id="bbccookies-continue-button">Yes, I agree</button><a id="bbccookies-settings" href="/usingthebbc/cookies">No, take me to settings</a></div>
<a href="#main-content" class="sc-fe3a7d7-0">Skip to content</a>
<header data-testid="header-content" class="sc-8a3f2bd2-0"><a href="https://www.bbc.co.uk" aria-label="British Broadcasting Corporation">
<svg></svg></a><button class="sc-b2b7c5b0-1">Register</button><a href="/signin" class="sc-b2b7c5b0-2">Sign In</a>
<nav data-testid="level1-navigation-container" class="sc-2f092172-0"><ul class="sc-2f092172-1">${links(bNav, 'sc-2f092172-2')}</ul></nav>
<nav data-testid="level2-navigation-container"><ul>${links(bSub, 'sc-b9a9d1c-0')}</ul></nav></header>
<main id="main-content" data-testid="main-content"><article class="sc-4e537b1-0">
<div data-component="headline-block" class="sc-18fde0d6-0"><h1 id="main-heading" type="headline" tabindex="-1"
class="sc-518485e5-0 bWszMR">${bTitle}</h1></div>
<div data-component="byline-block" class="sc-18fde0d6-0"><div class="sc-2b5e3b35-0"><time type="byline" datetime="2026-03-05T11:02:14.000Z"
class="sc-2b5e3b35-2">5 March 2026</time><div class="sc-2b5e3b35-1"><span class="sc-2b5e3b35-7">Catriona Bell</span>
<div class="sc-2b5e3b35-8">BBC Scotland, Highlands and Islands reporter</div></div></div></div>
<div data-component="image-block" class="sc-18fde0d6-0"><figure class="sc-8a623a54-0"><div class="sc-a34861b-1"><img alt="A white crane beside a
ferry at a small harbour" src="https://ichef.bbci.example/news/480/cpsprodpb/3fa1/live/crane.jpg"><span role="text" class="sc-a34861b-2">
<span class="visually-hidden">Image source, </span>Carrow Council</span></div><figcaption class="sc-8a623a54-2"><span class="visually-hidden">
Image caption, </span>The crane at Brackwater harbour was taken out of service last week</figcaption></figure></div>
<div data-component="text-block" class="sc-18fde0d6-0">${ps(bB1, ' class="sc-eb7bd5f6-0 fezwLZ"')}</div>
<div data-component="links-block" class="sc-18fde0d6-0"><h2 class="sc-9d830f2a-0">Related</h2><ul>${links(bRel, 'sc-6b4e7ff7-0')}</ul></div>
<div data-component="subheadline-block" class="sc-18fde0d6-0"><h2 class="sc-9d830f2a-0 ksgFBd">${bH[0] ?? ''}</h2></div>
<div data-component="text-block" class="sc-18fde0d6-0">${ps(bB2, ' class="sc-eb7bd5f6-0 fezwLZ"')}</div>
<div data-component="ad-slot" class="sc-18fde0d6-0"><div class="dotcom-ad"><p class="sc-e3b3a9b-0">Advertisement</p></div></div>
<div data-component="subheadline-block" class="sc-18fde0d6-0"><h2 class="sc-9d830f2a-0 ksgFBd">${bH[1] ?? ''}</h2></div>
<div data-component="text-block" class="sc-18fde0d6-0">${ps(bB3, ' class="sc-eb7bd5f6-0 fezwLZ"')}</div>
<div data-component="tags" class="sc-18fde0d6-0"><ul class="sc-1f4b1dd5-0">${links(bTags, 'sc-1f4b1dd5-1')}</ul></div></article>
<section data-testid="more-on-this-story" class="sc-2d3bc1f2-0"><h2 class="sc-2d3bc1f2-1">More on this story</h2><ul>${links(bMore)}</ul></section></main>
<footer data-testid="footer" class="sc-75d0a4ad-0"><ul>${links(bFoot, 'sc-75d0a4ad-2')}</ul>
<p class="sc-75d0a4ad-4">Copyright 2026 BBC. All rights reserved. The BBC is not responsible for the content of external sites.
<a href="/editorialguidelines/guidance/feeds-and-links">Read about our approach to external linking.</a></p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"page":{"@\\"news\\",\\"articles\\"":{}}}},"page":"/[[...slug]]"}</script>
</body></html>`;
const bbc: TestPage = {
  name: 'heldout259-bbc-news',
  kind: 'news',
  html: bHtml,
  title: bTitle,
  headings: bH,
  body: texts([...bB1, ...bB2, ...bB3]),
  bylines: ['5 March 2026', 'Catriona Bell', 'BBC Scotland, Highlands and Islands reporter'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Let us know you agree to cookies', 'We use cookies to give you the best online experience. Please let us know if you agree to all of these cookies.',
    'Yes, I agree', 'No, take me to settings', 'Skip to content', 'Register', 'Sign In', ...bNav, ...bSub, 'Image source, Carrow Council',
    'Image caption, The crane at Brackwater harbour was taken out of service last week', 'Related', ...bRel, 'Advertisement', ...bTags,
    'More on this story', ...bMore, ...bFoot,
    'Copyright 2026 BBC. All rights reserved. The BBC is not responsible for the content of external sites.', 'Read about our approach to external linking.',
  ],
};

const wTitle = 'The quiet math that decides which streets get plowed first';
const wSub = 'Alder Falls handed its snow routes to an algorithm. Drivers and residents are still arguing about what it values.';
const wB1 = [
  j(
    'At 3 a.m. on a February morning, the first of Alder Falls’s 38 snowplows pulled out of the city garage on Kessler Avenue. Its',
    'route had not been drawn by a supervisor with a highlighter, as it had been for forty years, but by a piece of software.',
  ),
  j(
    'The program, built by a small firm the city hired in 2024, weighs each block by traffic, slope, bus routes and the location of',
    'hospitals and schools, then stitches the blocks into loops that a single truck can clear in about three hours.',
  ),
  j(
    'City officials say it works. Average clearing time on main roads fell by a quarter in the first winter. But residents of the',
    'hilly Northgate neighborhood say their streets now wait longer than ever, and they want to know why.',
  ),
];
const wB2 = [
  j(
    'The answer, according to the city’s public works director, Hal Odegaard, is in the weights. Streets with a bus route count',
    'twice. Streets with a grade steeper than 8 percent count extra, but only if more than 500 cars use them a day.',
  ),
  'Northgate’s side streets are steep, but few cars use them. In the old routes, they were cleared early because a supervisor lived there.',
  '“That is not a joke,” Odegaard said. “That is genuinely how some of it worked.”',
];
const wTable = [
  ['Main arterials', '2.1 hours', '1.6 hours'],
  ['Bus routes', '3.4 hours', '2.5 hours'],
  ['Residential streets', '9.8 hours', '10.6 hours'],
];
const wB3 = [
  j(
    'The figures, which the city released after a request from The Washington Post, show the trade-off plainly: faster main roads,',
    'slightly slower side streets.',
  ),
  j(
    'Northgate residents have asked the city council to add a weight for streets where older people live. Council member Rosa Liang',
    'said she would support a trial next winter. “An algorithm is a list of priorities,” she said. “We should argue about the list.”',
  ),
];
const wH = ['What the weights say', 'Clearing times before and after'];
const wNav = ['Politics', 'Opinions', 'Style', 'Investigations', 'Climate', 'Well+Being', 'Business', 'Tech', 'World', 'D.C., Md. & Va.', 'Sports'];
const wMost = ['How to read your new property tax bill', 'The best winter hikes within an hour of the city', 'Why your heating bill jumped in January'];
const wFoot = [
  'About The Post',
  'Newsroom Policies & Standards',
  'Diversity & Inclusion',
  'Careers',
  'Media & Community Relations',
  'WP Creative Group',
  'Accessibility Statement',
  'Sitemap',
  'Terms of Use',
  'Privacy Policy',
  'Print Products Terms of Sale',
  'Digital Products Terms of Sale',
];
const wHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"><title>${wTitle} - The Washington Post</title>
<meta name="description" content="${wSub}"><meta property="og:site_name" content="Washington Post">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${wTitle}","isAccessibleForFree":false,
"author":[{"@type":"Person","name":"Daniel Okoro"}],"datePublished":"2026-03-05T11:00:37.612Z"}</script>
<link rel="preload" href="/_next/static/css/8b9f1d2a.css" as="style"></head><body><div id="__next"><div class="wpds-c-dhzjXW">
<a href="#main-content" class="wpds-c-hbuXsq">Skip to main content</a>
<nav id="sections-menu-wide" data-qa="sc-section-menu" aria-label="Sections Menu"><ul class="wpds-c-eqjTsS">${links(wNav, 'wpds-c-kvDDa')}</ul></nav>
<header class="wpds-c-cIhMkT" data-qa="site-header"><a href="/" aria-label="The Washington Post homepage"><svg></svg></a>
<span class="wpds-c-jNmNcB" data-qa="tagline">Democracy Dies in Darkness</span><a href="/subscribe" data-qa="sc-subscribe-button">Subscribe</a>
<a href="/account/signin" data-qa="sc-account-button">Sign in</a></header>
<main id="main-content"><article data-qa="article" class="wpds-c-kmAfsq"><div data-qa="kicker" class="wpds-c-jrzORX"><a href="/local/">Local</a></div>
<h1 data-qa="headline" id="main-content-headline" class="wpds-c-iiQaMf"><span data-qa="headline-text">${wTitle}</span></h1>
<h2 data-qa="subheadline" class="wpds-c-fMUZtt">${wSub}</h2>
<div data-qa="article-byline" class="wpds-c-gXmnQb"><div data-qa="author-byline" class="wpds-c-ibufEc"><span class="wpds-c-dJjFjn">By </span>
<a data-qa="author-name" rel="author" href="/people/daniel-okoro/">Daniel Okoro</a></div>
<div data-qa="timestamp" class="wpds-c-bFEhWp"><span data-testid="display-date">March 5, 2026 at 6:00 a.m. EST</span></div></div>
<div data-qa="article-share" class="wpds-c-lpDlTg"><button data-qa="share-gift" aria-label="Gift Article">Gift Article</button>
<button data-qa="share-button">Share</button><a data-qa="comments-btn" href="#comments">Comment</a><span data-qa="comment-count">412</span>
<button data-qa="save-button">Save</button></div>
<figure data-qa="lede-art" class="wpds-c-bJcEEr"><img alt="" src="https://www.washingtonpost.example/wp-apps/imrs.php?src=plow.jpg">
<figcaption data-qa="caption" class="wpds-c-hSskcI">A city plow clears Kessler Avenue before dawn on Feb. 11. <span data-qa="credit">(Maya Lindqvist
for The Washington Post)</span></figcaption></figure>
<div class="grid-center grid-body" data-qa="article-body">${ps(wB1, ' data-el="text" dir="null" class="wpds-c-cYdRxM wpds-c-cYdRxM-iPJLV-css"')}
<div data-qa="interstitial-link" class="wpds-c-fKpKmm"><span class="wpds-c-PJLV">Follow</span><a href="/topics/weather">Weather</a></div>
<h3 data-qa="subhead" class="wpds-c-iwTGl">${wH[0] ?? ''}</h3>
${ps(wB2, ' data-el="text" class="wpds-c-cYdRxM"')}
<h3 data-qa="subhead" class="wpds-c-iwTGl">${wH[1] ?? ''}</h3>
<table data-qa="table" class="wpds-c-kVlsCy"><thead><tr><th>Street type</th><th>Winter 2024 average</th><th>Winter 2025 average</th></tr></thead><tbody>
${wTable.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>
${ps(wB3, ' data-el="text" class="wpds-c-cYdRxM"')}
</div><div data-qa="newsletter-signup" class="wpds-c-dsXOIq"><p class="wpds-c-jlPhZC">The Local Edition</p><p>The top D.C.-area headlines,
in your inbox each morning.</p><button>Sign up</button></div>
<div data-qa="comments" id="comments"><button data-qa="comments-btn">Comments</button></div></article>
<aside data-qa="most-read" class="wpds-c-fzPSYs"><h2>Most Read Local</h2><ol>${links(wMost)}</ol></aside></main>
<footer data-qa="footer" class="wpds-c-gbqFVs"><ul>${links(wFoot, 'wpds-c-hVlIJx')}</ul><p>© 1996-2026 The Washington Post</p></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"globalContent":{"_id":"XKQ4M2OPLNB3","type":"story"}}},"page":"/article"}</script>
</body></html>`;
const wapo: TestPage = {
  name: 'heldout259-washingtonpost-news',
  kind: 'news',
  html: wHtml,
  title: wTitle,
  headings: wH,
  body: texts([wSub, ...wB1, ...wB2, ...wTable.flat(), ...wB3]),
  bylines: ['By Daniel Okoro', 'March 5, 2026 at 6:00 a.m. EST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...wNav, 'Democracy Dies in Darkness', 'Subscribe', 'Sign in', 'Local', 'Gift Article', 'Share', 'Comment', '412', 'Save',
    'A city plow clears Kessler Avenue before dawn on Feb. 11.', '(Maya Lindqvist for The Washington Post)', 'Follow', 'Weather', 'The Local Edition',
    'The top D.C.-area headlines, in your inbox each morning.', 'Sign up', 'Comments', 'Most Read Local', ...wMost, ...wFoot,
    '© 1996-2026 The Washington Post',
  ],
};

export const HELDOUT259_B: readonly TestPage[] = [bbc, wapo];
