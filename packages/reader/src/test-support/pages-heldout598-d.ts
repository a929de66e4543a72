import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout598-kit.js';

/** Held-out batch 598, file d: a local news article on a Next.js news site (CSS modules, __NEXT_DATA__), and a drain jetting FAQ on HubSpot CMS. */
const nTitle = 'Collapsed sewer floods six homes on Mill Lane as water firm promises relining';
const nDek = 'Residents say raw sewage has come up through their gardens three times since October.';
const nBody = [
  j(
    'Six households on Mill Lane in Ostbury have been told a collapsed sewer under the road will be relined within a month, after',
    'sewage flooded their gardens and two ground-floor kitchens for the third time since October.',
  ),
  j(
    'Greyfen Water said a camera survey last week found a 12-metre section of the 1930s clay sewer had cracked and partly',
    'collapsed, most likely because of tree roots and heavy traffic from the new housing estate at the top of the lane.',
  ),
  j(
    '“We have had to throw away carpets, a fridge freezer and most of the children’s toys,” said Priya Haldane, who has lived',
    'at number 14 for eleven years. “Every time it rains hard we are up at night watching the manhole in the back garden.”',
  ),
  'How the repair will work',
  j(
    'Rather than digging up the lane, engineers plan to pull a resin-soaked liner through the old pipe and cure it with hot water,',
    'creating a new pipe inside the old one. The company said the work would take about four days and the road would stay open,',
    'with temporary traffic lights at the junction with Station Road.',
  ),
  j('Until then, a tanker will be on standby during heavy rain to pump the sewer down and stop it backing up into homes.'),
  'Compensation',
  j(
    'Greyfen Water said affected households could claim a payment under its guaranteed standards scheme and that its claims team',
    'would visit each property this week. Ward councillor Neil Farrant said the company had been slow to respond after the first',
    'flood in October and called for the whole length of the sewer to be surveyed.',
  ),
  j(
    'A spokesperson for the company said: “We are sorry for the distress this has caused. Our teams have cleaned and disinfected',
    'the affected gardens and we will keep residents updated every day until the repair is finished.”',
  ),
];
const nHeads = [nBody[3] ?? '', nBody[6] ?? ''];
const nNav = ['News', 'Sport', 'What’s On', 'Property', 'Jobs', 'Announcements'];
const nMost = ['Ostbury bypass consultation opens next week', 'Bakery on Fore Street closes after 60 years', 'Town council approves new skate park'];
const nFoot = ['About us', 'Contact', 'Advertise', 'Complaints', 'Privacy notice', 'Cookie settings'];
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${nTitle} | Ostbury Echo</title>
<meta name="description" content="${nDek}"><meta property="og:type" content="article"><meta name="next-head-count" content="9">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nTitle}","datePublished":"2026-01-21T06:00:00Z",
"author":[{"@type":"Person","name":"Hollie Brandt"}],"publisher":{"@type":"NewsMediaOrganization","name":"Ostbury Echo"}}</script>
<link rel="preload" href="/_next/static/css/9c2f1e0a7b3d.css" as="style"><link rel="stylesheet" href="/_next/static/css/9c2f1e0a7b3d.css" data-n-g="">
<noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-78c92fac7aa8fdd8.js"></script>
<script src="/_next/static/chunks/webpack-1b8e2f4c.js" defer=""></script><script src="/_next/static/chunks/pages/%5Bsection%5D/%5Bslug%5D-3f9a.js" defer="">
</script></head>
<body><div id="__next"><a class="SkipLink_skip__Q2x7a" href="#main">Skip to main content</a>
<header class="SiteHeader_header__8kT2m"><div class="SiteHeader_inner__fN3aC"><a class="SiteHeader_logo__1pQzX" href="/" aria-label="Ostbury Echo home">
<svg viewBox="0 0 120 24" role="img"><title>Ostbury Echo</title></svg></a><nav class="PrimaryNav_nav__Zx4bK" aria-label="Sections">
<ul class="PrimaryNav_list__wE2tc">
${links(nNav, 'PrimaryNav_item__k9LmQ')}</ul></nav><button class="SiteHeader_search__yT6nB" aria-label="Search" type="button"><svg aria-hidden="true"></svg>
</button>
<a class="SiteHeader_subscribe__r3GhJ" href="/subscribe">Subscribe</a></div></header>
<main id="main" class="Layout_main__b8VqN"><div class="ArticlePage_grid__mX3sd"><article class="ArticlePage_article__cT7nP">
<header class="ArticleHeader_header__pL1sd"><a class="ArticleHeader_kicker__w9QxA" href="/news/local">Local news</a>
<h1 class="ArticleHeader_headline__3kT9x">${nTitle}</h1><p class="ArticleHeader_standfirst__Hq2Vb">${nDek}</p>
<div class="Byline_byline__Yh7Gd"><span class="Byline_author__u2KcN">By <a href="/authors/hollie-brandt">Hollie Brandt</a></span>
<span class="Byline_role__Fq8Ps">Local Democracy Reporter</span><time class="Byline_date__aP4rE" dateTime="2026-01-21T06:00:00Z">21 January 2026, 6:00am</time>
</div>
<ul class="ShareBar_bar__nD5eG" aria-label="Share this article"><li><button class="ShareBar_button__Lm2Jx">Facebook</button></li><li><button
class="ShareBar_button__Lm2Jx">WhatsApp</button></li><li><button class="ShareBar_button__Lm2Jx">Copy link</button></li></ul></header>
<figure class="ArticleImage_figure__v7Nq1">
<img alt="Sewage-stained garden behind houses on Mill Lane" src="/_next/image?url=%2Fimg%2Fmill-lane.jpg&amp;w=1200&amp;q=75"
loading="eager" decoding="async"><figcaption class="ArticleImage_caption__Kp9Xs">Flood water behind homes on Mill Lane on Sunday.
<span class="ArticleImage_credit__3RdmE">Photo: Ostbury Echo reader</span></figcaption></figure>
<div class="ArticleBody_body__dK8Ws">
${ps(nBody.slice(0, 3))}
<aside class="InlineRelated_box__Tz6Ye"><span class="InlineRelated_label__g5HsW">Read more</span><a href="/news/local/greyfen-water-fined">Greyfen Water fined
£1.2m over sewage spills into the River Ost</a></aside>
<h2>${nHeads[0]}</h2>
${ps(nBody.slice(4, 6))}
<div class="AdSlot_slot__qW3eR" data-slot="mpu-1"><span class="AdSlot_label__Bv8Mc">Advertisement</span><div id="div-gpt-ad-mpu-1"></div></div>
<h2>${nHeads[1]}</h2>
${ps(nBody.slice(7))}
</div>
<div class="NewsletterSignup_box__Ru4Xn"><h2 class="NewsletterSignup_title__e7HdQ">The Echo Daily</h2><p>The day’s Ostbury news in your inbox every morning.</p>
<form><label for="nl-email" class="NewsletterSignup_label__cX2Pl">Email address</label><input id="nl-email" type="email"><button type="submit">Sign up</button>
</form></div>
<div class="Comments_bar__Jm6Ty"><a href="#comments">Comments (23)</a></div></article>
<aside class="ArticlePage_rail__p4Kfr"><section class="MostRead_section__Xs8Lp"><h2 class="MostRead_title__Bn3Wq">Most read</h2><ol>
${links(nMost, 'MostRead_item__Vd2Ec')}</ol></section></aside></div></main>
<footer class="SiteFooter_footer__hC4Wn"><ul class="SiteFooter_links__u3Nem">${links(nFoot)}</ul><p class="SiteFooter_copy__x8Fpq">© 2026 Ostbury Echo Ltd.
All rights reserved.</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"article":{"id":"a-88213","headline":"${nTitle}","section":"news","wordCount":412}},
"__N_SSG":true},"page":"/[section]/[slug]","query":{"section":"news","slug":"mill-lane-sewer-collapse"},"buildId":"k2Jx9QpL0vT","isFallback":false,"gsp":true,
"scriptLoader":[]}</script></body></html>`;
const nextjs: TestPage = {
  name: 'heldout598-nextjs-sewer-collapse-news',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: nHeads,
  body: texts([nDek, ...nBody.filter((t) => !nHeads.includes(t))]),
  bylines: ['By Hollie Brandt', 'Local Democracy Reporter', '21 January 2026, 6:00am'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'News', 'Sport', 'What’s On', 'Jobs', 'Announcements', 'Subscribe', 'Local news', 'Facebook', 'WhatsApp',
    'Copy link', 'Flood water behind homes on Mill Lane on Sunday.', 'Photo: Ostbury Echo reader', 'Read more',
    'Greyfen Water fined £1.2m over sewage spills into the River Ost', 'Advertisement', 'The Echo Daily', 'The day’s Ostbury news in your inbox every morning.',
    'Email address', 'Sign up', 'Comments (23)', 'Most read', ...nMost, ...nFoot, '© 2026 Ostbury Echo Ltd. All rights reserved.',
  ],
};

const hTitle = 'Drain Jetting: Frequently Asked Questions';
const hIntro = j(
  'High-pressure water jetting is the quickest way to clear grease, silt and scale from commercial drains. These are the questions',
  'facilities managers and restaurant owners ask us most before booking.',
);
const hFaq: [string, string[]][] = [
  [
    'What is drain jetting?',
    [
      j(
        'A jetting unit pumps water at up to 4,000 psi through a hose fitted with a nozzle that has rear-facing jets. The jets pull',
        'the hose along the pipe and scour the walls as it goes, washing the debris back to the access point where we remove it.',
      ),
    ],
  ],
  [
    'Can jetting damage my pipes?',
    [
      j(
        'On pipes in sound condition, no. We always run a camera first on older clay or pitch-fibre pipes, and we lower the pressure',
        'where the pipe is cracked or where joints have moved.',
      ),
    ],
  ],
  [
    'How often should a commercial kitchen drain be jetted?',
    [
      j(
        'For most restaurants and takeaways we recommend every three to six months, alongside regular grease trap emptying. Busy sites',
        'with deep fat fryers may need a visit every eight weeks.',
      ),
    ],
  ],
  [
    'Do you work outside opening hours?',
    ['Yes. Most of our commercial jetting is done overnight or early in the morning so that kitchens and shops can stay open as normal.'],
  ],
  [
    'What does it cost?',
    [
      'Planned jetting starts at £180 for the first hour, including the camera check. Contract customers receive a 15% discount on all planned visits.',
      'Emergency call-outs are charged at our out-of-hours rate.',
    ],
  ],
];
const hNav = ['Services', 'Sectors', 'Planned Maintenance', 'Case Studies', 'About', 'Contact'];
const hFoot = ['Privacy Policy', 'Modern Slavery Statement', 'Careers'];
const mod = (id: string, type: string, inner: string): string =>
  `<div class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module" id="hs_cos_wrapper_widget_${id}" data-hs-cos-general-type="widget"
data-hs-cos-type="module">${inner}</div><!-- end ${type} -->`;
const row = (n: number, inner: string): string =>
  `<div class="row-fluid-wrapper row-depth-1 row-number-${n} dnd-section"><div class="row-fluid "><div class="span12 widget-span widget-type-cell dnd-column"
style="" data-widget-type="cell" data-x="0" data-w="12"><div class="row-fluid-wrapper row-depth-1 row-number-${n + 1} dnd-row"><div class="row-fluid ">
<div class="span12 widget-span widget-type-custom_widget dnd-module" style="" data-widget-type="custom_widget" data-x="0" data-w="12">${inner}</div></div></div>
</div></div></div>`;
const hHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Drain Jetting FAQs | Cresswell Commercial Drainage</title>
<meta name="description" content="Answers to common questions about high-pressure drain jetting for commercial premises.">
<meta name="viewport" content="width=device-width, initial-scale=1"><script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<meta property="og:url" content="https://www.cresswelldrainage.example/drain-jetting-faqs">
<link rel="canonical" href="https://www.cresswelldrainage.example/drain-jetting-faqs">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[{"@type":"Question",
"name":"What is drain jetting?"}]}</script>
<link rel="stylesheet" href="https://www.cresswelldrainage.example/hubfs/hub_generated/template_assets/1/88123456789/1712345678901/template_main.min.css">
<meta name="generator" content="HubSpot"></head>
<body><div class="body-wrapper hs-content-id-148820371234 hs-site-page page"><div data-global-resource-path="cresswell-theme/templates/partials/header.html">
<header class="header"><a href="#main-content" class="header__skip">Skip to content</a><div class="header__container content-wrapper"><div class="header__logo">
<span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo" data-hs-cos-general-type="widget"
data-hs-cos-type="logo">
<a href="/" id="hs-link-site_logo"><img src="https://www.cresswelldrainage.example/hubfs/cresswell-logo.svg" alt="Cresswell Commercial Drainage"></a></span>
</div>
<div class="header__menu"><nav aria-label="Main menu" class="navigation-primary"><ul class="submenu level-1">${links(hNav, 'menu-item')}</ul></nav></div>
<div class="header__phone"><a href="tel:01632960880">24/7 Helpline 01632 960 880</a></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="container-fluid body-container body-container--faq"><div class="row-fluid-wrapper">
${row(
  1,
  mod(
    '1712345600001',
    'rich_text',
    `<span id="hs_cos_wrapper_widget_1712345600001_" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_rich_text"
style="" data-hs-cos-general-type="widget" data-hs-cos-type="rich_text"><h1>${hTitle}</h1><p>${hIntro}</p></span>`,
  ),
)}
${row(
  3,
  mod(
    '1712345600002',
    'faq',
    `<div class="faq-module">${hFaq
      .map(
        ([q, a]) => `<div class="faq-item"><h3 class="faq-item__question">${q}</h3>
<div class="faq-item__answer">${ps(a)}</div></div>`,
      )
      .join('\n')}</div>`,
  ),
)}
${row(
  5,
  mod(
    '1712345600003',
    'form',
    `<div class="form-module"><h2>Book a jetting visit</h2><span class="hs-form-wrapper"><form id="hsForm_8a1b2c3d" class="hs-form stacked
hs-custom-form"><div class="hs_firstname hs-firstname hs-fieldtype-text field hs-form-field"><label for="firstname-8a1b2c3d"><span>First name</span><span
class="hs-form-required">*</span></label><input id="firstname-8a1b2c3d" name="firstname" type="text"></div><div class="hs_company field hs-form-field"><label
for="company-8a1b2c3d"><span>Company name</span></label><input id="company-8a1b2c3d" name="company" type="text"></div><div class="hs_submit hs-submit"><div
class="actions"><input type="submit" class="hs-button primary large" value="Request a call back"></div></div></form></span></div>`,
  ),
)}
</div></div></main>
<div data-global-resource-path="cresswell-theme/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<p>Cresswell Commercial Drainage Ltd, Riverside Works, Danemouth DN2 8RX</p><ul class="footer__links">${links(hFoot)}</ul>
<p class="footer__copyright">© 2026 Cresswell Commercial Drainage Ltd</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" data-hs-banner-type="default">
<div id="hs-eu-cookie-confirmation-inner">
<div id="hs-eu-policy-wording"><p>This website stores cookies on your computer. These cookies are used to improve your website experience.</p></div>
<div id="hs-eu-cookie-confirmation-buttons-area"><div id="hs-eu-cookie-confirmation-button-group">
<a href="#" id="hs-eu-confirmation-button" role="button">Accept</a>
<a href="#" id="hs-eu-decline-button" role="button">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/keyboard-accessible-menu-flyouts/static-1.17/bundles/project.js"></script>
<script type="text/javascript" id="hs-script-loader" async defer src="//js.hs-scripts.com/4418827.js"></script></body></html>`;
const hubspot: TestPage = {
  name: 'heldout598-hubspot-jetting-faq',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: hFaq.map(([q]) => q),
  body: texts([hIntro, ...hFaq.flatMap(([, a]) => a)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Services', 'Sectors', 'Planned Maintenance', 'Case Studies', 'About', 'Contact', '24/7 Helpline 01632 960 880', 'Book a jetting visit',
    'First name*', 'Company name', 'Cresswell Commercial Drainage Ltd, Riverside Works, Danemouth DN2 8RX', ...hFoot,
    '© 2026 Cresswell Commercial Drainage Ltd',
    'This website stores cookies on your computer. These cookies are used to improve your website experience.', 'Accept', 'Decline',
  ],
};

export const HELDOUT598_D: readonly TestPage[] = [nextjs, hubspot];
