import { type TestPage, texts } from './page-kit.js';
import { drupalDocs } from './pages-heldout197-f2.js';

/**
 * Held-out batch 197, file f: a Duda-built plumbing company site's blog post (the dmRoot / dm wrapper shell, the hidden
 * hamburger drawer with a second copy of the navigation, the header with unifiednav items and the click-to-call button,
 * the post title, author and date, paragraph widgets and an image widget, the share widget, the "Recent Posts" widget, a
 * "Request Service" form with its hidden success message, the footer with hours and address, and the privacy banner) and,
 * from file f2, a Drupal university research centre documentation page.
 */
const dTitle = 'Five signs your water heater is about to give up';
const dP1 = [
  'Most water heaters in Marlow Creek homes last ten to twelve years. Hard water shortens that, and so does a tank that has ' +
    'never been flushed. The good news is that a failing heater nearly always gives warning before it floods the basement. ' +
    'Here is what our technicians look for.',
];
const dSigns: [string, string][] = [
  [
    'Rusty or cloudy hot water',
    'If only the hot tap runs brown, the inside of the tank may be corroding. Once the steel lining goes, a leak is usually not far behind.',
  ],
  [
    'Rumbling and popping',
    'Sediment builds up at the bottom of the tank and hardens. When the burner heats it, you hear knocking. It also makes the heater ' +
      'work harder and cost more to run.',
  ],
  [
    'Water around the base',
    'Check the drain valve and the pipe connections first; those can be fixed. A damp floor under the tank itself usually means the ' +
      'tank has cracked, and it needs replacing.',
  ],
  [
    'Hot water runs out sooner',
    'A family that used to get three showers out of a tank and now gets two may have a failing element or a tank half full of sediment.',
  ],
  ['It is over ten years old', 'The date is on the label, coded into the serial number. If you cannot read it, send us a photo and we will tell you.'],
];
const dH1 = 'Repair or replace?';
const dP2 = [
  'A new element, thermostat or anode rod costs a fraction of a new heater and can add years to a tank that is otherwise sound. ' +
    'If the tank itself is leaking, or the heater is past twelve years, replacing it is almost always cheaper in the long run.',
  'Many homeowners are now choosing tankless units when they replace. They cost more to install but take up less space and only ' +
    'heat water when you need it. We are happy to talk through both options, with no pressure either way.',
  'Whatever you decide, flush the tank once a year. It takes half an hour and is the single best thing you can do to make a heater ' + 'last.',
];
const dCaption = 'Sediment drained from a six-year-old tank during a routine flush';
const dNav = ['Home', 'Services', 'Water Heaters', 'Drain Cleaning', 'About Us', 'Blog', 'Contact'];
const dRecent = ['Frozen pipes: what to do in the first hour', 'Is your sump pump ready for spring?', 'Why your drains smell after rain'];
const dForm = [
  'Request Service',
  'Name',
  'Phone',
  'Email',
  'How can we help?',
  'Submit',
  'Thank you for contacting us. We will get back to you as soon as possible.',
];
const dFoot = [
  'Bowman Brothers Plumbing',
  '418 Canal Street, Marlow Creek, OH 43412',
  'Mon - Fri: 7:00 am - 6:00 pm',
  'Sat: 8:00 am - 2:00 pm',
  '24/7 emergency service',
  'Licensed and insured. OH License #PL.48812',
];
const dPriv = 'This website uses cookies to ensure you get the best experience.';
const dPara = (id: string, inner: string): string =>
  `<div class="u_${id} dmNewParagraph" data-element-type="paragraph" data-version="5" id="${id}" style="transition: none 0s ease 0s;">${inner}</div>`;
const dNavUl = (auto: string): string =>
  `<ul role="menubar" class="unifiednav__container" data-auto="${auto}">${dNav
    .map(
      (t, i) => `<li role="menuitem"
class="unifiednav__item-wrap" data-auto="more-pages" data-depth="0"><a href="/${i === 0 ? '' : t.toLowerCase().replace(/ /g, '-')}"
class="unifiednav__item dmUDNavigationItem_0${i}${t === 'Blog' ? ' dmNavItemSelected' : ''}" target="" data-target-page-alias="">
<span class="nav-item-text" data-link-text="${t}" data-auto="page-text-style">${t}<span class="icon icon-angle-down"></span></span></a></li>`,
    )
    .join('')}</ul>`;
const dHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=2">
<title>${dTitle}</title><meta name="description" content="A failing water heater nearly always gives warning before it floods the basement.">
<meta property="og:type" content="article"><meta property="og:title" content="${dTitle}"><link rel="canonical"
href="https://www.bowmanbrosplumbing.example/blog/water-heater-signs">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${dTitle}","author":{"@type":"Person",
"name":"Dale Bowman"},
"datePublished":"2025-10-02T14:00:00Z","publisher":{"@type":"Organization","name":"Bowman Brothers Plumbing"}}</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Plumber","name":"Bowman Brothers Plumbing","telephone":"(740) 555-0142",
"address":{"@type":"PostalAddress","streetAddress":"418 Canal Street","addressLocality":"Marlow Creek","addressRegion":"OH"}}</script>
<script>window._currentDevice = 'desktop'; window.Parameters = window.Parameters || { SiteAlias: 'a91f3c0e', SiteType: atob('RFVEQU9ORQ=='),
SubscriptionType: atob('UFJFTUlVTQ=='), InitialPostAlias: 'water-heater-signs', IsBlogPost: true };</script>
<link rel="stylesheet" href="https://irp.cdn-website.example/a91f3c0e/files/a91f3c0e_1.min.css?v=112"></head>
<body id="dmRoot" data-page-alias="blog/water-heater-signs" class="dmRoot dmDesktopBody fix-mobile-scrolling addCanvasBorder dmResellerSite dmLargeBody
responsiveTablet" style="padding:0;margin:0;"><div id="dm" class="dmwr"><div class="dm_wrapper standard-var5 widgetStyle-3 standard">
<div dmwrapped="true" id="1901957768" class="dm-home-page" themewaschanged="true"><div dmtemplateid="StandardLayoutMultiD" class="standardHeaderLayout
dm-bfs dm-layout-sec hasAnimations rows-1200 hamburger-reverse dmPageBody d-page-1716942098 inputs-css-clean dmFreeHeader" id="dm-outer-wrapper">
<div id="dmStyle_outerContainer" class="dmOuter"><div id="dmStyle_innerContainer" class="dmInner"><div class="dmLayoutWrapper standard-var dmStandardDesktop">
<div id="site_content"><div class="p_hfcontainer"><div id="hamburger-drawer" class="hamburger-drawer layout-drawer" data-origin="top" style="display:none">
<nav class="u_1802245132 main-navigation unifiednav dmLinksMenu" role="navigation"
data-nav-structure="VERTICAL">${dNavUl('navigation-pages-drawer')}</nav></div></div>
<div class="layout-drawer-overlay" id="layout-drawer-overlay"></div><div dmwrapped="true" id="dmFirstContainer" class="dmBody u_dmStyle_template_blog-post">
<div id="allWrapper" class="allWrapper"><div id="navWrapper" class="navWrapper"><div id="hcontainer" class="u_hcontainer dmHeader p_hfcontainer"
freeheader="true" has-shadow="true"><div dm:templateorder="85" class="dmHeaderResp dmHeaderStack noSwitch" id="1709005236"><div class="dmRespRow">
<div class="dmRespColsWrapper"><div class="dmRespCol large-3 medium-3 small-12"><div class="imageWidget align-center" data-element-type="image">
<a href="/"><img src="https://lirp.cdn-website.example/a91f3c0e/dms3rep/multi/logo-bowman.png" alt="Bowman Brothers Plumbing logo"></a></div></div>
<div class="dmRespCol large-6 medium-6 small-12"><nav class="u_1226851744 effect-bottom2 main-navigation unifiednav dmLinksMenu" role="navigation"
data-nav-structure="HORIZONTAL" navigation-id="unifiedNav">${dNavUl('navigation-pages')}</nav></div>
<div class="dmRespCol large-3 medium-3 small-12"><a data-display-type="block" class="align-center dmCall dmWidget dmPhone" href="tel:(740) 555-0142"
data-element-type="dClickToCallId"><span class="iconBg"><span
class="icon hasFontIcon icon-phone"></span></span><span class="text">Call (740) 555-0142</span></a>
</div></div></div></div><div class="layout-drawer-hamburger hamburger-on-header" id="layout-drawer-hamburger"><span class="hamburger__slice"></span>
<span class="hamburger__slice"></span><span class="hamburger__slice"></span></div></div></div>
<div class="dmContent" id="dm_content"><div dm:templateorder="170" class="dmDefaultRespTmpl mainBorder" id="1716942098">
<div class="innerPageTmplBox dmDefaultPage dmBlogPostPage dmRespRowsWrapper"
id="1716942098"><div class="dmRespRow dmBlogPostHeader"><div class="dmRespColsWrapper">
<div class="dmRespCol large-12 medium-12 small-12"><h1 class="dmNewParagraph postTitle" data-element-type="dBlogPostTitle">${dTitle}</h1>
<div class="dmBlogPostMeta" data-element-type="dBlogPostMeta"><span class="postAuthor">By Dale Bowman</span> <span class="postSeparator">|</span>
<span class="postDate">October 2, 2025</span></div></div></div></div>
<div class="dmRespRow"><div class="dmRespColsWrapper"><div class="dmRespCol large-8 medium-8 small-12">
${dPara('1604912001', dP1.map((t) => `<p class="text-align-left">${t}</p>`).join(''))}
${dPara(
  '1604912002',
  `<ol>${dSigns
    .map(
      ([h, t]) => `<li><h3 class="text-align-left">${h}</h3><p
class="text-align-left"><span style="display: initial;">${t}</span></p></li>`,
    )
    .join('\n')}</ol>`,
)}
<div class="u_1604912003 imageWidget align-center" data-element-type="image" data-widget-type="image" id="1604912003"><img
src="https://lirp.cdn-website.example/a91f3c0e/dms3rep/multi/opt/sediment-1920w.jpg" alt="A bucket of brown sediment next to a water heater"
data-dm-image-path="https://irp.cdn-website.example/a91f3c0e/dms3rep/multi/sediment.jpg"></div>
${dPara('1604912004', `<p class="text-align-center m-size-13 size-14"><em>${dCaption}</em></p>`)}
${dPara('1604912005', `<h2 class="text-align-left">${dH1}</h2>${dP2.map((t) => `<p class="text-align-left">${t}</p>`).join('')}`)}
<div class="dmShareWidget" data-element-type="social_hub" data-layout="layout-1"><span class="dmShareTitle">Share by:</span><a class="dmSocialFacebook"
href="#" aria-label="facebook"></a><a class="dmSocialTwitter" href="#" aria-label="twitter"></a><a class="dmSocialLinkedin" href="#" aria-label="linkedin"></a>
<a class="dmSocialEmail" href="#" aria-label="email"></a></div></div>
<div class="dmRespCol large-4 medium-4 small-12"><div class="dmBlogRecentPosts"
data-element-type="dBlogRecentPosts"><h3 class="dmwidget-title">Recent Posts</h3>
<ul>${dRecent.map((t, i) => `<li><a href="/blog/post-${i}">${t}</a></li>`).join('')}</ul></div>
<div class="dmform default native-inputs" data-element-type="dContactUsRespId" id="1604912010"><h3 class="dmform-title dmwidget-title">${dForm[0]}</h3>
<div class="dmform-wrapper"><form method="post" class="dmRespDesignRow"
locale="ENGLISH"><div class="dmforminput required small-12"><label for="dmform-0">${dForm[1]}</label>
<input type="text" name="dmform-0" id="dmform-0"></div><div class="dmforminput required small-12"><label for="dmform-1">${dForm[2]}</label>
<input type="tel" name="dmform-1" id="dmform-1"></div><div class="dmforminput required small-12"><label for="dmform-2">${dForm[3]}</label>
<input type="email" name="dmform-2" id="dmform-2"></div><div class="dmforminput large-12"><label for="dmform-3">${dForm[4]}</label>
<textarea name="dmform-3" id="dmform-3"></textarea></div><div class="dmformsubmit dmWidget R"><input class="" name="submit" type="submit" value="Submit">
<span class="dmform-submit-text">${dForm[5]}</span></div><input name="dmformsendto" type="hidden" value="Pz8aaY2"></form></div>
<div class="dmform-success" style="display:none">${dForm[6]}</div><div class="dmform-error" style="display:none">Oops, there was an error sending your message.
Please try again later.</div></div></div></div></div></div></div></div>
<div class="dmFooterContainer"><div id="fcontainer" class="u_fcontainer f_hcontainer dmFooter p_hfcontainer"><div dm:templateorder="250"
class="dmFooterResp generalFooter"
id="1943048428"><div class="dmRespRow"><div class="dmRespColsWrapper"><div class="dmRespCol large-4 medium-4 small-12">
${dPara('1943048430', `<p><strong>${dFoot[0]}</strong></p><p>${dFoot[1]}</p>`)}</div><div class="dmRespCol large-4 medium-4 small-12">
${dPara('1943048431', `<h4>Business Hours</h4><p>${dFoot[2]}</p><p>${dFoot[3]}</p><p>${dFoot[4]}</p>`)}</div><div class="dmRespCol large-4 medium-4 small-12">
${dPara('1943048432', `<p>${dFoot[5]}</p>`)}<div
class="dmFooterCopyright">© 2025 All Rights Reserved | Bowman Brothers Plumbing</div></div></div></div></div></div></div>
</div></div></div></div></div></div></div></div></div>
<div id="dm-privacy-banner" class="dmPrivacyPolicyPopup" role="dialog"><p class="dmPrivacyPolicyText">${dPriv}</p><a href="/privacy-policy">Privacy Policy</a>
<button class="dmPrivacyAccept">Accept</button><button class="dmPrivacyDecline">Decline</button></div>
<script src="https://static.cdn-website.example/mnlt/production/6112/_dm/s/rt/dist/scripts/d-js-one-runtime-unified-desktop.min.js"
async></script></body></html>`;
const duda: TestPage = {
  html: dHtml,
  name: 'heldout197-duda-blog',
  kind: 'blog',
  // each numbered sign is an h3 heading inside a list item (heading) with its paragraph (body); the author and date are
  // bylines; the navigation (twice: header and the hidden drawer), click-to-call button, caption, share widget, recent posts,
  // service form with its hidden messages, footer and privacy banner are furniture
  title: dTitle,
  headings: [...dSigns.map(([h]) => h), dH1],
  body: texts([...dP1, ...dSigns.map(([, t]) => t), ...dP2]),
  bylines: ['By Dale Bowman', 'October 2, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...dNav, 'Call (740) 555-0142', dCaption, 'Share by:', 'Recent Posts', ...dRecent, ...dForm, 'Oops, there was an error sending your message.',
    ...dFoot, 'Business Hours', '© 2025 All Rights Reserved | Bowman Brothers Plumbing', dPriv, 'Privacy Policy', 'Accept', 'Decline',
  ],
};

export const HELDOUT197_F: readonly TestPage[] = [duda, drupalDocs];
