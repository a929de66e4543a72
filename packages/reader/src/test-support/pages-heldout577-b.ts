import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout577-kit.js';

/**
 * Held-out batch 577, file b: a corporate catering landing page on HubSpot CMS (drag-and-drop sections, a HubSpot form,
 * the HubSpot cookie banner).
 */
const hTitle = 'Corporate Catering That Shows Up on Time';
const hDek = 'Breakfast meetings, working lunches and all-hands days for teams of 15 to 1,500 across the Calder Valley.';
const hHow = [
  j(
    'Tell us the headcount, the time and the room. We send a menu within one business day, and one coordinator handles your',
    'account from the first order to the invoice. Standing weekly orders can be changed until noon the day before.',
  ),
  j(
    'Every order arrives labelled by dish and allergen, with plates, napkins and serving utensils. For groups over 60 we send',
    'an attendant who sets up, keeps the trays full and clears away when you are done.',
  ),
];
const hPrograms = ['Breakfast and coffee service', 'Boxed lunches and salad bars', 'Hot buffets and taco bars', 'Afternoon snack drops'];
const hProgText = [
  'From $11 per person: pastries, fruit, yogurt parfaits, egg bites and locally roasted coffee.',
  'From $16 per person: sandwiches on house bread, grain bowls, two salads and a cookie, each boxed and named.',
  'From $21 per person: two mains, three sides and a dessert, kept hot in chafers for up to two hours.',
  'From $7 per person: a rotating tray of trail mix, hummus cups, seasonal fruit and sparkling water.',
];
const hQuote = j(
  '“We moved our Monday lunch for 220 people to Copper Ladle last spring and have not had a late delivery since. Their team',
  'knows our building better than our facilities crew does.”',
);
const hQuoteBy = '— Renata Oyelaran, Workplace Experience Lead, Brightfold Analytics';
const hNav = ['Corporate', 'Events', 'Menus', 'About Us', 'Blog'];
const hFoot = ['Privacy Policy', 'Terms of Service', 'Careers', 'Accessibility'];
const hForm = ['First name', 'Last name', 'Work email', 'Company', 'Typical headcount', 'Tell us about your event'];
const hMod = (id: string, inner: string): string =>
  `<div class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-rich_text" style="" data-hs-cos-general-type="widget"
 data-hs-cos-type="module"><span id="hs_cos_wrapper_widget_${id}" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_rich_text"
 style="" data-hs-cos-general-type="widget" data-hs-cos-type="rich_text">${inner}</span></div>`;
const hSection = (n: number, inner: string): string =>
  `<div class="row-fluid-wrapper row-depth-1 row-number-${n} dnd-section"><div class="row-fluid "><div class="span12 widget-span widget-type-cell dnd-column"
 style="" data-widget-type="cell" data-x="0" data-w="12"><div class="row-fluid-wrapper row-depth-1 row-number-${n + 1} dnd-row"><div class="row-fluid ">
<div class="span12 widget-span widget-type-custom_widget dnd-module" data-widget-type="custom_widget">${inner}</div></div></div></div></div></div>`;
const hHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Corporate Catering | Copper Ladle Kitchen</title>
<meta name="description" content="Office breakfast, lunch and event catering across the Calder Valley."><meta name="viewport" content="width=device-width,
 initial-scale=1">
<link rel="stylesheet" href="https://www.copperladle.com/hs-fs/hubfs/hub_generated/template_assets/1/main.min.css">
<meta property="og:title" content="Corporate Catering | Copper Ladle Kitchen"><meta property="og:url" content="https://www.copperladle.com/corporate-catering">
<meta name="generator" content="HubSpot"><link rel="canonical" href="https://www.copperladle.com/corporate-catering">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FoodEstablishment","name":"Copper Ladle Kitchen",
"servesCuisine":"American"}</script>
<script>var hsVars = {render_id: "8d1c2b", ticks: 1749222000, page_id: 118820331, content_group_id: 0, portal_id: 4412093};</script></head>
<body><div class="body-wrapper hs-content-id-118820331 hs-site-page page"><div data-global-resource-path="copper-2024/templates/partials/header.html">
<header class="header"><a href="#main-content" class="header__skip">Skip to content</a><div class="header__container content-wrapper">
<div class="header__logo header__logo--main"><span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo">
<a href="https://www.copperladle.com" id="hs-link-site_logo"><img src="https://www.copperladle.com/hubfs/logo.svg" alt="Copper Ladle Kitchen"
 class="hs-image-widget"></a></span></div>
<div class="header__navigation"><nav aria-label="Main menu" class="navigation-primary"><ul class="submenu level-1">${links(
  hNav,
  'menu-item hs-skip-lang-url-rewrite',
)}</ul></nav></div>
<div class="header__button"><a class="button" href="#quote">Get a Quote</a></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="container-fluid body-container body-container--corporate">
${hSection(1, hMod('hero', `<h1>${hTitle}</h1><p class="hero-sub">${hDek}</p><p><a class="button" href="#quote">Plan your order</a></p>`))}
${hSection(3, hMod('how', `<h2>How it works</h2>\n${ps(hHow)}`))}
${hSection(5, hMod('programs', `<h2>Programs</h2>\n${hPrograms.map((t, i) => `<h3>${t}</h3><p>${hProgText[i]}</p>`).join('\n')}`))}
${hSection(
  7,
  hMod(
    'logos',
    `<p class="logo-strip__title">Trusted by teams at</p><img src="/hubfs/logos/brightfold.svg" alt="Brightfold">
<img src="/hubfs/logos/tarn.svg" alt="Tarn Mutual">`,
  ),
)}
${hSection(9, hMod('quote1', `<blockquote class="testimonial"><p>${hQuote}</p><footer class="testimonial__author">${hQuoteBy}</footer></blockquote>`))}
${hSection(
  11,
  `<div id="quote" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-form" data-hs-cos-type="module">
<h3 class="form-title">Request a catering quote</h3><div id="hs_form_target_widget_form" class="hbspt-form"><form id="hsForm_9b2e" method="POST"
 class="hs-form stacked hs-custom-form hs-form-private" data-form-id="9b2e7c" data-portal-id="4412093">
${hForm
  .map(
    (l, i) => `<div class="hs_field${i} hs-form-field"><label id="label-f${i}" for="f${i}"><span>${l}</span></label><div class="input"><input
 id="f${i}" class="hs-input" type="text"></div></div>`,
  )
  .join('\n')}
<div class="hs_submit hs-submit"><div class="actions"><input type="submit" class="hs-button primary large" value="Send my
 request"></div></div></form></div></div>`,
)}
</div></main>
<div data-global-resource-path="copper-2024/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<p class="footer__address">Copper Ladle Kitchen, 88 Tannery Row, Calder Falls</p><p class="footer__phone">Call us: (555) 014-2290</p>
<ul class="footer__links">${links(hFoot)}</ul><p class="footer__copyright">© 2026 Copper Ladle Kitchen LLC</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner" data-hs-not-indexable="true">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-en-cookie-confirmation-buttons-area"></div><div id="hs-eu-policy-wording">
<p>This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalized services to you.
</p></div>
<div id="hs-eu-cookie-confirmation-button-group"><a id="hs-eu-confirmation-button" role="button" href="#">Accept</a>
<a id="hs-eu-decline-button" role="button" href="#">Decline</a></div></div></div>
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<script>var _hsq = _hsq || []; _hsq.push(["setContentType", "standard-page"]);
 _hsq.push(["setCanonicalUrl", "https://www.copperladle.com/corporate-catering"]);</script>
<script type="text/javascript" id="hs-script-loader" async defer src="/hs/scriptloader/4412093.js"></script></body></html>`;
const hubspot: TestPage = {
  name: 'heldout577-hubspot-corporate',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: ['How it works', 'Programs', ...hPrograms],
  body: texts([hDek, ...hHow, ...hProgText, hQuote, hQuoteBy]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hNav, 'Get a Quote', 'Plan your order', 'Trusted by teams at', 'Request a catering quote', ...hForm,
    'Copper Ladle Kitchen, 88 Tannery Row, Calder Falls', 'Call us: (555) 014-2290', ...hFoot, '© 2026 Copper Ladle Kitchen LLC',
    'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalized services to you.',
    'Accept', 'Decline',
  ],
};

export const HELDOUT577_B: readonly TestPage[] = [hubspot];
