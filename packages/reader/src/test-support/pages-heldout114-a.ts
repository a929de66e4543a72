import { links, ps, type TestPage, texts } from './page-kit.js';
import { newspackPage } from './pages-heldout114-a2.js';

/**
 * Held-out batch 114, file a: an Arc XP metro daily story opened by an italic "This article was produced in partnership
 * with ..." note inside the article body (site header with sections, subscribe button, breadcrumb kicker, byline and
 * timestamps, share bar, lead image caption, an inline ad slot, tags, a "Most read" rail, the OneTrust consent banner and
 * the footer) and, from file a2, a Newspack (WordPress) nonprofit newsroom story opened by a newsletter signup block.
 */
const title = 'County jail paid millions for inmate phone calls that families say never connected';
const note =
  'This article was produced in partnership with the Gulf Ledger Project, a nonprofit newsroom covering public money in the ' +
  'coastal South. Sign up for its weekly newsletter.';
const p1 = [
  'For two years, Denise Arbogast paid $11.40 every Sunday to call her son at the Harlow County Detention Center. Most weeks, she said, ' +
    'the call dropped within a minute. The charge stayed on her card.',
  'Records obtained by the Meridian Post and the Gulf Ledger Project show that Arbogast was not alone. Between 2023 and 2025 the jail’s ' +
    'phone contractor, Talvera Correctional Communications, billed families for more than 41,000 calls that lasted less than ten seconds, ' +
    'a length the company’s own manual describes as a failed connection.',
  'Under the county’s contract, Harlow received a 38 percent commission on every billed call, about $1.9 million over the two years.',
];
const h1 = 'A contract that paid both sides';
const p2 = [
  'The arrangement is common in county jails, where phone providers compete for contracts in part by offering the largest share of ' +
    'call revenue to the sheriff’s office. Critics say the model gives jails little reason to question the bills.',
  'Sheriff Wendell Pryor said in a written statement that his office “relies on the vendor to bill accurately” and had received ' +
    '“a small number” of complaints. Asked how many, a spokesperson said the office did not track them.',
  'Talvera said short calls were sometimes completed calls in which a family member hung up quickly, and that it refunds any charge ' +
    'disputed within 90 days. The company did not explain why its manual treats calls under ten seconds as failures.',
];
const h2 = 'What families were charged';
const p3 = ['An analysis of the billing records found:'];
const list = [
  '41,270 calls under ten seconds were billed at the full connection fee of $3.15.',
  'Nearly 60 percent of those calls were placed from two housing units whose phones were replaced in 2024.',
  'Fewer than 400 of the charges were refunded.',
];
const h3 = 'What happens next';
const p4 = [
  'County Commissioner Ava Delacroix said she would ask the board next month to audit the contract and to suspend the commission ' +
    'until the audit is finished. “If we are taking a cut of calls that never happened, we owe those families their money back,” she said.',
  'Arbogast’s son was released in October. She still has the statements. “I kept every one,” she said. “I knew somebody would ask one day.”',
];
const nav = ['Local', 'Politics', 'Business', 'Sports', 'Opinion', 'Things To Do', 'Obituaries', 'E-Edition'];
const most = [
  'Man charged after crash closes I-10 for six hours',
  'New taqueria opens in old bank building downtown',
  'School board delays vote on later start times',
  'High school football: Week 9 scores and highlights',
];
const tags = ['Harlow County', 'Criminal Justice', 'Investigations'];
const foot = ['About Us', 'Contact Us', 'Careers', 'Advertise', 'Terms of Use', 'Privacy Policy', 'Cookie Settings', 'Accessibility'];
const consent = 'We use cookies and similar technologies to personalize content and ads, and to analyze our traffic. You can change your choices at any time.';
const caption = 'Denise Arbogast holds phone statements from the Harlow County Detention Center at her home in Bayou Vista.';
const credit = 'Lena Fairbanks / Meridian Post';
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><title>${title} | Meridian Post</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Records show a county jail billed families for 41,000 failed calls.">
<meta property="og:title" content="${title}"><meta property="og:type" content="article"><meta property="article:section" content="Investigations">
<link rel="canonical" href="https://www.meridianpost.example/investigations/2025/11/12/harlow-jail-phone-calls/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${title}","datePublished":"2025-11-12T10:00:00Z",
"author":[{"@type":"Person","name":"Marcus Thibodeaux"}],"publisher":{"@type":"Organization","name":"Meridian Post"}}</script>
<script src="https://www.meridianpost.example/pf/dist/engine/react.js?d=412" defer></script>
<script>window.Fusion=window.Fusion||{};Fusion.arcSite="meridian-post";Fusion.contextPath="/pf";</script></head>
<body><div id="fusion-app" class="layout-section wrapper">
<header class="c-header"><a class="skip-link" href="#main">Skip to main content</a><div class="c-header__logo"><a href="/">Meridian Post</a></div>
<nav class="c-nav" aria-label="Sections"><ul class="c-nav__list">${links(nav, 'c-nav__item')}</ul></nav>
<div class="c-header__actions"><a class="c-btn c-btn--subscribe" href="/subscribe/">Subscribe</a>
<a class="c-btn c-btn--login" href="/account/login/">Log In</a></div></header>
<main id="main" class="b-article-body"><article class="article">
<div class="b-overline"><a class="c-overline" href="/investigations/">Investigations</a></div>
<h1 class="b-headline c-heading">${title}</h1>
<div class="b-byline"><div class="c-byline"><span class="c-byline__by">By </span>
<a class="c-byline__author" href="/people/marcus-thibodeaux/">Marcus Thibodeaux</a></div>
<div class="c-date"><time datetime="2025-11-12T10:00:00Z">Nov. 12, 2025 at 4:00 a.m. CST</time></div></div>
<div class="b-share-bar" role="group" aria-label="Share"><button class="c-share" aria-label="Share on Facebook">Facebook</button>
<button class="c-share" aria-label="Share on X">X</button><button class="c-share" aria-label="Email">Email</button>
<button class="c-share">Copy Link</button></div>
<figure class="b-lead-art c-media-item"><img src="https://www.meridianpost.example/resizer/v2/ARBOGAST.jpg?auth=1f2e&amp;width=1200" alt="">
<figcaption class="c-media-item__fig-caption">
<span class="c-media-item__caption">${caption}</span> <span class="c-media-item__credit">(${credit})</span></figcaption></figure>
<div class="b-article-body__content">
<p class="c-paragraph"><i>${note}</i></p>
${ps(p1, ' class="c-paragraph"')}
<div class="arcad-feature" data-ad-name="article_body_1"><div class="arcad-container"><span class="ad-label">Advertisement</span><div id="arcad_1">
</div></div></div>
<h2 class="c-heading">${h1}</h2>
${ps(p2, ' class="c-paragraph"')}
<h2 class="c-heading">${h2}</h2>
${ps(p3, ' class="c-paragraph"')}
<ul class="c-list">${list.map((l) => `<li>${l}</li>`).join('')}</ul>
<h2 class="c-heading">${h3}</h2>
${ps(p4, ' class="c-paragraph"')}
</div>
<div class="b-tags"><span class="b-tags__label">Topics</span><ul>${links(tags, 'c-tag')}</ul></div>
<div class="b-author-bio">
<p class="c-author-bio">Marcus Thibodeaux covers criminal justice for the Meridian Post. Reach him at mthibodeaux@meridianpost.example.</p></div>
</article>
<aside class="b-right-rail"><h2 class="c-rail-title">Most Read</h2><ol class="c-most-read">${links(most, 'c-most-read__item')}</ol></aside></main>
<footer class="c-footer"><ul class="c-footer__links">${links(foot)}</ul><p class="c-footer__copyright">© 2025 Meridian Post. All rights reserved.</p></footer>
</div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner">
<div id="onetrust-policy-text">${consent}</div><div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Manage Preferences</button>
<button id="onetrust-reject-all-handler">Reject All</button><button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div></div>
<script src="https://cdn.cookielaw.example/scripttemplates/otSDKStub.js" data-domain-script="0193-aa"></script>
</body></html>`;
const arcPage: TestPage = {
  name: 'heldout114-arc-partnership-note-news',
  kind: 'news',
  html,
  title,
  headings: [h1, h2, h3],
  body: texts([...p1, ...p2, ...p3, ...list, ...p4]),
  bylines: ['Marcus Thibodeaux', 'Nov. 12, 2025 at 4:00 a.m. CST'],
  furniture: [
    note,
    'Skip to main content',
    'Meridian Post',
    ...nav,
    'Subscribe',
    'Log In',
    'Investigations',
    'Facebook',
    'Email',
    'Copy Link',
    caption,
    credit,
    'Advertisement',
    'Topics',
    'Harlow County',
    'Criminal Justice',
    'Marcus Thibodeaux covers criminal justice for the Meridian Post. Reach him at mthibodeaux@meridianpost.example.',
    'Most Read',
    ...most,
    ...foot,
    '© 2025 Meridian Post. All rights reserved.',
    consent,
    'Manage Preferences',
    'Reject All',
    'Accept All Cookies',
  ],
};
export const HELDOUT114_A: readonly TestPage[] = [arcPage, newspackPage];
