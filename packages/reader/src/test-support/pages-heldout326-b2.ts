import { j, lis } from './pages-heldout326-kit.js';
import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 326, file b2: a construction industry news article on an Ascend-style publishing platform of the kind
 * Emap's titles use (Construction News style), with the masthead, section nav, breadcrumbs, the story header with
 * author and date, the share tools, a "Project details" fact box, an inline "Read more" promo, the "Sign in to comment"
 * strip, the "Most popular" and "Related articles" rails, events promo and the footer.
 */
const dTitle = 'Contractor named for £212m Tyneside hospital block after two-year delay';
const dStand = 'Main works on the Riverside Acute Wing are due to start in May after the trust finally secured funding.';
const dP1 = [
  j(
    'Carrick Vance Construction has been confirmed as main contractor for the long-delayed Riverside Acute Wing at Tyneside',
    'General Hospital, ending a procurement that was paused twice while the trust waited for central funding.',
  ),
  j(
    'The firm was picked from the regional health framework after a mini-competition against two rivals. Enabling works,',
    'including the diversion of a trunk sewer beneath the old car park, were completed last autumn by a separate contractor.',
  ),
];
const dH1 = 'Design changes';
const dP2 = [
  j(
    'The scheme has been redesigned since it was first tendered in 2024. The number of storeys has dropped from eight to seven,',
    'and the structural frame has switched from in-situ concrete to a hybrid of precast floors on a steel frame to cut the',
    'programme by around 14 weeks.',
  ),
  j(
    'The trust’s director of estates, Ruth Kellaway, said the changes had been driven by the need to open the critical care',
    'unit before the winter of 2028. “A shorter programme matters more to us than anything else in this building,” she said.',
  ),
];
const dH2 = 'Supply chain';
const dP3 = [
  j(
    'Carrick Vance said it would let packages worth around £90m to subcontractors in the North East and would use the',
    'framework’s social value targets, which require at least 25 apprentices on site across the build.',
  ),
  'The firm’s regional director, Olu Bankole, said early packages for piling and the steel frame would go to tender next month.',
  j(
    'The wider health framework has had a busy year. Three other trusts in the region have used it to appoint contractors',
    'for day-surgery and diagnostic centres, and the framework’s manager expects a further £400m of hospital work to be let',
    'through it before the end of 2027, most of it as extensions to existing buildings.',
  ),
];
const dBoxH = 'Project details';
const dBox = [
  'Client: Tyneside Hospitals NHS Foundation Trust',
  'Main contractor: Carrick Vance Construction',
  'Architect: Hollin Street Partnership',
  'Structural engineer: Maple Ridge Consulting',
  'Value: £212m',
  'Completion: autumn 2028',
];
const dNav = ['News', 'Opinion', 'Analysis', 'Data', 'Top 100 Contractors', 'Jobs', 'Events'];
const dPopular = ['Tier one firm falls into administration', 'Steel prices hit two-year low', 'Framework shake-up to favour SMEs'];
const dRelated = ['Health trust pauses £180m surgical centre', 'Precast floors cut weeks off Leeds hospital build'];
const dFoot = ['Contact us', 'Advertise with us', 'Terms and conditions', 'Privacy policy', 'Cookie policy', 'Sitemap'];
const dHtml = `<!DOCTYPE html>
<html lang="en-GB" class="no-js"><head><meta charset="utf-8"><title>${dTitle} | Build Ledger</title>
<meta name="description" content="${dStand}"><meta property="og:title" content="${dTitle}"><meta name="twitter:site" content="@buildledger">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${dTitle}",
"datePublished":"2026-01-27T06:00:00+00:00","author":{"@type":"Person","name":"Tamsin Greaves"}}</script>
<script>var Ascend = { pageType: "story", storyId: 5128841, sectionPath: "/news/health" };</script></head>
<body class="storyPage sector-health"><div id="wrapper">
<div class="adWrapper leaderboard"><p class="adLabel">Advertisement</p><div id="div-gpt-ad-top"></div></div>
<header id="masthead"><div class="mastheadInner"><a class="logo" href="/"><img src="/magazine/graphics/logo.svg" alt="Build Ledger"></a>
<div class="mastheadLinks"><a href="/subscribe">Subscribe</a> <a href="/sign-in">Sign in</a></div></div>
<nav id="mainNav" class="mainNav"><ul class="mainNavList">${links(dNav, 'mainNavItem')}</ul></nav></header>
<div id="content" class="content"><div class="breadcrumb"><ul>${links(['Home', 'News', 'Health'], 'breadcrumbItem')}</ul></div>
<div class="twoColumn"><div class="colA"><div class="storyWrapper"><div class="storyHeader">
<h1 class="storyHeadline">${dTitle}</h1>
<p class="standfirst">${dStand}</p>
<div class="byline"><span class="author">By <a href="/tamsin-greaves/1234.bio">Tamsin Greaves</a></span>
<span class="date">27 January 2026</span></div>
<div class="shareTools"><span class="shareLabel">Share this</span>
<ul>${links(['Share on Twitter', 'Share on LinkedIn', 'Email this article'], 'shareItem')}</ul>
</div></div>
<div class="storyMainImage"><img src="/pictures/750xAny/riverside-acute-wing.jpg" alt="">
<p class="imageCaption">A visualisation of the Riverside Acute Wing</p><p class="imageCredit">Source: Hollin Street Partnership</p></div>
<div class="storytext">
${ps(dP1)}
<div class="factfile inline_box"><h3>${dBoxH}</h3><ul>${lis(dBox)}</ul></div>
<h2>${dH1}</h2>
${ps(dP2)}
<p class="readMore"><strong>Read more:</strong> <a href="/news/health/trust-hospital-funding">Trust wins funding for critical care expansion</a></p>
<h2>${dH2}</h2>
${ps(dP3)}
</div>
<div class="commentsStrip"><p>Sign in or register to comment on this article</p><a class="button" href="/sign-in">Sign in</a></div>
<div class="storyTags"><span>Topics</span><ul>${links(['Health', 'North East England', 'Frameworks'], 'tag')}</ul></div></div></div>
<div class="colB sidebar"><div class="adWrapper mpu"><p class="adLabel">Advertisement</p></div>
<div class="sleeve mostPopular"><h2 class="sectionHead">Most popular</h2><ol>${links(dPopular)}</ol></div>
<div class="sleeve relatedArticles"><h2 class="sectionHead">Related articles</h2><ul>${links(dRelated)}</ul></div>
<div class="sleeve eventsPromo"><h2 class="sectionHead">Build Ledger Awards 2026</h2><p>Entries close 13 March. Enter now.</p></div></div></div></div>
<footer id="footer"><ul class="footerLinks">${links(dFoot)}</ul>
<p class="copyright">© Greyfriars Media Ltd 2026. Registered office: 10 Fen Court, London.</p></footer></div>
<div id="cmpbox" class="cmpbox" role="dialog"><p class="cmpboxtxt">We and our partners use cookies and similar technologies to store and access
information on your device.</p><a class="cmpboxbtn cmpboxbtnyes" role="button">Accept all</a><a class="cmpboxbtn cmpboxbtnno" role="button">Reject</a></div>
</body></html>`;
const buildLedger: TestPage = {
  name: 'heldout326-ascend-construction-news',
  kind: 'news',
  html: dHtml,
  title: dTitle,
  headings: [dBoxH, dH1, dH2],
  body: texts([dStand, ...dP1, ...dBox, ...dP2, ...dP3]),
  bylines: ['Tamsin Greaves', '27 January 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Advertisement', 'Subscribe', 'Sign in', ...dNav, 'Home', 'Health', 'Share this', 'Share on Twitter', 'Share on LinkedIn',
    'Email this article', 'A visualisation of the Riverside Acute Wing', 'Source: Hollin Street Partnership', 'Read more:',
    'Trust wins funding for critical care expansion', 'Sign in or register to comment on this article', 'Topics', 'North East England', 'Frameworks',
    'Most popular', ...dPopular, 'Related articles', ...dRelated, 'Build Ledger Awards 2026', 'Entries close 13 March. Enter now.', ...dFoot,
    '© Greyfriars Media Ltd 2026. Registered office: 10 Fen Court, London.',
    'We and our partners use cookies and similar technologies to store and access information on your device.', 'Accept all', 'Reject',
  ],
};

export const HELDOUT326_B2: TestPage = buildLedger;
