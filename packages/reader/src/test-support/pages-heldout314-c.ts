import { links, type TestPage, texts } from './page-kit.js';
import { weeblyGarage } from './pages-heldout314-c2.js';
import { j } from './pages-heldout314-kit.js';

/**
 * Held-out batch 314, file c: a bakery's short "Our Story" page on GoDaddy Websites + Marketing (data-ux / data-aid
 * sections, x-el classes, an about section with content headings, a hours block, the subscribe form, the GoDaddy cookie
 * banner and "Powered by GoDaddy" footer) and, from file c2, a car garage's MOT page on Weebly.
 */
const gTitle = 'Our Story';
const gHeads = ['Where it started', 'How we bake', 'Who we are now'];
const gParas = [
  [
    j(
      'Crumb &amp; Kettle began in 2014 on a borrowed market stall in Fennick Square, with one oven, a folding table and a',
      'sourdough starter that Ruth’s grandmother had kept going since the 1970s. We sold out by eleven on the first Saturday and',
      'have been trying to bake enough ever since.',
    ),
  ],
  [
    j(
      'Everything is made on site, overnight, in the old dairy behind the shop. Our loaves are fermented for at least eighteen',
      'hours, our flour is stone-milled at Hatherby Mill twelve miles away, and we bake in small batches so that the first',
      'customer and the last get the same bread.',
    ),
    j('We do not use improvers or preservatives, which is why our bread keeps for three days rather than a week. We think that', 'is a fair trade.'),
  ],
  [
    j(
      'There are nine of us now, including two apprentices from Fennick College. The shop on Cooper Street opened in 2019, and on',
      'Sundays we still take the van back to the square where it all started.',
    ),
    'Come and say hello. If you are up early enough, knock on the back door and we will show you round the bakehouse.',
  ],
];
const gCookie = j(
  'We use cookies to analyze website traffic and optimize your website experience. By accepting our use of cookies,',
  'your data will be aggregated with all other user data.',
);
const gNav = ['Home', 'Our Story', 'Menu', 'Wholesale', 'Contact Us'];
const x = (el: string, ux: string, aid: string, inner: string, cls = 'c1-1 c1-2 c1-b c1-c'): string =>
  `<${el} data-ux="${ux}"${aid ? ` data-aid="${aid}"` : ''} class="x-el x-el-${el} ${cls}">${inner}</${el}>`;
const gHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charSet="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Our Story</title><meta name="author" content="Crumb &amp; Kettle Bakehouse">
<meta name="generator" content="Starfield Technologies; Go Daddy Website Builder 8.0.0000">
<meta property="og:url" content="https://crumbandkettle.example/our-story"><meta property="og:site_name" content="Crumb &amp; Kettle Bakehouse">
<meta property="og:title" content="Crumb &amp; Kettle Bakehouse"><meta property="og:type" content="website">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Bakery","name":"Crumb & Kettle Bakehouse",
"address":{"@type":"PostalAddress","streetAddress":"31 Cooper Street","addressLocality":"Fennick"}}</script>
<script>window.cxs && window.cxs.setOptions({ eventBuilderAppName: 'Website' });</script>
<style data-glamor="cxs-default-sheet">.x .c1-1{letter-spacing:normal}.x .c1-2{text-transform:none}</style></head>
<body class="x x-fonts-old-standard-tt"><div id="layout-crumb-kettle" class="layout layout-layout layout-layout-layout-13 locale-en-GB lang-en">
<div data-ux="Page" id="page-2103" class="x-el x-el-div x-el c1-1 c1-2 c1-3 c1-4 c1-5"><div data-ux="Block" class="x-el x-el-div c1-1 c1-2 c1-6">
<div id="a9e6b1c1-1" class="widget widget-header widget-header-header-9"><div data-ux="Header" role="main" data-aid="HEADER_WIDGET" class="x-el x-el-div">
<section data-ux="Section" data-aid="HEADER_SECTION" class="x-el x-el-section c1-1 c1-2 c1-d"><div data-ux="Container" class="x-el x-el-div c1-e">
${x('h3', 'LogoHeading', 'HEADER_LOGO_TEXT_RENDERED', '<a href="/" data-ux="Link">Crumb &amp; Kettle Bakehouse</a>')}
<nav data-ux="Nav" data-aid="HEADER_NAV_RENDERED" role="navigation" class="x-el x-el-nav c1-1 c1-2"><ul data-ux="List" class="x-el x-el-ul c1-f">
${gNav
  .map(
    (t, i) => `<li data-ux="ListItemInline" class="x-el x-el-li c1-g"><a data-ux="NavLink" data-aid="NAV_LINK_${i}"
href="/${t.toLowerCase().replace(/ /g, '-')}" class="x-el x-el-a c1-h">${t}</a></li>`,
  )
  .join('\n')}
</ul></nav></div></section></div></div>
<div id="b7f2c3d4-2" class="widget widget-about widget-about-about-7"><div data-ux="Widget" role="region" id="b7f2c3d4" class="x-el x-el-div">
<section data-ux="Section" class="x-el x-el-section c1-1 c1-2 c1-i"><div data-ux="Container" class="x-el x-el-div c1-e">
${x('h1', 'SectionHeading', 'ABOUT_SECTION_TITLE_RENDERED', `<span data-ux="Element" class="x-el x-el-span">${gTitle}</span>`)}
<div data-ux="Grid" class="x-el x-el-div c1-j">${gHeads
  .map(
    (h, i) => `<div data-ux="GridCell" class="x-el x-el-div c1-k"><div data-ux="Block" class="x-el x-el-div">
${x('h4', 'ContentHeading', `ABOUT_HEADLINE_RENDERED${i}`, h)}
<div data-ux="ContentText" data-aid="ABOUT_DESCRIPTION_RENDERED${i}" class="x-el x-el-div c1-l x-rt">${(gParas[i] ?? [])
      .map(
        (p) => `<p
style="margin:0">${p}</p>`,
      )
      .join('')}</div>
${
  i === 0
    ? `<figure data-ux="Figure" class="x-el x-el-figure"><img data-ux="Image" src="//img1.wsimg.example/isteam/ip/stall.jpg" alt="image2"><figcaption
data-ux="FigCaption" data-aid="ABOUT_CAPTION_RENDERED0" class="x-el x-el-figcaption">Our first stall, summer 2014</figcaption></figure>`
    : ''
}
</div></div>`,
  )
  .join('\n')}</div></div></section></div></div>
<div id="c3a8d5e6-3" class="widget widget-contact widget-contact-contact-4"><section data-ux="Section" class="x-el x-el-section c1-m">
${x('h2', 'SectionHeading', 'CONTACT_SECTION_TITLE_REND', 'Drop us a line!')}
${x('h4', 'ContentHeading', 'CONTACT_HOURS_TITLE_REND', 'Hours')}
<table data-ux="Table" class="x-el x-el-table"><tbody><tr><td>Tue - Sat</td><td>7:30am – 4pm</td></tr><tr><td>Sun</td><td>8am – 1pm</td></tr></tbody></table>
${x('p', 'ContentText', 'CONTACT_ADDRESS_REND', 'Crumb &amp; Kettle Bakehouse, 31 Cooper Street, Fennick FN3 8AW')}</section></div>
<div id="d4b9e6f7-4" class="widget widget-subscribe widget-subscribe-subscribe-2"><section data-ux="Section" class="x-el x-el-section c1-n">
${x('h2', 'SectionHeading', 'SUBSCRIBE_TITLE_RENDERED', 'Subscribe')}
${x('p', 'SectionSubheading', 'SUBSCRIBE_SUBHEADING_RENDERED', 'Sign up to hear from us about specials, sales, and events.')}
<form data-ux="Form" data-aid="SUBSCRIBE_FORM" class="x-el x-el-form"><input data-ux="InputFloatLabel" type="text" placeholder="Email Address">
<button data-ux="Button" data-aid="SUBSCRIBE_SUBMIT_BUTTON_REND" type="submit" class="x-el x-el-button">Sign up</button></form></section></div>
<div id="e5c0f7a8-5" class="widget widget-footer widget-footer-footer-2"><div data-ux="Widget" role="contentinfo" class="x-el x-el-div">
<section data-ux="Section" class="x-el x-el-section c1-o"><ul data-ux="List">${links(['Privacy Policy'])}</ul>
${x('p', 'FooterText', 'FOOTER_COPYRIGHT_RENDERED', '<span>Copyright © 2026 Crumb &amp; Kettle Bakehouse - All Rights Reserved.</span>')}
${x(
  'p',
  'FooterText',
  'FOOTER_POWERED_BY_AIRO_RENDERED',
  '<a href="https://www.godaddy.example/websites/website-builder" rel="nofollow">Powered by GoDaddy</a>',
)}
</section></div></div>
<div id="f6d1a8b9-6" class="widget widget-cookie-banner"><div data-ux="Block" data-aid="FOOTER_COOKIE_BANNER_RENDERED" class="x-el x-el-div c1-p">
${x('p', 'Text', 'FOOTER_COOKIE_TITLE', 'This website uses cookies.')}
${x('p', 'Text', 'FOOTER_COOKIE_TEXT', gCookie)}
<a data-ux="Button" data-aid="FOOTER_COOKIE_ACCEPT" class="x-el x-el-a">Accept</a></div></div>
</div></div></div>
<script type="text/javascript">window.wsb = window.wsb || {}; window.wsb["CookieBanner"] = {"acceptCookieText":"Accept"};</script></body></html>`;
const gdBakery: TestPage = {
  name: 'heldout314-godaddy-bakery-our-story',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: gHeads,
  body: texts(gParas.flat()),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Crumb & Kettle Bakehouse', 'Home', 'Menu', 'Wholesale', 'Contact Us', 'Our first stall, summer 2014', 'Drop us a line!', 'Hours',
    'Crumb & Kettle Bakehouse, 31 Cooper Street, Fennick FN3 8AW', 'Subscribe', 'Sign up to hear from us about specials, sales, and events.', 'Sign up',
    'Privacy Policy', 'Copyright © 2026 Crumb & Kettle Bakehouse - All Rights Reserved.', 'Powered by GoDaddy', 'This website uses cookies.',
    gCookie,
    'Accept',
  ],
};

export const HELDOUT314_C: readonly TestPage[] = [gdBakery, weeblyGarage];
