import { links, ps, type TestPage, texts } from './page-kit.js';
import { scholar } from './pages-heldout267-d2.js';
import { j, lis } from './pages-heldout267-kit.js';

/**
 * Held-out batch 267, file d: an Investopedia-style term page (Dotdash "mntl" markup: header with the topic menu, the
 * breadcrumb-like tax label, By / Updated / Reviewed by / Fact checked by attribution, the hero image credit, Key Takeaways,
 * "Part of the Series" rail, a comparison table, the article sources drawer, Related Terms, the newsletter sign-up, the
 * advertiser disclosure and the footer); and, from file d2, a Scholarpedia-style article.
 */
const iTitle = 'Harbour Dues Bond: What It Is, How It Works, Example';
const iIntro = [
  j(
    'A harbour dues bond is a municipal bond issued by a port authority and repaid from the dues that ships pay to use the',
    'harbour, rather than from general taxes. Investors lend money for quays, dredging or cranes and are paid back as the',
    'traffic those works attract pays its dues.',
  ),
];
const iTake = [
  'A harbour dues bond is repaid only from the dues a port collects from shipping.',
  'Because its income depends on traffic, it usually pays a higher yield than a general obligation bond of the same issuer.',
  'Most issues set aside a reserve fund equal to one year of interest.',
  "Investors should study the port's traffic history and its competition before buying.",
];
const iHow = [
  j(
    'A port authority that wants to build a new container quay may not have the taxing power to borrow against. Instead it pledges',
    "the dues it will charge ships that berth at the quay. The bond's indenture usually requires the authority to set its dues",
    'high enough to cover interest and principal by a fixed margin, often 1.25 times.',
  ),
  j(
    'If traffic falls short, the trustee draws on the reserve fund. If the fund runs out, bondholders have no claim on the city',
    'or province behind the port, which is the main risk of the instrument.',
  ),
];
const iVs = ['Harbour dues bonds are a kind of revenue bond. The table below compares them with general obligation bonds.'];
const iCells = [
  'Repaid from',
  'Dues paid by shipping',
  'General tax revenue',
  'Typical yield',
  'Higher',
  'Lower',
  'Main risk',
  'Falling traffic',
  "Issuer's overall finances",
];
const iExample = [
  j(
    'In 2019 the Kessary Port Authority issued 40 million of harbour dues bonds to deepen its outer channel. The 20-year bonds paid',
    "4.1%, about one point more than the province's own bonds of the same length at the time.",
  ),
  j('Traffic grew after the channel opened, and by 2024 the dues covered the bond payments 1.6 times, so the reserve fund was never', 'touched.'),
];
const iBottom = [
  j(
    'Harbour dues bonds let ports build without raising taxes, and they can reward investors with extra yield. That yield is',
    'payment for a real risk: the bonds are only as good as the ships that keep coming.',
  ),
];
const iMenu = ['Investing', 'Markets', 'Economy', 'Personal Finance', 'Retirement', 'Trading', 'News'];
const iSeries = ['Municipal Bond Basics', 'Revenue Bonds Defined', 'GO Bonds Explained', 'Bond Indenture', 'Debt Service Coverage Ratio'];
const iSourcesList = ['Kessary Port Authority. "Official Statement, Series 2019A Harbour Dues Bonds."', 'Lessmark Treasury. "Provincial Bond Yields, 2019."'];
const iRelated = ['Revenue Bond: Definition, Types, and Risks', 'Reserve Fund: What It Is and How It Works', 'Coverage Ratio Explained'];
const iFoot = ['About Us', 'Terms of Service', 'Dictionary', 'Editorial Policy', 'Advertise', 'News', 'Privacy Policy', 'Contact Us', 'Careers'];
const iHtml = `<!DOCTYPE html>
<html lang="en" class="comp"><head><meta charset="utf-8"><title>Harbour Dues Bond: What It Is, How It Works, Example</title>
<meta name="description" content="A harbour dues bond is a municipal bond repaid from the dues ships pay to use a harbour.">
<meta property="article:section" content="Bonds"><meta name="parsely-author" content="Corin Bayle">
<script type="application/ld+json">[{"@context":"http://schema.org","@type":["Article"],"headline":"Harbour Dues Bond: What It Is, How It Works, Example",
"datePublished":"2021-06-11T14:02:00.000-04:00","dateModified":"2026-03-03T10:12:00.000-05:00","author":[{"@type":"Person","name":"Corin Bayle"}]}]</script>
<script>var Mntl=window.Mntl||{};Mntl.DTM={docId:5221904,templateType:"TERM",revenueGroup:"commerce-none"};</script>
</head>
<body id="termpage_1-0" class="termpage mntl-body"><a href="#main" class="mntl-skip-to-content">Skip to content</a>
<header id="header_1-0" class="mntl-header header"><a href="/" class="header__logo" aria-label="Visit Investopedia's homepage"></a>
<nav class="mntl-fullscreen-nav"><ul class="fullscreen-nav__list">${links(iMenu, 'fullscreen-nav__list-item')}</ul></nav>
<form class="header-search mntl-search-form"><input type="text" placeholder="Search" aria-label="Search"></form>
<a class="header__subscribe" href="/newsletters">Newsletters</a></header>
<main id="main" class="loc main"><article id="termpage-article_1-0" class="comp article">
<div class="mntl-breadcrumbs"><ul>${links(['Investing', 'Fixed Income', 'Bonds'], 'mntl-breadcrumbs__item')}</ul></div>
<header class="article-header"><h1 id="article-heading_1-0" class="comp article-heading mntl-text-block">${iTitle}</h1>
<div class="mntl-attribution__content"><div class="mntl-attribution__item">By <a class="mntl-attribution__item-name" href="/corin-bayle">Corin Bayle</a></div>
<div class="mntl-attribution__item-date">Updated March 03, 2026</div>
<div class="mntl-attribution__item">Reviewed by <a class="mntl-attribution__item-name" href="/oda-fennick">Oda Fennick</a></div>
<div class="mntl-attribution__item">Fact checked by <a class="mntl-attribution__item-name" href="/pia-strand">Pia Strand</a></div></div></header>
<figure class="figure-article"><img src="https://www.investopedia.example/thmb/harbour-dues-bond.jpg" width="1500" height="1000" alt="Harbour Dues Bond">
<figcaption class="figure-article-caption"><span class="mntl-figure-credit">Investopedia / Ellen Marsh</span></figcaption></figure>
<div id="article-body_1-0" class="comp article-body mntl-sc-page">
<h2 class="mntl-sc-block-heading"><span class="mntl-sc-block-heading__text">What Is a Harbour Dues Bond?</span></h2>
${ps(iIntro, ' class="comp mntl-sc-block mntl-sc-block-html"')}
<div class="comp theme-whatyouneedtoknow mntl-sc-block mntl-sc-block-callout"><div class="mntl-sc-block-callout-heading"><h3>Key Takeaways</h3></div>
<div class="mntl-sc-block-callout-body"><ul>${lis(iTake)}</ul></div></div>
<h2 class="mntl-sc-block-heading"><span class="mntl-sc-block-heading__text">How a Harbour Dues Bond Works</span></h2>
${ps(iHow, ' class="comp mntl-sc-block mntl-sc-block-html"')}
<div class="mntl-sc-block-adslot"><div class="mntl-gpt-adunit"><span class="ad-label">Advertisement</span></div></div>
<h2 class="mntl-sc-block-heading"><span class="mntl-sc-block-heading__text">Harbour Dues Bonds vs. General Obligation Bonds</span></h2>
${ps(iVs, ' class="comp mntl-sc-block mntl-sc-block-html"')}
<table class="mntl-sc-block-table"><thead><tr><th></th><th>Harbour Dues Bond</th><th>General Obligation Bond</th></tr></thead><tbody>
<tr><td>${iCells[0]}</td><td>${iCells[1]}</td><td>${iCells[2]}</td></tr>
<tr><td>${iCells[3]}</td><td>${iCells[4]}</td><td>${iCells[5]}</td></tr>
<tr><td>${iCells[6]}</td><td>${iCells[7]}</td><td>${iCells[8]}</td></tr></tbody></table>
<div class="mntl-sc-block-featuredlink"><p>Read more: <a href="/terms/r/revenuebond.asp">What Is a Revenue Bond?</a></p></div>
<h2 class="mntl-sc-block-heading"><span class="mntl-sc-block-heading__text">Example of a Harbour Dues Bond</span></h2>
${ps(iExample, ' class="comp mntl-sc-block mntl-sc-block-html"')}
<h2 class="mntl-sc-block-heading"><span class="mntl-sc-block-heading__text">The Bottom Line</span></h2>
${ps(iBottom, ' class="comp mntl-sc-block mntl-sc-block-html"')}
</div>
<div class="mntl-article-sources"><button class="mntl-article-sources__button">Article Sources</button><div class="mntl-article-sources__content">
<p>Investopedia requires writers to use primary sources to support their work.</p><ol>${lis(iSourcesList)}</ol></div></div>
<div class="mntl-sc-page-tags"><span>Open a New Bank Account</span><p>Advertiser Disclosure</p></div>
<div class="related-terms"><h3>Related Terms</h3><ul>${links(iRelated)}</ul></div>
</article>
<aside class="mntl-article-series"><div class="series-heading">Part of the Series</div><div class="series-title">Guide to Municipal Bonds</div>
<ol>${links(iSeries)}</ol></aside>
<div class="newsletter-signup"><p class="newsletter-signup__title">Get the Term of the Day in your inbox</p>
<input type="email" placeholder="Enter your email"><button>Sign Up</button></div></main>
<footer class="mntl-footer footer"><ul class="footer__links">${links(iFoot)}</ul>
<p class="footer__copyright">Investopedia is part of the Dotdash Meredith publishing family.</p></footer>
<div id="onetrust-banner-sdk"><p id="onetrust-policy-text">We and our partners use cookies to improve your experience.</p>
<button id="onetrust-accept-btn-handler">Accept All</button><button id="onetrust-pc-btn-handler">Your Privacy Choices</button></div>
</body></html>`;
const investopedia: TestPage = {
  name: 'heldout267-investopedia-wiki',
  kind: 'wiki',
  html: iHtml,
  title: iTitle,
  headings: [
    'What Is a Harbour Dues Bond?',
    'Key Takeaways',
    'How a Harbour Dues Bond Works',
    'Harbour Dues Bonds vs. General Obligation Bonds',
    'Example of a Harbour Dues Bond',
    'The Bottom Line',
  ],
  body: texts([...iIntro, ...iTake, ...iHow, ...iVs, ...iCells, ...iExample, ...iBottom]),
  bylines: ['By Corin Bayle', 'Updated March 03, 2026', 'Reviewed by Oda Fennick', 'Fact checked by Pia Strand'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...iMenu, 'Newsletters', 'Fixed Income', 'Investopedia / Ellen Marsh', 'Advertisement', 'Read more: What Is a Revenue Bond?',
    'Article Sources', 'Investopedia requires writers to use primary sources to support their work.', ...iSourcesList, 'Open a New Bank Account',
    'Advertiser Disclosure', 'Related Terms', ...iRelated, 'Part of the Series', 'Guide to Municipal Bonds', ...iSeries,
    'Get the Term of the Day in your inbox', 'Sign Up', ...iFoot, 'Investopedia is part of the Dotdash Meredith publishing family.',
    'We and our partners use cookies to improve your experience.', 'Accept All', 'Your Privacy Choices',
  ],
};

export const HELDOUT267_D: readonly TestPage[] = [investopedia, scholar];
