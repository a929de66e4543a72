import { ps, type TestPage } from './page-kit.js';
import { j } from './pages-heldout473-kit.js';

/**
 * Held-out batch 473, file f: a funeral home's obituary page on Duda with the service details and the condolences posted
 * under it, and a small crematory's services page on GoDaddy Websites + Marketing with its cookie notice.
 */
const uTitle = 'Ruth Ann Delacroix-Moore';
const uDates = 'June 14, 1949 – November 1, 2026';
const uObit = [
  j(
    'Ruth Ann Delacroix-Moore, 77, of Port Vireo, passed away peacefully at home on November 1, 2026, surrounded by her family',
    'and her two very spoiled cats.',
  ),
  j(
    'Ruth was born in Lafourche Crossing to Emile and Odette Delacroix and graduated from St. Brendan High School in 1967. She',
    'worked for thirty years as a surgical nurse at Port Vireo General, where she trained a generation of younger nurses and was',
    'known for keeping a jar of peppermints on the desk of the recovery ward.',
  ),
  j(
    'She loved Saturday crawfish boils, the Gulf at sunrise and her church choir. She is survived by her husband of 52 years,',
    'Curtis Moore; her daughters, Celeste and Amélie; and four grandchildren.',
  ),
];
const uEvents: [string, string][] = [
  ['Visitation', 'Friday, November 6, 2026, 5:00 – 8:00 p.m., Bayou Rose Funeral Home, 210 Canal Street, Port Vireo'],
  ['Mass of Christian Burial', 'Saturday, November 7, 2026, 10:00 a.m., St. Brendan Catholic Church, followed by burial at Magnolia Rest Cemetery'],
];
const uCond: [string, string, string][] = [
  ['Nurse Patrice Guidry', 'November 3, 2026', 'Ruth trained me in 1994 and I still hear her voice in the OR. Praying for Curtis and the girls.'],
  ['The Thibodeaux Family', 'November 4, 2026', 'Our sincere condolences. Ruth was a light in the choir loft every Sunday.'],
];
const uNav = ['Home', 'About', 'Services', 'Obituaries', 'Pre-Planning', 'Contact'];
const uPara = (id: string, inner: string): string =>
  `<div class="dmNewParagraph" data-element-type="paragraph" data-version="5" id="${id}" style="transition: opacity 1s ease-in-out 0s;">${inner}</div>`;
const uHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ruth Ann Delacroix-Moore Obituary | Bayou Rose Funeral Home</title>
<meta name="description" content="Obituary for Ruth Ann Delacroix-Moore of Port Vireo.">
<link rel="canonical" href="https://www.bayourosefuneral.com/obituaries/ruth-ann-delacroix-moore">
<script type="text/javascript">window._currentDevice = 'desktop'; window.Parameters = window.Parameters || {SiteAlias: '8a3f1c2d', SiteType:
atob('RFVEQU9ORQ=='),
SiteId: 'a7b6c5d4', IsSiteMultilingual: false};</script>
<link rel="stylesheet" href="https://irp.cdn-website.com/8a3f1c2d/files/8a3f1c2d_1.min.css?v=31" type="text/css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"Ruth Ann Delacroix-Moore Obituary"}</script></head>
<body id="dmRoot" data-page-alias="obituaries/ruth-ann-delacroix-moore" class="dmRoot dmDesktopBody fix-mobile-scrolling dmBodyNoIscroll"><div id="dm"
class="dmwr"><div class="dm_wrapper standard-var5 widgetStyle-3 standard"><div dmwrapped="true" id="1901957768" class="dm-home-page">
<div dmtemplateid="StandardLayoutMultiD"
class="standardHeaderLayout dm-bfs dm-layout-sec hasAnimations"><div class="dmOuter"><div class="dmInner">
<div id="hcontainer" class="u_hcontainer dmHeader p_hfcontainer" freeheader="true" data-scrollable-target="body"><div class="dmRespRow">
<div class="dmRespColsWrapper"><div class="dmRespCol large-4">${uPara('1a2b', '<p class="m-size-14"><span>Bayou Rose Funeral Home</span></p>')}</div>
<div class="dmRespCol large-8"><nav class="u_1718034410 effect-bottom2 main-navigation unifiednav dmLinksMenu" role="navigation"
layout-main="horizontal_nav_layout_1"
data-nav-structure="HORIZONTAL" id="1718034410"><ul role="menubar" class="unifiednav__container" data-auto="navigation-pages">${uNav
  .map(
    (t) => `<li role="menuitem"
class="unifiednav__item-wrap" data-auto="more-pages" data-depth="0"><a href="/${t.toLowerCase()}" class="unifiednav__item dmUDNavigationItem_00" target=""
data-target-page-alias=""><span class="nav-item-text" data-link-text="${t}" data-auto="page-text-style">${t}<span class="icon icon-angle-down"></span></span>
</a></li>`,
  )
  .join('\n')}
</ul></nav></div></div></div></div>
<div dmwrapped="true" id="dmFirstContainer" class="dmBody u_dmStyle_template_obituaries"><div id="allWrapper" class="allWrapper">
<div id="dm_content" class="dmContent"
role="main"><div dm:templateorder="170" class="dmObitContainer" id="1716544901"><div class="innerPageTmplBox dmRespRowsWrapper">
<div class="dmRespRow u_1544233900">
<div class="dmRespColsWrapper"><div class="dmRespCol large-4"><div class="imageWidget align-center">
<img src="https://lirp.cdn-website.com/8a3f1c2d/dms3rep/multi/opt/ruth-640w.jpg"
alt="Ruth Ann Delacroix-Moore" data-dm-image-path="ruth.jpg"></div></div><div class="dmRespCol large-8">
${uPara('2c3d', `<h1 class="text-align-left"><span style="display: initial;">${uTitle}</span></h1>`)}
${uPara('3d4e', `<p><strong>${uDates}</strong></p>`)}
${uPara('4e5f', ps(uObit))}
${uEvents.map(([h, p], i) => uPara(`5f6${i}`, `<h3><span>${h}</span></h3><p>${p}</p>`)).join('\n')}
<div class="dmShareWidget" data-element-type="dSocialShare"><span>Share this obituary:</span><a class="dmSocialFacebook" href="#">Facebook</a>
<a class="dmSocialEmail" href="#">Email</a></div></div></div></div>
<div class="dmRespRow u_condolences"><div class="dmRespCol large-12">${uPara('6a7b', '<h2><span>Condolences</span></h2>')}
${uCond
  .map(
    ([n, d, m]) => `<div class="obit-condolence"><p class="condolence-text">${m}</p><p class="condolence-meta"><span class="condolence-name">${n}</span>
<span class="condolence-date">${d}</span></p></div>`,
  )
  .join('\n')}
<form class="dmform condolence-form"><h3 class="dmform-title">Leave a Condolence</h3><label for="cName">Your Name</label><input id="cName" type="text">
<label for="cMsg">Message</label><textarea id="cMsg"></textarea><input class="dmform-submit" type="submit" value="Submit"></form></div></div></div></div>
</div></div></div>
<div class="dmFooterContainer"><div id="fcontainer" class="u_fcontainer f_hcontainer dmFooter p_hfcontainer"><div class="dmRespRow">
${uPara('7b8c', '<p>210 Canal Street, Port Vireo, LA 70999 · (985) 555-0147</p><p>© 2026 All Rights Reserved | Bayou Rose Funeral Home</p>')}
</div></div></div></div></div></div></div></div>
<script type="text/javascript" src="https://static.cdn-website.com/mnlt/production/5412/_dm/s/rt/dist/scripts/d-js-one-runtime-unified-desktop.min.js">
</script></body></html>`;
const duda: TestPage = {
  name: 'heldout473-duda-obituary-condolences',
  kind: 'news',
  html: uHtml,
  title: uTitle,
  headings: uEvents.map(([h]) => h),
  body: [uDates, ...uObit, ...uEvents.map(([, p]) => p)],
  bylines: uCond.flatMap(([n, d]) => [n, d]),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'About', 'Services', 'Obituaries', 'Pre-Planning', 'Contact', 'Share this obituary:', 'Facebook', 'Email', 'Condolences', ...uCond.map(([, , m]) => m),
    'Leave a Condolence', 'Your Name', 'Message',
    '210 Canal Street, Port Vireo, LA 70999 · (985) 555-0147', '© 2026 All Rights Reserved | Bayou Rose Funeral Home',
  ],
};

const yTitle = 'Cremation Options';
const yBody = [
  j(
    'Sunrise Valley Cremation is a family-owned crematory serving Pima and Santa Cruz counties. We keep our prices simple and',
    'tell you the full cost on the first phone call.',
  ),
  'Direct Cremation – $1,295',
  'Transfer from the place of death within 50 miles, the cremation, a basic urn and two certified death certificates.',
  'Cremation with Memorial Service – $2,450',
  'Everything in direct cremation, plus a one-hour service in our chapel with a guest book and a memorial video.',
  'Scattering at Sea – $475',
  'Our captain scatters the remains off Puerto Peñasco. Families may come along for an additional fee.',
];
const yHeads = [1, 3, 5];
const yNav = ['Home', 'Cremation Options', 'Obituaries', 'Contact Us'];
const x = (cls: string): string => `x-el x-el-${cls} c1-1 c1-2 c1-b c1-c c1-d c1-e c1-f c1-g`;
const yHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>Cremation Options</title><meta name="author" content="Sunrise Valley Cremation">
<meta name="generator" content="Starfield Technologies; Go Daddy Website Builder 8.0.0000">
<link rel="manifest" href="/manifest.webmanifest"><meta name="viewport" content="width=device-width, initial-scale=1">
<style data-inline-fonts>@font-face{font-family:'Lora';src:url(https://img1.wsimg.com/gfonts/s/lora/v32/0QI6MX1D_JOuGQbT0gvTJPa787weuxJBkq0.woff2)
format('woff2')}</style>
<style data-glamor>.c1-1{letter-spacing:normal}.c1-2{text-transform:none}.c1-b{font-family:'Lora', serif}</style>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"LocalBusiness","name":"Sunrise Valley Cremation",
"telephone":"(520) 555-0186"}</script></head>
<body class="${x('body')}"><div id="layout-0a1b2c3d" class="layout layout-layout layout-layout-layout-13 locale-en-US lang-en">
<div data-ux="Page" id="page-4721" class="${x('div')}"><div data-ux="Block" class="${x('div')}">
<div id="fb9a0d71" class="widget widget-header widget-header-header-9">
<div data-ux="Header" data-aid="HEADER_WIDGET" class="${x('div')}"><div data-ux="Block" class="${x('div')}"><section data-ux="Section" class="${x('section')}">
<div data-ux="Container" class="${x('div')}">
<a rel="" role="link" aria-haspopup="menu" data-ux="Link" data-page="4b2e" title="Sunrise Valley Cremation" href="/"
data-typography="LinkAlpha" class="${x('a')}" data-tccl="ux2.HEADER.header9.Logo.Default.Link.Default.4722.click,click">
<div data-ux="Block" class="${x('div')}">
<span data-ux="Element" class="${x('span')}">Sunrise Valley Cremation</span></div></a>
<nav data-ux="Nav" data-aid="HEADER_NAV_RENDERED" role="navigation" class="${x('nav')}"><div data-ux="Block" class="${x('div')}">${yNav
  .map(
    (t) => `<div
data-ux="Block" class="${x('div')}"><a rel="" role="link" aria-haspopup="false" data-ux="NavLink" target="" data-page="4b2f" data-edit-interactive="true"
href="/${t.toLowerCase().replace(/ /g, '-')}" data-typography="NavAlpha" class="${x('a')}">${t}</a></div>`,
  )
  .join('')}</div></nav></div></section></div></div></div></div>
<div id="c3b1f802" class="widget widget-content widget-content-content-4"><div data-ux="Widget" role="region" id="c3b1f802" class="${x('div')}"><div>
<section data-ux="Section" class="${x('section')}"><div data-ux="Container" class="${x('div')}"><h1 role="heading" aria-level="1" data-ux="SectionHeading"
data-aid="CONTENT_SECTION_TITLE_RENDERED" data-promoted-from="2" data-order="0" data-typography="HeadingBeta" class="${x('h1')}"><span data-ux="Element"
class="${x('span')}">${yTitle}</span></h1><div data-ux="ContentText" data-aid="CONTENT_DESCRIPTION_RENDERED" class="${x('div')}"><p>${yBody[0]}</p></div>
<div data-ux="Grid" class="${x('div')}">${yHeads
  .map(
    (h) => `<div data-ux="GridCell" class="${x('div')}"><div data-ux="Content" class="${x('div')}">
<h4 role="heading" aria-level="4" data-ux="ContentHeading" data-aid="CONTENT_HEADING_RENDERED" data-typography="HeadingDelta"
class="${x('h4')}">${yBody[h]}</h4>
<div data-ux="ContentText" data-aid="CONTENT_DESCRIPTION_RENDERED" class="${x('div')}"><p>${yBody[h + 1]}</p></div></div></div>`,
  )
  .join('\n')}</div>
<a data-ux="Button" data-aid="CONTENT_CTA_RENDERED" href="tel:5205550186" class="${x('a')}">Call (520) 555-0186</a></div></section></div></div></div>
<div id="b8e1a0f3" class="widget widget-footer widget-footer-footer-2"><div data-ux="Widget" role="contentinfo" id="b8e1a0f3" class="${x('div')}"><div>
<section data-ux="Section" class="${x('section')}"><div data-ux="Container" class="${x('div')}"><p data-ux="FooterText" class="${x('p')}"><span>Copyright © 2026
Sunrise Valley Cremation - All Rights Reserved.</span></p><p data-ux="FooterText" data-aid="FOOTER_POWERED_BY_AIRO_RENDERED" class="${x('p')}"><span>Powered by
<a href="https://www.godaddy.com/websites/website-builder" rel="nofollow">GoDaddy</a></span></p></div></section></div></div></div>
<div id="e6c4d912" class="widget widget-cookie-banner widget-cookie-banner-cookie-1"><div data-ux="Block" data-aid="FOOTER_COOKIE_RENDERED" class="${x('div')}">
<p data-ux="Text" class="${x('p')}">This website uses cookies.</p>
<p data-ux="Text" class="${x('p')}">We use cookies to analyze website traffic and optimize your website
experience. By accepting our use of cookies, your data will be aggregated with all other user data.</p>
<a data-ux="Button" data-aid="FOOTER_COOKIE_ACCEPT" href="#"
class="${x('a')}">Accept</a></div></div></div></div>
<script type="text/javascript">window.cxs && window.cxs.setOptions && window.cxs.setOptions({"locale":"en-US","websiteId":"0a1b2c3d"});</script></body></html>`;
const godaddy: TestPage = {
  name: 'heldout473-godaddy-cremation-options',
  kind: 'docs',
  html: yHtml,
  title: yTitle,
  headings: yHeads.map((i) => yBody[i] ?? ''),
  body: yBody.filter((_, i) => !yHeads.includes(i)),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Home', 'Obituaries', 'Contact Us', 'Call (520) 555-0186', 'Copyright © 2026 Sunrise Valley Cremation - All Rights Reserved.', 'Powered by GoDaddy',
    'This website uses cookies.',
    j(
      'We use cookies to analyze website traffic and optimize your website experience.',
      'By accepting our use of cookies, your data will be aggregated with all other user data.',
    ),
    'Accept',
  ],
};

export const HELDOUT473_F: readonly TestPage[] = [duda, godaddy];
