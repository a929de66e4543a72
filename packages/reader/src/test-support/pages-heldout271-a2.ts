import { links, ps, type TestPage, texts } from './page-kit.js';
import { ld, paras } from './pages-heldout271-kit.js';

/** Held-out batch 271, file a2: an Arc XP (Fusion) news story behind a hard paywall: subheadline and teaser paragraphs only. */
const aTitle = 'Inside the shipyard deal that could bring 1,200 jobs back to Port Alder';
const aDek = 'A Norwegian ferry builder wants the old Calloway yard. The state wants guarantees first.';
const aBody = paras(`
  For eleven years the dry dock at the former Calloway Marine yard has held nothing but rainwater and a rusting crane that the
  harbor commission cannot afford to take down. By next spring, if a deal now in its final weeks of negotiation survives, it
  could hold the hull of the first battery-electric ferry built on the West Coast.

  The buyer is Vestrand Maritime, a family-owned yard from the Norwegian town of Ulvik that has built 30 electric ferries for
  fjord routes since 2015. Its proposal, which the Herald obtained through a public records request, would put 1,200 people to
  work within five years, most of them welders, electricians and marine fitters.
`);
const aNav = ['Local', 'Politics', 'Business', 'Sports', 'Outdoors', 'Opinion', 'Food & Drink', 'Obituaries'];
const aMore = [
  'Port Alder council delays vote on waterfront hotel',
  'Why the ferry fare increase is smaller than expected',
  'Former Calloway workers recall the yard’s last launch',
];
const aFoot = ['Contact Us', 'Help Center', 'Digital Access', 'Newsletters', 'Terms of Use', 'Privacy Policy', 'Your Privacy Choices'];
const aHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><title>${aTitle} – Kestrel Bay Herald</title>
<meta name="description" content="${aDek}"><meta property="og:site_name" content="Kestrel Bay Herald">
<meta property="og:title" content="${aTitle}"><meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="https://www.kestrelbayherald.example/business/2026/05/02/port-alder-shipyard-vestrand-deal/">
${ld({
  '@context': 'http://schema.org',
  '@type': 'NewsArticle',
  headline: aTitle,
  description: aDek,
  isAccessibleForFree: 'False',
  datePublished: '2026-05-02T13:00:00Z',
  author: [{ '@type': 'Person', name: 'Imogen Saltash' }],
})}
<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{};Fusion.arcSite="kbh";
Fusion.contextPath="/pf";Fusion.deployment="412";Fusion.globalContent={"_id":"Q4VZ7CM3","type":"story","content_restrictions":
{"content_code":"hard-paywall"},"headlines":{"basic":"${aTitle}"}};Fusion.globalContentConfig={"source":"content-api"};</script>
<script async src="/pf/dist/engine/react.js?d=412"></script><link rel="stylesheet" href="/pf/resources/dist/kbh/css/style.css?d=412">
</head><body><div id="fusion-app" class="layout-section"><header class="b-header-nav-chain">
<nav id="main-nav" class="b-header-nav-chain__nav" aria-label="Sections Menu"><div class="nav-logo"><a href="/">
<img src="/pf/resources/images/kbh-logo.svg" alt="Kestrel Bay Herald"></a></div>
<button class="c-button nav-sections-btn">Sections</button><a class="c-button c-button--primary" href="/subscribe/">Subscribe</a>
<a class="c-button" href="/account/login/">Sign In</a>
<ul class="b-header-nav-chain__links">${links(aNav, 'nav-link')}</ul></nav></header>
<main id="main" class="b-right-rail"><div class="b-right-rail__main">
<div class="b-overline"><a class="c-link" href="/business/">Business</a></div>
<h1 class="b-headline">${aTitle}</h1>
<h2 class="b-subheadline">${aDek}</h2>
<section class="b-byline"><span class="c-attribution">By <a href="/people/imogen-saltash/">Imogen Saltash</a></span></section>
<div class="b-date"><time datetime="2026-05-02T13:00:00Z">May 2, 2026 at 6:00 a.m. PDT</time></div>
<div class="b-share-bar"><a class="c-button" aria-label="Share on Facebook">Facebook</a><a class="c-button" aria-label="Email">Email</a>
<a class="c-button" aria-label="Copy link">Copy link</a><span class="b-share-bar__gift">Gift this article</span></div>
<figure class="b-lead-art"><img src="/resizer/calloway-drydock.jpg" alt="" width="1440" height="960">
<figcaption class="c-media-item__fig-caption"><span class="c-media-item__caption">The empty dry dock at the former Calloway
Marine yard in Port Alder.</span> <span class="c-media-item__credit">(Ansel Whitby / Kestrel Bay Herald)</span></figcaption></figure>
<article class="b-article-body">
${ps(aBody, ' class="c-paragraph"')}
</article>
<div class="b-paywall" id="paywall-wall" data-paywall="hard"><div class="b-paywall__fade"></div>
<div class="b-paywall__inner"><h2 class="b-paywall__title">This article is for subscribers only</h2>
<p class="b-paywall__text">Independent local journalism takes time and money. Support it by becoming a subscriber.</p>
<ul class="b-paywall__offers"><li class="b-paywall__offer">Digital Access: $4 every 4 weeks for 6 months</li>
<li class="b-paywall__offer">Digital + Sunday Print: $9 every 4 weeks</li></ul>
<a class="c-button c-button--primary" href="/subscribe/?pw=hard">See subscription options</a>
<p class="b-paywall__login">Already a subscriber? <a href="/account/login/">Sign in here</a></p></div></div>
</div><aside class="b-right-rail__rail"><div class="b-results-list"><h2 class="b-results-list__title">More in Business</h2>
<ul>${links(aMore, 'b-results-list__item')}</ul></div>
<div class="arcad b-ad-block"><span class="arcad__label">ADVERTISEMENT</span><div id="arcad_rail-1"></div></div></aside></main>
<footer class="b-footer"><ul class="b-footer__links">${links(aFoot)}</ul>
<p class="b-footer__copyright">Copyright © 2026 Kestrel Bay Herald</p></footer></div></body></html>`;
export const arcPage: TestPage = {
  name: 'heldout271-arcxp-hardpaywall-news',
  kind: 'news',
  html: aHtml,
  title: aTitle,
  headings: [],
  body: [aDek, ...texts(aBody)],
  bylines: ['Imogen Saltash', 'May 2, 2026 at 6:00 a.m. PDT'],
  furniture: [
    'Sections',
    'Subscribe',
    'Sign In',
    ...aNav,
    'Business',
    'Facebook',
    'Email',
    'Copy link',
    'Gift this article',
    'The empty dry dock at the former Calloway Marine yard in Port Alder.',
    '(Ansel Whitby / Kestrel Bay Herald)',
    'This article is for subscribers only',
    'Independent local journalism takes time and money. Support it by becoming a subscriber.',
    'Digital Access: $4 every 4 weeks for 6 months',
    'Digital + Sunday Print: $9 every 4 weeks',
    'See subscription options',
    'Already a subscriber?',
    'Sign in here',
    'More in Business',
    ...aMore,
    'ADVERTISEMENT',
    ...aFoot,
    'Copyright © 2026 Kestrel Bay Herald',
  ],
};
