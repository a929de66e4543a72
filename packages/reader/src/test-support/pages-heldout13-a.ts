import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 13, file a: a US federal agency press release on a USWDS site (official-site banner with its "Here’s
 * how you know" accordion, extended header, breadcrumb, side nav, contact box, "###" end mark, identifier footer) and a
 * local newspaper story on a TownNews BLOX site (asset header, inline subscribe promos, photo, tags, "Load comments",
 * trending rail, e-edition promo, weather widget).
 */
const prTitle = 'Inland Waterways Administration Awards $214 Million to Repair Aging Locks on Four Rivers';
const prLead = [
  '<strong>WASHINGTON</strong> — The Federal Inland Waterways Administration (FIWA) today announced $214 million in grants to repair and ' +
    'modernize 19 navigation locks on the Ohio, Cumberland, Green and Kanawha rivers. The awards are the first round of the Lock Reliability ' +
    'Program, which Congress funded last year to reduce unscheduled closures that halt barge traffic for days at a time.',
  'Many of the locks receiving funds were built before 1960 and are operating well past their design life. Last year, unplanned closures at ' +
    'these 19 sites added up to more than 1,100 hours, forcing towboats to wait in queues that at times stretched for miles and delaying ' +
    'shipments of grain, coal, road salt and fertilizer.',
  '“Every hour a lock sits closed, farmers, manufacturers and utilities pay for it,” said FIWA Administrator Renée Castellanos. “These ' +
    'grants go to the gates, valves and machinery that fail most often, so the crews who keep these rivers open can stop patching the same ' +
    'parts every spring.”',
  'The largest awards in this round include:',
];
const prAwards = [
  '<strong>Dunmore Lock and Dam, Green River, Kentucky:</strong> $38.6 million to replace the miter gates, where a gate failure in August ' +
    '2024 closed the river to commercial traffic for nine days.',
  '<strong>Elkview, Haddon and Pratt locks, Kanawha River, West Virginia:</strong> $44.2 million to replace hydraulic systems installed in ' + 'the 1970s.',
  '<strong>Six locks on the Cumberland River, Tennessee and Kentucky:</strong> $12.9 million for remote monitoring equipment and gate sensors.',
];
const prAbout = [
  'The program was created under the Inland Navigation Resilience Act of 2024 and is funded at $1.1 billion over five years. Lock operators, ' +
    'port authorities and state transportation agencies are eligible to apply. Projects are scored on the number of closure hours they are ' +
    'expected to prevent, the tonnage that passes through the lock and the readiness of the design.',
  'FIWA received 61 applications requesting a total of $780 million in this round. A second round of about $250 million will open for ' +
    'applications on June 2, 2025, and the agency will hold two online information sessions for applicants in May.',
  'A full list of this year’s awards, with the amount and scope of each project, is available on the ' +
    '<a href="/grants/lock-reliability-program">Lock Reliability Program</a> page.',
];
const prNav = ['About FIWA', 'Navigation', 'Grants', 'Safety', 'Newsroom', 'Contact'];
const prSide = ['Press Releases', 'Speeches and Testimony', 'Media Contacts', 'Photo Library'];
const prFoot = ['Accessibility support', 'FOIA requests', 'No FEAR Act data', 'Office of the Inspector General', 'Performance reports', 'Privacy policy'];
const prHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${prTitle} | Federal Inland Waterways Administration</title>
<meta name="description" content="FIWA announced $214 million in Lock Reliability Program grants for 19 locks.">
<meta property="og:type" content="article"><meta property="og:title" content="${prTitle}"><meta property="og:site_name" content="FIWA">
<link rel="stylesheet" href="/themes/custom/fiwa_uswds/dist/css/styles.css?sqk2r1">
<script async src="https://dap.digitalgov.gov/Universal-Federated-Analytics-Min.js?agency=FIWA" id="_fed_an_ua_tag"></script>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({"contentType":"press_release","nid":"41877"});</script></head>
<body class="path-node page-node-type-press-release">
<a class="usa-skipnav" href="#main-content">Skip to main content</a>
<section class="usa-banner" aria-label="Official website of the United States government"><div class="usa-accordion">
<header class="usa-banner__header"><div class="usa-banner__inner"><div class="grid-col-auto">
<img aria-hidden="true" class="usa-banner__header-flag" src="/themes/custom/fiwa_uswds/img/us_flag_small.png" alt=""></div>
<div class="grid-col-fill tablet:grid-col-auto" aria-hidden="true"><p class="usa-banner__header-text">An official website of the United States government</p>
<p class="usa-banner__header-action">Here’s how you know</p></div>
<button type="button" class="usa-accordion__button usa-banner__button" aria-expanded="false" aria-controls="gov-banner-default">
<span class="usa-banner__button-text">Here’s how you know</span></button></div></header>
<div class="usa-banner__content usa-accordion__content" id="gov-banner-default" hidden><div class="grid-row grid-gap-lg">
<div class="usa-banner__guidance tablet:grid-col-6"><img class="usa-banner__icon usa-media-block__img" src="/img/icon-dot-gov.svg" role="img" alt="">
<div class="usa-media-block__body"><p><strong>Official websites use .gov</strong><br>A <strong>.gov</strong> website belongs to an official government
organization in the United States.</p></div></div>
<div class="usa-banner__guidance tablet:grid-col-6"><img class="usa-banner__icon usa-media-block__img" src="/img/icon-https.svg" role="img" alt="">
<div class="usa-media-block__body"><p><strong>Secure .gov websites use HTTPS</strong><br>A <strong>lock</strong> (<span class="icon-lock"><svg
xmlns="http://www.w3.org/2000/svg" width="52" height="64" viewBox="0 0 52 64" class="usa-banner__lock-image" role="img" aria-labelledby="banner-lock-title">
<title id="banner-lock-title">Lock</title>
<path fill="#000000" fill-rule="evenodd" d="M26 0c10.493 0 19 8.507 19 19v9h3a4 4 0 0 1 4 4v28a4 4 0 0 1-4 4H4a4 4 0 0 1-4-4V32a4 4
0 0 1 4-4h3v-9C7 8.507 15.507 0 26 0z"/></svg></span>) or <strong>https://</strong> means you’ve safely connected to the .gov website. Share sensitive
information only on official, secure websites.</p></div></div></div></div></div></section>
<div class="usa-overlay"></div>
<header class="usa-header usa-header--extended" role="banner"><div class="usa-navbar"><div class="usa-logo" id="extended-logo">
<em class="usa-logo__text"><a href="/" title="Home" rel="home">Federal Inland Waterways Administration</a></em></div>
<button type="button" class="usa-menu-btn">Menu</button></div>
<nav aria-label="Primary navigation" class="usa-nav"><div class="usa-nav__inner"><button type="button" class="usa-nav__close">
<img src="/img/usa-icons/close.svg" role="img" alt="Close"></button><ul class="usa-nav__primary usa-accordion">
${links(prNav, 'usa-nav__primary-item')}
</ul><div class="usa-nav__secondary"><section aria-label="Search component"><form class="usa-search usa-search--small" role="search">
<label class="usa-sr-only" for="search-field">Search</label><input class="usa-input" id="search-field" type="search" name="query">
<button class="usa-button" type="submit"><img src="/img/usa-icons-bg/search--white.svg" class="usa-search__submit-icon" alt="Search"></button>
</form></section></div></div></nav></header>
<main id="main-content" class="grid-container"><div class="grid-row grid-gap">
<div class="usa-layout-docs__sidenav desktop:grid-col-3"><nav aria-label="Secondary navigation"><ul class="usa-sidenav">
<li class="usa-sidenav__item"><a href="/newsroom">Newsroom</a><ul class="usa-sidenav__sublist">
${links(prSide, 'usa-sidenav__item')}
</ul></li></ul></nav></div>
<div class="usa-layout-docs__main desktop:grid-col-9 usa-prose">
<nav class="usa-breadcrumb" aria-label="Breadcrumbs"><ol class="usa-breadcrumb__list">
<li class="usa-breadcrumb__list-item"><a href="/" class="usa-breadcrumb__link"><span>Home</span></a></li>
<li class="usa-breadcrumb__list-item"><a href="/newsroom" class="usa-breadcrumb__link"><span>Newsroom</span></a></li>
<li class="usa-breadcrumb__list-item usa-current" aria-current="page"><span>Press Releases</span></li></ol></nav>
<article role="article" about="/newsroom/press-releases/fiwa-awards-214-million-lock-reliability" class="node node--type-press-release">
<div class="press-release__meta"><p class="press-release__label text-bold text-uppercase">For Immediate Release</p>
<p class="press-release__date"><time datetime="2025-03-12T12:00:00Z">March 12, 2025</time></p>
<p class="press-release__number">FIWA 14-25</p></div>
<h1 class="page-title"><span class="field field--name-title">${prTitle}</span></h1>
<div class="usa-summary-box margin-y-3" role="region" aria-labelledby="summary-box-key-information">
<div class="usa-summary-box__body"><h2 class="usa-summary-box__heading" id="summary-box-key-information">Contact</h2>
<div class="usa-summary-box__text"><p>Dana Whitfield, Office of Public Affairs</p><p><a href="tel:+12025550143">(202) 555-0143</a> |
<a href="mailto:press@fiwa.gov">press@fiwa.gov</a></p></div></div></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">
${ps(prLead)}
<ul>${prAwards.map((s) => `<li>${s}</li>`).join('\n')}</ul>
<h2>About the Lock Reliability Program</h2>
${ps(prAbout)}
<p class="text-center">###</p>
</div>
<div class="field field--name-field-topics"><h3 class="field__label">Topics</h3><ul class="usa-list--unstyled">
<li><a href="/topics/locks-and-dams" class="usa-tag">Locks and Dams</a></li><li><a href="/topics/grants" class="usa-tag">Grant Programs</a></li></ul></div>
<div class="page-last-updated">Last updated: March 12, 2025</div></article></div></div></main>
<footer class="usa-footer usa-footer--slim"><div class="grid-container usa-footer__return-to-top"><a href="#">Return to top</a></div>
<div class="usa-footer__primary-section"><nav class="usa-footer__nav" aria-label="Footer navigation"><ul class="grid-row grid-gap">
${links(['Contact FIWA', 'Careers', 'Doing Business with FIWA', 'Site Map'], 'usa-footer__primary-content')}
</ul></nav></div>
<div class="usa-footer__secondary-section"><div class="usa-footer__logo"><p class="usa-footer__logo-heading">Federal Inland Waterways Administration</p></div>
<div class="usa-footer__contact-links"><p class="usa-footer__contact-heading">1200 New Jersey Avenue SE, Washington, DC 20590</p></div></div></footer>
<div class="usa-identifier"><section class="usa-identifier__section usa-identifier__section--masthead" aria-label="Agency identifier">
<div class="usa-identifier__identity"><p class="usa-identifier__identity-domain">fiwa.gov</p>
<p class="usa-identifier__identity-disclaimer">An official website of the Federal Inland Waterways Administration</p></div></section>
<nav class="usa-identifier__section usa-identifier__section--required-links" aria-label="Important links"><ul class="usa-identifier__required-links-list">
${links(prFoot, 'usa-identifier__required-links-item')}
</ul></nav><section class="usa-identifier__section usa-identifier__section--usagov" aria-label="U.S. government information and services">
<div class="usa-identifier__usagov-description">Looking for U.S. government information and services?</div>
<a href="https://www.usa.gov/" class="usa-link">Visit USA.gov</a></section></div>
<script src="/themes/custom/fiwa_uswds/dist/js/uswds.min.js"></script></body></html>`;
const pressRelease: TestPage = {
  html: prHtml,
  name: 'heldout13-agency-press-release',
  kind: 'news',
  // hard calls: "WASHINGTON —" opens the first paragraph as wire copy does, so it stays in that body paragraph; the
  // "For Immediate Release" label, release number, contact box, "###" end mark and topic tags are furniture; the release date
  // and "Last updated" are bylines; the awards list is article (a reader wants the amounts).
  // Round 12: the agency's name in the logo and footer is no furniture snippet, as batches 4, 7 and 12 did for snippets
  // the body holds word for word (the lead's "The Federal Inland Waterways Administration (FIWA) today announced ...")
  title: prTitle,
  headings: ['About the Lock Reliability Program'],
  body: [...texts(prLead), ...texts(prAwards), ...texts(prAbout)],
  bylines: ['March 12, 2025', 'Last updated: March 12, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'An official website of the United States government', 'Here’s how you know', 'Official websites use .gov',
    'A .gov website belongs to an official government organization in the United States.', 'Secure .gov websites use HTTPS',
    'means you’ve safely connected to the .gov website.', 'Menu', ...prNav, ...prSide, 'Home', 'For Immediate Release', 'FIWA 14-25',
    'Dana Whitfield, Office of Public Affairs', '(202) 555-0143', 'press@fiwa.gov', '###', 'Topics', 'Locks and Dams', 'Grant Programs',
    'Return to top', 'Contact FIWA', 'Careers', 'Doing Business with FIWA', 'Site Map',
    '1200 New Jersey Avenue SE, Washington, DC 20590', 'fiwa.gov', 'An official website of the Federal Inland Waterways Administration', ...prFoot,
    'Looking for U.S. government information and services?', 'Visit USA.gov',
  ],
};

const ncTitle = 'Millbrook council approves 18% water rate increase to pay for treatment plant upgrade';
const ncBody1 = [
  'Millbrook residents will pay about 18 percent more for water starting in July after the City Council voted 5-2 on Monday to approve the ' +
    'first rate increase in six years.',
  'The increase will raise the average household bill from $41.60 to $49.10 a month, according to the city’s utilities department. The extra ' +
    'money will repay a $22 million state loan for upgrades at the River Road treatment plant, which regulators cited last year for failing to ' +
    'remove enough manganese during the summer months.',
  '“Nobody up here wanted to do this,” said Councilmember Gloria Estrada, who voted for the increase. “But the plant is 54 years old, and the ' +
    'state is not going to wait for us to feel ready.”',
];
const ncBody2 = [
  'Utilities Director Mark Bellweather told the council the plant’s filters and chemical feed systems were designed for a city of 9,000 ' +
    'people. Millbrook passed 14,000 residents in the last census, and demand on hot summer days now comes within a few percent of capacity.',
  'The upgrade will add a second filtration train, replace pumps that date to the plant’s opening in 1971 and build a separate building for ' +
    'chemical storage. Construction is expected to begin next spring and take about two years.',
  'Councilmembers Dale Prentice and Ava Lindqvist voted against the measure. Prentice said he supported the plant work but wanted the ' +
    'increase phased in over three years instead of one.',
  '“People on fixed incomes are going to feel this in one shot,” Prentice said. “We could have spread it out and gotten to the same place.”',
  'Bellweather said a phased increase would have required the city to borrow another $1.4 million to cover the gap, adding interest costs ' +
    'that ratepayers would eventually pay anyway.',
];
const ncBody3 = [
  'The council also expanded the city’s utility assistance program. Households earning less than 150 percent of the federal poverty level ' +
    'can apply for a credit of up to $12 a month. Applications are available at City Hall and on the city’s website.',
  'About a dozen residents spoke during public comment, most of them against the increase. Several asked why the city had not raised rates ' +
    'gradually over the past six years instead of all at once.',
  'Mayor Curtis Hale said the previous council had put off increases during the pandemic and that the state’s notice of violation set the ' +
    'timeline. The new rates will first appear on bills mailed in August.',
];
const ncNav = ['News', 'Sports', 'Obituaries', 'Opinion', 'Business', 'Lifestyles', 'Classifieds', 'Jobs'];
const ncTrending = [
  'Sheriff: Two arrested after break-ins at Route 9 storage units',
  'Millbrook girls advance to regional final with overtime win',
  'Owners of Main Street bakery plan second location in Dorsey',
];
const ncTags = ['Water Rates', 'Millbrook City Council', 'Utilities', 'Curtis Hale'];
const ncHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${ncTitle} | Local News | millbrookcourier.com</title>
<meta property="og:type" content="article"><meta property="og:title" content="${ncTitle}">
<meta property="og:url" content="https://www.millbrookcourier.com/news/local/article_4e1c0a7e-fe12-11ef-9b3a-0b57c2a1d0f4.html">
<meta property="og:image" content="https://bloximages.chicago2.vip.townnews.com/millbrookcourier.com/content/tncms/assets/v3/editorial/4/e1/4e1c0a7e.jpg">
<meta name="tncms-access-version" content="">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${ncTitle}","datePublished":"2025-03-11T05:30:00-04:00",
"author":[{"@type":"Person","name":"Tessa Okafor"}],"publisher":{"@type":"Organization","name":"The Millbrook Courier"},"isAccessibleForFree":"False"}</script>
<script>var TNCMS = TNCMS || {}; TNCMS.Asset = {"uuid":"4e1c0a7e-fe12-11ef-9b3a-0b57c2a1d0f4","type":"article","section":"news/local"};</script>
<style>.asset .tnt-headline{font-family:"Merriweather",serif}.tnt-ads-container{min-height:250px}</style></head>
<body class="fixed-nav-enabled"><div id="site-container"><div id="site-top-nav-container"><div class="site-top-nav">
<a class="btn btn-primary btn-sm" href="/subscribe/">Subscribe</a> <a href="/users/login/" class="tnt-signin-link">Log In</a></div></div>
<header id="site-header"><div id="site-logo"><a href="/"><img src="/content/tncms/site/logo.svg" alt="The Millbrook Courier"></a></div>
<div class="weather-current-container" data-tncms-weather="44254"><span class="tnt-weather-location">Millbrook, OH</span>
<span class="weather-current-temp">52°</span><span class="weather-current-sky">Partly Cloudy</span>
<span class="weather-current-forecast">High 58F. Winds WSW at 5 to 10 mph.</span></div>
<nav id="main-nav"><ul class="nav navbar-nav">${links(ncNav, 'dropdown')}</ul></nav></header>
<div id="main-page-container"><div class="tnt-ads-container hidden-print"><div class="tnt-ads"><span class="tnt-ads-label">Advertisement</span>
<div id="tncms-region-global-skyline"></div></div></div>
<section id="section-main" class="row"><div class="col-md-8 col-sm-12 main-content">
<article class="asset card" itemscope itemtype="http://schema.org/NewsArticle">
<header class="asset-header"><div class="meta"><span class="tnt-section-tag"><a href="/news/local/">Local News</a></span></div>
<h1 class="headline"><span class="tnt-headline" itemprop="headline">${ncTitle}</span></h1>
<ul class="list-inline asset-meta"><li><span class="tnt-byline">By <a href="/users/profile/Tessa%20Okafor" rel="author">Tessa Okafor</a></span>
<span class="tnt-user-title">Staff Writer</span></li>
<li><time datetime="2025-03-11T05:30:00-04:00" class="tnt-date asset-date text-muted">Mar 11, 2025</time></li></ul>
<div class="share-container"><ul class="list-inline">${links(['Facebook', 'Twitter', 'Email', 'Print', 'Save'], 'share-item')}</ul></div></header>
<div class="asset-photo"><figure class="photo layout-horizontal"><img src="https://bloximages.chicago2.vip.townnews.com/millbrookcourier.com/4e1c0a7e.jpg"
alt="River Road water treatment plant"><figcaption class="caption"><div class="caption-text"><p>The River Road water treatment plant, which opened in
1971, will get a second filtration train under the plan.</p></div><div class="tnt-byline">Tessa Okafor/Courier</div></figcaption></figure></div>
<div class="asset-body"><div id="article-body" class="asset-content subscriber-premium" itemprop="articleBody">
<div class="subscriber-only">
${ps(ncBody1)}
<div class="tnt-inline-editorial hidden-print"><div class="inline-editorial-promo card"><h4>Support local journalism</h4>
<p>Get unlimited digital access to the Courier for $1 for your first three months.</p><a class="btn btn-primary" href="/subscribe/">See offers</a></div></div>
${ps(ncBody2)}
<div id="tncms-region-article_instory_middle" class="tncms-region hidden-print"><div class="tnt-ads-container"><span class="tnt-ads-label">Advertisement</span>
</div></div>
<div class="tnt-newsletter-signup card"><h4>Morning Headlines</h4><p>The day’s top local stories, in your inbox by 6 a.m.</p>
<form><input type="email" placeholder="Email address"><button class="btn btn-primary">Sign up</button></form></div>
${ps(ncBody3)}
</div></div>
<div class="tnt-user-card"><h5 class="tnt-user-name">Tessa Okafor</h5><p class="tnt-user-bio">Tessa Okafor covers city government and schools for the
Courier. Reach her at tokafor@millbrookcourier.com.</p></div>
<div class="asset-tags"><span class="tnt-tags-label">Tags</span><ul class="list-inline">${links(ncTags, 'tnt-tag')}</ul></div>
<div id="comments-container" class="asset-comments"><h3 class="comments-header">Comments</h3>
<button class="btn btn-primary btn-block tnt-load-comments" data-tn-comments="4e1c0a7e">Load comments</button></div></div></article></div>
<aside class="col-md-4 hidden-sm hidden-xs" id="sidebar"><div class="tnt-ads-container"><span class="tnt-ads-label">Advertisement</span></div>
<div class="card trending-block"><h3 class="block-title"><span class="block-title-inner">Trending</span></h3><ul class="tnt-asset-list">
${ncTrending.map((t, i) => `<li><span class="rank">${i + 1}</span><h4 class="tnt-headline"><a href="/news/local/t${i}.html">${t}</a></h4></li>`).join('\n')}
</ul></div>
<div class="card eedition-promo"><h3 class="block-title">Today’s e-Edition</h3><img src="/eedition/cover-2025-03-11.jpg" alt="e-Edition cover">
<a class="btn btn-default" href="/eedition/">Read Today’s e-Edition</a></div></aside></section></div>
<footer id="site-footer"><ul class="list-inline">${links(['Contact Us', 'Advertise', 'Place an Obituary', 'Terms of Use', 'Privacy Policy'])}</ul>
<p class="copyright">© Copyright 2025 The Millbrook Courier, 210 Main St. Millbrook, OH</p>
<p class="powered-by">Powered by BLOX Content Management System from TownNews.com.</p></footer></div>
<script src="https://bloximages.chicago2.vip.townnews.com/millbrookcourier.com/shared-content/art/tncms/scripts/bootstrap.min.js"></script>
</body></html>`;
const newspaper: TestPage = {
  html: ncHtml,
  name: 'heldout13-townnews-local-story',
  kind: 'news',
  // hard calls: the photo caption and its credit are furniture (a summary of the council vote does not need them); the
  // author card's name and the "By" line and date are bylines, the card's bio furniture; both inline promos, the ads, tags,
  // comments button, trending rail, e-edition promo and the weather widget in the header are furniture
  title: ncTitle,
  headings: [],
  body: [...texts(ncBody1), ...texts(ncBody2), ...texts(ncBody3)],
  bylines: ['By Tessa Okafor', 'Tessa Okafor', 'Mar 11, 2025', 'Tessa Okafor/Courier'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Subscribe', 'Log In', 'Millbrook, OH', 'Partly Cloudy', 'High 58F. Winds WSW at 5 to 10 mph.', ...ncNav, 'Advertisement', 'Local News',
    'Staff Writer', 'Facebook', 'Twitter', 'Email', 'Print', 'Save', 'The River Road water treatment plant, which opened in 1971, will get a second',
    'Support local journalism', 'Get unlimited digital access to the Courier for $1 for your first three months.', 'See offers', 'Morning Headlines',
    'The day’s top local stories, in your inbox by 6 a.m.', 'Sign up', 'Tessa Okafor covers city government and schools for the Courier.', 'Tags',
    ...ncTags, 'Comments', 'Load comments', 'Trending', ...ncTrending, 'Today’s e-Edition', 'Read Today’s e-Edition', 'Contact Us', 'Advertise',
    'Place an Obituary', 'Terms of Use', 'Privacy Policy', '© Copyright 2025 The Millbrook Courier, 210 Main St. Millbrook, OH',
    'Powered by BLOX Content Management System from TownNews.com.',
  ],
};

export const HELDOUT13_A: readonly TestPage[] = [pressRelease, newspaper];
