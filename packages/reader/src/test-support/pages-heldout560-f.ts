import { links, ps, type TestPage } from './page-kit.js';
import { j, lis, rowTexts, trs } from './pages-heldout560-kit.js';

/**
 * Held-out batch 560, file f: an axe-throwing league page on HubSpot CMS (drag-and-drop rows, a rendered HubSpot form, the
 * HubSpot cookie banner), and an escape room company's booking terms on Duda (dmRespRow layout, unified nav, byline-like review date).
 */
const hTitle = 'Spring Axe League';
const hDek = 'Eight weeks of Tuesday or Thursday nights, one ranking at the end and a lot of bragging rights. New throwers are welcome.';
const hHow = [
  j(
    'Each league night you play three matches of ten throws against other league members. Your best two matches count toward your',
    'season score. After week seven, the top sixteen throwers go into a knockout on finals night.',
  ),
  'Every league member gets a practice lane for the first thirty minutes of each night and a coach on hand to help with technique.',
];
const hRows = [
  ['Week 1', 'March 9 / March 11', 'Skills night and seeding'],
  ['Weeks 2–6', 'March 16 – April 15', 'League matches'],
  ['Week 7', 'April 20 / April 22', 'League matches and big axe round'],
  ['Week 8', 'April 25', 'Finals night (Saturday)'],
];
const hScore = [
  'Bullseye: 6 points',
  'Inner ring: 4 points',
  'Outer ring: 2 points',
  'Kill shot (called, once per match): 8 points',
  'Drops and misses: 0 points',
];
const hFees = j(
  'The league costs $140 per thrower, which covers all eight nights, a league shirt and entry to finals night. League members also get',
  '20 per cent off open throwing sessions during the season.',
);
const hCookie = j(
  'This website stores cookies on your computer. These cookies are used to collect information about how you interact with our website',
  'and allow us to remember you.',
);
const hNav = ['Axe Throwing', 'Leagues', 'Parties', 'Corporate', 'Gift Cards'];
const hRow = (n: number, inner: string): string => `<div class="row-fluid-wrapper row-depth-1 row-number-${n} dnd-section"><div class="row-fluid ">
<div class="span12 widget-span widget-type-cell dnd-column" style="" data-widget-type="cell" data-x="0"
data-w="12"><div class="row-fluid-wrapper row-depth-1 row-number-${n + 1}
dnd-row"><div class="row-fluid "><div class="span12 widget-span widget-type-custom_widget dnd-module" data-widget-type="custom_widget" data-x="0" data-w="12">
<div id="hs_cos_wrapper_widget_17089${n}" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-rich_text"
data-hs-cos-general-type="widget"
data-hs-cos-type="module"><span id="hs_cos_wrapper_widget_17089${n}_" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_rich_text"
data-hs-cos-general-type="widget" data-hs-cos-type="rich_text">${inner}</span></div></div></div></div></div></div></div>`;
const hHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Spring Axe League 2027 | Northaxe Throwing Co.</title>
<link rel="shortcut icon" href="https://northaxe.example/hubfs/favicon.png"><meta name="description"
content="Eight weeks of league nights, one ranking and finals night.">
<meta name="viewport" content="width=device-width, initial-scale=1"><script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<meta property="og:title" content="Spring Axe League 2027 | Northaxe Throwing Co."><meta name="twitter:card" content="summary">
<link rel="stylesheet" href="https://northaxe.example/hubfs/hub_generated/template_assets/1/10488/1708900000000/template_main.min.css">
<link rel="stylesheet" href="/hs/hsstatic/cos-i18n/static-1.53/bundles/project.css"><link rel="canonical" href="https://northaxe.example/spring-league">
<meta name="generator" content="HubSpot"></head>
<body><div class="body-wrapper hs-content-id-104882 hs-site-page page "><div data-global-resource-path="northaxe-theme/templates/partials/header.html">
<header class="header"><a href="#main-content"
class="header__skip">Skip to content</a><div class="header__container content-wrapper"><div class="header__logo header__logo--main">
<span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-logo" data-hs-cos-general-type="widget"
data-hs-cos-type="module"><span id="hs_cos_wrapper_site_logo_hs_logo_widget" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo"><a href="/"
id="hs-link-site_logo_hs_logo_widget"><img src="https://northaxe.example/hubfs/northaxe-logo.png" class="hs-image-widget"
alt="Northaxe Throwing Co."></a></span></span></div>
<div class="header__navigation header--element"><nav aria-label="Main menu"
class="navigation-primary"><ul class="submenu level-1">${links(hNav, 'menu-item')}</ul></nav></div>
<div class="header__button"><a class="button" href="/book">Book Now</a></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="container-fluid body-container body-container--page"><div class="row-fluid-wrapper">
${hRow(1, `<h1>${hTitle}</h1><p>${hDek}</p>`)}
${hRow(
  3,
  `<h2>How the league works</h2>${ps(hHow)}<h2>Schedule</h2><table style="width: 100%; border-collapse: collapse;" border="1"><tbody>
<tr><th>Week</th><th>Dates</th><th>Format</th></tr>${trs(hRows)}</tbody></table>`,
)}
${hRow(5, `<h2>Scoring</h2><ul>${lis(hScore)}</ul><h2>Fees</h2><p>${hFees}</p>`)}
<div class="row-fluid-wrapper row-depth-1 row-number-7 dnd-section"><div class="row-fluid ">
<div class="span12 widget-span widget-type-custom_widget dnd-module">
<div id="hs_cos_wrapper_widget_form" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-form" data-hs-cos-type="module">
<h3 id="hs_cos_wrapper_widget_form_title" class="hs_cos_wrapper form-title" data-hs-cos-field="header">Save your spot</h3><div id="hs_form_target_widget_form"
data-hs-forms-root="true"><form novalidate accept-charset="UTF-8"
action="https://forms.hsforms.com/submissions/v3/public/submit/formsnext/multipart/4412093/8c1e"
enctype="multipart/form-data" id="hsForm_8c1e" method="POST" class="hs-form-private hsForm_8c1e hs-form stacked hs-custom-form" data-form-id="8c1e">
<div class="hs_firstname hs-firstname hs-fieldtype-text field hs-form-field"><label id="label-firstname-8c1e" for="firstname-8c1e"><span>First name</span>
<span class="hs-form-required">*</span></label><div class="input"><input id="firstname-8c1e" name="firstname" required type="text" class="hs-input"
value=""></div></div>
<div class="hs_email hs-email hs-fieldtype-text field hs-form-field"><label id="label-email-8c1e"
for="email-8c1e"><span>Email</span><span class="hs-form-required">*</span>
</label><div class="input"><input id="email-8c1e" name="email" required type="email" class="hs-input" value=""></div></div>
<div class="hs_preferred_night hs-preferred_night hs-fieldtype-select field hs-form-field"><label for="preferred_night-8c1e">
<span>Preferred night</span></label>
<div class="input"><select id="preferred_night-8c1e" class="hs-input"
name="preferred_night"><option value="Tuesday">Tuesday</option><option value="Thursday">Thursday</option>
</select></div></div><div class="hs_submit hs-submit"><div class="actions"><input type="submit" class="hs-button primary large"
value="Join the league"></div></div>
</form></div></div></div></div></div>
</div></div></main>
<div data-global-resource-path="northaxe-theme/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<p>Northaxe Throwing Co.</p><p>77 Foundry Lane, Pike Falls, MN 55802</p><ul class="footer__links">${links(['Careers', 'Privacy Policy', 'Waiver'])}</ul>
<p class="footer__copyright">© 2024 Northaxe Throwing Co.</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="can-use-gradients"
data-hs-cookie-banner="true"><div id="hs-eu-cookie-confirmation-inner"><div id="hs-eu-policy-wording">
<p>${hCookie}</p>
</div><div id="hs-en-cookie-confirmation-buttons-area"><div id="hs-eu-cookie-confirmation-button-group"><a href="#" id="hs-eu-confirmation-button"
role="button">Accept</a>
<a href="#" id="hs-eu-decline-button" role="button">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/content-cwv-embed/static-1.1293/embed.js"></script>
<script>var hsVars = hsVars || {}; hsVars['language'] = 'en'; hsVars['page_id'] = 104882;</script>
<script type="text/javascript" id="hs-script-loader" async defer src="/hs/scriptloader/4412093.js"></script></body></html>`;
const hubspot: TestPage = {
  name: 'heldout560-hubspot-axe-league',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: ['How the league works', 'Schedule', 'Scoring', 'Fees'],
  body: [hDek, ...hHow, ...rowTexts(hRows), ...hScore, hFees],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hNav, 'Book Now', 'Save your spot', 'First name', 'Email', 'Preferred night', 'Northaxe Throwing Co.',
    '77 Foundry Lane, Pike Falls, MN 55802', 'Careers', 'Privacy Policy', 'Waiver', '© 2024 Northaxe Throwing Co.',
    hCookie,
    'Accept', 'Decline',
  ],
};

const uTitle = 'Booking terms and conditions';
const uIntro = j(
  'These terms apply to every booking made with Enigma Yard Ltd, online, by phone or in person. By booking you agree to them on behalf',
  'of everyone in your group.',
);
const uTerms: [string, string[]][] = [
  [
    '1. Payment',
    [
      j(
        'Full payment is taken when you book. Prices include VAT. Bookings of three or more rooms need a 30% deposit, with the balance due',
        '14 days before the event.',
      ),
    ],
  ],
  [
    '2. Changes and cancellations',
    [
      j(
        'You can change the date or time of your booking free of charge up to 72 hours before your start time, subject to availability.',
        'Changes within 72 hours are charged at £15 per booking.',
      ),
      j(
        'Bookings cancelled more than 72 hours before the start time receive a credit note for the full amount, valid for 12 months.',
        'Bookings cancelled within 72 hours, and no-shows, are not refunded.',
      ),
    ],
  ],
  [
    '3. Late arrival',
    [
      j(
        'Please arrive 15 minutes before your start time. Games start on time: if you are late, your game will be shortened so that the',
        'next group can start on time, and no refund will be given.',
      ),
    ],
  ],
  [
    '4. Age and supervision',
    [
      j(
        'Players under 16 must be accompanied by a paying adult. Teams of 14 and 15 year olds may play without an adult if a parent or',
        'guardian has signed our consent form.',
      ),
    ],
  ],
  [
    '5. Conduct and damage',
    [
      j(
        'We may refuse entry to anyone who appears to be under the influence of alcohol or drugs, or who puts staff, other players or the',
        'rooms at risk. The lead booker is responsible for deliberate damage to props or the set, which we may charge at repair cost.',
      ),
    ],
  ],
  [
    '6. Recording',
    [
      j(
        'For safety, every room is monitored by camera during games. Footage is kept for 30 days and is never shared outside Enigma Yard',
        'except where the law requires it.',
      ),
    ],
  ],
  [
    '7. Gift vouchers',
    [
      j(
        'Gift vouchers are valid for 12 months from issue and cannot be exchanged for cash. An expired voucher may be extended once, by up',
        'to three months, for a fee of £10.',
      ),
    ],
  ],
];
const uNav = ['Home', 'Our Games', 'Prices', 'Gift Vouchers', 'Contact'];
const uPara = (id: number, inner: string): string => `<div class="u_${id} dmNewParagraph" data-element-type="paragraph" id="${id}" data-version="5"
style="transition: none 0s ease 0s; display: block;">${inner}</div>`;
const uHtml = `<!DOCTYPE html><html lang="en"><head><!-- Injected via Duda --><meta charset="utf-8"><meta name="viewport"
content="width=device-width, initial-scale=1">
<title>Booking Terms | Enigma Yard Escape Rooms, Castlebridge</title><meta name="description" content="The terms that apply to every Enigma Yard booking.">
<meta property="og:site_name" content="Enigma Yard"><link rel="canonical" href="https://www.enigmayard.example/booking-terms">
<script>window.Parameters = window.Parameters || {}; Parameters.SiteAlias = '7c3a1f20'; Parameters.SiteType = atob('RFVEQU9ORQ==');
Parameters.NavItems = 5;</script>
<link rel="stylesheet" type="text/css" href="https://irp.cdn-website.com/7c3a1f20/files/7c3a1f20_1.min.css?v=42">
<style id="customWidgetStyle">.dmNewParagraph h3{margin-top:1.4em}</style>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"LocalBusiness","name":"Enigma Yard","telephone":"01632 960 905"}</script></head>
<body id="dmRoot" data-page-alias="booking-terms" class="dmRoot dmDesktopBody fix-mobile-scrolling addCanvasBorder dmResellerSite dmLargeBody responsiveTablet">
<div id="dm" class="dmwr"><div class="dm_wrapper standard-var5 widgetStyle-3 standard"><div dmwrapped="true" id="1901957768" class="dm-home-page"
themewaschanged="true">
<div dmtemplateid="StandardLayoutMultiD" class="standardHeaderLayout dm-bfs dm-layout-sec hasAnimations hasStickyHeader
inMiniHeaderMode dmPageBody d-page-1715938484">
<div id="dmStyle_outerContainer" class="dmOuter"><div id="dmStyle_innerContainer"
class="dmInner"><div class="dmLayoutWrapper standard-var dmStandardDesktop"><div id="site_content">
<div id="hcontainer" class="u_hcontainer dmHeaderContainer fHeader d-header-wrapper"><div id="hcontainer" class="dmHeader u_hcontainer"
freeheader="true"><div class="dmRespRow">
<div class="dmRespColsWrapper"><div class="dmRespCol large-3 medium-3 small-12"><div class="imageWidget align-center" data-element-type="image" id="1227834051">
<a href="/" id="1563204117"><img src="https://lirp.cdn-website.com/7c3a1f20/dms3rep/multi/opt/enigma-logo-240w.png" alt="Enigma Yard"
id="1371558470"></a></div></div>
<div class="dmRespCol large-7 medium-7 small-12"><nav class="u_1879516343 effect-bottom2 main-navigation unifiednav dmLinksMenu" role="navigation"
layout-main="horizontal_nav_layout_2"
data-nav-structure="HORIZONTAL" id="1879516343"><ul role="menubar" class="unifiednav__container" data-auto="navigation-pages">${uNav
  .map(
    (t, i) => `<li role="menuitem"
class="unifiednav__item-wrap" data-auto="more-pages" data-depth="0"><a href="/${i === 0 ? '' : t.toLowerCase().replace(/ /g, '-')}"
class="unifiednav__item dmUDNavigationItem_0100${i}"
target="" data-target-page-alias=""><span class="nav-item-text" data-link-text="${t}"
data-auto="page-text-style">${t}<span class="icon icon-angle-down"></span></span></a></li>`,
  )
  .join('\n')}
</ul></nav></div><div class="dmRespCol large-2 medium-2 small-12"><a data-display-type="block"
class="align-center dmButtonLink dmWidget dmWwr default dmOnlyButton dmDefaultGradient"
file="false" href="/book" data-element-type="dButtonLinkId" id="1512440291"><span class="iconBg"
aria-hidden="true"></span><span class="text">BOOK NOW</span></a></div></div></div></div></div>
<div dmwrapped="true" id="dmFirstContainer" class="dmBody u_dmStyle_template_booking-terms dm-home-page"><div id="allWrapper"
class="allWrapper"><div id="dm_content" class="dmContent"
role="main"><div dm:templateorder="170" class="dmHomeRespTmpl mainBorder dmRespRowsWrapper dmFullRowRespTmpl"
id="1716942098"><div class="dmRespRow u_1349022867" id="1349022867">
<div class="dmRespColsWrapper" id="1187343203"><div class="dmRespCol large-12 medium-12 small-12" id="1937484925">
${uPara(1432186754, `<h1 class="text-align-left"><span style="display: initial;">${uTitle}</span></h1>`)}
${uPara(1622040119, `<p class="text-align-left"><span style="display: initial;">${uIntro}</span></p>`)}
${uTerms
  .map(([h, p], i) =>
    uPara(
      1700000001 + i,
      `<h3 class="text-align-left">
<span style="display: initial;">${h}</span></h3>${ps(p, ' class="text-align-left"')}`,
    ),
  )
  .join('\n')}
${uPara(1799000011, '<p class="text-align-left"><span style="display: initial; font-style: italic;">Last reviewed: 1 February 2024</span></p>')}
</div></div></div></div></div></div></div>
<div class="dmFooterContainer"><div id="fcontainer"
class="u_fcontainer f_hcontainer dmFooter p_hfcontainer"><div class="dmRespRow fullBleedChanged fullBleedMode"><div class="dmRespColsWrapper">
<div class="dmRespCol large-6 medium-6 small-12">${uPara(
  1099238810,
  `<p>Enigma Yard Ltd</p><p>Arch 14, Railway Yard, Castlebridge CB3 1YD</p>
<p>Company no. 10938221</p>`,
)}</div>
<div class="dmRespCol large-6 medium-6 small-12">${uPara(
  1099238811,
  `<ul>${links(['Privacy Policy', 'Accessibility', 'Jobs'])}</ul><p>© 2024 All Rights Reserved | Enigma Yard</p>`,
)}
</div></div></div></div></div></div></div></div></div></div></div></div>
<div id="dm-cookie-notification" class="cookie-notification cookie-notification--bottom" role="dialog"
aria-live="polite"><div class="cookie-notification__text">This site uses
cookies. By continuing to browse you agree to our use of cookies.</div><div class="cookie-notification__buttons">
<button class="cookie-notification__accept">Got it</button></div></div>
<script src="https://static.cdn-website.com/mnlt/production/5117/_dm/s/rt/dist/scripts/d-js-one-runtime-unified-desktop.min.js" async></script></body></html>`;
const duda: TestPage = {
  name: 'heldout560-duda-booking-terms',
  kind: 'docs',
  html: uHtml,
  title: uTitle,
  headings: uTerms.map(([h]) => h),
  body: [uIntro, ...uTerms.flatMap(([, p]) => p)],
  bylines: ['Last reviewed: 1 February 2024'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Home', 'Our Games', 'Contact', 'BOOK NOW', 'Arch 14, Railway Yard, Castlebridge CB3 1YD', 'Company no. 10938221', 'Privacy Policy',
    'Accessibility', 'Jobs', '© 2024 All Rights Reserved | Enigma Yard', 'This site uses cookies. By continuing to browse you agree to our use of cookies.',
    'Got it',
  ],
};

export const HELDOUT560_F: readonly TestPage[] = [hubspot, duda];
