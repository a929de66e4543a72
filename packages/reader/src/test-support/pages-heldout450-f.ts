import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout450-kit.js';

/**
 * Held-out batch 450, file f: a company's correction to a press release on a PR Newswire-style newswire page (the corrected
 * release follows the correction paragraph; dateline inside the first paragraph), and a local news site's updated story
 * with "Update:" blocks, built with the Elementor page builder (theme-builder header, post-info, share buttons, posts and
 * form widgets) and a CookieYes banner.
 */
const nTitle = 'CORRECTION -- Brannock Thermal Systems Reports Fourth-Quarter and Full-Year 2025 Results';
const nBody = [
  j(
    'HALDEN, England, March 4, 2026 /PRNewswire/ -- In the news release, "Brannock Thermal Systems Reports Fourth-Quarter and',
    'Full-Year 2025 Results," issued 03-Mar-2026 by Brannock Thermal Systems over PR Newswire, we are advised by the company that',
    'the figure for full-year order intake in the second paragraph should read "£412.6 million" rather than "£461.2 million", and',
    'that the comparison with 2024 should read "up 6%" rather than "up 19%", as originally issued inadvertently. The complete,',
    'corrected release follows:',
  ),
  j(
    'Brannock Thermal Systems plc, a maker of industrial heat pumps and heat-recovery units, today reported revenue of £118.4',
    'million for the fourth quarter of 2025, up 9% on the same period a year earlier, and full-year revenue of £431.0 million, up 7%.',
  ),
  j(
    'Full-year order intake was £412.6 million, up 6% on 2024, led by demand from food processing and district heating customers',
    'in Northern Europe. The order book at year end stood at £287.5 million.',
  ),
  'Highlights of the year included:',
  'Operating margin of 11.8%, compared with 10.9% in 2024.',
  'First deliveries of the BT-900 high-temperature heat pump, rated for process steam up to 150°C.',
  'Opening of a second assembly line at the Corrick plant, adding capacity for around 400 units a year.',
  'A proposed final dividend of 6.2 pence per share, bringing the total for the year to 9.4 pence.',
  j(
    '"Our customers are moving from pilots to full-scale replacement of gas boilers, and that shows in the size of the orders we',
    'are winning," said Helena Marsh-Obi, chief executive. "We go into 2026 with a healthy order book and the capacity to deliver it."',
  ),
  j(
    'The company expects revenue growth in 2026 of between 6% and 9% at constant currency, with operating margin broadly in line',
    'with 2025. A presentation for analysts and investors will be held at 10:00 GMT on March 4, 2026, and a recording will be',
    "available on the company's investor website.",
  ),
  'About Brannock Thermal Systems',
  j(
    'Brannock Thermal Systems designs and manufactures industrial heat pumps and heat-recovery equipment for food, chemical and',
    'district energy customers. Founded in 1978, it employs about 1,600 people at sites in England, Denmark and Poland.',
  ),
  'Media contact: Ines Harlow, +44 1632 960418, press@brannock-thermal.example',
];
const nNav = ['News Releases', 'Products', 'Contact', 'Send a Release', 'Sign Up', 'Log In'];
const nAlso = [
  'Brannock Thermal Systems Reports Fourth-Quarter and Full-Year 2025 Results',
  'Brannock Thermal Systems to Announce 2025 Results on March 3',
  'Brannock Opens Second Assembly Line at Corrick Plant',
];
const nExplore = ['Manufacturing & Engineering', 'Energy', 'Earnings', 'Utilities'];
const nFoot = ['Contact', 'Terms of Use', 'Privacy Policy', 'Site Map', 'RSS', 'Cookie Settings'];
const nHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>${nTitle}</title>
<meta name="description" content="/PRNewswire/ -- In the news release, Brannock Thermal Systems Reports Fourth-Quarter and Full-Year 2025 Results...">
<meta property="og:site_name" content="PR Newswire"><meta name="author" content="Brannock Thermal Systems">
<meta name="date" content="2026-03-04T08:30:00-05:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nTitle}","datePublished":"2026-03-04T08:30:00-05:00",
"publisher":{"@type":"Organization","name":"Cision PR Newswire"},"author":{"@type":"Organization","name":"Brannock Thermal Systems"}}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"pageType":"news-release","industry":"MAN","subject":"ERN"});</script></head>
<body class="news-release-detail"><div class="skip-links"><a href="#main" class="sr-only sr-only-focusable">Skip to main content</a></div>
<header class="header-site" role="banner"><div class="container"><a class="navbar-brand" href="/"><img src="/content/dam/prnewswire/logo.svg"
alt="Cision PR Newswire"></a>
<nav class="navbar navbar-default" role="navigation"><ul class="nav navbar-nav">${links(nNav, 'dropdown')}</ul></nav>
<form class="header-search" action="/search/news/"><input type="text" class="form-control" placeholder="Search"></form></div></header>
<main id="main" class="news-release-main"><article class="news-release inline-gallery-template"><header class="container release-header">
<div class="row"><div class="col-sm-12 col-lg-10 col-lg-offset-1"><h1>${nTitle}</h1>
<div class="row"><div class="col-sm-8"><div class="swaBrandInfo"><p class="mb-no">News provided by</p><a href="/news/brannock-thermal-systems/"
class="swaBrandLink"><strong>Brannock Thermal Systems</strong></a>
<p class="mb-no">Mar 04, 2026, 08:30 ET</p></div></div>
<div class="col-sm-4"><div class="social-links"><p class="share-article">Share this article</p><ul class="social-icon-links"><li><a href="#"
class="share-facebook">Share to Facebook</a></li><li><a href="#" class="share-x">Share to X</a></li><li><a href="#" class="share-linkedin">Share to
LinkedIn</a></li><li><a href="#" class="share-email">Email</a></li></ul></div></div></div></div></div></header>
<section class="release-body container"><div class="row"><div class="col-lg-10 col-lg-offset-1">
${ps(nBody.slice(0, 4))}
<ul type="disc">${nBody
  .slice(4, 8)
  .map((t) => `<li>${t}</li>`)
  .join('\n')}</ul>
${ps(nBody.slice(8, 10))}
<p><b>${nBody[10]}</b></p>
${ps(nBody.slice(11))}
<p>SOURCE Brannock Thermal Systems</p>
<img alt="" src="https://rt.prnewswire.example/rt.gif?NewsItemId=LN11880&amp;Transmission_Id=202603040830PR_NEWS_EURO_ND__LN11880" style="display:none">
</div></div></section>
<section class="container release-also"><div class="row"><div class="col-sm-12 col-lg-10 col-lg-offset-1"><h3>Also from this source</h3>
<ul class="list-unstyled">${links(nAlso)}</ul></div></div></section>
<section class="container release-explore"><h3>Explore</h3><ul class="list-inline">${links(nExplore)}</ul>
<h3>News Releases in Similar Topics</h3><p><a href="/news-releases/energy-latest-news/">Energy</a></p></section>
<div class="container release-cta"><h3>Contact Cision</h3><p>Cision Distribution 888-776-0942 from 8 AM - 10 PM ET</p></div>
</article></main>
<footer class="footer-site" role="contentinfo"><div class="container"><ul class="footer-nav">${links(nFoot)}</ul>
<p class="copyright">Copyright © 2026 Cision US Inc.</p></div></footer>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFloatingRoundedCorner" role="region" aria-label="Cookie banner"><div
id="onetrust-policy-text">By clicking “Accept All Cookies”, you agree to the storing of cookies on your device to enhance site navigation, analyze site
usage, and assist in our marketing efforts.</div><button id="onetrust-accept-btn-handler">Accept All Cookies</button><button
id="onetrust-pc-btn-handler">Cookies Settings</button></div></div>
<script src="/etc/designs/prnewswire/clientlibs/release.min.js"></script></body></html>`;
const newswire: TestPage = {
  name: 'heldout450-prnewswire-release-correction-news',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: [],
  body: texts(nBody),
  bylines: ['Mar 04, 2026, 08:30 ET'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...nNav, 'News provided by', 'Share this article', 'Share to Facebook', 'Share to X', 'Share to LinkedIn', 'Email',
    'SOURCE Brannock Thermal Systems', 'Also from this source', ...nAlso.slice(1), 'Explore', ...nExplore, 'News Releases in Similar Topics',
    'Contact Cision', 'Cision Distribution 888-776-0942 from 8 AM - 10 PM ET', ...nFoot, 'Copyright © 2026 Cision US Inc.',
    j(
      'By clicking “Accept All Cookies”, you agree to the storing of cookies on your device to enhance site navigation, analyze site usage,',
      'and assist in our marketing efforts.',
    ),
    'Accept All Cookies', 'Cookies Settings',
  ],
};

const eTitle = 'Chemical leak at Dunmore Road plant: residents told to keep windows closed';
const eHeadings = ['What happened', 'Advice for residents', 'What happens next'];
const eBody = [
  j(
    '<strong>Update, 9:10 a.m. Thursday:</strong> The fire service has lifted the advice to keep windows closed. Air monitoring overnight',
    'found no trace of the solvent beyond the plant boundary, and Dunmore Road reopened to traffic at 7 a.m.',
  ),
  j(
    '<strong>Update, 6:40 p.m.:</strong> The county council says the two workers taken to hospital have been discharged. An earlier',
    'version of this story, based on information from the company, said three workers had been treated; the fire service has since',
    'confirmed that the number was two.',
  ),
  j(
    'Residents living within half a mile of the Corvane Coatings plant on Dunmore Road were told on Wednesday afternoon to stay',
    'indoors and keep windows and doors closed after a leak of solvent vapour from a storage tank.',
  ),
  j(
    'Firefighters were called to the site at 2:18 p.m. after staff reported a strong smell near the tank farm at the back of the',
    'plant. Crews wearing breathing apparatus isolated a faulty valve on a 20,000-litre tank of xylene-based thinner, and the',
    'leak was stopped by 3:30 p.m.',
  ),
  j(
    'Station manager Petra Lindqvist said the amount released was “relatively small” but that the vapour could irritate the eyes',
    'and throat. “We are being cautious because it is a warm day and people will have their windows open,” she said.',
  ),
  'The fire service and the county’s public health team gave the following advice while the warning was in place:',
  'Stay indoors and keep windows and doors closed.',
  'Switch off ventilation systems that draw in outside air.',
  'If you have sore eyes or a sore throat, rinse with clean water and call the NHS 111 service if symptoms persist.',
  'Do not call 999 unless someone is seriously unwell.',
  j(
    'Corvane Coatings said in a statement that it was cooperating fully with the fire service and the Environment Agency and would',
    'carry out its own investigation into the valve failure. The plant, which employs about 140 people, stopped production for',
    'the rest of the day.',
  ),
  j(
    'Councillor Aled Ferrier, who represents the Dunmore ward, said he would ask the company to meet residents. “This is the',
    'second incident at the plant in three years, and people want to know what is being done to stop a third,” he said.',
  ),
];
const eMenu = ['News', 'Sport', 'What’s On', 'Business', 'Obituaries', 'Advertise'];
const eLatest = ['Market hall traders given six more months', 'Youth football club wins grant for new pitch', 'Library to open on Sundays from April'];
const eFoot = ['About us', 'Contact', 'Complaints', 'Privacy', 'Cookies'];
const el = (id: string, widget: string, inner: string): string => `<div class="elementor-element elementor-element-${id} elementor-widget
elementor-widget-${widget.split('.')[0]}" data-id="${id}" data-element_type="widget" data-widget_type="${widget}"><div class="elementor-widget-container">
${inner}</div></div>`;
const sec = (id: string, inner: string): string => `<section class="elementor-section elementor-top-section elementor-element elementor-element-${id}
elementor-section-boxed elementor-section-height-default" data-id="${id}" data-element_type="section"><div class="elementor-container
elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column elementor-element" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">${inner}</div></div></div></section>`;
const eInfo = ['By Cal Brereton', 'March 4, 2026', '2:55 pm', 'No Comments'];
const eHtml = `<!doctype html><html lang="en-GB"><head><meta charset="UTF-8"><title>${eTitle} – Dunmore Dispatch</title>
<meta property="og:type" content="article"><meta property="article:modified_time" content="2026-03-05T09:12:40+00:00">
<script type="application/ld+json" class="rank-math-schema">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${eTitle}",
"author":{"@type":"Person","name":"Cal Brereton"},"dateModified":"2026-03-05T09:12:40+00:00"}]}</script>
<link rel='stylesheet' id='elementor-frontend-css' href='https://dunmoredispatch.example/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4'>
<script>var ElementorProFrontendConfig = {"ajaxurl":"https:\\/\\/dunmoredispatch.example\\/wp-admin\\/admin-ajax.php","shareButtonsNetworks":{"facebook":
{"title":"Facebook"}}};</script></head>
<body class="post-template-default single single-post postid-9981 elementor-default elementor-template-full-width elementor-kit-7 elementor-page-2231">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="112" class="elementor elementor-112 elementor-location-header">${sec(
  '1a2b3c4',
  el('5d6e7f8', 'theme-site-logo.default', '<a href="/"><img src="/wp-content/uploads/logo.png" alt="Dunmore Dispatch"></a>') +
    el(
      '8f7e6d5',
      'nav-menu.default',
      `<nav class="elementor-nav-menu--main elementor-nav-menu__container">
<ul id="menu-1-8f7e6d5" class="elementor-nav-menu">${links(eMenu, 'menu-item')}</ul></nav>`,
    ),
)}</div>
<div data-elementor-type="single-post" data-elementor-id="2231" class="elementor elementor-2231 elementor-location-single post-9981 post type-post">
${sec(
  '3c9d1e0',
  el(
    'a11b22c',
    'breadcrumbs.default',
    '<p id="breadcrumbs"><span><a href="/">Home</a> » <a href="/news/">News</a> » <span>Dunmore Road leak</span></span></p>',
  ) +
    el('3c9d1e1', 'theme-post-title.default', `<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1>`) +
    el(
      '4d0e2f2',
      'post-info.default',
      `<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">${eInfo
        .map(
          (t) => `<li class="elementor-icon-list-item elementor-inline-item"><span class="elementor-icon-list-text elementor-post-info__item">${t}</span></li>`,
        )
        .join('\n')}</ul>`,
    ) +
    el(
      '5e1f3a3',
      'theme-post-featured-image.default',
      '<figure class="wp-caption"><img src="/wp-content/uploads/2026/03/dunmore.jpg" alt="">' +
        '<figcaption class="widget-image-caption wp-caption-text">Fire crews at' +
        ' the Corvane Coatings site on Wednesday afternoon. Picture: Dunmore Dispatch</figcaption></figure>',
    ) +
    el(
      '6f2a4b4',
      'share-buttons.default',
      `<div class="elementor-grid">${['Facebook', 'WhatsApp', 'Email']
        .map((t) => `<div class="elementor-grid-item"><div class="elementor-share-btn"><span class="elementor-share-btn__title">${t}</span></div></div>`)
        .join('')}</div>`,
    ) +
    el(
      '7a3b5c5',
      'theme-post-content.default',
      `${ps(eBody.slice(0, 2), ' class="update-note"')}\n<h2>${eHeadings[0]}</h2>\n${ps(eBody.slice(2, 5))}\n<h2>${eHeadings[1]}</h2>\n${ps(eBody.slice(5, 6))}
<ul>${eBody
        .slice(6, 10)
        .map((t) => `<li>${t}</li>`)
        .join('')}</ul>\n<p class="dd-promo"><strong>Read more:</strong> <a href="/news/corvane-2023">Corvane fined £80,000 over 2023 spill</a></p>
<h2>${eHeadings[2]}</h2>\n${ps(eBody.slice(10))}`,
    ) +
    el(
      '8b4c6d6',
      'author-box.default',
      '<div class="elementor-author-box"><div class="elementor-author-box__text"><h4 class="elementor-author-box__name">Cal' +
        ' Brereton</h4><div class="elementor-author-box__bio">Cal is the Dispatch’s chief reporter.</div></div></div>',
    ) +
    el(
      '9c5d7e7',
      'posts.default',
      `<h2 class="elementor-heading-title">Latest news</h2><div class="elementor-posts-container elementor-posts">${eLatest
        .map((t) => `<article class="elementor-post"><h3 class="elementor-post__title"><a href="#">${t}</a></h3></article>`)
        .join('\n')}</div>`,
    ) +
    el(
      'ad6e8f8',
      'form.default',
      '<h3 class="elementor-form-title">Get the Dispatch every morning</h3><form class="elementor-form" method="post" name="Newsletter"><input' +
        ' type="email" placeholder="Your email address"><button type="submit" class="elementor-button"><span class="elementor-button-text">Sign' +
        ' me up</span></button></form>',
    ),
)}</div>
<div data-elementor-type="footer" data-elementor-id="118" class="elementor elementor-118 elementor-location-footer">${sec(
  'b7e9a09',
  el('c8fab10', 'nav-menu.default', `<ul class="elementor-nav-menu">${links(eFoot, 'menu-item')}</ul>`) +
    el('d9ab11', 'text-editor.default', '<p>© 2026 Dunmore Dispatch Community Interest Company. Independent news for Dunmore and the valley.</p>'),
)}</div>
<div class="cky-consent-container cky-box-bottom-left" tabindex="0"><div class="cky-consent-bar"><div class="cky-notice"><p class="cky-title">We value
your privacy</p><div class="cky-notice-des"><p>We use cookies to enhance your browsing experience and analyse our traffic.</p></div>
<div class="cky-notice-btn-wrapper"><button class="cky-btn cky-btn-customize">Customise</button><button class="cky-btn cky-btn-reject">Reject
All</button><button class="cky-btn cky-btn-accept">Accept All</button></div></div></div></div>
<script src='https://dunmoredispatch.example/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.21.2'></script></body></html>`;
const elementor: TestPage = {
  name: 'heldout450-elementor-local-news-updated-story-news',
  kind: 'news',
  html: eHtml,
  title: eTitle,
  headings: eHeadings,
  body: texts(eBody),
  bylines: ['By Cal Brereton', 'March 4, 2026', '2:55 pm', 'Cal Brereton'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eMenu, 'Home', 'Dunmore Road leak', 'No Comments',
    'Fire crews at the Corvane Coatings site on Wednesday afternoon. Picture: Dunmore Dispatch', 'Facebook', 'WhatsApp', 'Email',
    'Read more: Corvane fined £80,000 over 2023 spill', 'Cal is the Dispatch’s chief reporter.', 'Latest news', ...eLatest,
    'Get the Dispatch every morning', 'Sign me up',
    ...eFoot, '© 2026 Dunmore Dispatch Community Interest Company. Independent news for Dunmore and the valley.',
    'We value your privacy', 'We use cookies to enhance your browsing experience and analyse our traffic.', 'Customise', 'Reject All', 'Accept All',
  ],
};

export const HELDOUT450_F: readonly TestPage[] = [newswire, elementor];
