import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout315-kit.js';

/**
 * Held-out batch 315, file b: an Investopedia-style definition page on the Dotdash "mntl" template (author, reviewer and
 * fact-checker lines, Key Takeaways box, a worked example table, "Related Terms", "Article Sources", the advertiser
 * disclosure and the partner "Compare Accounts" box) and a wikiHow-style how-to (co-author line, two methods of numbered
 * steps, tips, warnings, "Things You'll Need", reader poll, expert Q&A teaser, related wikiHows and "About This Article").
 */
const ivTitle = 'Settlement Drag: What It Is, How It Works, Example';
const ivKey = [
  'Settlement drag is the return a fund gives up while cash from a sale waits to settle and cannot yet be reinvested.',
  'It grows with trading volume, with the length of the settlement cycle and with the gap between cash yields and market returns.',
  'Managers reduce it with overlay futures, shorter settlement cycles, or by timing purchases to match expected inflows.',
];
const ivIntro = [
  j(
    'Settlement drag is the small but measurable loss of return that a portfolio suffers because the cash from a sale is not',
    'available to invest on the day of the trade. Between the trade date and the settlement date, the money sits in a',
    'transit account, earning little or nothing, while the market it was meant to be invested in keeps moving.',
  ),
];
const ivHow = [
  j(
    'When a fund sells a security, the trade is agreed at once, but the exchange of cash and securities happens later. On',
    'the Merrow Exchange, for example, equity trades settle two business days after the trade, while some corporate bonds',
    'settle in three. During that window, the fund owns neither the security it sold nor the one it plans to buy.',
  ),
  j(
    'For a single trade the cost is tiny. For a fund that turns over a large part of its holdings every year, the days add',
    'up. A portfolio with 80% annual turnover and a two-day cycle can have, on average, close to 1% of its assets in transit',
    'at any time, and that slice earns only the overnight cash rate.',
  ),
];
const ivExample = [
  j(
    'Consider the Halvard Broad Market Fund, which manages $2 billion and sells $40 million of shares on a Monday to fund a',
    'new position. The table below shows what the delay costs if the market rises during the wait.',
  ),
  j(
    'The loss of about $31,000 is small against the fund’s size, but a fund that trades this way every week could lose more',
    'than $1.5 million over a year, roughly eight basis points of return.',
  ),
];
const ivRows = [
  ['Cash in transit', '$40,000,000'],
  ['Days until settlement', 'Two business days'],
  ['Market gain over the two days', '0.09%'],
  ['Return missed', '$36,000'],
  ['Interest earned on transit cash', '$5,000'],
  ['Net settlement drag', '$31,000'],
];
const ivReduce = [
  'Equity index futures bought on the trade date, then closed when the cash settles.',
  'Buying and selling on matched cycles, so that the cash leg of one trade funds the other.',
  'Keeping a small standing cash buffer, which trades one kind of drag for another.',
];
const ivCloseP = [
  j(
    'Settlement drag rarely appears as a line item in a fund report, but it is one reason why a fund’s return can trail its',
    'index even before fees. Shorter settlement cycles have made the effect smaller, and most large managers now hedge it.',
  ),
];
const ivNav = ['Investing', 'Economy', 'Personal Finance', 'News', 'Reviews', 'Academy', 'Trade'];
const ivRelated = ['Cash Drag', 'Clearinghouse', 'Overlay Strategy', 'Portfolio Turnover', 'Tracking Error'];
const ivSources = ['Merrow Exchange. "Settlement Cycles for Listed Equities."', 'Halvard Asset Management. "Annual Report 2025," Page 44.'];
const ivFoot = ['About Us', 'Terms of Service', 'Dictionary', 'Editorial Policy', 'Advertise', 'News', 'Privacy Policy', 'Contact Us', 'Careers'];
const h2 = (t: string, id: string): string => `<h2 id="${id}" class="comp mntl-sc-block article-heading mntl-sc-block-heading">
<span class="mntl-sc-block-heading__text">${t}</span></h2>`;
const sc = (items: readonly string[]): string => ps(items, ' class="comp mntl-sc-block mntl-sc-block-html"');
const ivHtml = `<!DOCTYPE html><html lang="en"><head><title>${ivTitle}</title>
<meta name="description" content="Settlement drag is the return a fund gives up while cash from a sale waits to settle.">
<meta property="og:site_name" content="Investopedia"><meta name="sailthru.author" content="Nadia Voss">
<script type="application/ld+json">[{"@context":"http://schema.org","@type":["Article"],"headline":"${ivTitle}",
"author":[{"@type":"Person","name":"Nadia Voss"}],"datePublished":"2026-02-18T09:00:00.000-05:00"}]</script>
<script>window.Mntl = window.Mntl || {}; Mntl.DDMAds = {"template":"mntl-sc-page"};</script></head>
<body class="finance-sc-page mntl-sc-page mntl-block" data-sailthru-type="article">
<div id="onetrust-banner-sdk" class="otCenterRounded"><p id="onetrust-policy-text">This site uses cookies and related technologies to operate
the site, for analytics and to show you relevant ads.</p><button id="onetrust-accept-btn-handler">Accept All</button>
<button id="onetrust-reject-all-handler">Reject All</button></div>
<header id="header_1-0" class="comp header mntl-header"><a class="header__logo" href="/" aria-label="Visit Investopedia's homepage"></a>
<nav class="header__nav"><ul>${links(ivNav, 'mntl-header-nav__list-item')}</ul></nav>
<a class="header__newsletter" href="/newsletters">Newsletters</a></header>
<main id="main" class="loc main"><article id="article_1-0" class="comp article mntl-article">
<div class="loc article-pre-header"><ul id="mntl-breadcrumbs_1-0" class="comp breadcrumbs mntl-breadcrumbs">
<li class="mntl-breadcrumbs__item"><a href="/terms-4769738">Terms</a></li><li class="mntl-breadcrumbs__item"><a href="/terms/s">S</a></li></ul></div>
<header class="loc article-header"><h1 id="article-heading_1-0" class="comp article-heading mntl-text-block">${ivTitle}</h1>
<div id="mntl-bylines_1-0" class="comp mntl-bylines"><div class="mntl-attribution__item"><span class="mntl-attribution__item-descriptor">By</span>
<a class="mntl-attribution__item-name" href="/nadia-voss">Nadia Voss</a></div>
<div class="mntl-attribution__item"><span class="mntl-attribution__item-descriptor">Reviewed by</span>
<a class="mntl-attribution__item-name" href="/theo-lindqvist">Theo Lindqvist</a></div>
<div class="mntl-attribution__item"><span class="mntl-attribution__item-descriptor">Fact checked by</span>
<a class="mntl-attribution__item-name" href="/pia-mendes">Pia Mendes</a></div>
<div class="mntl-attribution__item mntl-attribution__item--date">Updated February 18, 2026</div></div></header>
<div id="article-body_1-0" class="comp article-body mntl-sc-page mntl-block"><div id="mntl-sc-page_1-0" class="comp mntl-sc-page">
<figure class="comp mntl-sc-block mntl-sc-block-image"><img src="https://www.investopedia.example/settlement-drag.jpg" alt="Settlement Drag">
<figcaption class="figure-article-caption"><span class="figure-article-caption-owner">Investopedia / Lara Quist</span></figcaption></figure>
${sc(ivIntro)}
<div class="comp mntl-sc-block mntl-sc-block-callout mntl-block theme-whatyouneedtoknow"><div class="mntl-sc-block-callout-heading">
<h3>Key Takeaways</h3></div><div class="mntl-sc-block-callout-body"><ul>${lis(ivKey)}</ul></div></div>
<div class="comp mntl-sc-block mntl-sc-block-adslot mntl-block"><div class="mntl-gpt-adunit" data-ad-label="Advertisement"></div></div>
${h2('How Settlement Drag Works', 'toc-how-settlement-drag-works')}
${sc(ivHow)}
${h2('Example of Settlement Drag', 'toc-example')}
${sc(ivExample.slice(0, 1))}
<table class="comp mntl-sc-block mntl-sc-block-table"><tbody>${ivRows.map(([a, b]) => `<tr><td>${a}</td><td>${b}</td></tr>`).join('\n')}</tbody></table>
${sc(ivExample.slice(1))}
${h2('How Managers Reduce Settlement Drag', 'toc-reduce')}
<ul class="comp mntl-sc-block mntl-sc-block-html">${lis(ivReduce)}</ul>
<div class="comp mntl-sc-block mntl-sc-block-callout theme-important"><p>Related: <a href="/terms/c/cash-drag.asp">What Is Cash Drag?</a></p></div>
${h2('The Bottom Line', 'toc-the-bottom-line')}
${sc(ivCloseP)}</div></div>
<div class="comp mntl-article-feedback"><p>Was this page helpful?</p><button>Yes</button><button>No</button></div>
<div id="mntl-article-sources_1-0" class="comp mntl-article-sources"><button class="mntl-article-sources__button">Article Sources</button>
<div class="mntl-article-sources__content"><p>Investopedia requires writers to use primary sources to support their work.</p>
<ol>${lis(ivSources)}</ol></div></div>
<div class="comp mntl-related-terms"><h3>Related Terms</h3><ul>${links(ivRelated)}</ul></div>
<div id="partner-links_1-0" class="comp partner-links"><h3>Compare Accounts</h3>
<p class="partner-links__disclosure">Advertiser Disclosure</p><p>Provider Name</p><p>Description</p></div></article></main>
<footer class="comp footer mntl-footer"><p class="footer__newsletter">Get the Newsletter</p><ul>${links(ivFoot)}</ul>
<p class="footer__copyright">Investopedia is part of the Dotdash Meredith publishing family.</p></footer></body></html>`;

const investopedia: TestPage = {
  name: 'heldout315-investopedia-wiki',
  kind: 'wiki',
  html: ivHtml,
  title: ivTitle,
  headings: ['Key Takeaways', 'How Settlement Drag Works', 'Example of Settlement Drag', 'How Managers Reduce Settlement Drag', 'The Bottom Line'],
  body: [...texts(ivIntro), ...ivKey, ...texts(ivHow), ...texts(ivExample), ...ivRows.flat(), ...ivReduce, ...texts(ivCloseP)],
  bylines: ['Nadia Voss', 'Theo Lindqvist', 'Pia Mendes', 'Updated February 18, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This site uses cookies and related technologies to operate the site, for analytics and to show you relevant ads.', 'Accept All', 'Reject All',
    ...ivNav.filter((n) => n !== 'News'), 'Newsletters', 'Terms', 'Reviewed by', 'Fact checked by', 'Investopedia / Lara Quist',
    'Related: What Is Cash Drag?', 'Was this page helpful?', 'Article Sources', 'Investopedia requires writers to use primary sources to support their work.',
    ...ivSources, 'Related Terms', ...ivRelated, 'Compare Accounts', 'Advertiser Disclosure', 'Provider Name', 'Description', 'Get the Newsletter',
    ...ivFoot, 'Investopedia is part of the Dotdash Meredith publishing family.',
  ],
};

const whTitle = 'How to Reseason a Soapstone Griddle';
const whIntro = [
  j(
    'A soapstone griddle heats slowly and evenly, and once it is seasoned it releases pancakes and flatbreads without any fuss.',
    'Over time, though, the seasoning can go patchy, sticky or dull, especially if the griddle has been scrubbed with soap or',
    'left damp. Reseasoning takes an afternoon and a little oil, and it brings the stone back to a smooth, dark finish.',
  ),
];
const whM1Title = 'Cleaning and Drying the Stone';
const whM1 = [
  '<b class="whb">Let the griddle cool completely.</b> Soapstone holds heat for a long time, so give it at least two hours after cooking.',
  j(
    '<b class="whb">Scrub off the old residue with coarse salt.</b> Pour a handful of salt onto the surface and rub it in circles',
    'with a damp cloth. The salt lifts gummy oil without scratching the stone.',
  ),
  j(
    '<b class="whb">Sand any rough spots lightly.</b> Use 220-grit sandpaper on stubborn patches, working with the grain of the',
    'stone. Wipe away the dust with a dry cloth when you finish.',
  ),
  '<b class="whb">Dry the griddle in a low oven.</b> Set the oven to 200 °F (93 °C) and leave the stone inside for 30 minutes to drive out moisture.',
];
const whM2Title = 'Oiling and Curing the Surface';
const whM2 = [
  j(
    '<b class="whb">Choose a neutral oil with a high smoke point.</b> Sunflower, grapeseed or refined rapeseed oil all work.',
    'Avoid olive oil, which can turn sticky on stone.',
  ),
  j(
    '<b class="whb">Rub a very thin layer over the warm stone.</b> Use a folded paper towel and about a teaspoon of oil for a',
    'medium griddle. Wipe off the excess until the surface looks almost dry.',
  ),
  j(
    '<b class="whb">Heat the griddle slowly on the stove.</b> Start on low for ten minutes, then move to medium for another',
    'twenty. Sudden heat can crack soapstone, so never start on high.',
  ),
  '<b class="whb">Repeat the oiling three or four times.</b> Let the stone cool a little between coats. Each layer darkens the surface.',
  '<b class="whb">Let it cool on the burner.</b> Leave the griddle in place until it reaches room temperature before you store it.',
];
const whTips = [
  'Cook something fatty, like bacon or potato cakes, the first time you use the reseasoned griddle to build up the finish.',
  'A little discoloration around the edges is normal and does not affect cooking.',
];
const whWarn = [
  'Never plunge a hot soapstone griddle into cold water. The sudden change can split the stone.',
  'Keep a window open while curing the oil, as the first coat may smoke.',
];
const whNeed = ['Coarse salt', 'Soft cloths', '220-grit sandpaper', 'Neutral cooking oil', 'Paper towels', 'Oven mitts'];
const whRelated = ['How to Clean a Cast Iron Skillet', 'How to Season a Pizza Stone', 'How to Store Stoneware Safely'];
const whNav = ['Explore', 'Courses', 'Random Article', 'Log in / Sign up', 'Community Dashboard'];
const whFoot = ['Home', 'About wikiHow', 'Experts', 'Jobs', 'Contact Us', 'Site Map', 'Terms of Use', 'Privacy Policy', 'Do Not Sell or Share My Info'];
const steps = (items: readonly string[], m: number): string =>
  items
    .map(
      (t, i) => `<li id="step-id-${m}${i}"><div class="step_num" aria-label="Step ${i + 1}">${i + 1}</div>
<div class="step">${t}</div><div class="clearall"></div></li>`,
    )
    .join('\n');
const method = (n: number, title: string, items: readonly string[]): string => `<div class="section steps steps_first" id="method-${n}">
<h3><div class="altblock"><span>Method</span><span>${n}</span></div><span class="mw-headline" id="${title.replace(/ /g, '_')}">${title}</span></h3>
<div class="section_text" id="steps_${n}"><ol class="steps_list_2">${steps(items, n)}</ol></div></div>`;
const whHtml = `<!DOCTYPE html><html lang="en" dir="ltr"><head><title>How to Reseason a Soapstone Griddle: 9 Steps (with Pictures) - wikiHow</title>
<meta name="description" content="A soapstone griddle heats slowly and evenly, and once it is seasoned it releases pancakes without any fuss.">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"HowTo","name":"${whTitle}","totalTime":"PT3H"}</script>
<script>var wgTitle = "Reseason a Soapstone Griddle"; var WH = WH || {}; WH.pageLang = "en";</script></head>
<body class="mediawiki ltr sitedir-ltr ns-0 page-Reseason_a_Soapstone_Griddle skin-owl"><div id="header_container"><div id="header">
<a href="/Main-Page" id="logo_link" class="logo"></a><form id="hs" action="/wikiHowTo"><input id="hs_query" placeholder="Search"></form>
<ul id="actions">${links(whNav, 'nav')}</ul></div></div>
<div id="main_container"><div id="main"><div id="bodycontents"><div id="intro" class="section intro">
<h1 id="section_0" class="title_lg"><a href="/Reseason-a-Soapstone-Griddle">${whTitle}</a></h1>
<div id="coauthor_byline"><div class="coauthor_text"><span>Co-authored by</span> <a href="/wikiHow:Staff">wikiHow Staff</a></div>
<div class="byline_info"><span class="byline_info_text">Last Updated: February 26, 2026</span></div>
<div class="byline_info"><a href="#sourcesandcitations">References</a></div></div>
<div class="mf-section-0">${ps(whIntro)}</div>
<div id="method_toc" class="showsteps"><span class="method_toc_item"><a href="#method-1">${whM1Title}</a></span>
<span class="method_toc_item"><a href="#method-2">${whM2Title}</a></span><a href="#tips" class="method_toc_item">Tips</a>
<a href="#thingsyoullneed" class="method_toc_item">Things You'll Need</a></div></div>
<div id="wh_ad_intro" class="wh_ad_inner"><span class="ad_label">Advertisement</span></div>
${method(1, whM1Title, whM1)}
${method(2, whM2Title, whM2)}
<div class="section qa"><h2><span class="mw-headline" id="Expert_Q&amp;A">Community Q&amp;A</span></h2>
<p class="qa_search_label">Search</p><p class="qa_ask">Ask a Question</p><p class="qa_count">200 characters left</p>
<p class="qa_info">Include your email address to get a message when this question is answered.</p><button class="qa_submit">Submit</button></div>
<div class="section tips" id="tips"><h2><span class="mw-headline" id="Tips">Tips</span></h2><div class="section_text"><ul>${lis(whTips)}</ul>
<div class="tips_add"><a href="#">Submit a Tip</a></div></div></div>
<div class="section warnings"><h2><span class="mw-headline" id="Warnings">Warnings</span></h2><div class="section_text"><ul>${lis(whWarn)}</ul></div></div>
<div class="section thingsyoullneed" id="thingsyoullneed"><h2><span class="mw-headline" id="Things_You.27ll_Need">Things You'll Need</span></h2>
<div class="section_text"><ul>${lis(whNeed)}</ul></div></div>
<div class="section relatedwikihows"><h2><span class="mw-headline">Related wikiHows</span></h2><ul>${links(whRelated, 'related-wh')}</ul></div>
<div class="section sourcesandcitations" id="sourcesandcitations"><h2><span class="mw-headline">References</span></h2>
<ol class="references"><li>Stonecraft Kitchen Guild. "Caring for Soapstone Cookware."</li></ol></div>
<div class="section aboutthisarticle" id="aboutthisarticle"><h2><span class="mw-headline">About This Article</span></h2>
<div class="sp_box"><p>Thanks to all authors for creating a page that has been read 48,210 times.</p></div></div>
<div id="article_rating"><p class="ar_question">Did this article help you?</p><button class="ar_yes">Yes</button><button class="ar_no">No</button></div>
</div></div></div>
<div id="footer_shell"><div id="footer"><ul id="footer_links">${links(whFoot)}</ul>
<p id="footer_tag">wikiHow is where trusted research and expert knowledge come together.</p></div></div></body></html>`;

const wikihow: TestPage = {
  name: 'heldout315-wikihow-blog',
  kind: 'blog',
  html: whHtml,
  title: whTitle,
  headings: [whM1Title, whM2Title, 'Tips', 'Warnings', "Things You'll Need"],
  body: [...texts(whIntro), ...texts(whM1), ...texts(whM2), ...whTips, ...whWarn, ...whNeed],
  bylines: ['wikiHow Staff', 'Last Updated: February 26, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...whNav, 'Co-authored by', 'Advertisement', 'Method', 'Community Q&A', 'Ask a Question', '200 characters left',
    'Include your email address to get a message when this question is answered.', 'Submit', 'Submit a Tip', 'Related wikiHows', ...whRelated,
    'References', 'Stonecraft Kitchen Guild. "Caring for Soapstone Cookware."', 'About This Article',
    'Thanks to all authors for creating a page that has been read 48,210 times.', 'Did this article help you?', ...whFoot,
    'wikiHow is where trusted research and expert knowledge come together.',
  ],
};

export const HELDOUT315_B: readonly TestPage[] = [investopedia, wikihow];
