import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 72, file c2: a Reuters story (the LSEG promo strip, the header nav with "My News", "Sign In" and "Register",
 * the tag breadcrumb, headline, "By ... and ..." byline, the three-part date line, the toolbar, the "Item 1 of 2" gallery with
 * "[1/2]" captions, credits and "Purchase Licensing Rights, opens new tab", paragraphs as <div data-testid="paragraph-N">
 * elements, an inline newsletter promo, the "Reporting by ...; Editing by ..." sign-off as the last paragraph, "Our Standards:
 * The Thomson Reuters Trust Principles.", "Suggested Topics:", the author cards, "Read Next" and the footer).
 */
const rtTitle = 'Danish offshore wind auction draws single bid as costs bite';
const rtBody1 = [
  'COPENHAGEN, Oct 14 (Reuters) - Denmark’s latest offshore wind auction drew just one bid, the country’s energy agency said ' +
    'on Tuesday, as rising equipment and financing costs continue to deter developers from projects that once attracted fierce ' +
    'competition.',
  'The auction for the 1.2-gigawatt Havnby Vest site in the North Sea received a single offer, from a consortium led by ' +
    'Nordvind Kraft and pension fund Fjordkapital, the Danish Energy Agency said in a statement.',
  'The agency said it would assess the bid over the coming weeks and could still decline to award the site if the terms did not ' +
    'meet its requirements. It did not disclose the price offered.',
];
const rtBody2 = [
  'The outcome is a setback for the Nordic country’s plans to quadruple offshore wind capacity by 2030, and follows a failed ' +
    'tender last December that attracted no bids at all after the government declined to offer subsidies.',
  'For this round, the government had agreed to a two-sided contract for difference, guaranteeing developers a minimum price ' +
    'for their power while requiring them to pay back revenue when market prices are high.',
  '"One bid is better than none, but it tells you that the economics are still very tight," said Mette Skov, an analyst at ' +
    'Aurora Nordic Research. "Turbine prices are 40% higher than three years ago and interest rates have not come down enough."',
  'Energy Minister Lars Brandholm said in a statement that the government remained committed to offshore wind and would ' +
    'review the design of future auctions with the industry.',
  'Nordvind Kraft, which operates three wind farms in Danish waters, declined to comment on the bid while the process was ' +
    'under way. Its shares rose 2.1% in Copenhagen trading.',
  'The agency is due to hold two more offshore auctions next year, for sites in the Baltic Sea and off the west coast of ' +
    'Jutland, with a combined capacity of 2.4 gigawatts.',
  'Developers across Europe have cancelled or delayed projects over the past two years, writing down billions of euros, while ' +
    'auctions in Germany and the Netherlands have also struggled to attract bidders without state support.',
];
const rtSign = 'Reporting by Anna Whitcombe and Jakob Lind; Editing by Louise Heavens';
const rtTrust = 'Our Standards: The Thomson Reuters Trust Principles.';
const rtNav = ['World', 'Business', 'Markets', 'Sustainability', 'Legal', 'Commentary', 'Technology', 'Investigations', 'More'];
const rtTop = ['My News', 'Sign In', 'Register'];
const rtPromo = 'Exclusive news, data and analytics for financial market professionals';
const rtTags = ['Sustainability', 'Climate & Energy'];
const rtCaps = [
  'Wind turbines are seen at an offshore wind farm near Havnby, Denmark, June 3, 2024. REUTERS/Tom Nielsen/File Photo',
  'A service vessel passes a turbine off the Jutland coast, Denmark, August 21, 2024. REUTERS/Tom Nielsen/File Photo',
];
const rtNews = 'The Reuters Grid Watch newsletter brings you the week’s biggest stories in power and renewables.';
const rtSugg = ['Climate & Energy', 'Renewable Energy', 'Utilities'];
const rtCards = [
  'Anna Whitcombe covers European power and renewable energy markets from London, focusing on offshore wind and grid policy.',
  'Jakob Lind reports on business and energy in the Nordic countries from Copenhagen.',
];
const rtNext = [
  'EU agrees to speed up permits for grid connections',
  'Oil steadies as traders weigh Middle East supply risks',
  'UK power prices jump as wind output slumps',
];
const rtFoot = [
  'Home',
  'Authors',
  'Topic Sitemap',
  'Archive',
  'Article Sitemap',
  'Videos',
  'Pictures',
  'Graphics',
  'About Reuters',
  'Careers',
  'Reuters News Agency',
  'Brand Attribution Guidelines',
  'Reuters Fact Check',
  'Download the App (iOS)',
  'Download the App (Android)',
  'Newsletters',
  'Cookies',
  'Terms of Use',
  'Privacy',
  'Digital Accessibility',
  'Corrections',
  'Site Feedback',
];
const rtFootHeads = ['Browse', 'Media', 'About Reuters', 'Stay Informed'];
const rtDelay = 'All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.';
const rtCopy = '© 2025 Reuters. All rights reserved';
const rtDiv = (a: readonly string[], from: number): string =>
  a
    .map(
      (p, i) => `<div data-testid="paragraph-${from + i}" class="article-body__paragraph__2-BtD text__text__1FZLe text__dark-grey__3Ml43
text__regular__2N1Xr text__large__nEccO body__full_width__ekUdw body__large_body__FV5_X article-body__element__2p5pI">${p}</div>`,
    )
    .join('\n');
const rtLic =
  '<a href="https://www.reutersagency.com/en/licensereuterscontent/" class="text__text__1FZLe link__link__3Ji6W" target="_blank">Purchase Licensing Rights' +
  '<span class="visually-hidden__hidden__2qXMW">, opens new tab</span></a>';
const rtHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${rtTitle} | Reuters</title>
<meta name="description" content="Denmark's latest offshore wind auction drew just one bid, the energy agency said on Tuesday.">
<meta property="og:title" content="${rtTitle}"><meta name="article:section" content="Sustainability"><meta name="analyticsAttributes.author"
content="Anna Whitcombe, Jakob Lind">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${rtTitle}","dateCreated":"2025-10-14T15:52:11Z",
"dateModified":"2025-10-14T17:20:40Z","author":[{"@type":"Person","name":"Anna Whitcombe"},{"@type":"Person","name":"Jakob Lind"}],
"isAccessibleForFree":"False","publisher":{"@type":"Organization","name":"Reuters"}}</script>
<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{};Fusion.arcSite="reuters";Fusion.contentCache={};</script>
</head>
<body><div id="fusion-app" class="fusion-app"><div class="regular-article-layout__container__3cQjK">
<a href="#main-content" class="skip-link__skip-link__2g1-L">Skip to main content</a>
<div class="lseg-promo__container__3F0cJ"><span class="text__text__1FZLe">${rtPromo}</span>
<a href="https://www.lseg.com/en/data-analytics" class="text__text__1FZLe link__link__3Ji6W">Learn more about LSEG</a></div>
<header class="site-header__container__1CB4E"><a href="/" aria-label="Reuters home" class="site-header__logo__2nJz0"><svg></svg></a>
<nav class="site-header__nav__27vho" aria-label="Main navigation"><ul>${links(rtNav, 'nav-bar__item__2lBhw')}</ul></nav>
<div class="site-header__button-group__1zXKC">${rtTop
  .map((t) => `<a href="/account/${t.toLowerCase().replace(' ', '-')}/" class="button__link__uTGln">${t}</a>`)
  .join('')}</div>
</header>
<main id="main-content" class="regular-article-layout__main__1tr_y"><article class="article__container__2Gtdw" aria-label="${rtTitle}">
<header class="article-header__container__1g7hS"><nav aria-label="Tags" class="article-header__tags__3kv9f"><ul>${links(rtTags, 'tags-with-label__tag__1Gq5Y')}
</ul></nav>
<div class="article-header__heading__15OpQ"><h1 data-testid="Heading" class="text__text__1FZLe text__dark-grey__3Ml43 text__medium__1kbOh
text__heading_2__1K_hh heading__base__2T28j heading__heading_2__3Fcw5">${rtTitle}</h1></div>
<div class="article-header__byline__3GBTj"><div class="info-content__author-date__1Epi_"><div class="article-byline__container__2s8-h"><span>By </span>
<a rel="author" class="text__text__1FZLe link__underline_on_hover__2zGL4" href="/authors/anna-whitcombe/">Anna Whitcombe</a> and <a rel="author"
class="text__text__1FZLe link__underline_on_hover__2zGL4" href="/authors/jakob-lind/">Jakob Lind</a></div>
<time datetime="2025-10-14T15:52:11Z" data-testid="DateLineText" class="info-content__date__3bw2Q"><span class="date-line__date__23Ge-">October 14, 2025</span>
<span class="date-line__date__23Ge-">4:52 PM GMT+1</span> <span class="date-line__date__23Ge-">Updated 2 hours ago</span></time></div>
<div class="article-header__toolbar__2cVLP"><button type="button" class="toolbar__button__2vQRk" aria-label="Save">Save</button>
<button type="button" class="toolbar__button__2vQRk" aria-label="Share">Share</button></div></div></header>
<div class="article-body__container__3ypuX"><div class="article-body__top__2gqpz"><div data-testid="carousel" class="carousel__container__1P-8V">
${rtCaps
  .map(
    (c, i) => `<figure class="carousel__item__2pK1b"><div class="carousel__counter__1RcGx" aria-live="polite">Item ${i + 1} of 2</div>
<img src="https://www.reuters.com/resizer/v2/turbine${i}.jpg?width=960" alt="${c.split('.')[0]}" width="960" height="640">
<figcaption class="carousel__caption__2fw3N"><span class="text__text__1FZLe">[${i + 1}/2]</span>${c} ${rtLic}</figcaption></figure>`,
  )
  .join('\n')}</div></div>
<div class="article-body__content__17Yit">
${rtDiv(rtBody1, 0)}
<div data-testid="promo-box" class="article-body__element__2p5pI newsletter-promo__container__1yP9u"><p class="text__text__1FZLe">${rtNews}
<a href="/newsletters/reuters-grid-watch/" class="text__text__1FZLe link__link__3Ji6W">Sign up here.</a></p></div>
${rtDiv(rtBody2, 3)}
<div data-testid="paragraph-9" class="article-body__paragraph__2-BtD text__text__1FZLe text__dark-grey__3Ml43 article-body__element__2p5pI">${rtSign}</div>
</div>
<p class="sign-off__text__1c9c1 text__text__1FZLe text__inherit-color__3208F">Our Standards: <a
href="https://www.thomsonreuters.com/en/about-us/trust-principles.html"
class="text__text__1FZLe link__link__3Ji6W" target="_blank">The Thomson Reuters Trust Principles.<span class="visually-hidden__hidden__2qXMW">, opens new
tab</span></a>
</p>
<div class="article-body__tags__4wT1w"><span class="text__text__1FZLe">Suggested Topics:</span><ul>${links(rtSugg, 'tags__tag__36wO7')}</ul></div>
<div class="article-body__licensing__3fC6j">${rtLic}</div>
<div class="article-body__author-cards__2QRkd">${rtCards
  .map(
    (c) => `<div class="author-bio__container__2vQbm"><img src="/authors/${c.split(' ')[0]}.jpg" alt="" width="64" height="64"><div>
<span class="text__text__1FZLe author-bio__name__3eGxq">${c.split(' ').slice(0, 2).join(' ')}</span><span class="author-bio__org__1K9yA">Thomson Reuters</span>
<p class="text__text__1FZLe author-bio__bio__3ZoaJ">${c}</p></div></div>`,
  )
  .join('\n')}</div></div></article>
<aside class="regular-article-layout__read-next__2ITgN"><h2 class="text__text__1FZLe">Read Next</h2><ul>${links(rtNext, 'read-next__item__3tF7q')}</ul></aside>
</main>
<footer class="site-footer__container__3mA5B"><div class="site-footer__columns__1bWcO">${rtFootHeads
  .map((h, i) => `<div><h3 class="text__text__1FZLe">${h}</h3><ul>${links(rtFoot.slice(i * 5, i * 5 + 5))}</ul></div>`)
  .join('\n')}<ul class="site-footer__legal__2Sl0E">${links(rtFoot.slice(20))}</ul></div>
<p class="text__text__1FZLe site-footer__delay__1cYqV">${rtDelay}</p><p class="text__text__1FZLe">${rtCopy}</p></footer></div></div>
<script src="/pf/dist/engine/react.js?d=1042&amp;mxId=00000000" defer></script></body></html>`;
export const reutersStory: TestPage = {
  html: rtHtml,
  name: 'heldout72-reuters-news',
  kind: 'news',
  // the "COPENHAGEN, Oct 14 (Reuters) -" dateline opens the first paragraph and stays body; the "Reporting by ...; Editing by
  // ..." sign-off is a byline though it sits in a paragraph <div>; "Our Standards:" with the trust principles link, the gallery
  // counters, captions and licensing links, the newsletter promo, topics, author cards (names as bylines), "Read Next" and the
  // footer are furniture
  title: rtTitle,
  headings: [],
  body: [...texts(rtBody1), ...texts(rtBody2)],
  // biome-ignore format: the byline texts are packed several to a line to keep the file short
  bylines: ['By Anna Whitcombe and Jakob Lind', 'October 14, 2025', '4:52 PM GMT+1', 'Updated 2 hours ago', rtSign, 'Anna Whitcombe', 'Jakob Lind'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', rtPromo, 'Learn more about LSEG', ...rtNav, ...rtTop, 'Save', 'Share', 'Item 1 of 2', 'Item 2 of 2', '[1/2]', '[2/2]',
    ...rtCaps, 'Purchase Licensing Rights, opens new tab', rtNews, 'Sign up here.', rtTrust, 'Suggested Topics:', ...rtSugg,
    'Thomson Reuters', ...rtCards, 'Read Next', ...rtNext, ...rtFootHeads.filter((h) => h !== 'About Reuters'), ...rtFoot, rtDelay, rtCopy,
  ],
};
