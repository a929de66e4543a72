/**
 * Held-out batch 127, file f3: the Investopedia ("mntl") page around the term explainer of file f.
 */
const nav = [
  ['Investing', ['Stocks', 'Cryptocurrency', 'Bonds', 'ETFs', 'Options and Derivatives', 'Commodities', 'Trading', 'Brokers', 'Markets', 'View All']],
  ['Simulator', ['Login / Portfolio', 'Trade', 'Research', 'My Games', 'Leaderboard']],
  ['Banking', ['Savings Accounts', 'Certificates of Deposit (CDs)', 'Money Market Accounts', 'Checking Accounts', 'View All']],
  ['Personal Finance', ['Budgeting and Saving', 'Personal Loans', 'Insurance', 'Mortgages', 'Credit and Debt', 'Student Loans', 'Taxes', 'View All']],
  ['Economy', ['Government and Policy', 'Monetary Policy', 'Fiscal Policy', 'Economics', 'View All']],
  ['News', ['Markets', 'Companies', 'Earnings', 'Economy', 'Crypto', 'View All']],
] as const;
const top = ['Skip to content', 'Menu', 'Search', 'Newsletter', 'Reviews', 'Academy'] as const;
const crumbs = ['Corporate Finance', 'Financial Analysis'] as const;
const bios = [
  'Corinne Waldheim is a financial writer and former credit analyst with more than twelve years of experience covering corporate finance ' + 'and accounting.',
  'Lionel Ashcombe, CPA, is a member of the Investopedia Financial Review Board and teaches managerial accounting at a state university.',
  'Priya Venkatesan is a fact checker and researcher with a background in economics journalism.',
] as const;
const tooltip = ['Full Bio', 'Learn about our editorial policies', 'Learn about our Financial Review Board'] as const;
const credit = 'Investopedia / Zoe Hansen';
const toc = ['Table of Contents', 'Expand'] as const;
const sources = [
  'Article Sources',
  'Investopedia requires writers to use primary sources to support their work. These include white papers, government data, original ' +
    'reporting, and interviews with industry experts. We also reference original research from other reputable publishers where ' +
    'appropriate. You can learn more about the standards we follow in producing accurate, unbiased content in our editorial policy.',
  'Financial Accounting Standards Board. "Statement of Cash Flows (Topic 230)."',
  'Hartwell Outdoor Supply. "Annual Report 2024," Page 41.',
] as const;
const feedback = ['Was this page helpful?', 'Thanks for your feedback!', 'Tell us why!', 'Other', 'Submit'] as const;
const relTerms = [
  ['Days Sales Outstanding (DSO): Meaning and Formula', 'Days sales outstanding measures the average number of days a company takes to collect payment.'],
  ['Working Capital: Formula, Components, and Limitations', 'Working capital is the difference between current assets and current liabilities.'],
  ['Inventory Turnover Ratio: What It Is, How It Works, and Formula', 'The inventory turnover ratio shows how many times a company sells and replaces stock.'],
] as const;
const relArticles = [
  'How to Calculate the Cash Conversion Cycle in Excel',
  'What Does a Negative Cash Conversion Cycle Mean?',
  'Liquidity Ratios Every Investor Should Know',
];
const partner = [
  'Partner Links',
  'Compare Accounts',
  'Advertiser Disclosure',
  'The offers that appear in this table are from partnerships from which Investopedia receives compensation. This compensation may impact ' +
    'how and where listings appear. Investopedia does not include all offers available in the marketplace.',
  'Provider',
  'Name',
  'Description',
] as const;
const footer = [
  'About Us',
  'Terms of Service',
  'Dictionary',
  'Editorial Policy',
  'Advertise',
  'News',
  'Privacy Policy',
  'Contact Us',
  'Careers',
  'Your Privacy Choices',
];
const family = 'Investopedia is part of the People Inc. publishing family.';
const cookie = [
  'We and our partners use cookies and similar technologies to store and access information on your device, for personalised ads and ' +
    'content, ad and content measurement, audience research and services development.',
  'Cookies Settings',
  'Reject All',
  'Accept All Cookies',
] as const;
const esc = (t: string): string => t.replace(/&/g, '&amp;');
const slug = (t: string): string => t.toLowerCase().replace(/\W+/g, '-');
const link = (
  t: string,
  cls: string,
): string => `<a href="https://www.investopedia.com/${slug(t)}-4689743" class="${cls} mntl-text-link" data-tracking-container="true">
<span class="link__wrapper">${esc(t)}</span></a>`;
const byline = (group: string, label: string, name: string, bio: string, more: string): string => `<div class="mntl-bylines__group--${group}
mntl-bylines__group"><div class="mntl-bylines__item mntl-attribution__item"><span class="mntl-attribution__item-descriptor">${label}</span> <div
class="mntl-attribution__item-name-wrapper"><a href="https://www.investopedia.com/${slug(name)}-7093" class="mntl-attribution__item-name">${name}</a>
<div class="mntl-author-tooltip mntl-dynamic-tooltip--content" aria-hidden="true"><div class="mntl-author-tooltip__bio-text">${bio}</div>
<a class="mntl-author-tooltip__bio-link" href="https://www.investopedia.com/${slug(name)}-7093">${tooltip[0]}</a><a class="mntl-author-tooltip__policy-link"
href="https://www.investopedia.com/legal-4768893">${more}</a></div></div></div></div>`;

/** The whole saved page around the article body. */
export function investopediaChrome(title: string, heads: readonly string[], body: string): string {
  return `<!DOCTYPE html>
<html id="termDefinitionArticle_1-0" class="comp termDefinitionArticle mntl-html no-js" data-ab="99,99,99,99,99,3,99" lang="en">
<head class="loc head"><meta charset="utf-8"><title>${title}</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="The cash conversion cycle (CCC) measures how many days it takes a company to turn inventory into cash.">
<meta property="og:type" content="article"><meta property="og:title" content="${title}"><meta property="og:site_name" content="Investopedia">
<link rel="canonical" href="https://www.investopedia.com/terms/c/cashconversioncycle.asp">
<script type="application/ld+json">[{"@context":"http://schema.org","@type":["Article"],"headline":"${title}","datePublished":"2003-11-25T20:14:22.000-05:00",
"dateModified":"2025-03-04T10:06:18.622-05:00","author":[{"@type":"Person","name":"Corinne Waldheim"}],
"reviewedBy":[{"@type":"Person","name":"Lionel Ashcombe"}],
"publisher":{"@type":"Organization","name":"Investopedia"}}]</script>
<script>window.Mntl = window.Mntl || {}; Mntl.CMP = {"type":"onetrust","domainId":"e1c3e52e-1d35-4f38-8d2c-0c06f9d3b1a7"};</script>
<link rel="stylesheet" href="https://www.investopedia.com/static/6.128.0/cache/eNqVkEtuAzEMQ.min.css"></head>
<body id="termDefinitionArticle_2-0" class="comp mntl-body termDefinitionArticle right-rail-position-sticky" data-sc-content-positions="">
<a href="#main" class="mntl-skip-to-content mntl-text-link" data-tracking-container="true"><span class="link__wrapper">${top[0]}</span></a>
<header id="header_1-0" class="comp header mntl-header" data-tracking-container="true"><div class="header__top"><button class="mntl-header__menu-button"
aria-label="Main menu"><span class="mntl-header__menu-button-text">${top[1]}</span></button><a class="mntl-header__logo" href="https://www.investopedia.com/"
aria-label="Visit Investopedia's homepage"><svg class="icon investopedia-logo"><use xlink:href="#investopedia-logo"></use></svg></a>
<form class="mntl-search-form" action="https://www.investopedia.com/search" role="search"><input type="text" name="q" class="mntl-search-form__input"
placeholder="${top[2]}" aria-label="${top[2]}"><button type="submit" class="mntl-search-form__button"><span
class="is-vishidden">${top[2]}</span></button></form>
<a class="header__newsletter-link" href="https://www.investopedia.com/newsletter-signup">${top[3]}</a></div>
<nav id="header-nav_1-0" class="comp header-nav" aria-label="Main"><ul class="header-nav__list">${nav
    .map(
      ([h, items]) =>
        `<li class="header-nav__list-item">${link(h, 'header-nav__link')}<ul class="header-nav__sublist">${items
          .map((t) => `<li class="header-nav__sublist-item">${link(t, 'header-nav__sublink')}</li>`)
          .join('')}</ul></li>`,
    )
    .join(
      '\n',
    )}<li class="header-nav__list-item">${link(top[4], 'header-nav__link')}</li><li class="header-nav__list-item">${link(top[5], 'header-nav__link')}</li>
</ul></nav></header>
<main id="main" class="loc main"><article id="term-article_1-0" class="comp article mntl-article--two-column right-rail article">
<div class="loc article-header"><div id="breadcrumbs_1-0" class="comp mntl-breadcrumbs"><ul class="mntl-breadcrumbs__list">${crumbs
    .map((c) => `<li class="mntl-breadcrumbs__item">${link(c, 'mntl-breadcrumbs__link')}</li>`)
    .join('')}</ul></div>
<h1 id="article-heading_2-0" class="comp article-heading mntl-text-block">${title}</h1>
<div id="mntl-bylines_1-0" class="comp mntl-bylines">${byline('author', 'By', 'Corinne Waldheim', bios[0], tooltip[1])}
<div class="mntl-attribution__item mntl-attribution__item--updated"><span class="mntl-attribution__item-date">Updated March 04, 2025</span></div>
${byline('finance_reviewer', 'Reviewed by', 'Lionel Ashcombe', bios[1], tooltip[2])}
${byline('fact_checker', 'Fact checked by', 'Priya Venkatesan', bios[2], tooltip[1])}</div></div>
<div id="article-body_1-0" class="comp article-body mntl-block"><figure id="figure-article_1-0" class="comp figure-article mntl-universal-primary-image">
<img src="https://www.investopedia.com/thmb/ccc-hero.jpg" alt="Cash Conversion Cycle" width="1500" height="1000" class="primary-image__image">
<figcaption class="comp figure-article-caption"><span class="figure-article-caption-owner">${credit}</span></figcaption></figure>
<div id="toc_1-0" class="comp mntl-toc toc" data-tracking-container="true"><div class="mntl-toc__heading">${toc[0]}</div><button
class="mntl-toc-toggle" aria-expanded="false"><span class="mntl-toc-toggle__text">${toc[1]}</span></button><ul class="mntl-toc__list">${heads
    .map((h, i) => `<li class="mntl-toc__list-item"><a href="#toc-${i}" class="mntl-toc__list-item-link">${h}</a></li>`)
    .join('')}</ul></div>
<div id="mntl-sc-page_1-0" class="comp mntl-sc-page mntl-block" data-sc-sticky-offset="60" data-sc-ad-label-height="0" data-sc-breakpoint="50em">
${body}
</div>
<div id="article-sources_1-0" class="comp article-sources mntl-article-sources mntl-expandable-block"><button class="mntl-article-sources__button"
aria-expanded="false"><span>${sources[0]}</span></button><div class="mntl-article-sources__content"><p class="mntl-article-sources__text">${sources[1]}</p>
<ol class="mntl-article-sources__list"><li>${sources[2]}</li><li>${sources[3]}</li></ol></div></div>
<div id="article-feedback_1-0" class="comp article-feedback mntl-article-feedback"><div class="article-feedback__question">${feedback[0]}</div>
<button class="article-feedback__button" data-vote="1" aria-label="Yes"></button><button class="article-feedback__button" data-vote="0"
aria-label="No"></button>
<div class="article-feedback__success is-hidden">${feedback[1]}</div><div class="article-feedback__why is-hidden"><div>${feedback[2]}</div><label>
<input type="checkbox" name="reason" value="other"> ${feedback[3]}</label><button class="article-feedback__submit">${feedback[4]}</button></div></div>
<div id="related-terms_1-0" class="comp mntl-related-terms"><div class="mntl-related-terms__heading">Related Terms</div><ul>${relTerms
    .map(
      ([
        t,
        d,
      ]) => `<li class="mntl-card-list-items"><a href="https://www.investopedia.com/terms/${slug(t)}.asp" class="mntl-card card"><span class="card__title">
<span class="card__title-text">${t}</span></span><div class="card__content">${d}</div></a></li>`,
    )
    .join('\n')}</ul></div>
<div id="related-articles_1-0" class="comp mntl-related-articles"><div class="mntl-related-articles__heading">Related Articles</div><ul>${relArticles
    .map((t) => `<li><a href="https://www.investopedia.com/${slug(t)}" class="mntl-card card"><span class="card__title-text">${t}</span></a></li>`)
    .join('')}</ul></div>
<div id="partner-links_1-0" class="comp partner-links"><div class="partner-links__heading">${partner[0]}</div><div class="partner-links__title">${partner[1]}
</div><button class="partner-links__disclosure">${partner[2]}</button><div class="partner-links__disclosure-text is-hidden">${partner[3]}</div>
<table class="partner-links__table"><thead><tr><th>${partner[4]}</th><th>${partner[5]}</th><th>${partner[6]}</th></tr></thead><tbody></tbody></table></div>
</div></article>
<aside class="right-rail"><div id="right-rail__item_1" class="comp right-rail__item mntl-gpt-adunit gpt square-fixed"
data-pos="square-fixed"></div></aside></main>
<footer id="footer_1-0" class="comp footer mntl-footer"><a class="footer__logo" href="https://www.investopedia.com/" aria-label="Investopedia"></a>
<ul class="footer__links">${footer.map((t) => `<li>${link(t, 'footer__link')}</li>`).join('')}</ul>
<div class="footer__social"><span class="footer__social-heading">Follow Us</span><a href="https://www.facebook.com/Investopedia"
aria-label="Facebook"></a></div>
<p class="footer__family">${family}</p></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFloatingRoundedCorner" role="region" aria-label="Cookie banner">
<div id="onetrust-policy"><p id="onetrust-policy-text">${cookie[0]}</p></div><div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">${cookie[1]}
</button><button id="onetrust-reject-all-handler">${cookie[2]}</button><button id="onetrust-accept-btn-handler">${cookie[3]}</button></div></div></div>
<script src="https://www.investopedia.com/static/6.128.0/cache/eNqFkM1uwzAIx.min.js" defer></script>
</body></html>`;
}

/** The texts of the page around the article a reader must never take for it. */
export const investopediaFurniture = (): string[] => [
  ...top,
  ...nav.flatMap(([h, items]) => [h, ...items]),
  ...crumbs,
  ...bios,
  ...tooltip,
  credit,
  ...toc,
  ...sources,
  ...feedback,
  'Related Terms',
  ...relTerms.flat(),
  'Related Articles',
  ...relArticles,
  ...partner,
  ...footer,
  'Follow Us',
  family,
  ...cookie,
];
