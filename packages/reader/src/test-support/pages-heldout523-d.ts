import { links, ps, type TestPage } from './page-kit.js';
import { j, tidy } from './pages-heldout523-kit.js';

/**
 * Held-out batch 523, file d: a marquee hire FAQ page on HubSpot CMS (with a HubSpot form and cookie banner) and a hire
 * company news post on Ghost (Casper theme) with a signup box and read-more cards.
 */
const hTitle = 'Frequently asked questions';
const hIntro = 'Answers to the questions we hear most often about hiring a marquee for a corporate event or festival.';
const hFaq: [string, string][] = [
  [
    'How far ahead should we book?',
    j(
      'For summer dates, six to nine months ahead. Spring and autumn dates are often available with',
      'eight weeks of notice, and we keep a small stock of 9m frame marquees for short-notice hires.',
    ),
  ],
  [
    'Do you need to visit the site?',
    j(
      'For any structure wider than 9m, yes. Our site manager will check ground conditions, access',
      'and overhead cables, and agree where the fire exits and generator will be.',
    ),
  ],
  ['Can marquees go on tarmac or concrete?', 'Yes. We anchor frame marquees with ballast blocks or drill-and-fill pins, and repair the holes afterwards.'],
  [
    'Who is responsible for the event licence?',
    j(
      'You are, as the event organiser. We provide the structural calculations, fire',
      'certificates for our fabrics and a completion certificate on the day, which your local council will usually ask to see.',
    ),
  ],
  [
    'What happens in high winds?',
    j(
      'Our crew monitor forecasts from the week before. If the wind is forecast to exceed the',
      'structure rating, we will talk to you about adding ballast or, rarely, closing the marquee for part of the day.',
    ),
  ],
];
const hNav = ['Structures', 'Sectors', 'Case studies', 'About us', 'FAQs'];
const hFoot = ['Privacy notice', 'Modern slavery statement', 'Sitemap'];
const hHtml = `<!DOCTYPE html>
<html lang="en-gb"><head><meta charset="utf-8"><title>FAQs | Greywether Structures</title>
<meta name="description" content="Answers to common questions about hiring marquees and temporary structures for events.">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:title" content="FAQs | Greywether Structures">
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<link rel="stylesheet" href="https://www.greywether.co.uk/hubfs/hub_generated/template_assets/1/8812/1712/template_main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[{"@type":"Question","name":"${hFaq[0]?.[0]}"}]}</script>
<meta name="generator" content="HubSpot"></head>
<body><div class="body-wrapper hs-content-id-11284 hs-site-page page"><div data-global-resource-path="theme/templates/partials/header.html">
<a href="#main-content" class="header__skip">Skip to content</a><header class="header"><div class="header__container content-wrapper">
<div class="header__logo header__logo--main"><div id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module
 widget-type-logo" data-hs-cos-general-type="widget" data-hs-cos-type="module"><span id="hs_cos_wrapper_site_logo_hs_logo_widget" class="hs_cos_wrapper
 hs_cos_wrapper_widget hs_cos_wrapper_type_logo"><a href="/" id="hs-link-site_logo_hs_logo_widget"><img src="https://www.greywether.co.uk/hubfs/logo.svg"
 class="hs-image-widget" alt="Greywether Structures"></a></span></div></div>
<div class="header__column"><div class="header__row-2"><div class="header--toggle header__navigation--toggle"></div><nav class="header__navigation"
 aria-label="Main menu"><ul class="menu__wrapper no-list">${links(hNav, 'menu__item menu__item--depth-1 hs-skip-lang-url-rewrite')}</ul></nav>
<div class="header__search"><form class="hs-search-field__form" action="/hs-search-results"><label class="hs-search-field__label show-for-sr"
 for="search-field">Search</label><input type="text" id="search-field" class="hs-search-field__input" name="term"></form></div></div></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="container-fluid body-container body-container--faq"><div class="row-fluid-wrapper row-depth-1
 row-number-1 dnd-section"><div class="row-fluid"><div class="span12 widget-span widget-type-cell dnd-column"
 data-widget-type="cell"><div class="row-fluid-wrapper
 row-depth-1 row-number-2 dnd-row"><div class="row-fluid"><div class="span12 widget-span widget-type-custom_widget dnd-module" data-widget-type="custom_widget">
<div id="hs_cos_wrapper_widget_1698" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-rich_text"
 data-hs-cos-general-type="widget"
 data-hs-cos-type="module"><span id="hs_cos_wrapper_widget_1698_" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_rich_text"
 data-hs-cos-general-type="widget" data-hs-cos-type="rich_text"><h1>${hTitle}</h1>${ps([hIntro])}</span></div>
<div id="hs_cos_wrapper_widget_1699" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module" data-hs-cos-general-type="widget"
 data-hs-cos-type="module"><div class="accordion">${hFaq
   .map(
     ([q, a]) => `<details class="accordion__item"><summary class="accordion__summary">
<h3 class="accordion__title">${q}</h3></summary><div class="accordion__content">${ps([a])}</div></details>`,
   )
   .join('\n')}</div></div></div></div></div>
<div class="row-fluid-wrapper row-depth-1 row-number-3 dnd-row"><div class="row-fluid"><div class="span12 widget-span widget-type-custom_widget dnd-module">
<div id="hs_cos_wrapper_widget_1700" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-form"><h3 class="form-title">Still have
 a question?</h3><div class="hs_cos_wrapper_type_form"><form id="hsForm_5f2e" class="hs-form stacked hs-custom-form" data-form-id="5f2e"><div class="hs_email
 hs-email hs-fieldtype-text field hs-form-field"><label for="email-5f2e"><span>Email</span><span class="hs-form-required">*</span></label><div class="input">
<input id="email-5f2e" name="email" required type="email"
 class="hs-input"></div></div><div class="hs_message hs-message hs-fieldtype-textarea field hs-form-field">
<label for="message-5f2e"><span>Your question</span></label><div class="input"><textarea id="message-5f2e" class="hs-input"
 name="message"></textarea></div></div>
<div class="hs_submit hs-submit"><div class="actions"><input type="submit" class="hs-button primary large" value="Send"></div></div></form></div></div>
</div></div></div></div></div></div></div></main>
<div data-global-resource-path="theme/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<p>Greywether Structures Ltd, Unit 9 Fenmoor Business Park, Aldersey AL4 9QX &middot; 01632 960 880</p><ul class="footer__links">${links(hFoot)}</ul>
<p class="footer__copyright">&copy; 2026 Greywether Structures Ltd. Registered in England No. 08123456.</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" data-hs-not-printable="true"><div id="hs-eu-cookie-confirmation-inner">
<div id="hs-en-cookie-confirmation-buttons-area"><p id="hs-eu-cookie-disclaimer">This website stores cookies on your computer. These cookies are used to
 improve your website experience.</p><div id="hs-eu-policy-wording"></div><a id="hs-eu-confirmation-button" role="button" href="#">Accept</a>
<a id="hs-eu-decline-button" role="button" href="#">Decline</a></div></div></div>
<script src="/hs/hsstatic/cos-i18n/static-1.53/bundles/project.js"></script><script>var hsVars = hsVars || {}; hsVars['language'] = 'en-gb';</script>
<script type="text/javascript" id="hs-script-loader" async defer src="/hs/scriptloader/1712.js"></script></body></html>`;
const hubspotFaq: TestPage = {
  name: 'heldout523-hubspot-marquee-faq',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: hFaq.map(([q]) => q),
  body: [hIntro, ...hFaq.map(([, a]) => a)],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hNav, 'Search', 'Still have a question?', 'Email', '*', 'Your question',
    'Greywether Structures Ltd, Unit 9 Fenmoor Business Park, Aldersey AL4 9QX · 01632 960 880', ...hFoot,
    '© 2026 Greywether Structures Ltd. Registered in England No. 08123456.',
    'This website stores cookies on your computer. These cookies are used to improve your website experience.', 'Accept', 'Decline',
  ],
};

const gTitle = 'Our new 15m clearspan marquee is here';
const gDek = 'A bigger frame, no centre poles and room for 250 seated guests: the first bookings are already in for June.';
const gBody = [
  j(
    'After two years of saving and a long winter of paperwork, our new 15m x 30m clearspan marquee arrived at the yard last week.',
    'It is the largest structure we have ever owned, and the first that can hold a full-size stage and a dance floor for 250 people',
    'without a single pole in the way.',
  ),
  j(
    'The frame is aluminium and the roof panels are a translucent white PVC, so the inside stays light on grey days. It comes with',
    'glass wall panels for the long sides, which can be swapped for solid white walls if you want a more enclosed feel in the evening.',
  ),
  'What this means for bookings',
  j(
    'Until now, anything over 180 guests meant joining two pole marquees together. The clearspan is quicker to build, takes a',
    'four-person crew two days rather than three, and can stand on the hard standing at Brackley Showground and the Riverside car',
    'park, which our pole marquees cannot.',
  ),
  j(
    'We have already taken three bookings for June and July, so if you are planning a large event this summer, get in touch soon.',
    'We will be holding an open day at the yard on Saturday 28 March from 10am to 3pm for anyone who wants to see it standing.',
  ),
  'Thank you to Priya, Ollie and Dan, who spent a very wet week learning to build it.',
];
const gNav = ['Home', 'Marquees', 'Gallery', 'News', 'Contact'];
const gMore: [string, string, string][] = [
  ['Five questions to ask before you book a marquee', 'Ground, access, power, toilets and the weather plan.', 'Feb 12, 2026'],
  ['Behind the scenes: a festival build in 48 hours', 'How six of us put up four marquees for Wendlebury Folk Weekend.', 'Oct 3, 2025'],
];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=7a1e0b3c4d"><meta name="description" content="${gDek}">
<link rel="canonical" href="https://news.kingfisher-marquees.co.uk/new-clearspan-marquee/"><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Kingfisher Marquees"},
"author":{"@type":"Person","name":"Sam Okoro"},"headline":"${gTitle}","datePublished":"2026-03-09T08:30:00.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false"
 data-ghost="https://news.kingfisher-marquees.co.uk/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{border-radius:3px;}</style></head>
<body class="post-template tag-news is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo no-image"
 href="https://news.kingfisher-marquees.co.uk">Kingfisher Marquees</a><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search>
</button><button class="gh-burger" aria-label="Main Menu"></button></div><nav class="gh-head-menu"><ul class="nav">${links(gNav, 'nav-item')}</ul></nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup"
 data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-news featured">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/news/">News</a></span>
<span class="post-card-featured"><svg width="16" height="17" viewBox="0 0 16 17"></svg> Featured</span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item">
<a href="/author/sam/"
 class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2025/01/sam.jpg" alt="Sam Okoro"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/sam/">Sam Okoro</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2026-03-09">Mar 9, 2026</time><span class="byline-reading-time"><span class="bull">&bull;</span> 2 min read</span>
</div></div></section></div>
<figure class="article-image"><img srcset="/content/images/size/w300/2026/03/clearspan.jpg 300w" src="/content/images/size/w2000/2026/03/clearspan.jpg"
 alt="The clearspan marquee frame standing in the yard"><figcaption>The first test build at the yard, 4 March.</figcaption></figure></header>
<section class="gh-content gh-canvas">
${ps(gBody.slice(0, 2))}
<h2 id="what-this-means-for-bookings">${gBody[2]}</h2>
${ps(gBody.slice(3, 5))}
<hr>
<p><em>${gBody[5]}</em></p>
</section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button" href="#/portal"
 data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${gMore
  .map(
    ([t, e, d]) => `<article class="post-card post"><a class="post-card-image-link"
 href="/x/"><img class="post-card-image" src="/content/images/size/w300/2025/x.jpg" alt="${t}" loading="lazy"></a><div class="post-card-content">
<a class="post-card-content-link" href="/x/"><header class="post-card-header"><div class="post-card-tags"></div><h2 class="post-card-title">${t}</h2></header>
<div class="post-card-excerpt">${e}</div></a><footer class="post-card-meta"><time class="post-card-meta-date">${d}</time>
<span class="post-card-meta-length">3 min
 read</span></footer></div></article>`,
  )
  .join('\n')}</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright">
<a href="https://news.kingfisher-marquees.co.uk">Kingfisher Marquees</a> &copy; 2026
</section><nav class="site-footer-nav"><ul class="nav"><li class="nav-sign-up"><a href="#/portal/">Sign up</a></li></ul></nav><div class="gh-powered-by">
<a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=7a1e0b3c4d"></script></body></html>`;
const ghostNews: TestPage = {
  name: 'heldout523-ghost-clearspan-news',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [gBody[2] ?? ''],
  body: [gDek, ...gBody.filter((_, i) => i !== 2)],
  bylines: ['Sam Okoro', 'Mar 9, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Kingfisher Marquees', ...gNav, 'Sign in', 'Subscribe', 'News', 'Featured', '• 2 min read', 'The first test build at the yard, 4 March.',
    'Sign up for more like this.', 'Enter your email', ...gMore.flat(), '3 min read', 'Kingfisher Marquees © 2026', 'Sign up', 'Powered by Ghost',
  ],
};

export const HELDOUT523_D: readonly TestPage[] = [hubspotFaq, ghostNews].map(tidy);
