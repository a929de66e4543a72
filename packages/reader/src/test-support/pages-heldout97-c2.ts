import { links, ps, type TestPage } from './page-kit.js';

/**
 * Held-out batch 97, file c2: an Investopedia style term definition on a Dotdash Meredith "mntl" finance site (invented
 * brand: the header nav with "Follow Us", breadcrumbs, the attribution with "By", "Updated", "Reviewed by" and "Fact
 * checked by", the hero image credit, the "Table of Contents" with "Expand", the "Key Takeaways" callout at the top of the
 * text, ad slots, the sponsored "Trade on the Go" native ad inside the text, an FAQ section, "The Bottom Line", "Article
 * Sources" with its sourcing note, the "Compare Accounts" table with "Advertiser Disclosure", "Related Terms", "Related
 * Articles", "Partner Links", the newsletter, footer and the OneTrust banner).
 */
const ipTitle = 'What Is a Sinking Fund? How It Works, With Examples';
const ipTake = [
  'A sinking fund is money set aside by a company or government to repay a bond or other debt over time.',
  'Regular payments into the fund lower the risk that the issuer will be unable to repay the debt when it matures.',
  'Bonds with a sinking fund often pay slightly lower interest because they are seen as safer.',
  'Some sinking fund provisions let the issuer buy back bonds early at a set price, which can hurt investors when rates fall.',
];
const ipH = ['What Is a Sinking Fund?', 'How a Sinking Fund Works', 'Example of a Sinking Fund', 'Advantages and Disadvantages'];
const ipWhat = [
  'A sinking fund is an account that a corporation or government uses to set aside money over time to repay a debt, usually a ' +
    'bond issue. Instead of paying the whole principal at once when the bond matures, the issuer makes regular deposits into the ' +
    'fund, and the money is used to retire part of the debt each year or to pay it off at maturity.',
];
const ipHow = [
  'When a company issues bonds with a sinking fund provision, the bond indenture sets out how much it must deposit and how often. ' +
    'The issuer can use the fund to buy back a portion of the bonds on the open market or to call a set number of bonds at a ' +
    'price named in the indenture, often their face value.',
  'Because part of the debt is retired along the way, the issuer has less to repay at maturity. Investors, in turn, face less ' +
    'risk of default, which is why rating agencies tend to look favorably on bonds that carry this feature.',
];
const ipExample = [
  'Suppose Harwick Industries issues $50 million of 20-year bonds and agrees to retire $2.5 million of them each year through a ' +
    'sinking fund. Each year, Harwick either buys $2.5 million of the bonds in the market or calls that amount at par, whichever ' +
    'is cheaper. By the time the bonds mature, most of the debt has already been repaid.',
];
const ipAdv = [
  'For issuers, the main advantage is cheaper borrowing. For investors, the main drawback is call risk: if interest rates drop, ' +
    'the issuer is likely to call bonds at par and refinance, leaving investors to reinvest at lower rates.',
];
const ipFaq: [string, string][] = [
  [
    'Is a Sinking Fund an Asset?',
    'Yes. A sinking fund is usually listed as a noncurrent asset on the balance sheet, because the money is set aside for a ' +
      'specific long-term purpose and is not available for day-to-day operations.',
  ],
  [
    'What Is a Personal Sinking Fund?',
    'In personal finance, people use the term for savings set aside each month toward a known future expense, such as a car, ' +
      'a holiday or an annual insurance bill, so that the cost does not come as a shock.',
  ],
];
const ipBottom = [
  'A sinking fund spreads the repayment of a debt over its life. It makes default less likely and can lower the issuer’s ' +
    'interest costs, but investors should understand the call provisions before buying a bond that has one.',
];
const ipNav = ['Investing', 'Economy', 'Personal Finance', 'News', 'Reviews', 'Academy', 'Trade'];
const ipCrumbs = ['Corporate Finance', 'Financial Analysis'];
const ipAd = [
  'Sponsored',
  'Trade on the Go. Anywhere, Anytime',
  'One of the world’s largest crypto-asset exchanges is ready for you. Enjoy competitive fees and dedicated customer support ' +
    'while trading securely. Make an account for free and join millions of traders and investors on Carrow Exchange.',
  'Learn More',
];
const ipSources = [
  'Ledgerwise requires writers to use primary sources to support their work. These include white papers, government data, ' +
    'original reporting, and interviews with industry experts. We also reference original research from other reputable ' +
    'publishers where appropriate. You can learn more about the standards we follow in producing accurate, unbiased content in ' +
    'our editorial policy.',
  'Municipal Securities Board of Review. “Sinking Fund Provisions.”',
  'Tillbury Rating Services. “Rating Criteria for Corporate Bonds,” Page 14.',
];
const ipCompare = [
  'Compare Accounts',
  'Advertiser Disclosure',
  '×',
  'The offers that appear in this table are from partnerships from which Ledgerwise receives compensation. This compensation may ' +
    'impact how and where listings appear. Ledgerwise does not include all offers available in the marketplace.',
  'Provider',
  'Name',
  'Description',
];
const ipRelated: [string, string][] = [
  ['Callable Bond: Definition, How It Works, and Types', 'A callable bond is a bond that can be redeemed by the issuer before it matures.'],
  ['Bond Indenture: Definition and Key Terms', 'An indenture is a legal contract between a bond issuer and its bondholders.'],
  ['Debt Service: Meaning and Coverage Ratio', 'Debt service is the cash needed to pay interest and principal on a debt for a period.'],
];
const ipArticles = ['How Bond Calls Affect Investors', 'Understanding Bond Ratings', 'Corporate Bonds: An Introduction'];
const ipPartner = ['Open a Brokerage Account', 'Best Online Brokers'];
const ipNews = ['Get the Term of the Day', 'Learn a new financial term every weekday, free in your inbox.', 'Enter your email', 'Sign Up'];
const ipFoot = [
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
const ipFamily = 'Ledgerwise is part of the Dotdash Meredith publishing family.';
const ipCookie =
  'By clicking “Accept All Cookies”, you agree to the storing of cookies on your device to enhance site navigation, analyze ' +
  'site usage, and assist in our marketing efforts.';
const ipSlot = (n: number): string => `<div id="mntl-sc-block-adslot_${n}-0" class="comp mntl-sc-block-adslot mntl-block"><div id="inline${n}"
class="comp scads-to-load right-rail__item inline-ad mntl-gpt-dynamic-adunit mntl-gpt-adunit gpt inline" data-ad-width="300" data-ad-height="250">
<div class="wrapper"></div></div></div>`;
const ipH2 = (t: string, n: number): string => `<h2 id="mntl-sc-block_${n}-0" class="comp mntl-sc-block mntl-sc-block-heading">
<span class="mntl-sc-block-heading__text">${t}</span></h2>`;
const ipP = (a: readonly string[], n: number): string => ps(a, ` id="mntl-sc-block_${n}-0" class="comp mntl-sc-block mntl-sc-block-html"`);
const ipHtml = `<!DOCTYPE html>
<html lang="en" class="comp mntl-html no-js"><head class="loc head"><meta charset="utf-8"><title>Sinking Fund: Definition, How It Works, and Example</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="A sinking fund is money set aside to pay off a debt
or bond. Learn how it works and see an example."><meta property="og:title" content="${ipTitle}"><meta name="sailthru.author" content="Adam Reyes">
<link rel="canonical" href="https://www.ledgerwise.example/terms/s/sinkingfund.asp">
<script type="application/ld+json">[{"@context":"http://schema.org","@type":["Article"],"headline":"${ipTitle}","datePublished":"2003-11-25T12:08:43.000-05:00",
"dateModified":"2025-04-02T10:35:12.012-04:00","author":[{"@type":"Person","name":"Adam Reyes"}],"reviewedBy":[{"@type":"Person","name":"Lena Okafor"}],
"publisher":{"@type":"Organization","name":"Ledgerwise"}}]</script>
<script>window.Mntl = window.Mntl || {}; Mntl.csrfToken = "x"; var dataLayer = [{"documentId":5195201,"templateId":"structured-content"}];</script>
<link rel="stylesheet" href="/static/6.112.0/cache/eNq1kl.min.css"></head>
<body id="termDefinitionBody_1-0" class="comp term-definition-body mntl-body no-touchdevice" data-sc-sticky-offset="0">
<a id="skip-to-content" href="#main" class="comp mntl-skip-to-content">Skip to content</a>
<header id="header_1-0" class="comp header mntl-header" role="banner"><div class="header__inner"><a class="header__logo" href="/"><svg class="logo-svg"
aria-label="Ledgerwise"></svg></a><nav id="global-nav_1-0" class="comp global-nav" aria-label="Main">
<ul class="global-nav__list">${links(ipNav, 'global-nav__item')}
</ul></nav><div class="header__follow"><span class="header__follow-label">Follow Us</span></div>
<form class="header-search" action="/search"><input type="text" name="q" aria-label="Search" placeholder="Search"><button type="submit">Search</button></form>
</div></header>
<main id="main" class="loc main"><article id="article_1-0" class="comp article--structured-content article mntl-article">
<ul id="breadcrumbs_1-0" class="comp breadcrumbs mntl-breadcrumbs">${links(ipCrumbs, 'comp mntl-breadcrumbs__item')}</ul>
<header class="comp article-header"><h1 id="article-heading_1-0" class="comp article-heading mntl-text-block">${ipTitle}</h1>
<div id="mntl-attribution_1-0" class="comp mntl-attribution"><div class="mntl-attribution__content">
<div class="mntl-attribution__item"><span class="mntl-attribution__item-descriptor">By</span> <a class="mntl-attribution__item-name"
href="/adam-reyes-5089421">Adam Reyes</a></div><div class="mntl-attribution__item mntl-attribution__item--date">Updated April 02, 2025</div>
<div class="mntl-attribution__item"><span class="mntl-attribution__item-descriptor">Reviewed by</span> <a class="mntl-attribution__item-name"
href="/lena-okafor-5193344">Lena Okafor</a></div><div class="mntl-attribution__item"><span class="mntl-attribution__item-descriptor">Fact checked by</span>
<a class="mntl-attribution__item-name" href="/marcus-bell-4769001">Marcus Bell</a></div></div></div></header>
<figure id="figure-article_1-0" class="comp figure-article mntl-universal-primary-image"><img src="https://www.ledgerwise.example/thmb/sinkingfund.jpg"
alt="Sinking Fund" width="1500" height="1000"><figcaption class="figure-article-caption"><span class="figure-article-caption-owner">Ledgerwise / Tara Nguyen
</span></figcaption></figure>
<div id="mntl-toc_1-0" class="comp mntl-toc toc mntl-block" data-collapsed="true"><div class="mntl-toc__heading">Table of Contents</div>
<button class="mntl-toc-toggle" type="button"><span class="mntl-toc-toggle__text">Expand</span></button><ul class="mntl-toc__list">
${ipH.map((h, i) => `<li class="mntl-toc__list-item"><a href="#toc-${i}" class="mntl-toc__list-item-link">${h}</a></li>`).join('\n')}
<li class="mntl-toc__list-item"><a href="#toc-faq">FAQs</a></li><li class="mntl-toc__list-item"><a href="#toc-bottom">The Bottom Line</a></li></ul></div>
<div id="article-body_1-0" class="comp article-body mntl-sc-page mntl-block">
${ipH2(ipH[0] as string, 1)}
${ipP(ipWhat, 2)}
<div id="mntl-sc-block-callout_1-0" class="comp theme-whatyouneedtoknow mntl-sc-block mntl-sc-block-callout mntl-block">
<div class="mntl-sc-block-callout-heading"><h3>Key Takeaways</h3></div><div class="mntl-sc-block-callout-body"><ul>
${ipTake.map((t) => `<li>${t}</li>`).join('\n')}</ul></div></div>
${ipSlot(1)}
${ipH2(ipH[1] as string, 3)}
${ipP(ipHow, 4)}
<div id="mntl-sc-block-native_1-0" class="comp mntl-native-ad"><div class="mntl-native-ad__label">${ipAd[0]}</div><div class="mntl-native-ad__content">
<h4 class="mntl-native-ad__title">${ipAd[1]}</h4><p class="mntl-native-ad__text">${ipAd[2]}</p>
<a class="mntl-native-ad__cta" href="https://ad.example/">${ipAd[3]}</a>
</div></div>
${ipH2(ipH[2] as string, 5)}
${ipP(ipExample, 6)}
${ipSlot(2)}
${ipH2(ipH[3] as string, 7)}
${ipP(ipAdv, 8)}
${ipH2('Frequently Asked Questions (FAQs)', 9)}
${ipFaq.map(([q, a], i) => `<h3 class="comp mntl-sc-block mntl-sc-block-subheading">${q}</h3>\n${ipP([a], 10 + i)}`).join('\n')}
${ipH2('The Bottom Line', 12)}
${ipP(ipBottom, 13)}
</div>
<div id="mntl-article-sources_1-0" class="comp mntl-article-sources"><button class="mntl-article-sources__heading" type="button">Article Sources</button>
<div class="mntl-article-sources__content"><p>${ipSources[0]}</p><ol>${ipSources
  .slice(1)
  .map((t) => `<li>${t}</li>`)
  .join('\n')}</ol></div></div>
<div id="mntl-compare_1-0" class="comp mntl-compare-accounts"><div class="mntl-compare__header"><h2>${ipCompare[0]}</h2>
<button class="mntl-disclosure" type="button">${ipCompare[1]}</button></div><div class="mntl-disclosure__popup" hidden>
<button type="button">${ipCompare[2]}</button>
<p>${ipCompare[3]}</p></div><table class="mntl-compare__table"><thead><tr>${ipCompare
  .slice(4)
  .map((t) => `<th>${t}</th>`)
  .join('')}</tr></thead>
<tbody></tbody></table></div></article>
<aside class="comp related-content"><div class="mntl-related-terms"><h2>Related Terms</h2><ul>
${ipRelated.map(([t, d]) => `<li><a href="#"><span class="card__title">${t}</span></a><p class="card__desc">${d}</p></li>`).join('\n')}</ul></div>
<div class="mntl-related-articles"><h2>Related Articles</h2><ul>${links(ipArticles)}</ul></div>
<div class="mntl-partner-links"><h2>Partner Links</h2><ul>${links(ipPartner)}</ul></div></aside></main>
<footer id="footer_1-0" class="comp footer mntl-footer"><div class="mntl-newsletter"><h3>${ipNews[0]}</h3><p>${ipNews[1]}</p>
<form><input type="email" placeholder="${ipNews[2]}" aria-label="${ipNews[2]}"><button type="submit">${ipNews[3]}</button></form></div>
<ul class="footer__links">${links(ipFoot)}</ul><p class="footer__family">${ipFamily}</p></footer>
<div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">${ipCookie}</p>
<button id="onetrust-pc-btn-handler">Cookies Settings</button><button id="onetrust-accept-btn-handler">Accept All Cookies</button></div>
<script src="/static/6.112.0/cache/eNq1kl.min.js" async></script></body></html>`;
export const investopediaTerm: TestPage = {
  html: ipHtml,
  name: 'heldout97-investopedia-term-definition',
  kind: 'wiki',
  // "Key Takeaways" is a heading of the text and its items body; "By", "Updated", "Reviewed by" and "Fact checked by" lines
  // with their names are bylines; the TOC repeats the headings (left out but its label and "Expand"; its "FAQs" is a word of a heading); the FAQ questions
  // are headings; the image credit, the sponsored native ad, sources, compare table, rails, newsletter and footer are
  // furniture; table header cells are in neither list
  title: ipTitle,
  headings: [ipH[0] as string, 'Key Takeaways', ...ipH.slice(1), 'Frequently Asked Questions (FAQs)', ...ipFaq.map(([q]) => q), 'The Bottom Line'],
  body: [...ipWhat, ...ipTake, ...ipHow, ...ipExample, ...ipAdv, ...ipFaq.map(([, a]) => a), ...ipBottom],
  bylines: ['By Adam Reyes', 'Updated April 02, 2025', 'Reviewed by Lena Okafor', 'Fact checked by Marcus Bell'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...ipNav, 'Follow Us', 'Search', ...ipCrumbs, 'Ledgerwise / Tara Nguyen', 'Table of Contents', 'Expand', ...ipAd,
    'Article Sources', ...ipSources, ...ipCompare.slice(0, 4), 'Related Terms', ...ipRelated.flat(), 'Related Articles', ...ipArticles,
    'Partner Links', ...ipPartner, ...ipNews.filter((t) => t !== 'Enter your email'), ...ipFoot, ipFamily, ipCookie, 'Cookies Settings',
    'Accept All Cookies',
  ],
};
