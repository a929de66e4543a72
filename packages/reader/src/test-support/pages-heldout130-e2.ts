import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 130, file e2: a Telegraph story (the site header with "Subscribe now", "Log in" and the free-month promo,
 * the section nav and hidden burger menu, the section label, the headline and standfirst, the byline with role, the
 * published timestamp, "Gift this article free", share and save buttons and the comment count, the lead image with
 * caption and credit, an in-body "Related Articles" aside, an h2 subhead, the italic subscription pitch as the last
 * paragraph of the body, "Related Topics" tags, the "Join the conversation" comments box with its guidelines, "More
 * stories" and the footer) with the consent banner.
 */
const tgTitle = 'Ministers to scrap pothole league tables after councils threaten legal action';
const tgStand = 'Transport department backs down on plan to rank local authorities by road repairs amid row over accuracy of data';
const tgP1 = [
  'Ministers are to scrap plans to publish league tables ranking councils on how quickly they fill potholes, after local ' +
    'authorities threatened legal action over the way the figures were calculated.',
  'The Department for Transport had promised to name the best and worst performing councils each year, with those at the bottom ' +
    'facing the loss of part of their road maintenance funding.',
  'But The Telegraph understands that the first tables, due to be published this month, have been shelved indefinitely after ' +
    'officials accepted that the data submitted by councils was too inconsistent to allow fair comparisons.',
];
const tgH1 = '‘Shambolic’ data';
const tgP2 = [
  'Some councils counted every pothole reported by the public, while others counted only those their inspectors judged to be a ' +
    'safety risk. Several recorded a single repair to a long stretch of road as dozens of separate jobs.',
  'One council leader, who asked not to be named, described the data as “shambolic” and said his authority had been placed near ' +
    'the bottom of a draft table “for the crime of being honest about the state of our roads”.',
  'The Local Roads Association, which represents highway authorities, wrote to the transport secretary last month warning that ' +
    'several members were prepared to seek a judicial review if the tables were published in their current form.',
  'Eleanor Marsh-Devereux, the association’s chairman, said: “Nobody objects to being held to account. What we object to is being ' +
    'ranked on figures that measure how councils fill in forms rather than how they fix roads.”',
];
const tgP3 = [
  'Motoring groups reacted with dismay. Graham Aitken-Rowe, of the Drivers’ Alliance, said: “Motorists were promised transparency. ' +
    'Instead, the people responsible for the worst roads in Europe have been let off the hook again.”',
  'A Department for Transport spokesman said: “We remain committed to improving the information available to drivers about the ' +
    'condition of local roads, and will set out next steps in due course.”',
  'The Government has promised an extra £600 million for road repairs this year, which it says is enough to fix more than seven ' + 'million potholes.',
];
const tgPitch =
  'Broaden your horizons with award-winning British journalism. Try The Telegraph free for 1 month with unlimited access to our website and ' +
  'exclusive app.';
const tgTop = ['Subscribe now', 'Free for one month', 'Log in'];
const tgNav = ['News', 'Sport', 'Money', 'Business', 'Opinion', 'Ukraine', 'Travel', 'Health', 'Lifestyle', 'Culture', 'Puzzles', 'Podcasts'];
const tgBurger = ['UK news', 'Politics', 'World news', 'Royals', 'Science', 'Education', 'Obituaries'];
const tgCaption = 'Councils say the data submitted for the tables was too inconsistent to allow fair comparisons';
const tgCredit = 'Credit: Jonathan Penhallow/PA';
const tgRelated = ['Potholes cost drivers £500m a year in repairs', 'The town where residents fill their own potholes'];
const tgTags = ['Potholes', 'Local Government', 'Department for Transport', 'Roads'];
const tgConv = [
  'Join the conversation',
  'Show comments',
  'The Telegraph values your comments but asks that all posts are on topic, constructive and respectful.',
  'Please review our commenting policy.',
];
const tgMore = ['More stories', 'Rail fares to rise by 4.6 per cent in March', 'Speed cameras to be switched off on quiet roads at night'];
const tgFoot = [
  'Back to top',
  'Help Centre',
  'About us',
  'Telegraph Extra',
  'Reader Prints',
  'Branded Content',
  'Syndication and Commissioning',
  'Guidelines',
  'Privacy',
  'Terms & Conditions',
  'Advertising terms',
  'Modern Slavery',
  'Tax Strategy',
];
const tgConsent = 'We and our partners use cookies to personalise content and ads, to provide social media features and to analyse our traffic.';
const tgPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const tgBlock = (inner: string): string => `<div class="articleBodyText section"><div class="article-body-text component version-2">
<div class="component-content">${inner}</div></div></div>`;
const tgHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ministers to scrap pothole league tables after councils threaten legal action</title><meta name="description" content="${tgStand}">
<meta property="og:title" content="${tgTitle}"><meta property="og:site_name" content="The Telegraph"><meta property="og:type" content="article">
<meta name="DCSext.author" content="Tobias Kerr-Lindqvist"><meta name="tmgads.channel" content="politics">
<link rel="canonical" href="https://www.telegraph.co.uk/politics/2025/03/04/ministers-scrap-pothole-league-tables/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${tgTitle}","description":"${tgStand}",
"datePublished":"2025-03-04T17:02:11Z","author":[{"@type":"Person","name":"Tobias Kerr-Lindqvist","jobTitle":"Transport Correspondent"}],
"isAccessibleForFree":false,"hasPart":{"@type":"WebPageElement","isAccessibleForFree":false,"cssSelector":".articleBodyText"}}</script>
<script>window.tmg = window.tmg || {}; tmg.pageData = {"section":"politics","premium":true};</script>
<link rel="stylesheet" href="/etc.clientlibs/telegraph/clientlibs/core.min.9c2d.css"></head>
<body class="article-page"><a class="skip-link" href="#main-content">Skip to main content</a>
<header class="site-header" data-component="site-header"><div class="site-header__top"><button class="site-header__burger" aria-controls="burger-menu">
<span class="u-visually-hidden">Open menu</span></button><a class="site-header__logo" href="/">The Telegraph</a>
<div class="site-header__actions"><a class="site-header__subscribe" href="/customer/subscribe/"><span>${tgTop[0]}</span>
<span class="site-header__subscribe-promo">${tgTop[1]}</span></a><a class="site-header__login" href="/customer/secure/login/">${tgTop[2]}</a></div></div>
<nav class="site-header__nav" aria-label="Primary"><ul>${links(tgNav, 'site-header__nav-item')}</ul></nav>
<div id="burger-menu" class="burger-menu" hidden><ul>${links(tgBurger, 'burger-menu__item')}</ul></div></header>
<main id="main-content"><article class="grid article" itemscope itemtype="https://schema.org/NewsArticle">
<div class="article-header"><a class="article-header__section" href="/politics/">Politics</a>
<h1 class="e-headline u-heading-1" itemprop="headline">${tgTitle}</h1><p class="e-standfirst u-heading-6" itemprop="description">${tgStand}</p>
<div class="e-byline"><span class="e-byline__author"><a href="/authors/t/tk-to/tobias-kerr-lindqvist/">Tobias Kerr-Lindqvist</a></span>,
<span class="e-byline__role">Transport Correspondent</span></div>
<time class="e-published-date" itemprop="datePublished" datetime="2025-03-04T17:02:11Z">4 March 2025 5:02pm GMT</time>
<div class="article-tools"><button class="gift-article">Gift this article free</button><button class="share-button">Share</button>
<button class="save-button">Save</button><a class="comments-count" href="#comments"><span>Comments</span> <span>326</span></a></div></div>
<figure class="article-lead-image"><img alt="Pothole on a residential road" src="https://www.telegraph.co.uk/content/dam/news/2025/03/04/potholes.jpg">
<figcaption class="e-caption"><span class="e-caption__text">${tgCaption}</span> <span class="e-caption__credit">${tgCredit}</span></figcaption></figure>
<div class="article-body-wrapper" itemprop="articleBody">
${tgBlock(tgPs(tgP1))}
<aside class="related-articles-inline"><h3
class="related-articles-inline__title">Related Articles</h3><ul>${links(tgRelated, 'related-articles-inline__item')}</ul></aside>
${tgBlock(`<h2>${tgH1}</h2>\n${tgPs(tgP2)}`)}
<div class="advert advert--mpu"><span class="advert__label">Advertisement</span><div id="advert_tmg_mpu_1"></div></div>
${tgBlock(`${tgPs(tgP3)}\n<p><em>${tgPitch}</em></p>`)}
</div>
<div class="article-tags"><h2 class="article-tags__title">Related Topics</h2><ul>${links(tgTags, 'article-tags__item')}</ul></div>
<section id="comments" class="comments-promo"><h2>${tgConv[0]}</h2><button class="comments-promo__show">${tgConv[1]}</button>
<p class="comments-promo__guidelines">${tgConv[2]} <a href="/commenting-policy/">${tgConv[3]}</a></p></section></article>
<section class="more-stories"><h2>${tgMore[0]}</h2><ul>${links(tgMore.slice(1), 'more-stories__item')}</ul></section></main>
<footer class="site-footer"><ul>${links(tgFoot, 'site-footer__link')}</ul><p class="site-footer__copyright">© Telegraph Media Group Holdings Limited 2025</p>
</footer>
<div id="sp_message_container_1021" class="message-container" role="dialog"><p>${tgConsent}</p><button>Accept all</button><button>Reject all</button>
<button>Manage cookies</button></div>
<script src="/etc.clientlibs/telegraph/clientlibs/core.min.4b1e.js" defer></script></body></html>`;

export const telegraph: TestPage = {
  html: tgHtml,
  name: 'heldout130-telegraph-news',
  kind: 'news',
  // the standfirst is body; the italic subscription pitch that ends the body, the "Related Articles" aside between body
  // blocks, the advert label, caption and credit, tags, comments box and rails are furniture
  title: tgTitle,
  headings: [tgH1],
  body: [tgStand, ...texts([...tgP1, ...tgP2, ...tgP3])],
  bylines: ['Tobias Kerr-Lindqvist', 'Transport Correspondent', '4 March 2025 5:02pm GMT'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Open menu', ...tgTop, ...tgNav, ...tgBurger, 'Gift this article free', 'Share',
    'Save', 'Comments', '326', tgCaption, tgCredit, 'Related Articles', ...tgRelated, 'Advertisement', tgPitch, 'Related Topics', ...tgTags, ...tgConv,
    ...tgMore, ...tgFoot, '© Telegraph Media Group Holdings Limited 2025', tgConsent, 'Accept all', 'Reject all', 'Manage cookies',
  ],
};
