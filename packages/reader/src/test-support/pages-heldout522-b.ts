import { links, ps, type TestPage, texts } from './page-kit.js';
import { esc, j, lis, uniq } from './pages-heldout522-kit.js';

/**
 * Held-out batch 522, file b: a glazier's quote request page built with Wix (Thunderbolt renderer, Wix Forms), and a burglar
 * alarm FAQ on a security installer's HubSpot CMS site (drag-and-drop page with an accordion module and a HubSpot cookie banner).
 */
const wTitle = 'Get a Free Glazing Quote';
const wBody = [
  j(
    'Tell us about the glass you need replacing or the windows you are thinking of upgrading, and one of our surveyors will get back',
    'to you within one working day with a price or a time to visit.',
  ),
  'To help us quote quickly, please include:',
  'the width and height of each pane, measured inside the frame',
  'whether the glass is single, double or triple glazed',
  'a photo of any broken or misted unit',
  j('We cover Tollbridge, Amesford and the Wendle valley. Quotes are free and there is no obligation.'),
];
const wNav = ['Home', 'Windows & Doors', 'Glass Repairs', 'Gallery', 'Get a Quote', 'Contact'];
const wForm = ['First Name', 'Last Name', 'Email', 'Phone', 'Postcode', 'Tell us about the job', 'Upload photos', 'Submit'];
const wThanks = 'Thanks for submitting!';
const wP = (t: string, cls = 'font_8'): string => `<p class="${cls} wixui-rich-text__text">${t}</p>`;
const wRich = (id: string, inner: string): string =>
  `<div id="comp-${id}" class="HcOXKn SxM0TO QxJLC3 comp-${id} wixui-rich-text" data-testid="richTextElement">${inner}</div>`;
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><title>Get a Quote | Clearview Glass &amp; Glazing</title>
<meta name="description" content="Free glazing quotes in Tollbridge and Amesford. Replacement glass, misted units, windows and doors.">
<link rel="canonical" href="https://www.clearviewglazing.co.uk/get-a-quote"><meta property="og:site_name" content="Clearview Glass &amp; Glazing">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness",
"name":"Clearview Glass & Glazing","address":{"addressLocality":"Tollbridge"}}</script>
<script type="application/json" id="wix-viewer-model">{"siteFeatures":["dynamicPages","forms"],"site":{"metaSiteId":"6b1c0f3e"}}</script>
<style>#comp-lq4k2d1{--min-height:62px}#comp-lq4k2e9{width:480px}.font_0{font:normal normal bold 44px/1.2 'playfair display',serif}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus" tabindex="-1" role="region"
aria-label="top of page">
<span class="mHZSwn">top of page</span></div><div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="Ri6HDD"><section class="wixui-section">
${wRich('lq4k2d1', `<p class="font_6 wixui-rich-text__text"><span class="wixui-rich-text__text">Clearview Glass &amp; Glazing</span></p>`)}
<nav id="comp-lq4k2d7" aria-label="Site" class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu"><ul
class="StylableHorizontalMenu3372578893__menu">
${links(wNav, 'wixui-horizontal-menu__item')}</ul></nav>
${wRich('lq4k2da', `<p class="font_7 wixui-rich-text__text"><a href="tel:01632960775">01632 960775</a></p>`)}
</section></div></header>
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="c1dmp" class="dBAkHi theme-vars"><div class="PFkO7r wN7fhJ">
<section id="comp-lq4k2e2" class="xuzjBY comp-lq4k2e2 wixui-section"><div data-mesh-id="comp-lq4k2e2inlineContent" class="comp-lq4k2e2inlineContent">
${wRich('lq4k2e5', `<h1 class="font_0 wixui-rich-text__text">${wTitle}</h1>`)}
${wRich('lq4k2e7', ps([wBody[0] ?? '', wBody[1] ?? ''], ' class="font_8 wixui-rich-text__text"'))}
${wRich('lq4k2e8', `<ul class="font_8 wixui-rich-text__text">${lis(wBody.slice(2, 5), 'wixui-rich-text__text')}</ul>${wP(wBody[5] ?? '')}`)}
<div id="comp-lq4k2e9" class="comp-lq4k2e9 wixui-form"><form class="BZcosx" novalidate>
${wForm
  .slice(0, 5)
  .map(
    (l, i) => `<div class="jkcEwZ wixui-text-input"><label for="input_comp-f${i}" class="wPeA6j wixui-text-input__label">${l}</label>
<input type="text" id="input_comp-f${i}" class="KvoMHf has-custom-focus wixui-text-input__input" ${i < 3 ? 'required' : ''} value=""></div>`,
  )
  .join('\n')}
<div class="wixui-text-box"><label for="textarea_comp-f6" class="wixui-text-box__label">${wForm[5]}</label><textarea id="textarea_comp-f6"></textarea></div>
<div class="wixui-file-upload-button"><span class="wixui-file-upload-button__label">${wForm[6]}</span><button type="button">Upload File</button></div>
<div class="wixui-button"><button type="submit" class="uDW_Qe wixui-button"><span class="l7_2fn wixui-button__label">${wForm[7]}</span></button></div>
</form></div>
<div id="comp-lq4k2ea" class="comp-lq4k2ea wixui-rich-text" data-testid="richTextElement" style="visibility:hidden">${wP(wThanks)}</div>
</div></section></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><section class="wixui-section">
${wRich(
  'lq4k2f1',
  `${wP('Clearview Glass &amp; Glazing · Unit 3, Kiln Lane, Tollbridge TB4 1NW')}
${wP('FENSA registered installer no. 48211')}${wP('© 2026 by Clearview Glass &amp; Glazing.')}`,
)}
</section></footer></div></div>
<div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus" tabindex="-1" role="region" aria-label="bottom of page"><span class="mHZSwn">bottom of page</span></div>
</div></div><script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.9c7b3e1a.bundle.min.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout522-wix-glazing-quote',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: [],
  body: texts(wBody),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'top of page', 'Clearview Glass & Glazing', ...wNav, '01632 960775', ...wForm, 'Upload File',
    'Clearview Glass & Glazing · Unit 3, Kiln Lane, Tollbridge TB4 1NW', 'FENSA registered installer no. 48211', '© 2026 by Clearview Glass & Glazing.',
    'bottom of page',
  ]),
};

const hTitle = 'Burglar Alarm FAQs';
const hIntro = 'Answers to the questions we are asked most often before, during and after an alarm installation.';
const hFaq: [string, string[]][] = [
  [
    'Do I need a monitored alarm, or is a bells-only system enough?',
    [
      j(
        'A bells-only alarm sounds the siren and may send an alert to your phone, but nobody is obliged to respond. A monitored alarm',
        'sends signals to a staffed receiving centre, which calls your keyholders and, once an intruder is confirmed, the police.',
      ),
      'If your insurer asks for a police response, you will need a monitored system to the right grade.',
    ],
  ],
  [
    'How long does an installation take?',
    [
      j(
        'A wireless system in a typical three-bedroom house takes one engineer about five hours. A wired system takes a day or a day and',
        'a half, depending on how easy it is to run cables under floors and in the loft.',
      ),
    ],
  ],
  [
    'Will my pets set the alarm off?',
    [
      j(
        'Not if we know about them. We fit pet-tolerant motion detectors set for animals up to 25 kg, and we avoid placing them where a',
        'cat can climb on furniture close to the sensor.',
      ),
    ],
  ],
  [
    'What happens if the power goes off?',
    [
      j(
        'The control panel and the external siren both have backup batteries, which keep the system armed for at least twelve hours.',
        'The app tells you when the mains supply fails and when it comes back.',
      ),
    ],
  ],
  [
    'How often does the system need a service?',
    [
      j('Once a year for a bells-only system and twice a year for a monitored system. Servicing keeps your certificate valid,'),
      'and we test every detector, the siren, the batteries and the signalling path on each visit.',
    ],
  ],
  [
    'Can I move the alarm when I move house?',
    [
      j(
        'Wireless detectors can be taken down and refitted, but the panel will need to be reprogrammed and the system recertified at',
        'the new address. It is often cheaper to leave the alarm for the buyer and fit a new one.',
      ),
    ],
  ],
];
const hBody = [hIntro, ...hFaq.flatMap(([, a]) => a)];
const hNav = ['Burglar Alarms', 'CCTV', 'Access Control', 'Monitoring', 'About Us', 'Resources'];
const hFoot = ['Privacy Notice', 'Terms & Conditions', 'Careers', 'Sitemap'];
const hCookie = j(
  'This website stores cookies on your computer. These cookies are used to collect information about how you interact with our website.',
  'We use this information to improve your browsing experience.',
);
const hHtml = `<!DOCTYPE html>
<html lang="en-gb"><head><meta charset="utf-8"><title>Burglar Alarm FAQs | Sentinel Home Security</title>
<meta name="description" content="Answers to common questions about burglar alarms, monitoring, pets, power cuts and servicing.">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="canonical" href="https://www.sentinelhomesecurity.co.uk/burglar-alarm-faqs">
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<link rel="stylesheet" href="https://www.sentinelhomesecurity.co.uk/hubfs/hub_generated/template_assets/1/148029471/1719412733870/template_main.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[${hFaq
  .map(([q]) => `{"@type":"Question","name":"${q}"}`)
  .join(',')}]}</script>
<meta name="generator" content="HubSpot"></head>
<body><div class="body-wrapper hs-content-id-148330991 hs-site-page page"><a href="#main-content" class="header__skip">Skip to content here</a>
<div data-global-resource-path="sentinel-theme/templates/partials/header.html"><header class="header"><div class="header__container content-wrapper">
<div class="header__logo"><span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-logo">
<a href="https://www.sentinelhomesecurity.co.uk" id="hs-link-site_logo"><img src="https://www.sentinelhomesecurity.co.uk/hubfs/sentinel-logo.svg" alt="Sentinel
Home Security"
class="hs-image-widget"></a></span></div><div class="header__menu"><span id="hs_cos_wrapper_navigation-primary" class="hs_cos_wrapper hs_cos_wrapper_widget
hs_cos_wrapper_type_module">
<nav class="menu menu--desktop" aria-label="Main menu"><ul class="menu__wrapper no-list">${links(hNav, 'hs-menu-item hs-menu-depth-1')}</ul></nav></span></div>
<div class="header__button"><a class="button" href="/book-a-survey">Book a free survey</a></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="container-fluid body-container body-container--faq">
<div class="row-fluid-wrapper row-depth-1 row-number-1 dnd-section"><div class="row-fluid"><div class="span12 widget-span widget-type-cell dnd-column">
<div class="row-fluid-wrapper row-depth-1 row-number-2 dnd-row"><div class="row-fluid"><div class="span12 widget-span widget-type-custom_widget dnd-module">
<div id="hs_cos_wrapper_widget_1719410" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-rich_text">
<span id="hs_cos_wrapper_widget_1719410_" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_rich_text"><h1>${hTitle}</h1><p>${hIntro}</p></span>
</div>
</div></div></div>
<div class="row-fluid-wrapper row-depth-1 row-number-3 dnd-row"><div class="row-fluid"><div class="span12 widget-span widget-type-custom_widget dnd-module">
<div id="hs_cos_wrapper_widget_1719455" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module"><div class="accordion">
${hFaq
  .map(
    (
      [q, a],
      i,
    ) => `<div class="accordion__item"><h3 class="accordion__title"><button class="accordion__button" aria-expanded="${i === 0}" aria-controls="acc-${i}">${q}
<span class="accordion__icon" aria-hidden="true">+</span></button></h3><div class="accordion__content${i === 0 ? ' accordion__content--open' : ''}"
id="acc-${i}">${ps(a)}</div></div>`,
  )
  .join('\n')}
</div></div></div></div></div>
<div class="row-fluid-wrapper row-depth-1 row-number-4 dnd-row"><div class="row-fluid"><div class="span12 widget-span widget-type-custom_widget dnd-module">
<div class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module"><div class="cta-band"><h2>Still have a question?</h2>
<p>Our team is available Monday to Saturday, 8am to 6pm.</p><span class="hs-cta-wrapper" id="hs-cta-wrapper-3f4b"><a class="cta_button" href="/contact">Ask an
expert</a></span>
</div></div></div></div></div></div></div></div></main>
<div data-global-resource-path="sentinel-theme/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<p>Sentinel Home Security Ltd is an NSI Gold approved company.</p><ul class="footer__links">${links(hFoot, 'hs-menu-item')}</ul>
<p>© 2026 Sentinel Home Security Ltd. Registered in England and Wales No. 09421378.</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner" data-hs-region="eu">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-eu-policy-wording"><p>${hCookie}</p></div><div id="hs-en-cookie-confirmation-buttons-area">
<div id="hs-eu-cookie-confirmation-button-group"><a href="#" id="hs-eu-confirmation-button" role="button">Accept</a><a href="#" id="hs-eu-decline-button"
role="button">Decline</a>
</div></div></div></div>
<script src="/hs/hsstatic/keyboard-accessible-menu-flyouts/static-1.17/bundles/project.js"></script>
<script type="text/javascript" id="hs-script-loader" async defer src="/hs/scriptloader/4812337.js"></script></body></html>`;
const hubspot: TestPage = {
  name: 'heldout522-hubspot-alarm-faq',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: hFaq.map(([q]) => q),
  body: texts(hBody),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Skip to content here', ...hNav, 'Book a free survey', 'Still have a question?', 'Our team is available Monday to Saturday, 8am to 6pm.', 'Ask an expert',
    'Sentinel Home Security Ltd is an NSI Gold approved company.', ...hFoot,
    '© 2026 Sentinel Home Security Ltd. Registered in England and Wales No. 09421378.',
    hCookie, 'Accept', 'Decline',
  ]),
};

export const HELDOUT522_B: readonly TestPage[] = [wix, hubspot];
