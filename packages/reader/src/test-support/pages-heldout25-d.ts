import { links, type TestPage, texts } from './page-kit.js';
import { forbes } from './pages-heldout25-d2.js';

/**
 * Held-out batch 25, file d: an ABC News (Australia) story (React page with data-component attributes and hashed Typography
 * classes, masthead and nav, the "InfoSource" station label, headline, "By" byline, Posted/Updated timestamps in a <dl>, share
 * button, lead figure with a bracketed station credit, the "In short:" / "What's next?" key-points box, the body with one h2
 * subhead and a "Loading..." video embed with its caption, "Related stories", "Related topics", the "Top Stories" rail, the
 * Acknowledgement of Country and the footer). The Forbes contributor post of this file is in pages-heldout25-d2.ts.
 */
const abTitle = 'Outback town reopens its only swimming pool with lifeguards trained from among the locals';
const abShort = [
  'The only public swimming pool in Mundarra was closed by the local council last summer because it could not find qualified staff.',
  'Fourteen residents trained as pool lifeguards over winter and will run the pool as volunteers.',
];
const abNext = 'The council will review the arrangement with the volunteers at the end of the season in March.';
const abBody1 = [
  'For most of last summer, the only public pool in the central-west Queensland town of Mundarra sat behind a locked gate, its ' +
    'water turning slowly green in 45-degree heat.',
  'The Coolabah Plains Shire Council closed the 50-metre pool in November 2024 after it failed to recruit a qualified manager and ' +
    'lifeguards for the season.',
  'This week it reopened, run entirely by locals who spent the winter getting qualified.',
  "Fourteen residents, including a retired stock agent, two teenage sisters and the town's only police officer, completed pool " +
    'lifeguard and first aid training through a course paid for by community donations.',
  'Publican Deb Marchetti, who organised the group, said the town could not go through another summer without the pool.',
  "\"It's not a luxury out here, it's where the kids learn to swim and where everyone goes when it's too hot to do anything else,\" she said.",
  '"The nearest other pool is two hours away. We just decided we\'d do it ourselves."',
];
const abH1 = 'Staff shortages across the bush';
const abBody2 = [
  'Regional councils across Queensland have struggled to staff pools in recent years, with several shortening their seasons or ' + 'closing on weekdays.',
  "Royal Life Saving Queensland's regional manager, Ken Abara, said the volunteer model was unusual but not unheard of.",
  '"In small towns the pool is often run on goodwill anyway," he said. "What matters is that every person on the deck is properly ' +
    'trained, and in Mundarra they are."',
  'Coolabah Plains Shire Mayor Graham Pettit said the council would keep paying for chemicals, power and maintenance, while the ' +
    'volunteers supervised swimmers.',
  '"We\'re grateful to the community for stepping up," Cr Pettit said. "We\'ll sit down with them in March and see how the season went."',
  'On opening day, more than 120 people turned up, in a town of about 400.',
];
const abCaption = 'Volunteer lifeguards Mia and Jess Horton on the first day of the season at the Mundarra pool.';
const abCredit = '(ABC Western Qld: Lucy Tremaine)';
const abVideoCap = 'Mundarra residents celebrated as the pool reopened after a year.';
const abNav = ['Just In', 'For You', 'Politics', 'World', 'Business', 'Analysis', 'Sport', 'Lifestyle', 'Entertainment', 'Science', 'Health', 'Rural'];
const abRelated = ['Heat and no pool: how the bush is keeping kids cool', 'Council pools close early as lifeguard shortage bites'];
const abTopics = ['Community and Society', 'Local Government', 'Swimming', 'Mundarra', 'Longreach'];
const abTop = [
  'Severe storms forecast for south-east Queensland',
  'Cattle prices climb as rain returns to the Channel Country',
  'Regional airfares under review by competition watchdog',
];
const abAck =
  'We acknowledge Aboriginal and Torres Strait Islander peoples as the First Australians and Traditional Custodians of the lands ' +
  'where we live, work, and learn. We pay our respects to Elders past and present.';
const abWire =
  'This service may include material from Agence France-Presse (AFP), APTN, Reuters, AAP, CNN and the BBC World Service which is ' +
  'copyright and cannot be reproduced.';
const abFoot = ['About the ABC', 'ABC Help', 'Contact the ABC', 'Terms of Use', 'Privacy Policy', 'Accessibility', 'AEST = Australian Eastern Standard Time'];
const abP = (ps: readonly string[]) => ps.map((p) => `<p class="paragraph_paragraph__iYReA">${p}</p>`).join('\n');
const abHtml = `<!DOCTYPE html><html lang="en-AU"><head><meta charset="utf-8"><title>${abTitle} - ABC News</title>
<meta name="description" content="${abShort[0]}"><meta name="ContentId" content="105987654">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${abTitle}",
"author":[{"@type":"Person","name":"Lucy Tremaine"}],"datePublished":"2025-11-17T19:00:00+00:00","dateModified":"2025-11-17T23:41:00+00:00"}</script>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"contentId":"105987654","docType":"Article","source":"ABC Western Qld"}}}</script>
</head><body><div id="__next"><a class="SkipLink_skipLink__Vd4eQ" href="#content">Skip to main content</a>
<header data-component="Masthead" class="Masthead_masthead__Kq2mP"><a href="/news" data-component="Logo"><span class="VisuallyHidden">ABC News</span></a>
<button data-component="MenuButton" aria-label="Open menu">Menu</button><a href="/news/search">Search</a>
<nav data-component="Navigation" aria-label="ABC News"><ul>${links(abNav, 'Navigation_item__Z8y3g')}</ul></nav></header>
<main id="content"><article data-component="Article" class="Article_article__pC3tH">
<header data-component="ArticleHeader"><div data-component="InfoSource"><a href="/westqld">ABC Western Qld</a></div>
<h1 class="Typography_base__sj2RP Typography_sizeMobile32__u7VVN Typography_lineHeightMobile40__o2Ec9 Typography_black__9qnZ1">${abTitle}</h1>
<div data-component="Byline" class="Byline_byline__rVwAM"><p class="Byline_text__ZlS21"><span>By </span>
<a data-component="Link" href="/news/lucy-tremaine/13198642">Lucy Tremaine</a></p>
<div class="Byline_timestamps__eUZp3"><dl><dt data-component="VisuallyHidden">Posted</dt><dd><time
datetime="2025-11-17T19:00:00.000Z">Tue 18 Nov 2025 at 5:00am</time></dd>
<dt>Updated</dt><dd><time datetime="2025-11-17T23:41:00.000Z">Tue 18 Nov 2025 at 9:41am</time></dd></dl></div></div>
<div data-component="ShareUtility"><button aria-haspopup="menu" aria-label="Share article">Share</button>
<ul hidden>${links(['Copy link', 'Facebook', 'X (formerly Twitter)', 'Email'], 'ShareUtility_item__r4Hq1')}</ul></div>
<figure data-component="Figure" class="Figure_figure__m0zXb"><div data-component="Image"><img alt="Two teenage girls in red lifeguard shirts sit by a pool."
src="https://live-production.wcms.abc-cdn.net.au/7d2f6c1a8e0b/image.jpg"></div>
<figcaption data-component="FigureCaption"><span>${abCaption}</span> <cite data-component="Cite">${abCredit}</cite></figcaption></figure></header>
<div data-component="KeyPoints" class="KeyPoints_keyPoints__t5Fh2"><h2 class="Typography_base__sj2RP Typography_sizeMobile18__q1Mvl">In short:</h2>
${abP(abShort)}
<h2 class="Typography_base__sj2RP Typography_sizeMobile18__q1Mvl">What's next?</h2>
${abP([abNext])}</div>
<div id="body" data-component="LayoutContainer"><div class="ArticleRender_article__7i2EW">
${abP(abBody1.slice(0, 5))}
<div data-component="VideoEmbed" class="VideoEmbed_embed__jH7pQ"><div data-component="Loading"><span>Loading...</span></div>
<figcaption data-component="FigureCaption"><span>${abVideoCap}</span> <cite>(ABC News)</cite></figcaption></div>
${abP(abBody1.slice(5))}
<h2 data-component="Heading" class="Typography_base__sj2RP Typography_sizeMobile24__dEqUj">${abH1}</h2>
${abP(abBody2)}
</div></div>
<aside data-component="RelatedStories"><h2>Related stories</h2><ul>${links(abRelated, 'RelatedStories_item__bN8dW')}</ul></aside>
<aside data-component="RelatedTopics"><h2>Related topics</h2><ul>${links(abTopics, 'RelatedTopics_tag__f1v2K')}</ul></aside></article>
<aside data-component="TopStories"><h2>Top Stories</h2><ol>${links(abTop)}</ol></aside></main>
<footer data-component="Footer"><p data-component="AcknowledgementOfCountry">${abAck}</p><p>${abWire}</p>
<ul>${links(abFoot, 'Footer_link__p3Rz7')}</ul></footer></div></body></html>`;
const abcAustralia: TestPage = {
  html: abHtml,
  name: 'heldout25-abc-news-au-story',
  kind: 'news',
  // the "In short:" / "What's next?" box is written by the reporter as the story's summary: its three paragraphs are body, its
  // two labels (set as h2 but box labels, not sections of the story) furniture; the h2 "Staff shortages across the bush" is the
  // heading; "Lucy Tremaine" and both times are bylines ("By", "Posted" and "Updated" in neither); the station label, share
  // menu, lead caption with its bracketed credit, the video's "Loading..." and caption, "Related stories", "Related topics", the
  // "Top Stories" rail, Acknowledgement of Country, the wire notice, masthead, nav and footer are furniture; the topic
  // "Mundarra" is a body word but no gold line is short: kept
  title: abTitle,
  headings: [abH1],
  body: [...texts(abShort), abNext, ...texts(abBody1), ...texts(abBody2)],
  bylines: ['Lucy Tremaine', 'Tue 18 Nov 2025 at 5:00am', 'Tue 18 Nov 2025 at 9:41am'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'ABC News', 'Menu', 'Search', ...abNav, 'ABC Western Qld', 'Share', 'Copy link', 'Facebook', 'X (formerly Twitter)', 'Email',
    abCaption, abCredit, 'In short:', "What's next?", 'Loading...', abVideoCap, '(ABC News)', 'Related stories', ...abRelated, 'Related topics',
    ...abTopics, 'Top Stories', ...abTop, abAck, abWire, ...abFoot,
  ],
};

export const HELDOUT25_D: readonly TestPage[] = [abcAustralia, forbes];
