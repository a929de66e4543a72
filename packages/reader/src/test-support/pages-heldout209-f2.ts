import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 209, file f2: a real-estate brokerage's quarterly market report on a HubSpot CMS blog (the hs_cos_wrapper
 * modules, the header with "Find an Agent" and "Home Value", the report hero with the "Market Reports" tag, author and
 * date, the key figures table, a "Download the full PDF report" form module inside the post, the methodology note, the
 * social share module, the author bio, the blog subscribe form, "Recent Reports" cards, the HubSpot cookie banner and a
 * footer with the equal housing and licence lines).
 */
const mrTitle = 'Q3 2025 Market Report: Inventory Climbs Across Greater Lakeview as Prices Hold Steady';
const mrP1 = [
  'The third quarter brought the most homes for sale to Greater Lakeview in five years, but buyers hoping for a sharp drop in prices ' +
    'were mostly disappointed. The median sale price of a single-family home rose 1.8% from a year earlier to $512,000, while active ' +
    'listings climbed 27% and homes took an average of 38 days to sell, up from 24 days in the third quarter of 2024.',
  '“Sellers have more competition than they have had in years, and buyers finally have time to think,” said Renata Okonkwo, managing ' +
    'broker at Northgate Realty Partners. “What we are not seeing is distress. Most owners have low-rate mortgages and a lot of equity, ' +
    'so when a house doesn’t sell, they take it off the market rather than cut the price deeply.”',
];
const mrH1 = 'Key figures, Q3 2025';
const mrTable = [
  ['Median sale price', '$512,000', '+1.8%'],
  ['Closed sales', '2,914', '+4.1%'],
  ['Active listings (end of quarter)', '4,380', '+27.0%'],
  ['Average days on market', '38', '+14 days'],
  ['Sale-to-list price ratio', '98.1%', '-1.3 pts'],
];
const mrTh = ['Single-family homes', 'Q3 2025', 'Change vs. Q3 2024'];
const mrH2 = 'Condos lag as new supply arrives';
const mrP2 = [
  'The condo market was softer. Two large downtown buildings delivered more than 600 units between them over the summer, and the ' +
    'median condo price slipped 3.4% to $318,500. More than a third of condo sales closed below the asking price.',
  'Investors, who bought nearly one in five downtown condos in 2022, made up just 9% of buyers this quarter as higher financing ' +
    'costs and new rental supply squeezed their returns.',
];
const mrH3 = 'Neighbourhoods to watch';
const mrP3 = ['Performance varied widely across the region. Among the areas our agents cover:'];
const mrList = [
  'Harbor Heights led price growth, with the median up 7.2% as buyers competed for a small supply of renovated bungalows.',
  'East Fenwick saw the biggest jump in listings, up 44%, largely from new townhomes near the light rail extension.',
  'Willow Park remained the fastest market in the region, with homes selling in a median of 11 days.',
];
const mrH4 = 'Our outlook for Q4';
const mrP4 = [
  'We expect inventory to ease in the fourth quarter as it does every year, and mortgage rates around 6.3% to keep buyer demand ' +
    'steady rather than strong. Well-priced homes in good condition are still selling quickly; homes priced for last year’s market are not.',
  'For buyers, this is the best opportunity to negotiate since 2019. For sellers, pricing correctly from the first day matters more than ever.',
];
const mrMethod =
  'Methodology: figures are based on closed sales of single-family homes and condominiums reported to the Lakeview Regional MLS between ' +
  'July 1 and September 30, 2025, and may differ from other published sources.';
const mrNav = ['Buy', 'Sell', 'Find an Agent', 'Home Value', 'Market Reports', 'Join Northgate', 'Contact'];
const mrTag = 'Market Reports';
const mrDownload = ['Download the full PDF report', 'First name', 'Email', 'Download now'];
const mrShare = ['Share this report', 'Facebook', 'LinkedIn', 'X', 'Email'];
const mrBio =
  'Elliot Sandoval is Director of Market Research at Northgate Realty Partners, where he tracks sales and listings across 40 ' +
  'neighbourhoods in Greater Lakeview.';
const mrSub = ['Get our market reports in your inbox', 'Email*', 'Subscribe'];
const mrRecent = ['Recent Reports', 'Q2 2025 Market Report: Spring Buyers Return', 'Luxury Market Update: Summer 2025', 'Q1 2025 Market Report: A Slow Start'];
const mrCookie = [
  'This website stores cookies on your computer. These cookies are used to collect information about how you interact with our website.',
  'Accept',
  'Decline',
];
const mrFoot = ['About Northgate', 'Careers', 'Offices', 'Privacy Policy', 'Terms of Use', 'Fair Housing Notice', 'Accessibility'];
const mrLegal = 'Northgate Realty Partners is a licensed real estate broker. Equal Housing Opportunity. Information deemed reliable but not guaranteed.';
const mrP = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const mrHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${mrTitle}</title><meta name="description" content="${mrP1[0]!.slice(0, 150)}">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:type" content="article"><meta property="og:title" content="${mrTitle}">
<meta name="generator" content="HubSpot"><link rel="canonical" href="https://www.northgaterealty.example/blog/q3-2025-market-report">
<link rel="stylesheet" href="https://www.northgaterealty.example/hubfs/hub_generated/template_assets/1/98311/main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${mrTitle}","author":{"@type":"Person",
"name":"Elliot Sandoval"},
"datePublished":"2025-10-14T14:00:00Z","publisher":{"@type":"Organization","name":"Northgate Realty Partners"}}</script>
<script>var hsVars = {"portal_id":4471922,"content_id":191120334,"content_type":"blog-post","render_id":"a1b2"};</script></head>
<body><div class="body-wrapper hs-content-id-191120334 hs-blog-post hs-blog-id-8820331">
<div data-global-resource-path="northgate/templates/partials/header.html">
<header class="header"><div class="header__container content-wrapper"><div class="header__logo"><span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper
hs_cos_wrapper_widget hs_cos_wrapper_type_logo" data-hs-cos-general-type="widget" data-hs-cos-type="logo"><a href="/" id="hs-link-site_logo"><img
src="/hubfs/northgate-logo.svg" alt="Northgate Realty Partners" class="hs-image-widget"></a></span></div>
<nav class="header__menu" aria-label="Main menu">
<ul class="menu__wrapper no-list">${links(mrNav, 'menu__item menu__item--depth-1 hs-skip-lang-url-rewrite')}</ul></nav>
</div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><div class="blog-post__meta"><a class="blog-post__tag-link" href="/blog/tag/market-reports">${mrTag}</a></div>
<h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" data-hs-cos-general-type="meta_field"
data-hs-cos-type="text">${mrTitle}</span></h1><div class="blog-post__meta"><a href="/blog/author/elliot-sandoval" class="blog-post__author">Elliot Sandoval</a>
<time datetime="2025-10-14 14:00:00" class="blog-post__timestamp">October 14, 2025</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">
${mrP(mrP1)}
<h2>${mrH1}</h2>
<div data-hs-responsive-table="true" style="overflow-x:auto;max-width:100%"><table style="width:100%;border-collapse:collapse"><tbody>
<tr>${mrTh.map((t) => `<th>${t}</th>`).join('')}</tr>
${mrTable.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table></div>
<h2>${mrH2}</h2>
${mrP(mrP2)}
<div class="hs-cta-embed hs-cta-simple-placeholder hs-cta-embed-191120777" style="max-width:100%"><div class="hs-form-frame" data-region="na1"
data-form-id="c3f2"><h3 class="hs-form-title">${mrDownload[0]}</h3><form class="hs-form stacked"><div class="hs_firstname hs-form-field">
<label>${mrDownload[1]}</label><input type="text"></div><div class="hs_email hs-form-field"><label>${mrDownload[2]}</label><input type="email"></div>
<div class="hs_submit"><button class="hs-button primary large">${mrDownload[3]}</button></div></form></div></div>
<h2>${mrH3}</h2>
${mrP(mrP3)}
<ul>${mrList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2>${mrH4}</h2>
${mrP(mrP4)}
<p style="font-size: 12px;"><em>${mrMethod}</em></p></span></div>
<div class="blog-post__social-sharing"><span class="social-sharing__title">${mrShare[0]}</span>${mrShare
  .slice(1)
  .map((t) => `<a class="social-sharing__link" href="#" aria-label="Share on ${t}"><span>${t}</span></a>`)
  .join('')}</div>
<div class="blog-post__author-bio"><img src="/hubfs/elliot.jpg" alt="" class="blog-author__avatar"><p class="blog-author__bio">${mrBio}</p></div></article>
<section class="blog-subscribe"><h3>${mrSub[0]}</h3><form class="hs-form"><label>${mrSub[1]}</label><input type="email">
<input type="submit" value="Subscribe" class="hs-button primary"><span hidden>${mrSub[2]}</span></form></section>
<section class="blog-related-posts"><h2>${mrRecent[0]}</h2><div class="blog-related-posts__list">${mrRecent
  .slice(1)
  .map((t) => `<div class="blog-related-posts__post"><h3 class="blog-related-posts__title"><a href="#">${t}</a></h3></div>`)
  .join('')}</div></section></div></div></main>
<footer class="footer"><div class="footer__container content-wrapper"><ul class="no-list">${links(mrFoot)}</ul><p class="footer__legal">${mrLegal}</p>
<p class="footer__copyright">© 2025 Northgate Realty Partners. DRE #02188341.</p></div></footer></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner" data-hs-banner-type="eu">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-eu-policy-wording"><p>${mrCookie[0]}</p></div><div id="hs-eu-cookie-confirmation-button-group">
<a id="hs-eu-confirmation-button" role="button" href="#">${mrCookie[1]}</a><a id="hs-eu-decline-button" role="button" href="#">${mrCookie[2]}</a></div></div>
</div>
<script src="/hs/hsstatic/keyboard-accessible-menu-flyouts/static-1.17/bundles/project.js"></script>
<script type="text/javascript" id="hs-script-loader" async defer src="//js.hs-scripts.example/4471922.js"></script></body></html>`;

export const marketReport: TestPage = {
  html: mrHtml,
  name: 'heldout209-brokerage-market-report-news',
  kind: 'news',
  // table data cells are body (header cells in neither list); the methodology note at the end is body; the tag, the
  // download form inside the post, share module, author bio, subscribe box, recent reports, cookie banner and footer are furniture
  title: mrTitle,
  headings: [mrH1, mrH2, mrH3, mrH4],
  body: [...texts(mrP1), ...mrTable.flat(), ...mrP2, ...mrP3, ...mrList, ...texts(mrP4), mrMethod],
  bylines: ['Elliot Sandoval', 'October 14, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...mrNav, mrTag, ...mrDownload, ...mrShare, mrBio, ...mrSub, ...mrRecent, ...mrCookie, ...mrFoot, mrLegal,
    '© 2025 Northgate Realty Partners. DRE #02188341.',
  ],
};
