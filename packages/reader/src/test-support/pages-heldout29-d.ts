import { links, type TestPage, texts } from './page-kit.js';
import { time } from './pages-heldout29-d2.js';

/**
 * Held-out batch 29, file d: a Newsweek story (the weather "map shows" story on the Drupal template: nav with "Subscribe" and
 * "Login", the category label, headline, byline with the reporter's title and "Published"/"updated" times, "Share", "Listen"
 * and "Translate" with the hidden AI-translation notice, the Trust Project badge, a photo-illustration lead with caption and
 * credit, the "Why It Matters / What To Know / What People Are Saying / What Happens Next" h2 sections, a "Read more" list
 * between paragraphs, the update note, "Request Reprint & Licensing" links, the author card with email and languages, the
 * subscription promo, "Top Stories" rail, editions menu and footer). The TIME story of this file is in pages-heldout29-d2.ts.
 */
const nwTitle = 'Snow Map Shows Where Up to 18 Inches Could Fall as Lake-Effect Storm Hits';
const nwIntro = [
  'Parts of Michigan’s Upper Peninsula could see up to 18 inches of snow through Sunday as the first major lake-effect event of ' +
    'the season sets up over the Great Lakes, according to the National Weather Service (NWS).',
  'Winter storm warnings are in effect for six counties along the Lake Superior shoreline, and forecasters have warned of ' +
    'whiteout conditions on stretches of U.S. 41 and M-28 during the heaviest bands.',
];
const nwH1 = 'Why It Matters';
const nwWhy = [
  'Lake-effect snow can bury one town while leaving another a few miles away almost untouched, making it one of the hardest ' +
    'kinds of winter weather to forecast and to prepare for. The storm arrives the weekend before Thanksgiving, one of the ' +
    'busiest travel periods of the year.',
];
const nwH2 = 'What To Know';
const nwKnow = [
  'The snow is being driven by cold air moving across lakes that are still unusually warm for late November. Water temperatures ' +
    'on Lake Superior were running about 4 degrees above average this week, which adds moisture and energy to the bands.',
  'Forecasters expect the heaviest totals in the higher terrain east of Marquette, with 10 to 18 inches possible by Sunday ' +
    'evening. Totals of 4 to 8 inches are forecast along the eastern shore of Lake Michigan, with locally higher amounts where ' +
    'bands stall.',
  'Wind gusts of up to 40 mph could cause blowing and drifting snow, and visibility may drop below a quarter of a mile at times.',
];
const nwH3 = 'What People Are Saying';
const nwSaying = [
  'Kyle Dunmore, a meteorologist with the NWS office in Marquette, told <em>Newsweek</em>: “The tricky part with these events is ' +
    'that the bands move. Someone can go from sunshine to two inches an hour in the space of 20 minutes.”',
  'Tom Rautio, who manages a county road commission east of Marquette, wrote on Facebook: “Our crews will be out all weekend. If ' +
    'you don’t need to be on the road Saturday night, please stay home.”',
];
const nwH4 = 'What Happens Next';
const nwNext = [
  'The lake-effect bands are expected to weaken on Sunday night as winds shift and drier air moves in. Another round of colder ' +
    'air could bring more lake-effect snow late next week, though forecasters said it was too early to estimate totals.',
];
const nwNav = ['U.S.', 'World', 'Politics', 'Health', 'Life', 'Entertainment', 'Sports', 'Vantage', 'Rankings', 'Newsletters'];
const nwCaption =
  'A snowplow on a road near Marquette, Michigan, in a file photo. Inset: a National Weather Service map of forecast snowfall ' + 'through Sunday.';
const nwReadMore = ['Thanksgiving travel forecast: Map shows where storms could cause delays', 'La Niña winter outlook: What it means for snow in your state'];
const nwUpdate = 'Update 11/21/25, 11:05 a.m. ET: This article was updated with new snowfall forecasts.';
const nwBio =
  'Mira Castellanos is a Newsweek weather and climate reporter based in Chicago. She covers severe weather, winter storms and ' +
  'the Great Lakes. You can get in touch with Mira by emailing m.castellanos@newsweek.example';
const nwTop = [
  'Social Security COLA: Exact date December payments arrive',
  'Map shows states where gas prices dropped most this week',
  'Costco changes return policy for one popular item',
];
const nwFoot = [
  'About Us',
  'Corrections',
  'Contact Us',
  'Editorial Standards',
  'Mission Statement',
  'Terms & Conditions',
  'Privacy Policy',
  'Cookie Policy',
  'Careers',
  'Archive',
];
const nwSection = (h: string, ps: readonly string[]): string => `<h2>${h}</h2>\n${ps.map((t) => `<p>${t}</p>`).join('\n')}`;
const nwHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${nwTitle} - Newsweek</title><meta name="news_keywords" content="Snow, Weather, Michigan">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nwTitle}","datePublished":"2025-11-21T09:42:00-05:00",
"dateModified":"2025-11-21T11:05:00-05:00","author":{"@type":"Person","name":"Mira Castellanos","jobTitle":"Weather and Climate Reporter"}}</script>
<script>dataLayer=[{"pageType":"article","section":"U.S.","premium":false}];</script></head>
<body class="page-node-type-article path-node"><div class="dialog-off-canvas-main-canvas">
<header id="site-header" class="header"><a class="header__logo" href="/"><span class="visually-hidden">Newsweek</span></a>
<nav class="header__nav" aria-label="Main"><ul class="menu">${links(nwNav, 'menu-item')}</ul></nav>
<div class="header__actions"><a class="btn btn--subscribe" href="/subscribe">Subscribe</a><a class="btn btn--login" href="/user/login">Login</a></div></header>
<div class="ad-slot ad-slot--top" id="dfp-ad-top"></div>
<main class="main-content"><article class="article article--full" data-nid="2140391">
<div class="article-header"><div class="category"><a href="/us">U.S.</a></div><h1 class="title">${nwTitle}</h1>
<div class="byline"><div class="author-and-date"><span class="author"><a href="/authors/mira-castellanos">Mira Castellanos</a></span>
<span class="author-title">Weather and Climate Reporter</span></div><div class="byline-date">
<span class="date-published">Published <time datetime="2025-11-21T09:42:00-05:00">Nov 21, 2025 at 09:42 AM EST</time></span>
<span class="date-updated">updated <time datetime="2025-11-21T11:05:00-05:00">Nov 21, 2025 at 11:05 AM EST</time></span></div></div>
<div class="article-tools"><button class="tool tool--share">Share</button><button class="tool tool--listen">Listen</button>
<button class="tool tool--translate" aria-controls="nw-translate">Translate</button>
<div id="nw-translate" class="translate-panel" hidden><p>Newsweek AI is in beta. Translations may contain inaccuracies; please refer to
the original content.</p></div><a class="trust-project" href="/editorial-standards"><span>Newsweek Is A Trust Project Member</span></a></div></div>
<figure class="article-image"><img src="https://d.newsweek.example/en/full/2581764/snowplow-michigan.jpg?w=1200&amp;f=a1c4" alt="Snowplow and snow map">
<figcaption><span class="caption">${nwCaption}</span><span class="cap-credit">Photo-illustration by Newsweek/Getty/NWS</span></figcaption></figure>
<div class="article-body v_text paywall">
${nwIntro.map((t) => `<p>${t}</p>`).join('\n')}
${nwSection(nwH1, nwWhy)}
<div class="related-articles related-articles--inline"><h4 class="related-articles__title">Read more</h4><ul>${links(nwReadMore)}</ul></div>
${nwSection(nwH2, nwKnow)}
<div class="ad-slot ad-slot--inline"><span class="ad-label">Advertisement</span><div id="dfp-ad-inline-1"></div></div>
${nwSection(nwH3, nwSaying)}
${nwSection(nwH4, nwNext)}
<p class="update-note"><em>${nwUpdate}</em></p>
</div>
<div class="article-footer-links"><a href="/reprints">Request Reprint &amp; Licensing</a><a href="/corrections-form">Submit Correction</a>
<a href="/editorial-standards">View Editorial Guidelines</a></div>
<div class="author-bio"><div class="author-bio__header"><a class="author-bio__name" href="/authors/mira-castellanos">Mira Castellanos</a>
<button class="author-bio__follow">Follow</button></div><p class="author-bio__text">${nwBio}</p>
<p class="author-bio__languages">Languages: English, Spanish</p></div>
<div class="subscribe-promo"><p class="subscribe-promo__title">Newsweek is committed to journalism that is factual and fair.</p>
<p>Support our work: subscribe today for full access.</p><a class="btn" href="/subscribe?src=article">Subscribe Now</a></div></article>
<aside class="sidebar"><section class="block block--top-stories"><h3>Top Stories</h3><ul>${links(nwTop)}</ul></section></aside></main>
<footer class="footer"><div class="footer__editions"><span>Editions:</span><a href="/">U.S. Edition</a><a href="https://newsweek.example/jp">日本</a>
<a href="https://newsweek.example/pl">Polska</a><a href="https://newsweek.example/ro">România</a></div>
<ul class="footer__links">${links(nwFoot)}</ul><p class="footer__copyright">© 2025 Newsweek Digital LLC</p></footer>
<div id="consent-banner" role="dialog"><p>We use cookies to personalize content and ads and to analyze our traffic.</p>
<button>Accept</button><button>Manage Options</button></div></div></body></html>`;
const newsweek: TestPage = {
  html: nwHtml,
  name: 'heldout29-newsweek-story',
  kind: 'news',
  // the four h2 section heads of Newsweek's fixed story form are the headings; the quotes under "What People Are Saying" are body;
  // "Mira Castellanos", her title and both date lines (with their "Published"/"updated" words) are bylines; the update note in
  // italics at the foot of the body is an editor's note about the page, not the story: furniture (as a contributor line is);
  // the category label, tools row with the hidden translation notice, the Trust Project badge, lead caption and credit, the
  // "Read more" list, ad label, reprint and correction links, the author card (bio, "Follow", languages), the promo, rail,
  // editions menu, consent banner, nav and footer are furniture; the nav's "U.S." (the category too) and the logo's hidden
  // "Newsweek" are words of the body ("U.S. 41", "told Newsweek"): left out
  title: nwTitle,
  headings: [nwH1, nwH2, nwH3, nwH4],
  body: [...texts(nwIntro), ...texts(nwWhy), ...texts(nwKnow), ...texts(nwSaying), ...texts(nwNext)],
  bylines: ['Mira Castellanos', 'Weather and Climate Reporter', 'Published Nov 21, 2025 at 09:42 AM EST', 'updated Nov 21, 2025 at 11:05 AM EST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...nwNav.filter((t) => t !== 'U.S.'), 'Subscribe', 'Login', 'Share', 'Listen', 'Translate',
    'Newsweek AI is in beta. Translations may contain inaccuracies; please refer to the original content.', 'Newsweek Is A Trust Project Member',
    nwCaption, 'Photo-illustration by Newsweek/Getty/NWS', 'Read more', ...nwReadMore, 'Advertisement', nwUpdate, 'Request Reprint & Licensing',
    'Submit Correction', 'View Editorial Guidelines', 'Follow', nwBio, 'Languages: English, Spanish',
    'Newsweek is committed to journalism that is factual and fair.', 'Support our work: subscribe today for full access.', 'Subscribe Now',
    'Top Stories', ...nwTop, 'Editions:', 'U.S. Edition', '日本', 'Polska', 'România', ...nwFoot, '© 2025 Newsweek Digital LLC',
    'We use cookies to personalize content and ads and to analyze our traffic.', 'Accept', 'Manage Options',
  ],
};

export const HELDOUT29_D: readonly TestPage[] = [newsweek, time];
