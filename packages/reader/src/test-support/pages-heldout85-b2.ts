import { links, ps, type TestPage } from './page-kit.js';

/**
 * Held-out batch 85, file b2: a local daily on TownNews BLOX CMS as a signed-out visitor saves it: the weather and date
 * bar, the "Subscribe" / "Log In" account links, the mega-menu nav, the section kicker, the headline, byline with the
 * profile link and the "Reporter" title, the published date, the share and print tools, the lead photo with caption, the
 * preview paragraphs of the story and then the registration-wall offer box ("Create a free account to continue reading",
 * the Google and email sign-up buttons, "Already have an account?"), the tags, the "Most Popular" tabbed list, the
 * "Sign up for our newsletters" box, the footer and the Osano cookie banner.
 */
const bxTitle = 'Millbrook council votes to raise water rates 9% to pay for treatment plant upgrade';
const bxP = [
  'MILLBROOK — Residents will pay about $5.40 more a month for water starting in January after the Millbrook City Council voted 6-1 on ' +
    'Tuesday to raise rates to help cover a $48 million upgrade of the city’s 50-year-old treatment plant.',
  'The increase, the first since 2019, will raise the average household bill from $59.80 to $65.20 a month. Rates for commercial ' +
    'customers will rise by the same percentage.',
  'City engineer Patrick Olumide told the council the plant on River Road was running close to its limit on hot summer days and that ' +
    'two of its four filters needed to be replaced within three years. “We have been nursing that equipment along for a decade,” he said. ' +
    '“At some point we stop repairing it and start replacing it.”',
  'The upgrade will add a fifth filter, replace the plant’s chemical feed system and build a backup generator large enough to keep the ' +
    'plant running during a power cut, something it cannot do now. Olumide said the ice storm in February 2023, when the plant ran on ' +
    'borrowed generators for three days, showed how exposed the city was.',
  'About two-thirds of the cost will be covered by a low-interest state loan, with the rest paid from rates over 20 years. Finance ' +
    'director Ingrid Sole said the city had looked at spreading the increase over several years but that doing so would have added ' +
    'about $2.1 million in interest.',
  'Council member Walt Brennan, who cast the only no vote, said he supported the project but not the size of a single increase. “For ' +
    'a retiree on a fixed income, five dollars a month is not nothing,” he said, and asked staff to bring back options for a discount ' +
    'for low-income households.',
];
const bxNav = ['News', 'Sports', 'Obituaries', 'Opinion', 'Business', 'Entertainment', 'Lifestyles', 'Classifieds', 'e-Edition'];
const bxCaption = 'The Millbrook water treatment plant on River Road, which opened in 1975, is due for a $48 million upgrade.';
const bxCredit = 'Dana Fielding, Sentinel';
const bxWall = [
  'Create a free account to continue reading',
  'Thank you for reading! Sign up for a free account to read this story and get unlimited access to local news, sports and obituaries.',
  'Sign up with Google',
  'Sign up with Email',
  'Already have an account?',
  'Log in',
  'Want unlimited access to everything?',
  'Subscribe for $1 for 3 months',
];
const bxTags = ['Millbrook City Council', 'Water Rates', 'Utilities', 'Local Government'];
const bxPopular = [
  'Two injured in crash at Fifth and Cedar',
  'Millbrook High marching band heads to state finals',
  'Restaurant inspections: three Millbrook eateries cited',
  'Longtime hardware store on Main Street to close',
  'Police: man arrested after chase through downtown',
];
const bxNews = [
  'Sign up for our newsletters',
  'Get the latest local news, sports and weather delivered to your inbox.',
  'Breaking News',
  'Daily Headlines',
  'Email Address',
  'Sign Up',
];
const bxFoot = ['Contact Us', 'Place an Ad', 'Submit an Obituary', 'Terms of Use', 'Privacy Policy', 'Accessibility', 'Manage Subscription'];
const bxCookie = 'This website uses cookies to enhance your experience, analyse traffic and serve personalised advertising.';
const bxHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>Millbrook council votes to raise water rates 9% to pay for treatment plant upgrade | Local News |
millbrooksentinel.example</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Residents will pay about $5.40 more a month for water starting in January."><meta name="author" content="Nora Quist">
<meta property="og:title" content="${bxTitle}"><meta property="og:type" content="article"><meta name="tncms-access-version" content="1730902811">
<link rel="canonical" href="https://www.millbrooksentinel.example/news/local/article_6d1e2c4a-9b7f-11ef-8c2d-0f3a1b2c3d4e.html">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${bxTitle}","isAccessibleForFree":"False",
"hasPart":{"@type":"WebPageElement","isAccessibleForFree":"False","cssSelector":".subscriber-only"},"author":[{"@type":"Person","name":"Nora Quist"}],
"datePublished":"2025-11-05T17:40:00-06:00"}</script>
<script>var __tnt = __tnt || {}; __tnt.user = {"loggedIn":false,"services":[]}; __tnt.asset = {"type":"article","uuid":"6d1e2c4a"};</script>
<link rel="stylesheet"
href="https://bloximages.chicago2.vip.townnews.example/millbrooksentinel.example/shared-content/art/tncms/templates/libraries/flex/css/bootstrap.min.css">
<script src="https://bloximages.chicago2.vip.townnews.example/millbrooksentinel.example/shared-content/art/tncms/user/user.js" defer></script></head>
<body class="fixed-nav-bar app-article" data-path="/news/local/article_6d1e2c4a"><a href="#main-page-container" class="sr-only sr-only-focusable">Skip to main
content</a><div id="site-top-nav-container" class="hidden-print"><div id="site-top-nav" class="navbar-default"><div class="container">
<ul class="nav navbar-nav navbar-left"><li class="weather-expanded"><a href="/weather/"><span class="tnt-weather-temp">48°F</span></a></li>
<li class="date-today">Wednesday, November 5, 2025</li></ul><ul class="nav navbar-nav navbar-right tnt-user-nav"><li><a class="btn btn-primary"
href="/users/signup/?referer_url=/news/local/">Subscribe</a></li><li class="tnt-login"><a href="/users/login/">Log In</a></li></ul></div></div></div>
<header id="site-header" class="hidden-print" role="banner"><div class="container"><a href="/" class="site-logo"><img alt="Millbrook Sentinel"
src="https://bloximages.chicago2.vip.townnews.example/millbrooksentinel.example/content/tncms/custom/image/logo.png"></a></div>
<nav id="main-navigation" class="navbar navbar-default" aria-label="Main"><ul class="nav navbar-nav">${links(bxNav, 'dropdown')}</ul></nav></header>
<div id="main-page-container" class="container"><div class="row"><div class="col-md-8 col-lg-8 main-content">
<article class="asset" id="article_6d1e2c4a" itemscope itemtype="http://schema.org/NewsArticle"><div class="asset-masthead">
<div class="meta"><span class="kicker"><a href="/news/local/">Local News</a></span></div>
<header class="asset-header"><h1 class="headline"><span class="asset-headline speakable-headline" itemprop="headline">${bxTitle}</span></h1>
<ul class="list-inline"><li><span itemprop="author" class="tnt-byline">By <a href="/users/profile/nquist" rel="author">Nora Quist</a></span>
<span class="tnt-byline-title">Reporter</span></li><li><time datetime="2025-11-05T17:40:00-06:00" class="tnt-date asset-date text-muted">Nov 5, 2025</time>
</li></ul></header><div class="share-container content-above"><ul class="list-inline"><li class="share facebook"><a href="#" title="Facebook">
<span class="sr-only">Facebook</span></a></li><li class="share email"><a href="#" title="Email"><span class="sr-only">Email</span></a></li><li
class="share print">
<a href="#" title="Print"><span class="sr-only">Print</span></a></li><li class="share copy"><a href="#" title="Copy article link">
<span class="sr-only">Copy article link</span></a></li><li class="share"><span class="hidden-xs">Save</span></li></ul></div></div>
<div class="asset-photo"><figure class="photo layout-horizontal"><img class="img-responsive" alt="Millbrook water treatment plant"
src="https://bloximages.chicago2.vip.townnews.example/millbrooksentinel.example/content/tncms/assets/v3/editorial/plant.jpg"><figcaption
class="caption-container">
<div class="caption-text"><p>${bxCaption}</p></div><span class="tnt-byline">${bxCredit}</span></figcaption></figure></div>
<div class="asset-content subscriber-premium" itemprop="articleBody"><div id="article-body" class="asset-body" itemprop="articleBody">
<div class="subscriber-preview">${ps(bxP)}</div>
<div id="tncms-region-article_instory_top" class="tncms-region hidden-print"><div class="tnt-ads-container"><span class="tnt-ads-label">Advertisement</span>
<div id="tncms-block-ad-instory" class="tnt-ads"></div></div></div>
<div class="subscriber-only encrypted-content hide" data-encrypted="U2FsdGVkX1+9f1c2a6b0Zq8y"></div></div>
<div id="asset-content-offers" class="subscription-required tnt-offers-regwall"><div class="offers-header"><h3 class="offers-title">${bxWall[0]}</h3>
<p class="offers-description">${bxWall[1]}</p></div><div class="offers-body"><a class="btn btn-block btn-google" href="/users/google/">${bxWall[2]}</a>
<a class="btn btn-block btn-primary" href="/users/signup/">${bxWall[3]}</a><p class="offers-login">${bxWall[4]} <a href="/users/login/">${bxWall[5]}</a>
</p></div><div class="offers-footer"><p>${bxWall[6]}</p><a class="btn btn-default" href="/offers/">${bxWall[7]}</a></div></div></div>
<div class="asset-tags"><ul class="list-inline">${links(bxTags, 'tag')}</ul></div></article></div>
<aside class="col-md-4 col-lg-4 hidden-print" id="sidebar"><div class="tnt-ads-container"><span class="tnt-ads-label">Advertisement</span></div>
<div class="block-title"><h3><span class="block-title-inner">Most Popular</span></h3></div><ul class="nav nav-tabs"><li class="active"><a href="#">Stories</a>
</li><li><a href="#">Videos</a></li></ul><ol class="tnt-most-popular">${links(bxPopular, 'tnt-asset-link')}</ol>
<div class="newsletter-signup"><h3>${bxNews[0]}</h3><p>${bxNews[1]}</p><label><input type="checkbox"> ${bxNews[2]}</label><label><input type="checkbox">
${bxNews[3]}</label><label for="nl">${bxNews[4]}</label><input id="nl" type="email"><button>${bxNews[5]}</button></div></aside></div></div>
<footer id="site-footer" class="hidden-print"><div class="container"><ul class="list-inline">${links(bxFoot, 'footer-link')}</ul>
<p class="copyright">© Copyright 2025 Millbrook Sentinel, 400 Commerce St. Millbrook | Powered by BLOX Content Management System from TownNews.com.</p></div>
</footer><div class="osano-cm-window osano-cm-dialog osano-cm-dialog--position_bottom" role="dialog" aria-label="Cookie Consent Banner">
<span class="osano-cm-message">${bxCookie}</span><a class="osano-cm-link" href="/privacy/">Privacy Policy</a><button
class="osano-cm-accept-all">Accept All</button>
<button class="osano-cm-deny">Deny</button><button class="osano-cm-manage">Manage Preferences</button></div>
<script
src="https://bloximages.chicago2.vip.townnews.example/millbrooksentinel.example/shared-content/art/tncms/templates/libraries/flex/js/app.min.js"></script>
</body></html>`;
export const bloxRegwall: TestPage = {
  html: bxHtml,
  name: 'heldout85-blox-news-regwall-teaser',
  kind: 'news',
  // only the preview paragraphs are in the page (the rest is encrypted): they are the body; the offer box is furniture
  title: bxTitle,
  headings: [],
  body: bxP,
  bylines: ['By Nora Quist', 'Reporter', 'Nov 5, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', '48°F', 'Wednesday, November 5, 2025', 'Subscribe', 'Log In', ...bxNav, 'Local News', 'Facebook', 'Email', 'Print',
    'Copy article link', 'Save', bxCaption, bxCredit, 'Advertisement', ...bxWall, ...bxTags, 'Most Popular', 'Stories', 'Videos', ...bxPopular,
    ...bxNews, ...bxFoot,
    '© Copyright 2025 Millbrook Sentinel, 400 Commerce St. Millbrook | Powered by BLOX Content Management System from TownNews.com.', bxCookie,
    'Accept All', 'Deny', 'Manage Preferences',
  ],
};
