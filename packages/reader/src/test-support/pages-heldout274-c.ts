import { links, type TestPage, texts } from './page-kit.js';
import { wpLiveblog } from './pages-heldout274-c2.js';
import { paras } from './pages-heldout274-kit.js';

/**
 * Held-out batch 274, file c: an NYT-style live briefing (the vi story markup with css-hash
 * classes: the "LIVE" badge and "Updated" time, the "Here's what to know" summary written as
 * prose, live posts with their own headlines, time stamps and bylines, image captions with
 * "Credit..." lines, "Share full article" and gift tools, the "Related coverage" rail, the
 * masthead sections, the "Site Index" footer and the cookie dialog) and, from file c2, a local
 * TV station's WordPress live blog.
 */
const nTitle = 'Verdict in Port Aldern Bribery Trial: Former Harbor Commissioner Found Guilty on 4 Counts';
const nKnow = paras(`
A jury in Port Aldern found the former harbor commissioner, Gerald Whitcombe, guilty on Thursday of four of the six bribery counts
he faced, after three days of deliberations.

Mr. Whitcombe was accused of steering dredging contracts worth $41 million to a company run by a longtime friend in exchange for
cash, a boat and the renovation of a lake house.

Sentencing is set for June. Each count carries a maximum of 10 years in prison, though first offenders rarely receive the maximum.
`);
interface NPost {
  id: string;
  h: string;
  t: string;
  by: string;
  p: string[];
}
const nPosts: NPost[] = [
  {
    id: 'lb-7f2c',
    h: 'Whitcombe’s lawyer says he will appeal.',
    t: '4:18 p.m. ET',
    by: 'Miriam Oduya',
    p: paras(`
Standing on the courthouse steps, Mr. Whitcombe’s lead lawyer, Harriet Vance, said her client was “disappointed but not
defeated” and would appeal the verdict on all four counts.

Ms. Vance argued that the judge had wrongly allowed jurors to hear recordings of phone calls made years before the contracts
in question were awarded. “Those calls were about fishing trips, not dredging,” she said.
`),
  },
  {
    id: 'lb-7f1a',
    h: 'Jurors cleared him of the two most serious charges.',
    t: '3:47 p.m. ET',
    by: 'Miriam Oduya',
    p: paras(`
The jury acquitted Mr. Whitcombe on the two counts of conspiracy, which prosecutors had described as the heart of their case.
Legal experts said that outcome could limit his sentence.

“The conspiracy counts were where the big numbers were,” said Alvin Tresor, a former federal prosecutor who followed the trial.
“Without them, the guidelines point to a few years, not a decade.”
`),
  },
  {
    id: 'lb-7e90',
    h: 'The courtroom fell silent as the verdict was read.',
    t: '3:31 p.m. ET',
    by: 'Daniel Roemer',
    p: paras(`
Mr. Whitcombe stood with his hands folded as the foreperson, a retired schoolteacher, read the verdict on each count in turn.
He showed little emotion, but his wife, seated in the first row of the gallery, wept quietly.

Judge Eleanor Pratt thanked the jurors for their service and ordered Mr. Whitcombe to surrender his passport while he awaits
sentencing. He was allowed to remain free on bail.

Prosecutors left the courtroom without speaking to reporters. The United States attorney’s office said in a brief statement that
it was “grateful to the jurors” and would comment further after sentencing.
`),
  },
];
const nBody = [...texts(nKnow), ...nPosts.flatMap((p) => texts(p.p))];
const nSections = ['World', 'U.S.', 'Politics', 'N.Y.', 'Business', 'Opinion', 'Arts', 'Lifestyle', 'Audio', 'Games', 'Cooking'];
const nRelated = ['How a Harbor Contract Became a Federal Case', 'Who Is Gerald Whitcombe?', 'Port Aldern Dredging Firm Paid $2 Million in Fines'];
const nIndex = [
  'Site Index',
  'News',
  'Arts',
  'Lifestyle',
  'Opinion',
  'Account',
  '© 2026 The Aldern Daily Ledger Company',
  'Contact Us',
  'Accessibility',
  'Work with us',
  'Advertise',
  'Privacy Policy',
  'Terms of Service',
];
const nPost = (p: NPost): string => `<article id="${p.id}" data-testid="live-blog-post" class="live-blog-post css-1ye6ojp">
<div class="live-blog-post-headline-wrapper"><h2 class="live-blog-post-headline css-16wqcw1">${p.h}</h2></div>
<div class="css-1a7c6pa"><div class="live-blog-post-timestamp"><time datetime="2026-04-09">${p.t}</time></div>
<div class="live-blog-post-byline"><span class="css-1baulvz">${p.by}</span></div></div>
<div class="live-blog-post-content">${p.p.map((x) => `<p class="evys1bk0 css-at9mc1">${x}</p>`).join('\n')}</div>
<div class="css-share"><button aria-label="Share" class="css-y2c2rx">Share</button></div></article>`;
const nHtml = `<!DOCTYPE html><html lang="en" class="story nytapp-vi-liveblog"><head><meta charset="utf-8"><title>${nTitle} - The Aldern Daily Ledger</title>
<meta data-rh="true" name="description" content="Live updates on the verdict in the Port Aldern bribery trial.">
<meta data-rh="true" property="og:type" content="article"><meta data-rh="true" name="byl" content="By Miriam Oduya and Daniel Roemer">
<script data-rh="true" type="application/ld+json">{"@context":"https://schema.org","@type":"LiveBlogPosting","headline":"${nTitle}",
"coverageStartTime":"2026-04-09T13:00:00.000Z","publisher":{"@type":"NewsMediaOrganization","name":"The Aldern Daily Ledger"}}</script>
<script>window.__preloadedData = {"initialState":{"Article":{"sprinkled":true,"typeOfMaterial":"News"}}};</script></head>
<body><div id="app"><div class="css-skip"><a href="#site-content" class="css-10j8wjr">Skip to content</a>
<a href="#site-index" class="css-10j8wjr">Skip to site index</a></div>
<header class="css-ahe4g0" data-testid="masthead-container"><div class="css-10488qs"><button aria-label="Sections Navigation">Sections</button>
<button data-testid="search-button">SEARCH</button></div><a data-testid="masthead-mobile-logo" href="/" aria-label="The Aldern Daily Ledger">The Aldern Daily
Ledger</a><a href="/subscription" class="css-1t0q9ig">Subscribe for $1/week</a><a href="/login" class="css-1kj7lfb">Log in</a>
<nav data-testid="desktop-nested-nav"><ul class="css-1vxc2sl">${links(nSections, 'css-1d8a290')}</ul></nav></header>
<main id="site-content"><article id="story" class="css-1vxca1d"><header class="css-1ijovh8 e12qa4dv0">
<div class="live-label css-1bnxwmn"><span>LIVE</span></div><h1 data-testid="headline" class="css-1j4gv7z e1h9rw200">${nTitle}</h1>
<div class="css-dateline"><time datetime="2026-04-09T20:18:00.000Z" class="css-1sbuyqj"><span>Updated April 9, 2026, 4:18 p.m. ET</span></time>
<span class="css-ago">2 hours ago</span></div>
<figure class="css-1e2jphy"><img src="https://static01.ledger.example/images/2026/04/09/whitcombe.jpg" alt="">
<figcaption class="css-jevhq9"><span class="css-cnj6d5">Gerald Whitcombe arriving at the federal courthouse in Port Aldern on Thursday.</span>
<span class="css-1ly73wi"><span class="css-1ly73wi">Credit...</span><span>Lorna Pike for The Aldern Daily Ledger</span></span></figcaption></figure>
<div class="css-tools"><button class="css-gift" aria-label="Share full article">Share full article</button><button>Read in app</button>
<span class="css-comments">214</span></div></header>
<section class="live-blog-know css-12hh3ut" data-testid="live-blog-know"><h2 class="css-1oztdg2">Here’s what to know:</h2>
<ul class="css-1m1mqoo">${nKnow.map((x) => `<li class="css-1uub8kl">${x}</li>`).join('')}</ul></section>
<div class="live-blog-content">${nPosts.map(nPost).join('\n')}</div>
<div class="css-load"><button>See more updates</button></div></article>
<aside class="css-related"><h2>Related coverage</h2><ul>${links(nRelated)}</ul></aside></main>
<footer id="site-index" class="css-1l2wqu7"><nav><ul>${links(nIndex)}</ul></nav></footer>
<div id="fides-banner" class="fides-banner"><p id="fides-banner-description">We use cookies and similar methods to recognize visitors and remember
their preferences.</p><button class="fides-accept-all-button">Accept all</button><button>Manage preferences</button></div></div></body></html>`;
const nyt: TestPage = {
  name: 'heldout274-nyt-live-briefing-news',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: ['Here’s what to know:', ...nPosts.map((p) => p.h)],
  body: nBody,
  bylines: [...nPosts.map((p) => p.t), 'Miriam Oduya', 'Daniel Roemer', 'Updated April 9, 2026, 4:18 p.m. ET', '2 hours ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Skip to site index', 'Sections', 'SEARCH', 'Subscribe for $1/week', 'Log in', ...nSections.filter((s) => s.length > 2),
    'LIVE', 'Gerald Whitcombe arriving at the federal courthouse in Port Aldern on Thursday.', 'Credit...', 'Lorna Pike for The Aldern Daily Ledger',
    'Share full article', 'Read in app', '214', 'Share', 'See more updates', 'Related coverage', ...nRelated, ...nIndex.filter((s) => !nSections.includes(s)),
    'We use cookies and similar methods to recognize visitors and remember their preferences.', 'Accept all', 'Manage preferences',
  ],
};

export const HELDOUT274_C: readonly TestPage[] = [nyt, wpLiveblog];
