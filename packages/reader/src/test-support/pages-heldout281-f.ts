import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout281-kit.js';
import { pressSummary } from './pages-heldout281-f2.js';

/**
 * Held-out batch 281, file f: a law firm's client alert on a Sitecore-style firm site (mega-menu, alert header with
 * practice eyebrow, date and author cards, "Key Takeaways" box, print / PDF / share tools, contacts rail, related
 * practices and insights, subscribe box, legal disclaimer, cookie banner, footer) and, from file f2, a supreme court's
 * press summary of a judgment.
 */
const aTitle = 'Tidewater Court Narrows the Reach of Non-Compete Clauses in Franchise Agreements';
const aHeads = ['Key Takeaways', 'Background', 'The Court’s Reasoning', 'What Franchisors Should Do Now'];
const aKey = [
  'Post-termination non-competes in franchise agreements must protect a specific, identifiable interest of the franchisor.',
  'A restraint covering every territory in which the franchisor operates was held unreasonable on its face.',
  'Franchisors should review their standard forms before the next renewal cycle.',
];
const aBack = [
  j(
    'On February 20, 2026, the Tidewater Court of Appeals decided <em>Gantry Coffee Systems, Inc. v. Oduya</em>, a dispute over a',
    'former franchisee who opened an independent café two streets from her old location six months after her franchise ended.',
  ),
  j(
    'Her agreement barred her from running "any coffee or bakery business" for two years "within any county in which Gantry or',
    'its franchisees operate." Gantry, which has outlets in more than forty counties, sought an injunction. The trial court granted',
    'it; the Court of Appeals reversed.',
  ),
];
const aReason = [
  j(
    'The court accepted that a franchisor has a legitimate interest in protecting the goodwill of a territory and its confidential',
    'methods. But it held that the clause went far beyond that interest, because it would have stopped the former franchisee from',
    "opening a café in counties where she had never worked and where she could not draw on any of Gantry's goodwill.",
  ),
  j(
    'The court also declined to rewrite the clause to a narrower area. In its view, "a party who drafts an unreasonable restraint',
    'may not rely on the court to draft a reasonable one for it," a departure from the more forgiving approach some trial courts had taken.',
  ),
];
const aNow = [
  'In light of the decision, we recommend that franchisors:',
  "limit post-termination restraints to the former franchisee's own territory and a short radius around it;",
  'tie the duration of the restraint to the time needed to install a new franchisee, typically twelve to eighteen months;',
  'record the confidential information actually shared with each franchisee; and',
  'consider liquidated damages or a buy-out right in place of a broad restraint.',
  j('Existing agreements with broad clauses are not void as a whole, but franchisors should not assume that those clauses will be', 'enforced as written.'),
];
const aNav = ['People', 'Capabilities', 'Insights', 'Offices', 'About', 'Careers'];
const aRel = ['Franchise Disclosure Update: New Filing Fees for 2026', 'Trade Secret Claims After an Employee Departs: A Checklist'];
const aFoot = ['Privacy Notice', 'Attorney Advertising', 'Disclaimer', 'Accessibility', 'Subscribe', 'Contact'];
const aHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${aTitle} | Insights | Brackley Dunmore LLP</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-03-02">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${aTitle}","author":[{"@type":"Person",
"name":"Corinne Abelard"},{"@type":"Person","name":"Desmond Yarrow"}],"datePublished":"2026-03-02"}</script>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({ pageType: 'insight', practice: 'franchise' });</script></head>
<body class="insight-detail"><header class="site-header"><a href="/" class="site-header__logo">Brackley Dunmore</a>
<nav class="site-header__nav mega-menu" aria-label="Main"><ul>${links(aNav, 'mega-menu__item')}</ul></nav>
<button class="site-header__search" aria-label="Search">Search</button></header>
<main id="main"><article class="insight"><div class="insight-hero"><p class="insight-hero__eyebrow">Client Alert</p>
<h1 class="insight-hero__title">${aTitle}</h1><p class="insight-hero__date"><time datetime="2026-03-02">March 2, 2026</time></p>
<p class="insight-hero__read">5 min read</p></div>
<div class="insight-tools"><a href="#" class="insight-tools__print">Print</a><a href="/pdf/insight-4471.pdf" class="insight-tools__pdf">PDF</a>
<div class="share-menu"><span class="share-menu__label">Share</span><a href="#">LinkedIn</a><a href="#">X</a><a href="#">Email</a></div></div>
<div class="insight-body rich-text"><aside class="key-takeaways"><h2>${aHeads[0]}</h2><ul>${lis(aKey)}</ul></aside>
<h2>${aHeads[1]}</h2>${ps(aBack)}
<h2>${aHeads[2]}</h2>${ps(aReason)}
<div class="inline-promo"><p>Related reading: <a href="/insights/franchise-renewals">Renewing a Franchise Agreement Without Renewing Its Problems</a></p></div>
<h2>${aHeads[3]}</h2><p>${aNow[0]}</p><ul>${lis(aNow.slice(1, 5))}</ul><p>${aNow[5]}</p></div>
<div class="insight-disclaimer"><p>This alert is provided for general information only and is not legal advice. Prior results do not guarantee a similar
outcome.</p></div></article>
<aside class="insight-rail"><section class="contacts"><h2>Contacts</h2><div class="person-card"><a href="/people/corinne-abelard"
class="person-card__name">Corinne Abelard</a><p class="person-card__title">Partner</p><p>Harbor City</p><p>+1 555 014 2290</p></div>
<div class="person-card"><a href="/people/desmond-yarrow" class="person-card__name">Desmond Yarrow</a><p class="person-card__title">Associate</p>
<p>Harbor City</p></div></section>
<section class="related-capabilities"><h2>Related Capabilities</h2>
<ul>${links(['Franchise & Distribution', 'Restrictive Covenants', 'Litigation'])}</ul></section>
<section class="related-insights"><h2>Related Insights</h2><ul>${links(aRel)}</ul></section>
<section class="subscribe-box"><h2>Stay informed</h2><p>Get our client alerts in your inbox.</p>
<a class="btn" href="/subscribe">Sign up</a></section></aside></main>
<footer class="site-footer"><ul>${links(aFoot)}</ul><p>© 2026 Brackley Dunmore LLP. Attorney Advertising.</p></footer>
<div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">We use cookies to improve your experience and
analyze site traffic.</p><button id="onetrust-accept-btn-handler">Accept Cookies</button><button id="onetrust-pc-btn-handler">Cookie
Preferences</button></div></body></html>`;
const alert: TestPage = {
  name: 'heldout281-lawfirm-client-alert-news',
  kind: 'news',
  html: aHtml,
  title: aTitle,
  headings: aHeads,
  body: texts([...aKey, ...aBack, ...aReason, ...aNow]),
  bylines: ['March 2, 2026', 'Corinne Abelard', 'Desmond Yarrow'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Brackley Dunmore', ...aNav, 'Search', 'Client Alert', '5 min read', 'Print', 'PDF', 'Share', 'LinkedIn', 'Email',
    'Related reading: Renewing a Franchise Agreement Without Renewing Its Problems',
    'This alert is provided for general information only and is not legal advice.', 'Contacts', 'Partner', 'Harbor City', '+1 555 014 2290',
    'Associate', 'Related Capabilities', 'Franchise & Distribution', 'Restrictive Covenants', 'Litigation', 'Related Insights', ...aRel,
    'Stay informed', 'Get our client alerts in your inbox.', 'Sign up', ...aFoot, '© 2026 Brackley Dunmore LLP. Attorney Advertising.',
    'We use cookies to improve your experience and analyze site traffic.', 'Accept Cookies', 'Cookie Preferences',
  ],
};

export const HELDOUT281_F: readonly TestPage[] = [alert, pressSummary];
