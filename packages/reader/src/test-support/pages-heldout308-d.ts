import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout308-kit.js';

/**
 * Held-out batch 308, file d: a smartphone launch story on a Next.js news site (hashed CSS-module class names, kicker,
 * dek, byline with reading time, share buttons, figure credit, inline "Read more" promo, newsletter box, "More in Phones"
 * rail, __NEXT_DATA__ script) and a telecoms regulator's consumer guide on GOV.UK (cookie banner, header, breadcrumbs,
 * metadata, contents list, govspeak body, print link, feedback component, related navigation, footer with licence).
 */
const nTitle = 'Lumet unveils the Arc 2 foldable with a crease you can barely feel';
const nDek = 'The second-generation Arc folds flat, weighs 221g and goes on sale across Europe on 3 April';
const nBody = [
  j(
    'Lumet, the phone maker based in Tampere, unveiled the Arc 2 on Tuesday at an event in Lisbon, promising a foldable that is',
    'lighter, thinner and tougher than its first attempt. The phone goes on sale in 14 European countries on 3 April, priced at',
    '€1,399 for the 256GB model.',
  ),
  j(
    'The headline change is the hinge. Lumet says its new "waterdrop" design lets the 7.9-inch inner screen fold into a teardrop',
    'shape, which leaves a far shallower crease than the first Arc. In a short hands-on, the crease was hard to see head-on and only',
    'just noticeable under a finger.',
  ),
  j(
    'Closed, the Arc 2 is 10.4mm thick, close to a regular phone in a case. The outer screen grows to 6.4 inches with a normal',
    'aspect ratio, which fixes the main complaint about the original model: that typing on the cover screen felt cramped.',
  ),
  j(
    "Inside is the same Corallis X9 chip used in Lumet's flagship slab phone, paired with 12GB of memory and a 4,800mAh battery",
    'split across both halves. Lumet promises seven years of Android updates, matching the longest commitments in the industry.',
  ),
  j(
    '"People told us they loved the big screen but hated the weight," said Aino Virtala, Lumet\'s head of product, on stage. "The',
    'Arc 2 is the foldable you forget is in your pocket."',
  ),
  j(
    'The camera system is where Lumet has held back. The main 50MP sensor is smaller than in its flagship, and the telephoto',
    'offers 3x rather than 5x zoom, a trade-off the company says was needed to keep the phone thin.',
  ),
  j(
    "Analysts expect foldables to remain a small part of the market. Petra Holm of the research firm Nordlight said the Arc 2's",
    'price was "still a hurdle", though trade-in offers of up to €400 in the first month should help early sales.',
  ),
];
const nMore = ['Veyra P9 review: a big battery in a small phone', 'Which carriers will sell the Arc 2?', 'Foldable screens: how long do they last?'];
const nNav = ['Phones', 'Laptops', 'Wearables', 'Networks', 'Deals', 'Podcasts'];
const nHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>${nTitle} | Signal Daily</title><meta name="description" content="${nDek}"/><meta property="og:type" content="article"/>
<meta property="article:published_time" content="2026-03-10T09:30:00.000Z"/><link rel="preload" href="/_next/static/css/3f1e8a.css" as="style"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nTitle}","datePublished":"2026-03-10T09:30:00Z",
"author":[{"@type":"Person","name":"Kasimir Lindqvist"}],"publisher":{"@type":"Organization","name":"Signal Daily"}}</script>
<script src="/_next/static/chunks/webpack-9c2d1e.js" defer=""></script><script src="/_next/static/chunks/pages/_app-0b4f.js" defer=""></script></head>
<body><div id="__next"><div class="Layout_layout__Xk2p9"><header class="SiteHeader_header__a1Bq7"><a class="SiteHeader_logo__Pz3rT" href="/">Signal
Daily</a><nav class="SiteNav_nav__8hGdL" aria-label="Sections"><ul class="SiteNav_list__kQ0vW">${links(nNav, 'SiteNav_item__2mTnE')}</ul></nav>
<button class="SiteHeader_subscribe__Jr5Yc">Subscribe</button></header>
<main class="ArticleLayout_main__x7Qz2"><article class="Article_article__3kPq1"><header class="ArticleHeader_header__a9D2f">
<a class="Kicker_kicker__Z1mX0" href="/phones">Phones</a><h1 class="ArticleHeader_headline__kL2pQ">${nTitle}</h1>
<p class="ArticleHeader_dek__W0eYc">${nDek}</p>
<div class="Byline_byline__Fq8sN"><span class="Byline_author__1xVbD">By <a href="/authors/kasimir-lindqvist">Kasimir
Lindqvist</a></span><time class="Byline_date__Ly4Kc" dateTime="2026-03-10T09:30:00.000Z">March 10, 2026, 9:30 AM UTC</time>
<span class="Byline_readTime__c3RmA">4 min read</span></div>
<div class="ShareBar_share__tV9pB"><button aria-label="Copy link" class="ShareBar_button__oM2Xe">Copy link</button>
<button aria-label="Share on Bluesky" class="ShareBar_button__oM2Xe">Bluesky</button>
<button aria-label="Share on LinkedIn" class="ShareBar_button__oM2Xe">LinkedIn</button></div>
</header><figure class="Figure_figure__gH7wQ"><span style="box-sizing:border-box;display:block;overflow:hidden"><img alt="The Lumet Arc 2 half-folded"
src="/_next/image?url=%2Farc2.jpg&amp;w=1200&amp;q=75" decoding="async"/></span><figcaption class="Figure_caption__sQ1dM">The Arc 2 in its Slate finish.
<span class="Figure_credit__n8YhB">Photo: Lumet</span></figcaption></figure>
<div class="ArticleBody_body__Lr7Zu">${ps(nBody.slice(0, 3), ' class="Paragraph_paragraph__uR3hA"')}
<aside class="InlinePromo_promo__H2kxC"><span class="InlinePromo_label__d4Tnm">Read more:</span> <a href="/veyra-p9-review">Veyra P9 review: a big battery
in a small phone</a></aside>
${ps(nBody.slice(3), ' class="Paragraph_paragraph__uR3hA"')}</div>
<div class="Tags_tags__eQ9mX"><a href="/tags/foldables">Foldables</a><a href="/tags/lumet">Lumet</a></div></article>
<section class="Newsletter_box__Mw6fA"><h2 class="Newsletter_title__Rv1sT">The Signal</h2><p>Our daily briefing on phones and networks, every weekday at
7am.</p><form><input type="email" placeholder="you@example.com"/><button>Sign up</button></form></section>
<aside class="Rail_rail__Pq3zN"><h2 class="Rail_title__Bn0xH">More in Phones</h2><ul>${links(nMore, 'Rail_item__Zt5uW')}</ul></aside></main>
<footer class="SiteFooter_footer__Vw2Ls"><ul>${links(['About', 'Ethics policy', 'Careers', 'Privacy', 'Terms of use'])}</ul>
<p>© 2026 Signal Daily Media AB</p></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"article":{"id":"a-88213","slug":"lumet-arc-2-launch","section":"phones",
"wordCount":412}}},"page":"/[section]/[slug]","query":{"section":"phones","slug":"lumet-arc-2-launch"},"buildId":"Qm3Lk9xT2","isFallback":false}</script>
</body></html>`;
const nextNews: TestPage = {
  name: 'heldout308-nextjs-news-launch',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: [],
  body: texts([nDek, ...nBody]),
  bylines: ['Kasimir Lindqvist', 'March 10, 2026, 9:30 AM UTC', '4 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Signal Daily', ...nNav, 'Subscribe', 'Copy link', 'Bluesky', 'LinkedIn', 'The Arc 2 in its Slate finish.', 'Photo: Lumet', 'Read more:',
    'Foldables', 'The Signal', 'Our daily briefing on phones and networks, every weekday at 7am.', 'Sign up', 'More in Phones', ...nMore,
    'About', 'Ethics policy', 'Careers', 'Privacy', 'Terms of use', '© 2026 Signal Daily Media AB',
  ],
};

const gTitle = 'Switching broadband or landline provider: a guide for consumers';
const gIntro = [
  j(
    'Most people can switch broadband or landline provider by contacting only the provider they want to join. The new provider',
    'arranges the switch and tells your old provider, and you should not be without service for more than one working day.',
  ),
];
const gHow = [
  'Check that the new service is available at your address and compare prices, speeds and contract lengths.',
  'Contact the new provider and give it your switching code if it asks for one.',
  'Agree a switch date. You have 14 days from the contract start to cancel without paying anything.',
];
const gCode = [
  j(
    'Your current provider must give you a switching code free of charge, by phone, online or by text, within one minute of your',
    'request. It must also tell you whether you will pay early termination charges and what happens to any other services you',
    'buy together, such as television or mobile.',
  ),
];
gCode.push(
  j(
    'If you want to keep your landline number, tell the new provider when you order. Numbers can be moved between most providers,',
    'and the old provider cannot refuse to release your number because you still owe it money. Remember to cancel any separate',
    'services, such as a television package, that do not end automatically when your broadband switches.',
  ),
);
const gGoesWrong = [
  j(
    'If your service is down for more than one working day after a switch, your new provider must pay you automatic compensation',
    'of £9.76 for each day without service. You do not need to claim it.',
  ),
  j(
    'If you cannot resolve a complaint with your provider within eight weeks, you can take it to an independent dispute resolution',
    'scheme free of charge. Your provider must tell you which scheme it belongs to.',
  ),
];
const gHeadings = ['How switching works', 'Getting your switching code', 'If something goes wrong'];
const gCrumbs = ['Home', 'Business and industry', 'Telecommunications'];
const gRelated = ['Broadband speeds: your rights', 'Mobile phone contracts: ending early', 'Complain about a phone or broadband company'];
const gHtml = `<!DOCTYPE html><html lang="en" class="govuk-template govuk-template--rebranded"><head><meta charset="utf-8">
<title>${gTitle} - GOV.UK</title><meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<meta name="govuk:format" content="detailed_guide"><meta name="govuk:primary-publishing-organisation" content="Communications Standards Authority">
<meta property="og:site_name" content="GOV.UK"><meta property="og:type" content="article"><meta name="govuk:content-id" content="b41c2e5a-7f0d">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Article","headline":"${gTitle}","datePublished":"2026-01-12T09:30:00+00:00",
"publisher":{"@type":"Organization","name":"GOV.UK"}}</script></head>
<body class="govuk-template__body gem-c-layout-for-public"><script>document.body.className += ' js-enabled govuk-frontend-supported';</script>
<div id="global-cookie-message" class="gem-c-cookie-banner govuk-clearfix" data-module="cookie-banner" role="region" aria-label="Cookies on GOV.UK">
<div class="govuk-cookie-banner js-banner-wrapper" role="region" aria-label="Cookies on GOV.UK">
<div class="gem-c-cookie-banner__message govuk-cookie-banner__message">
<h2 class="govuk-cookie-banner__heading govuk-heading-m">Cookies on GOV.UK</h2><div class="govuk-cookie-banner__content"><p class="govuk-body">We use some
essential cookies to make this website work.</p><p class="govuk-body">We’d like to set additional cookies to understand how you use GOV.UK, remember your
settings and improve government services.</p></div><div class="govuk-button-group"><button class="govuk-button" type="submit">Accept additional
cookies</button><button class="govuk-button" type="submit">Reject additional cookies</button><a class="govuk-link" href="/help/cookies">View
cookies</a></div></div></div></div>
<a href="#content" class="govuk-skip-link" data-module="govuk-skip-link">Skip to main content</a>
<header role="banner" class="gem-c-layout-super-navigation-header"><div class="gem-c-layout-super-navigation-header__container govuk-width-container">
<a class="gem-c-layout-super-navigation-header__header-logo" href="https://www.gov.uk/"><span class="govuk-visually-hidden">GOV.UK</span></a>
<nav aria-labelledby="super-navigation-menu-heading"><ul>${links(['Menu', 'Search GOV.UK'], 'gem-c-layout-super-navigation-header__navigation-item')}</ul>
</nav></div></header>
<div class="govuk-width-container"><div class="gem-c-contextual-breadcrumbs govuk-!-display-none-print"><nav class="gem-c-breadcrumbs govuk-breadcrumbs"
aria-label="Breadcrumb"><ol class="govuk-breadcrumbs__list">${links(gCrumbs, 'govuk-breadcrumbs__list-item')}</ol></nav></div>
<main role="main" id="content" class="govuk-main-wrapper" lang="en"><div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
<div class="gem-c-heading govuk-!-margin-bottom-8"><span class="govuk-caption-xl gem-c-heading__context">Guidance</span>
<h1 class="gem-c-heading__text govuk-heading-l">${gTitle}</h1></div>
<p class="gem-c-lead-paragraph">How to move to a new broadband or landline provider, what your old provider must do, and what to do if it goes wrong.</p>
<div class="gem-c-metadata" data-module="gem-toggle metadata"><dl><dt class="gem-c-metadata__term">From:</dt><dd class="gem-c-metadata__definition">
<a href="/government/organisations/csa" class="govuk-link">Communications Standards Authority</a></dd><dt class="gem-c-metadata__term">Published</dt>
<dd class="gem-c-metadata__definition">12 January 2026</dd><dt class="gem-c-metadata__term">Last updated</dt><dd class="gem-c-metadata__definition">3 March
2026 <a href="#full-publication-update-history" class="govuk-link">See all updates</a></dd></dl></div>
<nav class="gem-c-contents-list" aria-label="Contents" role="navigation"><h2 class="gem-c-contents-list__title">Contents</h2>
<ol class="gem-c-contents-list__list">${links(gHeadings, 'gem-c-contents-list__list-item gem-c-contents-list__list-item--dashed')}</ol></nav>
<div class="gem-c-govspeak govuk-govspeak" data-module="govspeak"><div class="govspeak">${ps(gIntro)}
<h2 id="how-switching-works">${gHeadings[0]}</h2><ol class="steps">${lis(gHow)}</ol>
<h2 id="getting-your-switching-code">${gHeadings[1]}</h2>${ps(gCode)}
<div role="note" aria-label="Information" class="application-notice info-notice"><p>Switching between providers on different networks, such as
cable and full fibre, now works in the same way.</p></div>
<h2 id="if-something-goes-wrong">${gHeadings[2]}</h2>${ps(gGoesWrong)}</div></div>
<div class="gem-c-published-dates" id="full-publication-update-history"><p>Published 12 January 2026</p><p>Last updated 3 March 2026</p></div>
<div class="gem-c-print-link"><button class="govuk-link gem-c-print-link__button">Print this page</button></div></div>
<div class="govuk-grid-column-one-third"><aside class="gem-c-related-navigation" role="complementary"><h2 class="gem-c-related-navigation__main-heading"
data-track-count="related">Related content</h2><ul class="gem-c-related-navigation__link-list">${links(gRelated)}</ul></aside></div></div>
<div class="gem-c-feedback govuk-!-display-none-print" data-module="feedback"><div class="gem-c-feedback__prompt"><h2 class="gem-c-feedback__prompt-question">Is
this page useful?</h2><button class="govuk-button">Yes</button><button class="govuk-button">No</button><button class="govuk-button">Report a problem with this
page</button></div></div></main></div>
<footer class="gem-c-layout-footer govuk-footer" role="contentinfo"><div class="govuk-width-container"><h2 class="govuk-visually-hidden">Support links</h2>
<ul class="govuk-footer__inline-list">${links(['Help', 'Privacy', 'Cookies', 'Accessibility statement', 'Contact', 'Terms and conditions'])}</ul>
<span class="govuk-footer__licence-description">All content is available under the <a class="govuk-footer__link" href="#">Open Government Licence v3.0</a>,
except where otherwise stated</span><a class="govuk-footer__copyright-logo" href="#">© Crown copyright</a></div></footer>
<script src="/assets/frontend/application-4c2a.js" type="module"></script></body></html>`;
const govuk: TestPage = {
  name: 'heldout308-govuk-regulator-guide',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: gHeadings,
  body: texts([
    'How to move to a new broadband or landline provider, what your old provider must do, and what to do if it goes wrong.',
    ...gIntro,
    ...gHow,
    ...gCode,
    'Switching between providers on different networks, such as cable and full fibre, now works in the same way.',
    ...gGoesWrong,
  ]),
  bylines: ['Communications Standards Authority', '12 January 2026', '3 March 2026', 'Published 12 January 2026', 'Last updated 3 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Cookies on GOV.UK', 'We use some essential cookies to make this website work.',
    'We’d like to set additional cookies to understand how you use GOV.UK, remember your settings and improve government services.',
    'Accept additional cookies', 'Reject additional cookies', 'View cookies', 'Skip to main content', 'Menu', 'Search GOV.UK', ...gCrumbs, 'Guidance',
    'From:', 'See all updates',
    'Contents', 'Print this page', 'Related content', ...gRelated, 'Is this page useful?', 'Report a problem with this page', 'Help', 'Privacy', 'Cookies',
    'Accessibility statement', 'Terms and conditions',
    'All content is available under the Open Government Licence v3.0, except where otherwise stated',
    '© Crown copyright',
  ],
};

export const HELDOUT308_D: readonly TestPage[] = [nextNews, govuk];
