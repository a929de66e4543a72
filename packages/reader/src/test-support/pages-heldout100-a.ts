import { links, ps, type TestPage, texts } from './page-kit.js';
import { latimesStory } from './pages-heldout100-a2.js';

/**
 * Held-out batch 100, file a: a Washington Post story as a signed-out reader saves it (skip link, the sections menu with
 * "Sign in" and "Subscribe", the audio "Listen" button, the dek, the byline with the author and the published/updated
 * times, the Gift Article / Share / Comment bar, in-body ad slots with "Advertisement" and "Story continues below
 * advertisement", a caption with credit, an inline "Read more" link card, "Most Read" rail, the hidden subscription paywall
 * copy, the newsletter sign-up module, the comments button and the footer) and, from file a2, a Los Angeles Times story.
 */
const wpTitle = 'A Maryland county bet on four-day school weeks. The buses decided otherwise.';
const wpDek = 'Calvert Ridge County hoped a shorter week would keep its drivers. Eight months in, it has fewer of them.';
const wpP1 = [
  'CALVERT RIDGE, Md. — When the school board in this rural county voted last winter to move its 11 schools to a four-day week, ' +
    'the argument that carried the night was not about test scores or family time. It was about buses.',
  'The county had lost a third of its drivers in two years. Routes were doubled up, and some children in the southern end of ' +
    'the county were standing at the roadside at 6:40 a.m. A shorter week, board members said, would make the job easier to ' +
    'fill: four longer days, three days off, the same pay.',
  'Eight months later, the county has 41 drivers, down from 46 when the vote was taken, according to figures released Tuesday ' +
    'by the district’s transportation office. Seven routes are still being covered by drivers who run two loops every morning.',
  '“We sold it as a recruiting tool, and it has not recruited anybody,” said board member Ellen Okafor, who voted for the change ' +
    'and now says she would vote against it. “I don’t think we were dishonest. I think we were hopeful.”',
];
const wpH1 = 'Longer days, longer routes';
const wpP2 = [
  'Drivers say the problem is the shape of the day, not the number of days. Under the new calendar, school starts 25 minutes ' +
    'earlier and ends 35 minutes later, which pushes the afternoon run into the evening commute on Route 4.',
  'Darnell Price, who has driven for the county for 14 years, said his afternoon loop now takes 70 minutes instead of 50. “You ' +
    'get Friday off, sure,” he said. “But Monday through Thursday you don’t see your own kids awake.”',
  'Three of the five drivers who left since the vote took jobs with a private contractor that runs routes for a neighboring ' +
    'county on a five-day schedule, according to exit interviews summarized in the transportation office’s report.',
];
const wpH2 = 'What parents and teachers say';
const wpP3 = [
  'The picture is less clear in the classroom. Teachers interviewed for this story were broadly positive about the Friday ' +
    'planning days, and teacher vacancies fell from 19 to 8 over the same period. The district has not yet released attendance ' +
    'or test data for the fall.',
  'Parents are divided. A survey of 2,100 families by the county’s parent-teacher council found that 54 percent wanted to keep ' +
    'the four-day week, many of them citing the Friday child care program the district runs at three elementary schools for ' +
    'a fee of $25 a day.',
  'Superintendent Martin Vasquez said the district would bring a full review to the board in March. “The bus numbers are real ' +
    'and we are not going to hide from them,” he said. “But we also hired teachers this year that we could not hire before.”',
  'In the meantime, the county has raised the starting pay for drivers by $2.10 an hour and is offering a $1,500 bonus to anyone ' +
    'who completes the commercial license course it runs at the bus depot in Prince Frederick.',
];
const wpNav = ['Politics', 'Opinions', 'Style', 'Investigations', 'Climate', 'Well+Being', 'Business', 'Tech', 'World', 'D.C., Md. & Va.', 'Sports'];
const wpCaption = 'A Calvert Ridge County school bus leaves the depot in Prince Frederick before dawn on Nov. 6. (Teodora Hall/For The Washington Post)';
const wpMostRead = [
  'The grocery chain that quietly stopped taking cash',
  'Opinion: The Metro fare increase is a mistake',
  'A lost dog walked 40 miles home. His owners tracked every step.',
  'Snow could reach the D.C. area by the weekend. Here’s what to know.',
];
const wpNewsletter = ['Get the D.C. Schools newsletter', 'A weekly guide to what is happening in the region’s classrooms.', 'Sign up'];
const wpFoot1 = ['About The Post', 'Newsroom Policies & Standards', 'Diversity & Inclusion', 'Careers', 'Media & Community Relations', 'WP Creative Group'];
const wpFoot2 = ['Become a Subscriber', 'Gift Subscriptions', 'Mobile & Apps', 'Newsletters & Alerts', 'Washington Post Live', 'Reprints & Permissions'];
const wpFoot3 = [
  'Terms of Use',
  'Privacy Policy',
  'Cookie Settings',
  'Print Products Terms of Sale',
  'Digital Products Terms of Sale',
  'Submissions & Discussion Policy',
];
const wpPaywall = [
  'Keep reading with a subscription',
  'Get unlimited access to The Washington Post for $4 every 4 weeks.',
  'Already have a subscription? Sign in',
];
const wpAd = (id: string): string => `<div class="wpds-c-hBqdeI" data-qa="ad-slot" data-ad-id="${id}"><div class="wpds-c-kvSnQm">Advertisement</div>
<div id="slug_${id}" class="dfp-ad" data-slot="${id}" style="min-height:280px"></div></div>`;
const wpContinue = '<div class="wpds-c-bpJmKT hide-for-print" data-qa="article-body-ad">Story continues below advertisement</div>';
const wpPs = (a: readonly string[]): string => ps(a, ' data-el="text" dir="null" class="wpds-c-cYdRxM wpds-c-cYdRxM-iPJLV-css overrideStyles font-copy"');
const wpH = (t: string): string => `<h3 class="wpds-c-gJjaXb wpds-c-gJjaXb-hUEDBu-css font-copy" data-qa="subhead">${t}</h3>`;
const wpHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>A Maryland county bet on four-day school weeks. The buses decided otherwise. - The Washington Post</title>
<meta name="description" content="${wpDek}"><meta property="og:title" content="${wpTitle}"><meta property="og:type" content="article">
<meta property="article:section" content="local"><meta name="author" content="Nadia Kellerman">
<link rel="canonical" href="https://www.washingtonpost.com/education/2025/11/12/calvert-ridge-four-day-week-buses/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${wpTitle}","description":"${wpDek}",
"datePublished":"2025-11-12T06:00:41.000Z","dateModified":"2025-11-12T14:20:07.000Z","author":[{"@type":"Person","name":"Nadia Kellerman"}],
"isAccessibleForFree":false,"hasPart":{"@type":"WebPageElement","isAccessibleForFree":false,"cssSelector":".meteredContent"},
"publisher":{"@type":"Organization","name":"The Washington Post"}}</script>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"globalContent":{"_id":"QX7TVM2R","type":"story"}}},"page":"/[...slug]"}</script>
<link rel="stylesheet" href="https://www.washingtonpost.example/wp-stat/assets/_next/static/css/6a1f0c.css"></head>
<body><div id="__next"><a class="wpds-c-skip hide-for-print" href="#main-content">Skip to main content</a>
<header class="wpds-c-dhzjXW" data-qa="site-header"><nav aria-label="Sections Menu" data-qa="sc-section-menu" class="wpds-c-hBzdXw">
<button aria-label="Sections Menu" class="wpds-c-kSOqLF"><span class="wpds-c-cfbTEm">Sections</span></button>
<ul class="wpds-c-gqqXvN">${links(wpNav, 'wpds-c-lnMVkg')}</ul></nav>
<a href="https://www.washingtonpost.com" aria-label="The Washington Post homepage" class="wpds-c-gLfxRy"><svg role="img"><title>The Washington
Post</title></svg></a>
<p class="wpds-c-iqQEWL hide-for-print">Democracy Dies in Darkness</p><div class="wpds-c-bKMYDs" data-qa="sc-account-buttons">
<a href="/subscribe/signin/" data-qa="sc-account-button" class="wpds-c-dWqMsb">Sign in</a>
<a href="/subscribe/" data-qa="sc-subscribe-button" class="wpds-c-jMIvnl">Subscribe</a></div></header>
<main id="main-content" class="wpds-c-cDAZwP"><div class="grid-layout" data-qa="article-grid"><div class="grid-center">
<div class="wpds-c-fTxeIZ hide-for-print" data-qa="kicker"><a href="/education/" class="wpds-c-hQmcYt">Education</a></div>
<h1 data-qa="headline" id="main-content-headline" class="wpds-c-iiQaMf wpds-c-iiQaMf-ikZTsw-css"><span data-qa="headline-text">${wpTitle}</span></h1>
<h2 data-qa="subheadline" class="wpds-c-fQUeAX">${wpDek}</h2>
<div class="wpds-c-cNdzuP hide-for-print" data-qa="article-audio"><button class="wpds-c-gGzprV" aria-label="Listen to article">
<span class="wpds-c-dKcSKI">Listen</span><span class="wpds-c-kDLVPU">7 min</span></button></div>
<div class="wpds-c-fkWqFs hide-for-print" data-qa="share-bar"><button data-qa="gift-article-button" class="wpds-c-kSOqLF"><span>Gift Article</span></button>
<button data-qa="share-button" class="wpds-c-kSOqLF"><span>Share</span></button>
<button data-qa="comments-btn" class="wpds-c-kSOqLF"><span>Comment</span><span class="wpds-c-cXfRmM" data-qa="comment-count">214</span></button></div>
<figure class="wpds-c-iRrBqi" data-qa="lede-art"><div class="wpds-c-PJLV"><img alt="" src="https://www.washingtonpost.example/resizer/bus-depot.jpg"
width="1440"></div>
<figcaption data-qa="caption" class="wpds-c-hVprtV">${wpCaption}</figcaption></figure>
<div class="wpds-c-bDfRCr" data-qa="attribution"><div data-qa="author-byline" class="wpds-c-cRhaDt">By
<a data-qa="author-name" rel="author" href="https://www.washingtonpost.com/people/nadia-kellerman/" class="wpds-c-knSWeD">Nadia Kellerman</a></div>
<div data-qa="timestamp" class="wpds-c-iKQyrV"><span data-qa="display-date">November 12, 2025 at 1:00 a.m. EST</span></div>
<div data-qa="updated-timestamp" class="wpds-c-iKQyrV"><span>Updated November 12, 2025 at 9:20 a.m. EST</span></div></div>
<div class="meteredContent grid-center" data-qa="article-body">
${wpPs(wpP1.slice(0, 2))}
${wpAd('article-1')}${wpContinue}
${wpPs(wpP1.slice(2))}
<div class="wpds-c-eTmVsZ hide-for-print" data-qa="interstitial-link"><span class="wpds-c-hPHmAr">Read more</span>
<a href="/education/2025/02/14/calvert-ridge-school-board-vote/">Rural school districts are trying shorter weeks to fill jobs</a></div>
${wpH(wpH1)}
${wpPs(wpP2)}
${wpAd('article-2')}${wpContinue}
${wpH(wpH2)}
${wpPs(wpP3)}
</div>
<div class="wpds-c-gHelVw" data-qa="author-bio"><p>Nadia Kellerman covers education in Maryland for The Washington Post.</p></div>
<div class="wpds-c-fkWqFs hide-for-print" data-qa="share-bar-bottom"><button class="wpds-c-kSOqLF"><span>Gift Article</span></button>
<button class="wpds-c-kSOqLF"><span>Share</span></button></div>
<div class="wpds-c-ckOQgJ" data-qa="comments-entry"><button class="wpds-c-dXvVvS"><span>Comments</span></button></div>
<section class="wpds-c-jDWGGo hide-for-print" data-qa="newsletter-module"><h3>${wpNewsletter[0]}</h3><p>${wpNewsletter[1]}</p>
<button class="wpds-c-bYDamy">${wpNewsletter[2]}</button></section></div>
<aside class="grid-right hide-for-print" data-qa="right-rail">${wpAd('right-rail-1')}<section data-qa="most-read"><h2 class="wpds-c-iXWzqD">Most Read</h2>
<ol class="wpds-c-bGmGvC">${wpMostRead
  .map(
    (t, i) => `<li><span class="wpds-c-hnFHmi">${i + 1}</span><a
href="/mr/${i}">${t}</a></li>`,
  )
  .join('\n')}</ol></section></aside>
</div></main>
<div id="wall-bottom-drawer" class="paywall-overlay" style="display:none" data-qa="paywall"><h2>${wpPaywall[0]}</h2><p>${wpPaywall[1]}</p>
<a class="wpds-c-jMIvnl" href="/subscribe/">Subscribe</a><p>${wpPaywall[2]}</p></div>
<footer class="wpds-c-dLxOtn hide-for-print" data-qa="site-footer"><div class="wpds-c-bTvXzL"><h3>Company</h3><ul>${links(wpFoot1)}</ul></div>
<div class="wpds-c-bTvXzL"><h3>Get The Post</h3><ul>${links(wpFoot2)}</ul></div><div class="wpds-c-bTvXzL"><h3>Terms of Use</h3><ul>${links(wpFoot3)}</ul></div>
<p class="wpds-c-gAoyNv">© 1996-2025 The Washington Post</p></footer></div>
<script src="https://www.washingtonpost.example/wp-stat/assets/_next/static/chunks/main-3f2b1a.js" defer></script></body></html>`;
const wpStory: TestPage = {
  html: wpHtml,
  name: 'heldout100-washingtonpost-news',
  kind: 'news',
  // the dek (h2 subheadline) is body; the "Read more" link card inside the body, ad labels, the author bio line, the hidden
  // paywall drawer, newsletter module, rails and footer are furniture
  title: wpTitle,
  headings: [wpH1, wpH2],
  body: texts([wpDek, ...wpP1, ...wpP2, ...wpP3]),
  bylines: ['Nadia Kellerman', 'November 12, 2025 at 1:00 a.m. EST', 'Updated November 12, 2025 at 9:20 a.m. EST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sections', ...wpNav, 'Democracy Dies in Darkness', 'Sign in', 'Subscribe', 'Education', 'Listen', '7 min', 'Gift Article',
    'Share', 'Comment', wpCaption, 'Advertisement', 'Story continues below advertisement', 'Read more',
    'Rural school districts are trying shorter weeks to fill jobs', 'Nadia Kellerman covers education in Maryland for The Washington Post.', 'Comments',
    ...wpNewsletter, 'Most Read', ...wpMostRead, ...wpPaywall, 'Company',
    ...wpFoot1, 'Get The Post', ...wpFoot2, ...wpFoot3, '© 1996-2025 The Washington Post',
  ],
};

export const HELDOUT100_A: readonly TestPage[] = [wpStory, latimesStory];
