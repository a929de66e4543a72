import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 30, file e2: a heritage trust's history page on a Jimdo Creator site (the Jimdo head with its jimcdn
 * stylesheets and jimdoData script, the long j-m-*-styles body class list, the header with the site title and the
 * navigation with sub-pages, the content matrix of cc-m modules: j-header, j-text, j-imageSubtitle, j-hr, a j-hgrid with
 * two columns, a j-callToAction button and j-sharebuttons; the sidebar with opening times, the content footer with Print,
 * About, Privacy Policy, Cookie Policy, Sitemap and Log in/Log out links, and the cookie banner).
 */
const jdTitle = 'The History of the Ropewalk';
const jdIntro = [
  'For almost two hundred years, the long brick shed beside the river at Ashcombe was one of the busiest workplaces in the ' +
    'town. Ropes made here rigged fishing boats, hauled barges up the navigation and lowered coffins in churchyards across ' +
    'three counties.',
  'The ropewalk is 1,100 feet long and only twelve feet wide, because a rope has to be laid out at its full length while ' +
    'it is made. Walking from one end to the other still takes nearly four minutes.',
];
const jdH1 = 'Early years, 1790–1850';
const jdBody1 = [
  'The first ropewalk on the site was built in 1790 by Josiah Penfold, a sailmaker who realised that the new canal wharf ' +
    'would need more rope than the town could supply. His open-air walk ran along the towpath and could only be used in dry ' +
    'weather, so in 1812 his son roofed it over with the timber and pantile shed that survives today.',
  'By 1841 the census lists fourteen ropemakers and nine boys living within a few streets of the walk. Boys as young as ' +
    'eight turned the spinning wheels, walking backwards for most of the day as the yarn was paid out.',
];
const jdH2 = 'The twentieth century';
const jdCol1 =
  'Steam power reached the ropewalk in 1889, and by the First World War the works was producing cable for the Admiralty. ' +
  'Trade fell away after 1945 as synthetic fibres and steel cable replaced hemp.';
const jdCol2 =
  'The last commercial order, for bell ropes for St Mary’s church, was finished in 1967. The building stood empty for over ' +
  'thirty years before the trust was formed to save it in 1999.';
const jdBody2 = [
  'Today the ropewalk is run entirely by volunteers, and ropes are made on the original machinery on open days. Visitors can ' +
    'try turning the jack wheel themselves and take home a length of rope they have helped to make.',
];
const jdNav = ['Home', 'Visit', 'History', 'The Ropemakers', 'Restoration', 'Events', 'Support us', 'Contact'];
const jdSide = [
  'Opening times',
  'April to October: Saturdays and Sundays, 11am–4pm',
  'Admission free. Donations welcome.',
  'Ashcombe Ropewalk, Wharf Lane, Ashcombe',
];
const jdFoot = ['Print', 'About', 'Privacy Policy', 'Cookie Policy', 'Sitemap'];
const jdStyles =
  'j-m-gallery-styles j-m-video-styles j-m-hr-styles j-m-header-styles j-m-text-styles j-m-emotionheader-styles j-m-htmlCode-styles j-m-rss-styles\n' +
  'j-m-form-styles-disabled j-m-table-styles j-m-textWithImage-styles j-m-downloadDocument-styles j-m-imageSubtitle-styles j-m-flickr-styles\n' +
  'j-m-googlemaps-styles j-m-blogSelection-styles-disabled j-m-comment-styles-disabled j-m-jimdo-styles j-m-profile-styles j-m-guestbook-styles\n' +
  'j-m-promotion-styles j-m-twitter-styles j-m-hgrid-styles j-m-shoppingcart-styles j-m-catalog-styles j-m-product-styles-disabled\n' +
  'j-m-facebook-styles j-m-sharebuttons-styles j-m-formnew-styles-disabled j-m-callToAction-styles j-m-turbo-styles j-m-spacing-styles\n' +
  'j-m-googleplus-styles j-m-dummy-styles j-m-search-styles j-m-booking-styles j-m-socialprofiles-styles j-footer-styles';
let m = 9911842000;
const mod = (type: string, inner: string): string => `<div id="cc-m-${++m}" class="j-module n j-${type} ">${inner}</div>`;
const jdHtml = `<!DOCTYPE html>
<html lang="en-GB">
<head>
    <meta http-equiv="content-type" content="text/html; charset=UTF-8"/>
    <meta name="viewport" content="width=device-width, initial-scale=1"/>
    <title>The History of the Ropewalk - Ashcombe Ropewalk Trust</title>
    <meta name="description" content="How the Ashcombe ropewalk was built, worked and saved."/>
    <meta name="robots" content="index, follow, archive"/>
    <meta property="og:title" content="The History of the Ropewalk"/>
    <link rel="canonical" href="https://www.ashcomberopewalk.example/history/"/>
    <link rel="preconnect" href="https://image.jimcdn.com/" crossorigin="anonymous"/>
    <link rel="preconnect" href="https://assets.jimstatic.com/" crossorigin="anonymous"/>
    <link href="https://u.jimcdn.com/cms/o/s2f1e8c7d5a4b3c2e/layout/dm_7a2c1e/css/layout.css?t=1712345678" rel="stylesheet" type="text/css"
id="jimdo_layout_css"/>
    <link href="https://assets.jimstatic.com/web.css.b2c3d4e5f6a7.css" rel="stylesheet" type="text/css" id="jimdo_web_css"/>
    <script type="text/javascript">
//<![CDATA[
var jimdoData = {"isTestserver":false,"isLcJimdoCom":false,"isJimdoHelpCenter":false,"isProtectedPage":false,"cstok":"",
"cacheJsKey":"c8a1e0f3","cacheCssKey":"c8a1e0f3",
"cdnUrl":"https:\\/\\/assets.jimstatic.com\\/","minUrl":"https:\\/\\/assets.jimstatic.com\\/app\\/cdn\\/min\\/file\\/",
"authUrl":"https:\\/\\/a.jimdo.com\\/","webPath":"https:\\/\\/www.ashcomberopewalk.example\\/","appUrl":"https:\\/\\/a.jimdo.com\\/",
"cmsLanguage":"en_GB","isFreePackage":false,"mobile":false,"isDevkitTemplateUsed":true,"isTemplateResponsive":true,
"websiteId":"s2f1e8c7d5a4b3c2e","pageId":2410588717,"packageId":2,"shop":{"checkoutButtonText":"Checkout"},"tr":{"gmap":{"searchNotFound":"The entered address
could not be found."}}};
// ]]>
    </script>
    <script src="https://assets.jimstatic.com/ckies.js.d4e5f6a7b8c9.js"></script>
    <script src="https://assets.jimstatic.com/cookieControl.js.a1b2c3d4e5f6.js"></script>
</head>
<body class="body cc-page j-has-shop ${jdStyles} cc-pagemode-default cc-content-parent" id="page-2410588717">
<div id="cc-inner" class="cc-content-parent">
<input type="checkbox" id="jtpl-mobile-navigation__checkbox" class="jtpl-mobile-navigation__checkbox"/>
<div class="jtpl-main cc-content-parent">
  <div class="jtpl-header">
    <div class="jtpl-logo"><div id="cc-website-logo" class="cc-single-module-element"><div id="cc-m-9911841812" class="j-module n j-imageSubtitle">
      <div class="cc-m-image-container"><figure class="cc-imagewrapper cc-m-image-align-1"><a href="https://www.ashcomberopewalk.example/" target="_self">
      <img srcset="https://image.jimcdn.com/app/cms/image/transf/dimension=200x10000:format=png/path/s2f1e8c7d5a4b3c2e/image/i4a1b2c3/image.png 200w"
        sizes="(min-width: 200px) 200px, 100vw" id="cc-m-imagesubtitle-image-9911841812" alt="Ashcombe Ropewalk Trust"
class=""/></a></figure></div></div></div></div>
    <div class="jtpl-title"><div id="cc-website-title" class="cc-single-module-element"><div id="cc-m-9911841813" class="j-module n j-header">
      <a href="https://www.ashcomberopewalk.example/"><span class="cc-within-single-module-element j-website-title-content">Ashcombe Ropewalk
Trust</span></a></div></div></div>
    <label for="jtpl-mobile-navigation__checkbox" class="jtpl-mobile-navigation__label"><span class="jtpl-mobile-navigation__borgerbar"></span></label>
    <nav class="jtpl-navigation"><div data-container="navigation"><div class="j-nav-variant-nested"><ul class="cc-nav-level-0 j-nav-level-0">
${jdNav
  .map((t, i) => {
    if (i === 3 || i === 4) return '';
    const sub =
      t === 'History'
        ? `\n<ul class="cc-nav-level-1 j-nav-level-1">${jdNav
            .slice(3, 5)
            .map((s) => `<li class="jmd-nav__list-item-1"><a href="/history/${s.toLowerCase().replace(/ /g, '-')}/" data-link-title="${s}">${s}</a></li>`)
            .join('')}</ul>`
        : '';
    const cur = t === 'History' ? ' j-nav-has-children cc-nav-current j-nav-current jmd-nav__item--current' : '';
    return `<li class="jmd-nav__list-item-0${cur}"><a href="/${t === 'Home' ? '' : `${t.toLowerCase().replace(/ /g, '-')}/`}"
data-link-title="${t}">${t}</a>${sub}</li>`;
  })
  .filter((s) => s !== '')
  .join('\n')}
    </ul></div></div></nav>
  </div>
  <div class="jtpl-content content-options cc-content-parent">
    <div id="content_area" data-container="content"><div id="content_start"></div>
<div id="cc-matrix-3318204117" class="cc-matrix">
${mod('header', `<h1 class="" id="cc-m-header-${m}">${jdTitle}</h1>`)}
${mod('text', jdIntro.map((p) => `<p>\n    ${p}\n</p>`).join('\n'))}
${mod(
  'imageSubtitle',
  `<figure class="cc-imagewrapper cc-m-image-align-1"><img
srcset="https://image.jimcdn.com/app/cms/image/transf/dimension=640x10000:format=jpg/path/s2f1e8c7d5a4b3c2e/image/i8d7e6f5/version/1700000000/image.jpg 640w"
  sizes="(min-width: 640px) 640px, 100vw" id="cc-m-imagesubtitle-image-${m}"
src="https://image.jimcdn.com/app/cms/image/transf/none/path/s2f1e8c7d5a4b3c2e/image/i8d7e6f5/image.jpg"
  alt="Interior of the ropewalk shed" class="" data-src-width="1600" data-src-height="900"/><figcaption style="width: 640px">Inside the ropewalk, looking east
from the
  jack wheel. Photo: Trust archive</figcaption></figure><div class="cc-clear"></div>`,
)}
${mod('header', `<h2 class="" id="cc-m-header-${m}">${jdH1}</h2>`)}
${mod('text', jdBody1.map((p) => `<p>${p}</p>`).join(''))}
${mod('hr', '<hr/>')}
${mod('header', `<h2 class="" id="cc-m-header-${m}">${jdH2}</h2>`)}
${mod(
  'hgrid',
  `<div class="cc-m-hgrid-column" style="width: 49%;"><div id="cc-matrix-3318204129" class="cc-matrix">${mod('text', `<p>${jdCol1}</p>`)}</div></div>
<div class="cc-m-hgrid-separator" data-display="cms-only"><div></div></div><div class="cc-m-hgrid-column last" style="width: 49%;">
<div id="cc-matrix-3318204130" class="cc-matrix">${mod('text', `<p>${jdCol2}</p>`)}</div></div><div class="cc-m-hgrid-overlay" data-display="cms-only"></div>`,
)}
${mod('text', `${jdBody2.map((p) => `<p>${p}</p>`).join('')}<p style="text-align: right;"><em>Text: Margaret Elkin, Trust archivist</em></p>`)}
${mod(
  'callToAction',
  '<div class="j-calltoaction-wrapper j-calltoaction-align-1">\n' +
    '<a class="j-calltoaction-link j-calltoaction-link-style-2" data-action="button" href="/visit/">Plan your visit</a></div>',
)}
${mod(
  'sharebuttons',
  '<div class="cc-sharebuttons-element cc-sharebuttons-size-32 cc-sharebuttons-style-colored cc-sharebuttons-design-round cc-sharebuttons-align-left">\n' +
    '<a class="cc-sharebuttons-facebook" href="http://www.facebook.com/sharer.php?u=https://www.ashcomberopewalk.example/history/" title="Facebook"' +
    ' target="_blank"></a>' +
    '<a class="cc-sharebuttons-x" href="https://x.com/share?text=The%20History%20of%20the%20Ropewalk" title="X" target="_blank"></a>' +
    '<a class="cc-sharebuttons-mail" href="mailto:?subject=The%20History%20of%20the%20Ropewalk" title="E-Mail" target=""></a></div>',
)}
</div>
    </div>
  </div>
  <div class="jtpl-sidebar"><div data-container="sidebar"><div id="cc-matrix-3318204001" class="cc-matrix">
${mod('header', `<h2 class="" id="cc-m-header-${m}">${jdSide[0]}</h2>`)}
${mod('text', `<p>${jdSide[1]}</p><p>${jdSide[2]}</p><p><strong>${jdSide[3]}</strong></p>`)}
  </div></div></div>
  <div class="jtpl-footer"><div id="contentfooter" data-container="footer">
    <div class="leftrow"><a rel="nofollow" href="javascript:window.print();"><span class="print-link">${jdFoot[0]}</span></a> | <a href="/about/"
      title="About">${jdFoot[1]}</a> | <a href="/privacy-policy/" title="Privacy Policy">${jdFoot[2]}</a> | <a id="cookie-policy"
      href="javascript:window.CookieControl.showCookieSettings();">${jdFoot[3]}</a> | <a href="/sitemap/" title="Sitemap">${jdFoot[4]}</a></div>
    <div class="rightrow"><span class="loggedout"><a rel="nofollow" id="login" href="/login">Log in</a></span>
      <span class="loggedin"><a rel="nofollow" id="logout" target="_top" href="https://cms.e.jimdo.com/app/cms/logout.php">Log out</a> | <a rel="nofollow"
id="edit"
      target="_top" href="https://a.jimdo.com/app/auth/signin/jumpcms/?page=2410588717">Edit</a></span></div>
    <div class="copyright">© Ashcombe Ropewalk Trust · Registered charity 1174402</div>
  </div></div>
</div>
</div>
<div id="cc-cookie-banner" class="cc-individual-cookie-settings" role="dialog" aria-label="Cookie settings" style="display:none">
  <p class="cc-cookie-banner__text">This website uses cookies that are needed for the site to work. With your consent we also use cookies to measure visits and
    to show embedded content from other websites.</p>
  <div class="cc-cookie-banner__buttons"><button class="cc-cookie-banner__decline">Decline</button><button class="cc-cookie-banner__settings">Configure</button>
    <button class="cc-cookie-banner__accept">Accept all</button></div>
</div>
<script type="text/javascript" src="https://assets.jimstatic.com/web.js.9f8e7d6c5b4a.js" crossorigin="anonymous"></script>
</body>
</html>`;
export const jimdoPage: TestPage = {
  html: jdHtml,
  name: 'heldout30-jimdo-site-page',
  kind: 'blog',
  // the page's module matrix is the article: the h1 module is the title, the two h2 modules the headings, the text modules
  // (the two grid columns included) the body; the right-aligned "Text: Margaret Elkin, Trust archivist" line at the end is
  // an author line: byline; the image caption, the "Plan your visit" button, the share buttons (icon links, no text), the
  // sidebar's opening times (its own h2 module "Opening times" is furniture, not an article heading), the site title,
  // navigation, content footer, copyright and cookie banner are furniture; the page has no date; the current nav item
  // "History" is a word of the title: left out
  title: jdTitle,
  headings: [jdH1, jdH2],
  body: [...texts(jdIntro), ...texts(jdBody1), jdCol1, jdCol2, ...texts(jdBody2)],
  bylines: ['Text: Margaret Elkin, Trust archivist'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Ashcombe Ropewalk Trust', ...jdNav.filter((t) => t !== 'History'), 'Inside the ropewalk, looking east from the jack wheel. Photo: Trust archive',
    'Plan your visit', ...jdSide, ...jdFoot, 'Log in', 'Log out', 'Edit', '© Ashcombe Ropewalk Trust · Registered charity 1174402',
    'This website uses cookies that are needed for the site to work. With your consent we also use cookies to measure visits and to show embedded ' +
      'content from other websites.',
    'Decline', 'Configure', 'Accept all',
  ],
};
