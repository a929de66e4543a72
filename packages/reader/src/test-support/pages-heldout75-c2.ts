import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 75, file c2: a finance term definition on the Investopedia (Dotdash "mntl-") template (header with menu,
 * "Newsletters" and search, the attribution block with "By", "Full Bio", "Updated", "Reviewed by" and "Fact checked by", the
 * collapsible "Table of Contents", the hero image credit, the "Key Takeaways" callout, a pros and cons box, the "Compare
 * Accounts" table with "Advertiser Disclosure", "Article Sources" with its standards note, "Related Terms", "Related
 * Articles", "Partner Links", the footer and the consent banner).
 */
const ivTitle = 'Sinking Fund: Definition, How It Works, and Example';
const ivKey = [
  'A sinking fund is money set aside over time to repay a debt or to pay for a large expense that is known in advance.',
  'Companies that issue bonds may be required to make regular payments into a sinking fund so that bonds can be retired before or at maturity.',
  'A sinking fund lowers the risk of default, which can let the issuer borrow at a lower interest rate.',
  'Households use the same idea to save for planned costs such as car repairs, insurance premiums, or holidays.',
];
const ivWhat = [
  'A sinking fund is a pool of money that a borrower builds up gradually in order to pay off a debt or meet a future expense. Rather ' +
    'than facing one large payment at the end, the borrower puts aside smaller amounts on a fixed schedule. The term is most often used ' +
    'for corporate and municipal bonds, but the same approach applies to personal budgeting.',
];
const ivHow = [
  'When a company issues bonds with a sinking fund provision, the bond indenture sets out how much the company must deposit and when. ' +
    'The money is usually held by a trustee. The issuer can then use it in one of two ways: it can buy back bonds on the open market, or ' +
    'it can call a set number of bonds each year at a stated price, often the bonds’ face value.',
  'Which method the issuer chooses usually depends on interest rates. If rates have risen and the bonds trade below face value, buying ' +
    'them in the market is cheaper. If rates have fallen and the bonds trade above face value, calling them at the stated price saves money.',
];
const ivPros = ['Lower risk of default for bondholders', 'The issuer may pay a lower interest rate', 'Debt is reduced steadily rather than all at once'];
const ivCons = [
  'Bonds may be called when rates fall, forcing investors to reinvest at lower yields',
  'Regular deposits tie up cash the company might use elsewhere',
];
const ivExample = [
  'Suppose Corvane Rail issues $50 million of 20-year bonds with a sinking fund provision. The indenture requires the company to retire ' +
    '$2.5 million of bonds each year, starting in year five. In a year when the bonds trade at 96 cents on the dollar, Corvane buys them ' +
    'in the market for about $2.4 million. In a year when they trade at 104, it calls $2.5 million of bonds at face value instead.',
  'By the time the bonds mature, most of the issue has already been retired, so Corvane does not need to find the full $50 million at once.',
];
const ivPersonal = [
  'Individuals can borrow the idea. If you know you will need $1,200 for a car insurance premium in 12 months, setting aside $100 a ' +
    'month in a separate savings account means the bill will not come as a shock. Many people keep several small sinking funds for ' +
    'different goals.',
];
const ivBottom = [
  'A sinking fund spreads the cost of a large, predictable payment over time. For bond issuers, it reassures lenders and can lower ' +
    'borrowing costs; for households, it turns big bills into manageable monthly amounts.',
];
const ivHeads = [
  'Key Takeaways',
  'What Is a Sinking Fund?',
  'How a Sinking Fund Works',
  'Pros',
  'Cons',
  'Example of a Sinking Fund',
  'Sinking Funds in Personal Finance',
  'The Bottom Line',
];
const ivNav = ['Investing', 'Economy', 'Personal Finance', 'News', 'Reviews', 'Academy', 'Trade'];
const ivToc = ['Table of Contents', 'Expand', 'Pros and Cons', 'Close'];
const ivCredit = 'Finpedia / Ravi Shah';
const ivCompare = [
  'Compare Accounts',
  'Advertiser Disclosure',
  'Provider',
  'Name',
  'Description',
  'The offers that appear in this table are from partnerships from which Finpedia receives compensation. This compensation may ' +
    'impact how and where listings appear. Finpedia does not include all offers available in the marketplace.',
];
const ivSourcesNote =
  'Finpedia requires writers to use primary sources to support their work. These include white papers, government data, original ' +
  'reporting, and interviews with industry experts. We also reference original research from other reputable publishers where appropriate.';
const ivSources = [
  'Municipal Securities Board of Westmark. “Glossary: Sinking Fund.”',
  'Halden Business School. “Debt Covenants and the Cost of Borrowing,” Pages 14–19.',
];
const ivRelated = ['Bond Indenture', 'Callable Bond', 'Debenture', 'Face Value'];
const ivArticles = ['How Bond Calls Work and What They Mean for Investors', 'Emergency Fund vs. Savings Account: What’s the Difference?'];
const ivPartner = ['Partner Links', 'Open a High-Yield Savings Account', 'Compare Brokerage Accounts'];
const ivFoot = [
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
const ivFootNote = 'Finpedia is part of the Harbourline Media publishing family.';
const ivConsent = [
  'We Care About Your Privacy',
  'We and our partners store and/or access information on a device, such as unique IDs in cookies to process personal data.',
  'Accept All',
  'Reject All',
  'Show Purposes',
];
const ivLi = (items: readonly string[]): string => items.map((t) => `<li>${t}</li>`).join('\n');
const ivH2 = (
  t: string,
  n: number,
): string => `<h2 id="mntl-sc-block_${n}-0" class="comp mntl-sc-block mntl-sc-block-heading"><span class="mntl-sc-block-heading__text">
${t}</span></h2>`;
const ivP = (paras: readonly string[], n: number): string => ps(paras, ` id="mntl-sc-block_${n}-0" class="comp mntl-sc-block mntl-sc-block-html"`);
const ivHtml = `<!DOCTYPE html>
<html lang="en" class="comp html mntl-html"><head><meta charset="utf-8"><title>Sinking Fund: Definition, How It Works, and Example</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0"><meta name="description" content="A sinking fund holds money set aside to repay a
debt or pay a known future expense.">
<meta property="og:site_name" content="Finpedia"><link rel="canonical" href="https://www.finpedia.com/terms/s/sinkingfund.asp">
<script type="application/ld+json">[{"@context":"http://schema.org","@type":["Article"],"headline":"${ivTitle}","datePublished":"2003-11-19T02:30:00.000-05:00",
"dateModified":"2025-03-03T10:12:00.000-05:00","author":[{"@type":"Person","name":"Dana
Whitlock"}],"publisher":{"@type":"Organization","name":"Finpedia"}}]</script>
<script>window.Mntl=window.Mntl||{};Mntl.fnutils={};var dataLayer=[{"templateName":"termDefinition","docId":5214783}];</script></head>
<body id="termDefinition_1-0" class="comp termDefinition mntl-body body-theme-finpedia" data-sc-sticky-offset="0">
<a class="mntl-skip-link" href="#main">Skip to content</a>
<header id="header_1-0" class="comp header mntl-header"><a class="header__logo" href="/" aria-label="Visit Finpedia's homepage"><svg><title>Finpedia</title>
</svg></a><nav class="mntl-header-nav" aria-label="Main"><ul class="header-nav__list">${links(ivNav, 'header-nav__list-item')}</ul></nav>
<div class="header__utilities"><a href="/newsletters" class="header__newsletter">Newsletters</a><button class="header__search"
aria-label="Search">Search</button></div></header>
<main id="main" class="loc main"><article class="comp article--structured-content article mntl-article" data-tax-levels="">
<header class="loc article-header"><h1 id="article-heading_1-0" class="comp article-heading mntl-text-block">${ivTitle}</h1>
<div class="comp mntl-attribution mntl-attribution__multi"><div class="mntl-attribution__item"><span class="mntl-attribution__item-descriptor">By</span>
<a class="mntl-attribution__item-name" href="/dana-whitlock-5191023">Dana Whitlock</a><button class="mntl-attribution__bio-toggle">Full Bio</button></div>
<div class="mntl-attribution__item-date">Updated March 03, 2025</div>
<div class="mntl-attribution__item"><span class="mntl-attribution__item-descriptor">Reviewed by</span>
<a class="mntl-attribution__item-name" href="/gregor-anand-5204472">Gregor Anand</a></div>
<div class="mntl-attribution__item"><span class="mntl-attribution__item-descriptor">Fact checked by</span>
<a class="mntl-attribution__item-name" href="/yuki-brennan-5201180">Yuki Brennan</a></div></div></header>
<div class="comp mntl-toc toc" data-toc-collapsed="true"><div class="mntl-toc__heading">${ivToc[0]}</div><button class="mntl-toc-toggle">${ivToc[1]}</button>
<ul class="mntl-toc__list">${links([ivHeads[1]!, ivHeads[2]!, ivToc[2]!, ivHeads[5]!, ivHeads[6]!, ivHeads[7]!], 'mntl-toc__list-item')}</ul>
<button class="mntl-toc-toggle mntl-toc-toggle--close">${ivToc[3]}</button></div>
<figure class="comp figure-article mntl-universal-primary-image"><img src="https://www.finpedia.com/thmb/sinkingfund-final.png" alt="Sinking Fund">
<figcaption class="figure-article-caption-owner">${ivCredit}</figcaption></figure>
<div id="article-body_1-0" class="comp article-body mntl-sc-page mntl-block">
<div class="comp mntl-sc-block finpedia-sc-block-callout mntl-sc-block-callout theme-whatyouneedtoknow"><div class="mntl-sc-block-callout-heading">
<h3>${ivHeads[0]}</h3></div><div class="mntl-sc-block-callout-body"><ul>${ivLi(ivKey)}</ul></div></div>
${ivH2(ivHeads[1]!, 2)}
${ivP(ivWhat, 3)}
${ivH2(ivHeads[2]!, 4)}
${ivP(ivHow, 5)}
<div class="comp mntl-sc-block mntl-sc-block-adslot"><div class="mntl-gpt-adunit gpt billboard"
data-ad-label="Advertisement"><span>Advertisement</span></div></div>
<div class="comp mntl-sc-block finpedia-sc-block-procon"><div class="procon__pros"><h3 class="procon__title">${ivHeads[3]}</h3><ul>${ivLi(ivPros)}</ul></div>
<div class="procon__cons"><h3 class="procon__title">${ivHeads[4]}</h3><ul>${ivLi(ivCons)}</ul></div></div>
${ivH2(ivHeads[5]!, 8)}
${ivP(ivExample, 9)}
${ivH2(ivHeads[6]!, 10)}
${ivP(ivPersonal, 11)}
${ivH2(ivHeads[7]!, 12)}
${ivP(ivBottom, 13)}
<div class="comp mntl-sc-block finpedia-sc-block-compare"><h3 class="compare__title">${ivCompare[0]}</h3><button
class="compare__disclosure">${ivCompare[1]}</button>
<table class="compare__table"><thead><tr><th>${ivCompare[2]}</th><th>${ivCompare[3]}</th><th>${ivCompare[4]}</th></tr></thead><tbody></tbody></table>
<div class="compare__disclosure-text" hidden><p>${ivCompare[5]}</p></div></div></div>
<div class="comp article-sources mntl-article-sources expandable"><button class="mntl-article-sources__heading">Article Sources</button>
<div class="mntl-article-sources__content"><p>${ivSourcesNote} You can learn more about the standards we follow in producing accurate, unbiased content in our
<a href="/legal-4768893#EditorialPolicy">editorial policy</a>.</p><ol>${ivLi(ivSources)}</ol></div></div>
<div class="comp mntl-sc-sticky-billboard"><span>Advertisement</span></div>
<div class="comp related-terms"><h2 class="related-terms__title">Related Terms</h2><ul>${links(ivRelated, 'related-terms__item')}</ul></div>
<div class="comp related-articles"><h2 class="related-articles__title">Related Articles</h2><ul>${links(ivArticles)}</ul></div>
<div class="comp partner-links"><h2>${ivPartner[0]}</h2><ul>${links(ivPartner.slice(1))}</ul></div>
</article></main>
<footer id="footer_1-0" class="comp footer mntl-footer"><ul class="mntl-footer__links">${links(ivFoot)}</ul><p class="mntl-footer__note">${ivFootNote}</p>
</footer>
<div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><h2 id="onetrust-policy-title">${ivConsent[0]}</h2>
<p id="onetrust-policy-text">${ivConsent[1]}</p><button id="onetrust-accept-btn-handler">${ivConsent[2]}</button>
<button id="onetrust-reject-all-handler">${ivConsent[3]}</button><button id="onetrust-pc-btn-handler">${ivConsent[4]}</button></div>
<script src="/static/5.112.0/js/deferred.min.js" defer></script></body></html>`;
export const investopediaTerm: TestPage = {
  html: ivHtml,
  name: 'heldout75-investopedia-definition',
  kind: 'wiki',
  // the "Key Takeaways" callout (its heading and list) is the article's own summary: heading and body; so are the pros and cons
  // box ("Pros" and "Cons" are h3 headings); the attribution labels and names, the update date are bylines ("Full Bio" is
  // furniture); the contents box (whose entries repeat the headings and are left out, except "Pros and Cons"), image credit,
  // ads, the compare widget (its table header cells in neither list), "Article Sources", related rails, partner links, footer
  // and consent banner are furniture
  title: ivTitle,
  headings: ivHeads,
  body: [...ivKey, ...ivWhat, ...ivHow, ...ivPros, ...ivCons, ...ivExample, ...ivPersonal, ...ivBottom],
  bylines: ['By', 'Dana Whitlock', 'Updated March 03, 2025', 'Reviewed by', 'Gregor Anand', 'Fact checked by', 'Yuki Brennan'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...ivNav, 'Newsletters', 'Search', 'Full Bio', ...ivToc, ivCredit, 'Advertisement', ivCompare[0]!, ivCompare[1]!, ivCompare[5]!,
    'Article Sources', ivSourcesNote,
    ...texts(ivSources), 'editorial policy', 'Related Terms', ...ivRelated, 'Related Articles', ...ivArticles, ...ivPartner, ...ivFoot, ivFootNote,
...ivConsent,
  ],
};
