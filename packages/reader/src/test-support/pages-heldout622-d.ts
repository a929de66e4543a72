import type { TestPage } from './page-kit.js';
import { j } from './pages-heldout622-kit.js';

/**
 * Held-out batch 622, file d: a bridal hair service page on Webflow with a CMS collection of packages, a testimonial and an
 * enquiry form, and a barber and hair salon's opening hours and prices page on GoDaddy Websites + Marketing.
 */
const wTitle = 'Bridal Hair';
const wIntro = j(
  'From a relaxed garden wedding to a black-tie reception, we create bridal hair that lasts from the first photo to the last',
  'dance. Our bridal team travels to you anywhere within 30 miles of Fenwick, or you can get ready with us in the salon.',
);
const wPk: [string, string, string][] = [
  ['Bridal trial', '£95', 'A two-hour session in the salon, six to eight weeks before the day, to try up to three looks.'],
  ['The bride', '£240', 'Hair on the morning, a veil or accessory fitting and a touch-up kit to take away.'],
  ['Bridesmaids & guests', '£70 each', 'Up-dos, half-up styles and waves, booked in the same morning as the bride.'],
];
const wOutro = j(
  'We take a small number of weddings each month so that the same stylist does your trial and your day. A deposit of £100',
  'secures the date and is taken off your final bill.',
);
const wNav = ['Salon', 'Services', 'Bridal', 'Team', 'Book'];
const wFoot = ['Instagram', 'Pinterest', 'Privacy'];
const wQuote = 'Tilda kept my curls in place through a windy clifftop ceremony and eight hours of dancing.';
const wHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Mar 10 2026 09:12:40 GMT+0000 -->
<html data-wf-domain="www.tildamaehair.com" data-wf-page="65f0c1a2b3" data-wf-site="65f0c1a2a0" lang="en"><head><meta charset="utf-8">
<title>Bridal Hair | Tilda Mae Hair</title><meta content="Bridal hair by Tilda Mae: trials, wedding mornings and bridal parties." name="description">
<meta content="Bridal Hair | Tilda Mae Hair" property="og:title"><meta content="width=device-width, initial-scale=1" name="viewport">
<meta content="Webflow" name="generator"><link href="https://assets-global.website-files.com/65f0c1a2a0/css/tildamae.webflow.css" rel="stylesheet"
type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js"}(window,document);</script></head>
<body><div data-collapse="medium" data-animation="default" data-duration="400" role="banner" class="navbar w-nav"><div class="nav-container w-container">
<a href="/" class="brand w-nav-brand" aria-label="home"><img src="https://assets-global.website-files.com/65f0c1a2a0/logo.svg" alt="Tilda Mae Hair"
class="logo"></a>
<nav role="navigation" class="nav-menu w-nav-menu">${wNav
  .map(
    (t) => `<a href="/${t.toLowerCase()}"
class="nav-link w-nav-link${t === 'Bridal' ? ' w--current' : ''}">${t}</a>`,
  )
  .join('')}</nav>
<div class="menu-button w-nav-button" aria-label="menu" role="button" tabindex="0"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="hero-section bridal"><div class="w-container"><h1 class="hero-heading">${wTitle}</h1><div class="hero-rich w-richtext"><p>${wIntro}</p></div>
</div></section>
<section class="section packages"><div class="container w-container"><div class="w-dyn-list"><div role="list" class="package-grid w-dyn-items">
${wPk
  .map(
    ([t, p, d]) => `<div role="listitem" class="package-card w-dyn-item"><h3 class="package-title">${t.replace('&', '&amp;')}</h3>
<div class="package-price">${p}</div><p class="package-description">${d}</p></div>`,
  )
  .join('\n')}
</div></div><div class="w-richtext"><p>${wOutro}</p></div></div></section>
<section class="section testimonial"><div class="w-container"><h2 class="section-heading">Kind words</h2><div data-delay="4000" class="slider w-slider"
role="region" aria-label="carousel"><div class="w-slider-mask"><div class="w-slide" aria-label="1 of 1" role="group"><blockquote
class="quote">${wQuote}</blockquote>
<div class="quote-name">Rosalind, married June 2025</div></div></div><div class="w-slider-nav w-round"></div></div></div></section>
<section class="section enquiry"><div class="w-container"><h2 class="section-heading">Check your date</h2><div class="w-form"><form id="wf-form-Bridal-Enquiry"
name="wf-form-Bridal-Enquiry" data-name="Bridal Enquiry" method="get" aria-label="Bridal Enquiry"><label for="name">Your name</label><input class="w-input"
maxlength="256" name="name" type="text" id="name"><label for="date">Wedding date</label><input class="w-input" name="date" type="text" id="date">
<label for="venue">Venue</label><input class="w-input" name="venue" type="text" id="venue"><input type="submit" data-wait="Please wait..." class="w-button"
value="Send enquiry"></form><div class="w-form-done" tabindex="-1" role="region" aria-label="Bridal Enquiry success"><div>Thank you! Your submission has been
received!</div></div><div class="w-form-fail" tabindex="-1" role="region" aria-label="Bridal Enquiry failure"><div>Oops! Something went wrong while submitting
the form.</div></div></div></div></section>
<footer class="footer"><div class="w-container"><div class="footer-text">Tilda Mae Hair · 9 Quay Street, Fenwick</div><div class="footer-links">
${wFoot.map((t) => `<a href="/${t.toLowerCase()}" class="footer-link">${t}</a>`).join('')}</div><div class="footer-text">© 2026 Tilda Mae
Hair</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/65f0c1a2a0/js/webflow.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout622-webflow-bridal-hair',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: wPk.map(([t]) => t),
  body: [wIntro, ...wPk.flatMap(([, p, d]) => [p, d]), wOutro],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...wNav.filter((t) => t !== 'Salon' && t !== 'Bridal'), 'Kind words', wQuote,
    'Rosalind, married June 2025', 'Check your date', 'Your name', 'Wedding date', 'Venue',
    'Tilda Mae Hair · 9 Quay Street, Fenwick', ...wFoot, '© 2026 Tilda Mae Hair',
  ],
};

const dTitle = 'Opening Hours & Prices';
const dIntro = 'Walk-ins are welcome for gents’ cuts. For colour and longer services, please book ahead by phone or online.';
const dHours: [string, string][] = [
  ['Mon', 'Closed'],
  ['Tue', '09:00 – 17:30'],
  ['Wed', '09:00 – 17:30'],
  ['Thu', '09:00 – 20:00'],
  ['Fri', '09:00 – 17:30'],
  ['Sat', '08:30 – 16:00'],
  ['Sun', 'Closed'],
];
const dPrices: [string, [string, string][]][] = [
  [
    'Gents',
    [
      ['Gents cut', '£18'],
      ['Skin fade', '£22'],
      ['Beard trim', '£10'],
      ['Under 12s', '£12'],
    ],
  ],
  [
    'Ladies',
    [
      ['Cut & blow-dry', '£38'],
      ['Wash & blow-dry', '£24'],
      ['Root colour', '£48'],
      ['Full head highlights', '£82'],
    ],
  ],
];
const dNote = j(
  'OAP discount of 10% on Tuesdays and Wednesdays. Colour prices are for shoulder-length hair; longer hair may cost more.',
  'A patch test is required 48 hours before colour.',
);
const dNav = ['Home', 'Opening Hours & Prices', 'Gallery', 'Contact Us'];
const c = (n: number): string => Array.from({ length: n }, (_, i) => `c1-${(i * 7 + n).toString(36)}`).join(' ');
const dCard = ([t, items]: [string, [string, string][]]): string => `<div data-ux="GridCell" class="x-el x-el-div ${c(6)}"><div data-ux="ContentCard"
class="x-el x-el-div ${c(5)}"><h4 data-ux="ContentCardHeading" data-aid="MENU_SECTION_TITLE_REND" class="x-el x-el-h4 ${c(9)}">${t}</h4>
${items
  .map(
    ([n, p]) => `<div data-ux="Block" class="x-el x-el-div ${c(4)}"><p data-ux="ContentCardText" data-aid="MENU_ITEM_REND" class="x-el x-el-p ${c(7)}">
<span>${n.replace('&', '&amp;')}</span> <span data-aid="MENU_ITEM_PRICE_REND">${p}</span></p></div>`,
  )
  .join('\n')}</div></div>`;
const dHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Opening Hours &amp; Prices</title>
<meta name="author" content="Bramble Barbers &amp; Hair"><meta name="generator" content="Starfield Technologies; Go Daddy Website Builder 8.0.0000">
<link rel="manifest" href="/manifest.webmanifest"><link rel="stylesheet" href="//img1.wsimg.com/blobby/go/font/Oswald/oswald.css">
<style data-inline-fonts>@font-face{font-family:'Oswald';font-display:swap;}</style>
<style>.x{-ms-text-size-adjust:100%;-webkit-text-size-adjust:100%;}.c1-1{letter-spacing:normal}.c1-2{text-transform:none}</style>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"HairSalon","name":"Bramble Barbers & Hair",
"telephone":"01632 960 588"}</script></head>
<body class="x x-fonts-oswald"><div id="layout-a1b2" class="layout layout-layout layout-layout-layout-27 locale-en-GB lang-en">
<div data-ux="Page" id="page-a1b2" class="x-el x-el-div x-el ${c(4)}"><div data-ux="Block" class="x-el x-el-div ${c(3)}">
<div id="a1b2-header" class="widget widget-header widget-header-header-9"><div data-ux="Header" role="main" data-aid="HEADER_WIDGET"
class="x-el x-el-div x-el x-el ${c(4)}"><div data-ux="Container" class="x-el x-el-div ${c(5)}"><nav data-ux="Navigation" data-aid="HEADER_NAV_RENDERED"
role="navigation" class="x-el x-el-nav ${c(6)}"><div data-ux="Block" class="x-el x-el-div ${c(3)}"><h3 data-ux="LogoHeading" id="logo-container"
data-aid="HEADER_LOGO_TEXT_RENDERED" class="x-el x-el-h3 ${c(8)}"><a rel="" role="link" aria-haspopup="menu" data-ux="Link" data-page="a1b2"
title="Bramble Barbers &amp; Hair"
href="/" class="x-el x-el-a ${c(6)}">Bramble Barbers &amp; Hair</a></h3></div><ul data-ux="List" class="x-el x-el-ul ${c(5)}">
${dNav
  .map(
    (t) => `<li data-ux="ListItemInline" class="x-el x-el-li ${c(4)}"><a data-ux="NavLink" data-page="a1b2" href="/${t.toLowerCase().replace(/[^a-z]+/g, '-')}"
class="x-el x-el-a ${c(6)}">${t.replace('&', '&amp;')}</a></li>`,
  )
  .join('\n')}</ul></nav></div></div></div>
<div id="a1b2-content" class="widget widget-content widget-content-content-4"><div data-ux="Section" class="x-el x-el-section ${c(5)}">
<div data-ux="Container" class="x-el x-el-div ${c(4)}"><h1 data-ux="SectionHeading" data-aid="CONTENT_SECTION_TITLE_RENDERED" data-typography="HeadingBeta"
class="x-el x-el-h1 ${c(9)}"><span data-ux="Element" class="x-el x-el-span ${c(3)}">Opening Hours &amp; Prices</span></h1>
<div data-ux="ContentText" data-aid="CONTENT_DESCRIPTION_RENDERED" class="x-el x-el-div ${c(6)}"><p>${dIntro}</p></div></div></div></div>
<div id="a1b2-hours" class="widget widget-contact widget-contact-contact-5"><div data-ux="Section" class="x-el x-el-section ${c(5)}"><div data-ux="Container"
class="x-el x-el-div ${c(4)}"><h2 data-ux="SectionHeading" data-aid="CONTACT_HOURS_TITLE_REND" class="x-el x-el-h2 ${c(8)}">Opening hours</h2>
<table data-ux="Table" data-aid="CONTACT_HOURS_REND" class="x-el x-el-table ${c(5)}"><tbody>
${dHours
  .map(
    ([d, h]) => `<tr data-ux="Block" class="x-el x-el-tr ${c(3)}"><td data-ux="Block" class="x-el x-el-td ${c(4)}">${d}</td><td data-ux="Block"
class="x-el x-el-td ${c(4)}">${h}</td></tr>`,
  )
  .join('\n')}</tbody></table></div></div></div>
<div id="a1b2-menu" class="widget widget-menu widget-menu-menu-1"><div data-ux="Section" class="x-el x-el-section ${c(5)}"><div data-ux="Container"
class="x-el x-el-div ${c(4)}"><h2 data-ux="SectionHeading" data-aid="MENU_SECTION_HEADING" class="x-el x-el-h2 ${c(8)}">Prices</h2><div data-ux="Grid"
class="x-el x-el-div ${c(5)}">${dPrices.map(dCard).join('\n')}</div><p data-ux="Text" data-aid="MENU_DESCRIPTION_REND" class="x-el x-el-p ${c(6)}">${dNote}</p>
</div></div></div>
<div id="a1b2-footer" class="widget widget-footer widget-footer-footer-3"><div data-ux="Footer" role="contentinfo" class="x-el x-el-div ${c(4)}">
<div data-ux="Container" class="x-el x-el-div ${c(4)}"><p data-ux="FooterText" data-aid="FOOTER_COPYRIGHT_RENDERED" class="x-el x-el-p ${c(6)}">
<span>Copyright © 2026 Bramble Barbers &amp; Hair - All Rights Reserved.</span></p><p data-ux="FooterText" data-aid="FOOTER_POWERED_BY_AIRO_RENDERED"
class="x-el x-el-p ${c(6)}"><span>Powered by <a rel="nofollow noopener" target="_blank"
href="https://www.godaddy.com/websites/website-builder">GoDaddy</a></span></p>
</div></div></div></div></div></div>
<div id="a1b2-cookie" class="widget widget-cookie-banner"><div data-ux="Block" data-aid="FOOTER_COOKIE_REND" class="x-el x-el-div ${c(5)}"><p data-ux="Text"
class="x-el x-el-p ${c(4)}">This website uses cookies.</p><p data-ux="Text" class="x-el x-el-p ${c(4)}">We use cookies to analyze website traffic and optimize
your website experience. By accepting our use of cookies, your data will be aggregated with all other user data.</p><a data-ux="Button"
data-aid="CONSENT_BUTTON"
class="x-el x-el-a ${c(6)}" href="#">Accept</a></div></div>
<script type="text/javascript">window.wsb=window.wsb||{};window.wsb["Theme27"]=1;</script></body></html>`;
const godaddy: TestPage = {
  name: 'heldout622-godaddy-hours-prices',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: ['Opening hours', 'Prices', 'Gents', 'Ladies'],
  body: [dIntro, ...dHours.map(([d, h]) => `${d} ${h}`), ...dPrices.flatMap(([, items]) => items.map(([n, p]) => `${n} ${p}`)), dNote],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Bramble Barbers & Hair', 'Home', 'Gallery', 'Contact Us', 'Copyright © 2026 Bramble Barbers & Hair - All Rights Reserved.', 'Powered by GoDaddy',
    'This website uses cookies.',
    j(
      'We use cookies to analyze website traffic and optimize your website experience.',
      'By accepting our use of cookies, your data will be aggregated with all other user data.',
    ),
    'Accept',
  ],
};

export const HELDOUT622_D: readonly TestPage[] = [webflow, godaddy];
