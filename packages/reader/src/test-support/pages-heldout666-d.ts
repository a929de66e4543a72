import { ps, type TestPage, texts } from './page-kit.js';
import { at, j, lis } from './pages-heldout666-kit.js';

/**
 * Held-out batch 666, file d: a hospice's sponsored tandem skydive page on Webflow (facts grid, FAQ toggles), and a long
 * corporate partnership page on HubSpot CMS with a tier table, a form and the HubSpot cookie banner.
 */
const kTitle = 'Take the plunge: Skydive for Brightwater';
const kLead = j(
  'Jump from 10,000 feet over the Sallow Downs, reach 120mph in freefall and raise vital funds for Brightwater Hospice.',
  'No experience needed: you will be strapped to a qualified instructor the whole way down.',
);
const kFacts = [
  ['Dates', 'Any weekend, April to October 2027'],
  ['Location', 'Sallow Downs Airfield, near Ferrington'],
  ['Registration', '£50'],
  ['Sponsorship target', '£450'],
];
const kParas = [
  j(
    'Sign up, pay your registration fee and we will send you a fundraising pack and a booking code. Once you have raised at least',
    '£225, you can book your jump date directly with Sallow Skydive Centre. The rest of your sponsorship is due four weeks after',
    'your jump.',
  ),
  j(
    'If you would rather pay for the jump yourself, the full cost is £310 and everything you raise then goes straight to',
    'Brightwater. Either way, our fundraising team will be on hand with tips, a T-shirt and plenty of encouragement.',
  ),
];
const kFaq = [
  ['Is there an age or weight limit?', 'You must be 16 or over (with parental consent under 18) and weigh less than 15 stone fully clothed.'],
  ['What happens if the weather is bad?', 'Jumps only go ahead in safe conditions. If your jump is cancelled you can rebook for free.'],
  ['Can friends come and watch?', 'Yes. There is a viewing area and café at the airfield, and spectators are free.'],
];
const kHeads = ['How it works', 'Frequently asked questions'];
const kNav = ['Our care', 'Get involved', 'Events', 'Shops', 'Contact'];
const kHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com -->
<!-- Last Published: Tue Jan 12 2027 10:14:08 GMT+0000 (Coordinated Universal Time) -->
<html data-wf-domain="www.brightwaterhospice.org.uk" data-wf-page="6591c0a7e4b1d2f3a4b5c6d7" data-wf-site="6591c0a7e4b1d2f3a4b5c600" lang="en"
data-wf-collection="6591c0a7e4b1d2f3a4b5c6aa" data-wf-item-slug="skydive">
<head><meta charset="utf-8"><title>Skydive for Brightwater | Brightwater Hospice</title>
<meta content="${kLead}" name="description"><meta content="Skydive for Brightwater | Brightwater Hospice" property="og:title">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/6591c0a7e4b1d2f3a4b5c600/css/brightwater.webflow.5d1e2f.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t="
w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<link href="https://assets-global.website-files.com/6591c0a7e4b1d2f3a4b5c600/favicon.png" rel="shortcut icon" type="image/x-icon"></head>
<body><div class="page-wrapper"><div class="global-styles w-embed"><style>.w-richtext h2{margin-top:1.5em}</style></div>
<a href="#main" class="skip-link">Skip to main content</a>
<div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" aria-current="page" class="brand w-nav-brand w--current">
<img src="https://assets-global.website-files.com/6591c0a7e4b1d2f3a4b5c600/logo.svg" loading="lazy" alt="Brightwater Hospice" class="logo"></a>
<nav role="navigation" class="nav-menu w-nav-menu">${kNav
  .map(
    (t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}"
class="nav-link w-nav-link">${t}</a>`,
  )
  .join('')}
<a href="/donate" class="button-donate w-button">Donate</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<main id="main" class="main-wrapper"><section class="section-hero-event"><div class="padding-global"><div class="container-large">
<div class="event-hero-grid"><div id="w-node-_8c1f2a3b-0001" class="event-hero-content"><div class="event-tag">Challenge event</div>
<h1 class="heading-style-h1">${kTitle}</h1><p class="text-size-large">${kLead}</p>
<a href="https://brightwater.enthuse.com/skydive27" class="button is-large w-button">Register for £50</a></div>
<div class="event-hero-image-wrapper">
<img src="https://assets-global.website-files.com/6591c0a7e4b1d2f3a4b5c600/skydive-hero.jpg" loading="eager" sizes="(max-width: 991px) 100vw, 50vw"
alt="A tandem skydiver in freefall" class="event-hero-image"></div></div>
<div class="event-details-grid">${kFacts
  .map(
    ([k, v]) => `<div class="event-detail"><div class="event-detail-label">${k}</div>
<div class="event-detail-value">${v}</div></div>`,
  )
  .join('\n')}</div>
</div></div></section>
<section class="section-event-body"><div class="padding-global"><div class="container-small"><div class="event-rich-text w-richtext">
<h2>${at(kHeads, 0)}</h2>${ps(kParas)}
<figure class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div>
<img src="https://assets-global.website-files.com/6591c0a7e4b1d2f3a4b5c600/landing.jpg" loading="lazy" alt="Landing at the airfield"></div>
<figcaption>Last year’s jumpers raised more than £31,000</figcaption></figure>
<h2>${at(kHeads, 1)}</h2></div>
<div class="faq-list">${kFaq
  .map(
    ([q, a]) => `<div class="faq-item"><div data-w-id="a7c1-${q?.length}" class="faq-question"><div class="faq-question-text">${q}</div>
<div class="faq-icon w-embed"><svg width="16" height="16" viewBox="0 0 16 16" fill="none"><path d="M8 3v10M3 8h10" stroke="currentColor"/></svg></div></div>
<div class="faq-answer" style="height:0px"><p class="faq-answer-text">${a}</p></div></div>`,
  )
  .join('\n')}</div></div></div></section>
<section class="section-cta"><div class="padding-global"><div class="container-medium"><div class="cta-card">
<h2 class="heading-style-h3">Not quite ready to jump?</h2><p>Browse our other challenge events, from treks to triathlons.</p>
<a href="/events" class="button is-secondary w-button">See all events</a></div></div></div></section></main>
<footer class="footer"><div class="padding-global"><div class="container-large"><div class="footer-grid">
<div class="footer-col"><div class="footer-heading">Get in touch</div><a href="tel:01632960555" class="footer-link">01632 960 555</a>
<a href="mailto:events@brightwaterhospice.org.uk" class="footer-link">events@brightwaterhospice.org.uk</a></div>
<div class="footer-col"><div class="footer-heading">Legal</div><a href="/privacy" class="footer-link">Privacy policy</a>
<a href="/cookies" class="footer-link">Cookies</a></div></div>
<div class="footer-bottom"><div class="text-size-small">© 2027 Brightwater Hospice. Registered charity 1066666.</div></div></div></div></footer></div>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=6591c0a7e4b1d2f3a4b5c600" type="text/javascript"
integrity="sha256-9/aliU8dGd2tb6OSsuzixeV4y/faTqgFtohetphbbj0=" crossorigin="anonymous"></script>
<script src="https://assets-global.website-files.com/6591c0a7e4b1d2f3a4b5c600/js/webflow.a1b2c3.js" type="text/javascript"></script></body></html>`;
const skydive: TestPage = {
  name: 'heldout666-webflow-skydive',
  kind: 'blog',
  html: kHtml,
  title: kTitle,
  headings: kHeads,
  body: texts([kLead, ...kFacts.map(([k, v]) => `${k} ${v}`), ...kParas, ...kFaq.flat()]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...kNav, 'Donate', 'Challenge event', 'Register for £50',
    'Last year’s jumpers raised more than £31,000', 'Not quite ready to jump?', 'Browse our other challenge events, from treks to triathlons.',
    'See all events', 'Get in touch', '01632 960 555', 'events@brightwaterhospice.org.uk', 'Legal', 'Privacy policy', 'Cookies',
    '© 2027 Brightwater Hospice. Registered charity 1066666.',
  ],
};

const cTitle = 'Partner with Marlowe Vale Hospice';
const cIntro = [
  j(
    'Businesses across the Vale have supported Marlowe Vale Hospice since we opened our doors in 1991. Today companies large and',
    'small give us more than £400,000 a year, and their staff give thousands of hours as volunteers. We would love your business',
    'to join them.',
  ),
  j(
    'A partnership with the hospice is more than a donation. It is a chance to bring your team together around a cause that',
    'touches almost every family in the area, and to show your customers what your business stands for.',
  ),
];
const cCoty = [
  j(
    'Choosing Marlowe Vale Hospice as your Charity of the Year gives your staff a shared goal for twelve months. We will give',
    'you a dedicated Corporate Partnerships Manager who will help you plan a year of activity, from bake sales and dress-down',
    'days to a team entry in the Vale Ridge Trek.',
  ),
  j(
    'Our partners raise anything from £2,000 to £60,000 in a year. Last year the staff of Thornbury Logistics raised £38,500,',
    'enough to run our Day Hospice for six weeks, by cycling the distance from Marlowe to Lisbon on exercise bikes in their depot.',
  ),
];
const cMatch = j(
  'Many employers match what their staff raise, pound for pound. If your company already has a matched giving scheme, let us',
  'know and we will help your staff claim it. If not, we can help you set one up; it is one of the simplest ways to double the',
  'difference your team makes.',
);
const cPayroll = [
  j(
    'Payroll Giving lets employees give to the hospice straight from their salary before tax, so a gift of £10 costs a basic rate',
    'taxpayer just £8. It takes about an hour to set up through your payroll provider and costs your business nothing.',
  ),
  j('Just 20 employees giving £10 a month would pay for a specialist nurse to spend a full day with patients in their own homes', 'every month of the year.'),
];
const cVol = j(
  'Team volunteering days are a great way to see the hospice for yourselves. Groups of six to twelve people can help in our',
  'gardens, sort stock at our warehouse or give a room a fresh coat of paint. We ask each team to raise a minimum of £500 to',
  'cover the cost of organising the day.',
);
const cSpon = [
  j(
    'Our events reach more than 15,000 people a year. Sponsoring an event such as the Midsummer Ball, the Light Up a Life',
    'services or the Vale Ridge Trek puts your brand in front of a loyal local audience and pays for the running costs, so that more',
    'of every pound raised goes on care.',
  ),
  'Sponsorship packages are tailored to each business. The table below shows typical levels.',
];
const cRows = [
  ['Bronze', '£1,000', 'Logo on event web page, two free places'],
  ['Silver', '£2,500', 'Logo on event materials and T-shirts, five free places'],
  ['Gold', '£5,000', 'Headline branding, speaking slot at the event, ten free places'],
];
const cWhy = [
  j(
    'It costs £9.4 million a year to run Marlowe Vale Hospice. The NHS funds about a quarter of that; the rest comes from the',
    'generosity of our community. Every partnership helps us care for more than 1,800 patients and their families each year, on',
    'our ward, in their homes and in our Day Hospice.',
  ),
  j(
    '“Our partnership with the hospice has been the highlight of our year. Our team has never been closer.”',
    'Imogen Fairley, Managing Director, Fairley & Stroud Solicitors',
  ),
];
const cCta = j(
  'To talk about how your business could get involved, fill in the form below and our Corporate Partnerships Manager,',
  'Deniz Harcourt, will be in touch within three working days.',
);
const cHeads = ['Charity of the Year', 'Matched giving', 'Payroll Giving', 'Team volunteering', 'Event sponsorship', 'Why it matters', 'Get in touch'];
const cNav = ['Our care', 'Support us', 'Events', 'Volunteer', 'Shops', 'News'];
const cFoot = ['Careers', 'Privacy notice', 'Cookie policy', 'Fundraising promise', 'Contact'];
const hsRich = (
  id: string,
  inner: string,
): string => `<div class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-rich_text" data-hs-cos-general-type="widget"
data-hs-cos-type="module">
<span id="hs_cos_wrapper_widget_${id}_" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_rich_text" data-hs-cos-general-type="widget"
data-hs-cos-type="rich_text">${inner}</span></div>`;
const hsRow = (n: number, inner: string): string => `<div class="row-fluid-wrapper row-depth-1 row-number-${n} dnd-section"><div class="row-fluid ">
<div class="span12 widget-span widget-type-cell dnd-column" data-widget-type="cell" data-x="0" data-w="12">
<div class="row-fluid-wrapper row-depth-1 row-number-${n + 1} dnd-row">
<div class="row-fluid "><div class="span12 widget-span widget-type-custom_widget dnd-module" data-widget-type="custom_widget">${inner}</div></div></div>
</div></div></div>`;
const cArticle = [
  hsRow(1, hsRich('1701', `<h1>${cTitle}</h1>${ps(cIntro)}`)),
  hsRow(3, hsRich('1702', `<h2>${at(cHeads, 0)}</h2>${ps(cCoty)}<h2>${at(cHeads, 1)}</h2>${ps([cMatch])}<h2>${at(cHeads, 2)}</h2>${ps(cPayroll)}`)),
  hsRow(
    5,
    hsRich(
      '1703',
      `<h2>${at(cHeads, 3)}</h2>${ps([cVol])}<h2>${at(cHeads, 4)}</h2>${ps(cSpon)}
<table style="width: 100%; border-collapse: collapse;"><thead><tr><th>Level</th><th>From</th><th>What you receive</th></tr></thead><tbody>
${cRows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>`,
    ),
  ),
  hsRow(
    7,
    hsRich(
      '1704',
      `<h2>${at(cHeads, 5)}</h2>${ps([at(cWhy, 0)])}<blockquote>${at(cWhy, 1).replace(/&/g, '&amp;')}</blockquote>
<h2>${at(cHeads, 6)}</h2>${ps([cCta])}`,
    ),
  ),
].join('\n');
const cHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Corporate partnerships | Marlowe Vale Hospice</title>
<link rel="shortcut icon" href="https://www.marlowevalehospice.org/hubfs/favicon.png">
<meta name="description" content="Partner with Marlowe Vale Hospice: Charity of the Year, matched giving, payroll giving and event sponsorship.">
<meta name="viewport" content="width=device-width, initial-scale=1"><script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<meta property="og:description" content="Partner with Marlowe Vale Hospice."><meta property="og:title" content="Corporate partnerships | Marlowe Vale Hospice">
<style>a.cta_button{-moz-box-sizing:content-box !important;-webkit-box-sizing:content-box !important;
box-sizing:content-box !important;vertical-align:middle}</style>
<link rel="stylesheet" href="https://www.marlowevalehospice.org/hs-fs/hub/8812345/hub_generated/template_assets/1/main.min.css">
<link rel="canonical" href="https://www.marlowevalehospice.org/corporate-partnerships"><meta name="generator" content="HubSpot"></head>
<body><div class="body-wrapper   hs-content-id-98765432101 hs-site-page page ">
<div data-global-resource-path="marlowe-2024/templates/partials/header.html"><header class="header">
<a href="#main-content" class="header__skip">Skip to content</a>
<div class="header__container content-wrapper"><div class="header__logo header__logo--main">
<span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo">
<a href="/" id="hs-link-site_logo" style="border-width:0px;border:0px;">
<img src="https://www.marlowevalehospice.org/hubfs/logo.svg" class="hs-image-widget" alt="Marlowe Vale Hospice" width="200" height="60"></a></span></div>
<div class="header__column"><div class="header__row-2"><div class="header--toggle header__navigation--toggle"></div>
<nav class="header__navigation" aria-label="Main menu"><ul class="submenu level-1">${cNav
  .map(
    (t) => `<li class="has-submenu menu-item hs-skip-lang-url-rewrite">
<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="menu-link">${t}</a></li>`,
  )
  .join('\n')}</ul></nav>
<div class="header__search header--element"><form class="hs-search-field__form" action="/hs-search-results">
<label class="hs-search-field__label show-for-sr" for="search-term">Search</label>
<input type="text" class="hs-search-field__input" name="term" autocomplete="off" aria-label="Search" placeholder="Search"></form></div></div></div></div>
</header></div>
<main id="main-content" class="body-container-wrapper"><div class="container-fluid body-container body-container--page">
${cArticle}
<div class="row-fluid-wrapper row-depth-1 row-number-9 dnd-section"><div class="row-fluid ">
<div class="span12 widget-span widget-type-custom_widget dnd-module">
<div id="hs_cos_wrapper_widget_1705" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-form">
<span id="hs_cos_wrapper_widget_1705_" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_form">
<h3 id="hs_cos_wrapper_widget_1705_title" class="hs_cos_wrapper form-title">Corporate enquiry</h3><div id="hs_form_target_widget_1705"></div>
<script>hbspt.forms.create({"portalId":"8812345","formId":"3f2a9c1e","target":"#hs_form_target_widget_1705","formInstanceId":"4411"});</script></span>
</div></div></div></div>
</div></main>
<div data-global-resource-path="marlowe-2024/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<div class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module"><ul class="footer-menu">${cFoot
  .map(
    (t) => `<li>
<a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`,
  )
  .join('')}</ul></div>
<div class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module">
<p>Marlowe Vale Hospice, Abbots Lane, Marlowe MV3 2HH. Registered charity 1022222.</p>
<p>© 2027 Marlowe Vale Hospice</p></div></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="can-use-gradients  hs-cookie-notification-position-bottom" data-hs-banner-type="default"
aria-label="Cookie banner" role="region">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-en-cookie-confirmation-buttons-area"><div id="hs-eu-policy-wording">
<p>This website stores cookies on your computer. These cookies are used to
improve your website experience and provide more personalized services to you.</p></div><div id="hs-eu-cookie-confirmation-button-group">
<a href="javascript:void(0);" id="hs-eu-confirmation-button" role="button">Accept</a>
<a href="javascript:void(0);" id="hs-eu-decline-button" role="button">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/content-cwv-embed/static-1.1293/embed.js"></script>
<script type="text/javascript" id="hs-script-loader" async defer src="/hs/scriptloader/8812345.js"></script>
</body></html>`;
const partners: TestPage = {
  name: 'heldout666-hubspot-corporate-partners',
  kind: 'docs',
  html: cHtml,
  title: cTitle,
  headings: cHeads,
  body: [...cIntro, ...cCoty, cMatch, ...cPayroll, cVol, ...cSpon, ...cRows.map((r) => r.join(' ')), ...cWhy, cCta],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...cNav.filter((t) => t !== 'Events'), 'Search', 'Corporate enquiry', ...cFoot,
    'Marlowe Vale Hospice, Abbots Lane, Marlowe MV3 2HH. Registered charity 1022222.', '© 2027 Marlowe Vale Hospice',
    'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalized services to you.',
    'Accept', 'Decline',
  ],
};

export const HELDOUT666_D: readonly TestPage[] = [skydive, partners];
