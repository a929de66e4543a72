import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 157, helper c2: an Investopedia term article (Dotdash Meredith "mntl" template): the header and its
 * hidden fly-out menu, the attribution block (By, Updated, Reviewed by, Fact checked by), the collapsed table of
 * contents, the Key Takeaways callout, an infographic with its credit, an "Important" callout, a worked example, the
 * advertiser-disclosure table of broker offers, "Article Sources", "Related Terms", "Related Articles", the newsletter
 * sign-up, the footer and the OneTrust cookie banner.
 */
const title = 'Sinking Fund: Definition, How It Works, and Example';
const keyTitle = 'Key Takeaways';
const keys = [
  'A sinking fund is money set aside over time to repay a debt or replace an asset.',
  'Companies that issue bonds often use sinking funds to buy back part of the issue before it matures.',
  'Bonds with a sinking fund usually carry less default risk, but investors may lose some interest if bonds are called early.',
];
const h1 = 'What Is a Sinking Fund?';
const p1 = [
  `A sinking fund is an account into which a company or individual makes regular payments so that a large future obligation can be met without
a single, sudden outlay. For corporations, it is most often attached to a bond issue: the company promises to retire a portion of the bonds each
year rather than paying the whole principal back at maturity.`,
  'Households use the same idea on a smaller scale, saving a fixed amount each month toward a known expense such as a new roof or a car.',
];
const h2 = 'How a Sinking Fund Works';
const p2 = [
  `The bond indenture, the legal agreement between the issuer and its bondholders, sets out how the sinking fund operates. It typically specifies
how much must be deposited each year and how the money will be used. Usually, the issuer may either buy bonds on the open market or call a set
number of them at a fixed price, often par value.`,
  `Because debt is repaid gradually, the issuer faces a smaller payment when the bonds mature, which lowers the chance that it will be unable to
pay. That reduced risk often allows the company to offer a slightly lower interest rate than it could on a comparable bond without a sinking fund.`,
];
const important =
  'Sinking fund provisions can work against investors when interest rates fall, because the issuer is more likely to call bonds that pay a high coupon.';
const h3 = 'Advantages and Disadvantages of a Sinking Fund';
const p3 = ['For the issuing company, the main benefits are:'];
const pros = [
  'Lower borrowing costs, because investors accept a lower yield for the added safety.',
  'A better credit profile, since the debt shrinks steadily rather than all at once.',
  'Flexibility to buy back bonds cheaply if their market price falls.',
];
const p3b = [
  'For bondholders, the drawback is reinvestment risk: if their bonds are called when rates are low, they may have to reinvest the money at a lower return.',
];
const h4 = 'Example of a Sinking Fund';
const p4 = [
  `Suppose Harlow Rail Freight issues $200 million of 20-year bonds with a 6% coupon. The indenture requires the company to retire $10 million of
bonds each year, starting in year five. In years when the bonds trade below par, Harlow buys them on the market; when they trade above par, it
calls them at par instead.`,
  'By the time the bonds mature, only $50 million remains outstanding, a far easier sum to refinance or repay than the original $200 million.',
];
const h5 = 'The Bottom Line';
const p5 = [
  `A sinking fund spreads the repayment of a large debt over time. It reduces risk for lenders and borrowing costs for the issuer, though investors
should read the call terms closely before buying a bond that has one.`,
];
const figCredit = 'Investopedia / Mira Castell';
const nav = ['Investing', 'Economy', 'Personal Finance', 'News', 'Reviews', 'Academy', 'Trade'];
const flyout = ['Stocks', 'Bonds', 'ETFs', 'Options and Derivatives', 'Commodities', 'Trading', 'Automated Investing', 'Brokers', 'Fundamental Analysis'];
const offers = [
  ['Compare Accounts', 'Advertiser Disclosure', '×'],
  [
    'The offers that appear in this table are from partnerships from which Investopedia receives compensation. This compensation may impact how and ' +
      'where listings appear. Investopedia does not include all offers available in the marketplace.',
  ],
  ['Provider', 'Name', 'Description'],
];
const sourcesNote =
  'Investopedia requires writers to use primary sources to support their work. These include white papers, government data, original reporting, ' +
  'and interviews with industry experts.';
const sources = ['Securities Regulation Board. "Bond Indentures and Investor Protection." Page 4.', 'Harlow Rail Freight. "Annual Report 2024," Page 112.'];
const relTerms = ['Callable Bond', 'Bond Indenture', 'Par Value', 'Reinvestment Risk'];
const relDefs = [
  'A callable bond is a debt security that the issuer may redeem before it matures.',
  'An indenture is the legal contract between a bond issuer and its bondholders.',
  'Par value is the face value of a bond, the amount paid back at maturity.',
  'Reinvestment risk is the chance that cash flows will have to be reinvested at a lower rate.',
];
const relArticles = ['How Bond Calls Affect Investors', 'What Is a Debenture?', 'Understanding Bond Ratings'];
const newsletter = ['Get the best financial news, tips, and insights delivered to your inbox', 'Sign Up', 'Enter your email'];
const footer = [
  'About Us',
  'Terms of Service',
  'Dictionary',
  'Editorial Policy',
  'Advertise',
  'Privacy Policy',
  'Contact Us',
  'Careers',
  'Your Privacy Choices',
];
const family = 'Investopedia is part of the People Inc. publishing family.';
const cookie = [
  'We and our partners use cookies to store and access information on your device to personalise ads and content and measure their performance.',
  'Accept All',
  'Reject All',
  'Cookie Settings',
];
const ps = (a: readonly string[]): string => a.map((p, i) => `<p id="mntl-sc-block_${i}-0" class="comp mntl-sc-block mntl-sc-block-html">${p}</p>`).join('\n');
const h = (t: string, id: string): string => `<h2 id="${id}" class="comp mntl-sc-block lifestyle-sc-block-heading mntl-sc-block-heading">
<span class="mntl-sc-block-heading__text">${t}</span></h2>`;
const ul = (a: readonly string[]): string =>
  `<ul id="mntl-sc-block_list" class="comp mntl-sc-block mntl-sc-block-html">${a.map((t) => `<li>${t}</li>`).join('')}</ul>`;
const ad = (id: string): string => `<div id="${id}" class="comp mntl-leaderboard-spacer mntl-block"><div class="mntl-gpt-adunit gpt leaderboard"
data-ad-width="728" data-ad-height="90"><div class="ad-label">Advertisement</div></div></div>`;
const html = `<!DOCTYPE html>
<html id="termDefinitionArticleTemplate_1-0" class="comp termDefinitionArticleTemplate html mntl-html no-js" data-ab="99,99,99" lang="en">
<head><meta charset="utf-8"><title>Sinking Fund: Definition, How It Works, and Example</title>
<meta name="description" content="A sinking fund is money set aside over time to repay a debt or replace an asset. Learn how sinking funds work for bonds.">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:site_name" content="Investopedia">
<meta name="sailthru.author" content="Jolene Marsh"><link rel="canonical" href="https://www.investopedia.example/terms/s/sinkingfund.asp">
<script type="application/ld+json">[{"@context":"http://schema.org","@type":["Article"],"headline":"${title}","datePublished":"2003-11-19T14:32:00.000-05:00",
"dateModified":"2025-06-12T10:05:21.121-04:00","author":[{"@type":"Person","name":"Jolene Marsh"}],"reviewedBy":[{"@type":"Person","name":"Dana Okafor"}],
"publisher":{"@type":"Organization","name":"Investopedia"}}]</script>
<script>window.Mntl=window.Mntl||{};Mntl.csUID="sinkingfund";</script><script async src="https://securepubads.g.doubleclick.example/tag/js/gpt.js"></script>
</head><body id="termDefinitionArticleTemplate_1-0" class="comp termDefinitionArticleTemplate mntl-body no-touchevents" data-sc-sticky-offset="90">
<a id="mntl-skip-to-content_1-0" href="#main" class="comp mntl-skip-to-content mntl-text-link" rel="nocaes"><span class="link__wrapper">Skip to
content</span></a>
<header id="header_1-0" class="comp header mntl-header"><div class="header__container"><a id="header-logo_1-0" href="https://www.investopedia.example/"
class="comp header-logo logo" aria-label="Visit Investopedia's homepage"><svg class="header-logo__image"><use xlink:href="#logo"></use></svg></a>
<nav id="header-nav_1-0" class="comp header-nav"><ul class="header-nav__list">${links(nav, 'header-nav__item')}</ul></nav>
<div class="header__search"><form class="mntl-search-form"><input type="text" placeholder="Search" aria-label="Search"><button>Search</button></form></div>
</div><div id="fullscreen-nav_1-0" class="comp fullscreen-nav" aria-hidden="true"><ul class="fullscreen-nav__list">${links(flyout, 'fullscreen-nav__item')}</ul>
</div></header>
<main id="main" class="loc main"><article id="article_1-0" class="comp article mntl-article"><div class="loc article-header">
<div id="article-header_1-0" class="comp article-header mntl-article-header"><h1 id="article-heading_2-0" class="comp article-heading
mntl-text-block">${title}</h1>
<div id="mntl-attribution_1-0" class="comp mntl-attribution"><div class="mntl-attribution__content"><div class="mntl-attribution__item">
<span class="mntl-attribution__item-descriptor">By</span> <a class="mntl-attribution__item-name" href="/jolene-marsh-5203391">Jolene Marsh</a></div>
<div class="mntl-attribution__item-date">Updated June 12, 2025</div><div class="mntl-attribution__item mntl-attribution__item--reviewer">
<span class="mntl-attribution__item-descriptor">Reviewed by</span> <a class="mntl-attribution__item-name" href="/dana-okafor-7092841">Dana Okafor</a></div>
<div class="mntl-attribution__item mntl-attribution__item--fact-checker"><span class="mntl-attribution__item-descriptor">Fact checked by</span>
<a class="mntl-attribution__item-name" href="/ruth-abelard-4859">Ruth Abelard</a></div></div></div></div></div>
${ad('leaderboard-flex-1')}
<div id="toc-header_1-0" class="comp toc-header mntl-toc-header"><button class="toc-header__button" aria-expanded="false">Table of Contents
<span class="toc-header__expand">Expand</span></button><ul class="mntl-toc__list is-hidden">${links([h1, h2, h3, h4, h5], 'mntl-toc__list-item')}</ul></div>
<div id="article-body_1-0" class="comp article-body mntl-sc-page mntl-block"><div id="mntl-sc-page_1-0" class="comp mntl-sc-page mntl-block">
<figure id="figure-article_1-0" class="comp figure-article mntl-sc-block-image"><div class="img-placeholder"><img
data-src="https://www.investopedia.example/thmb/sinking.png"
alt="Sinking Fund" class="figure-article__image mntl-primary-image" width="1500" height="1000"></div><figcaption class="figure-article-caption">
<span class="figure-article-caption-owner">${figCredit}</span></figcaption></figure>
${h(h1, 'toc-what-is-a-sinking-fund')}
${ps(p1)}
<div class="comp mntl-sc-block mntl-sc-block-callout theme-whatyouneedtoknow"><div class="mntl-sc-block-callout-heading"><h3>${keyTitle}</h3></div>
<div class="mntl-sc-block-callout-body">${ul(keys)}</div></div>
${h(h2, 'toc-how-a-sinking-fund-works')}
${ps(p2)}
<div class="comp mntl-sc-block mntl-sc-block-callout theme-important"><div class="mntl-sc-block-callout-heading">Important</div>
<div class="mntl-sc-block-callout-body"><p>${important}</p></div></div>
${ad('mntl-sc-block_inline-ad_2-0')}
${h(h3, 'toc-advantages')}
${ps(p3)}
${ul(pros)}
${ps(p3b)}
${h(h4, 'toc-example')}
${ps(p4)}
<div id="broker-list_1-0" class="comp broker-list mntl-block"><div class="broker-list__header"><span>${offers[0]?.[0]}</span>
<button class="broker-list__disclosure-button">${offers[0]?.[1]}</button><div class="broker-list__disclosure-popup is-hidden">
<button class="close">${offers[0]?.[2]}</button><p>${offers[1]?.[0]}</p></div></div><table class="broker-list__table"><thead><tr>
${(offers[2] ?? []).map((t) => `<th>${t}</th>`).join('')}</tr></thead><tbody><tr><td>Placeholder broker</td><td>Brokerage account</td><td>Low fees</td></tr>
</tbody></table></div>
${h(h5, 'toc-the-bottom-line')}
${ps(p5)}
</div></div>
<div id="article-sources_1-0" class="comp mntl-article-sources"><button class="mntl-article-sources__heading">Article Sources</button>
<div class="mntl-article-sources__content is-hidden"><p>${sourcesNote}</p><ol class="mntl-sources-list">${sources.map((s) => `<li>${s}</li>`).join('')}</ol>
</div></div>
<div class="comp related-terms"><h2 class="related-terms__heading">Related Terms</h2><ul>${relTerms
  .map(
    (t, i) => `<li class="card"><a href="/terms/${i}">
<span class="card__title">${t}</span><span class="card__content">${relDefs[i]}</span></a></li>`,
  )
  .join('\n')}</ul></div>
<div class="comp related-articles"><h2 class="related-articles__heading">Related Articles</h2><ul>${links(relArticles, 'card')}</ul></div>
<div class="comp partner-links"><h2 class="partner-links__heading">Partner Links</h2></div></article></main>
<footer id="footer_1-0" class="comp footer mntl-footer"><div class="footer__newsletter"><p>${newsletter[0]}</p><form><input type="email"
placeholder="${newsletter[2]}"><button type="submit">${newsletter[1]}</button></form></div><ul class="footer__links">${links(footer)}</ul>
<p class="footer__family">${family}</p></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div id="onetrust-policy">
<p id="onetrust-policy-text">${cookie[0]}</p></div><div id="onetrust-button-group"><button id="onetrust-accept-btn-handler">${cookie[1]}</button>
<button id="onetrust-reject-all-handler">${cookie[2]}</button><button id="onetrust-pc-btn-handler">${cookie[3]}</button></div></div></div>
<script>Mntl.utilities.readyAndDeferred(function(){Mntl.AdManager.init();});</script></body></html>`;

export const investopediaTerm: TestPage = {
  name: 'heldout157-investopedia-term',
  kind: 'wiki',
  html,
  title,
  // Key Takeaways and the "Important" callout are body (its h3 a heading, its label in neither list); the broker table and its
  // disclosure are furniture (its header cells in neither list); the collapsed table of contents repeats the headings and is left out
  headings: [h1, keyTitle, h2, h3, h4, h5],
  body: texts([...p1, ...keys, ...p2, important, ...p3, ...pros, ...p3b, ...p4, ...p5]),
  bylines: ['By Jolene Marsh', 'Updated June 12, 2025', 'Reviewed by Dana Okafor', 'Fact checked by Ruth Abelard'],
  furniture: [
    'Skip to content',
    ...nav,
    ...flyout,
    'Search',
    'Advertisement',
    'Table of Contents',
    'Expand',
    figCredit,
    ...(offers[0] ?? []),
    offers[1]?.[0] ?? '',
    'Placeholder broker',
    'Brokerage account',
    'Low fees',
    'Article Sources',
    sourcesNote,
    ...sources,
    'Related Terms',
    ...relTerms,
    ...relDefs,
    'Related Articles',
    ...relArticles,
    'Partner Links',
    newsletter[0] ?? '',
    'Sign Up',
    ...footer,
    family,
    ...cookie,
  ],
};
