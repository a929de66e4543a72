import { links, ps, type TestPage } from './page-kit.js';
import { at, j, lis, tr } from './pages-heldout604-kit.js';

/**
 * Held-out batch 604, file c: a wine merchant's en primeur offer page on Magento 2 (Luma theme, a CMS page), and a
 * vineyard article on a regional wine wiki on MediaWiki (Vector 2022 skin) with an infobox.
 */
const mTitle = 'En Primeur 2024: The Loire Valley Offer';
const mBody = [
  j(
    'Our buyer, Jonas Pell, spent two weeks in the Loire in February tasting the 2024 wines from barrel and tank. It was a difficult',
    'year for growers, with mildew pressure through June, but the best sites in Savennières and Chinon made wines of real poise.',
  ),
  j(
    'This year we are offering eleven wines from six growers, all in bond, with delivery from spring 2026. Quantities are small,',
    'and allocations will be made in the order orders are received.',
  ),
  'How en primeur works',
  'You pay for the wine now, at the opening price, excluding duty and VAT.',
  'The wine is shipped to our bonded warehouse when it is bottled.',
  'You can keep it in bond with us, or pay the duty and VAT and have it delivered.',
  'The offer at a glance',
  'Domaine des Auvray, Savennières "Les Clous"',
  '6 x 75cl',
  '£138',
  'Clos Mérel, Chinon "Coteau"',
  '6 x 75cl',
  '£114',
  'Famille Tessier, Vouvray Sec',
  '12 x 75cl',
  '£168',
  j('Prices are per case, in bond. The offer closes on 30 April 2025 or when the wines sell out.'),
];
const mNav = ['Red Wine', 'White Wine', 'Sparkling', 'Fine Wine', 'En Primeur', 'Gifts'];
const mFoot = ['About Us', 'Delivery Information', 'Storage & Bonded Wine', 'Terms & Conditions', 'Privacy and Cookie Policy', 'Contact Us'];
const mHtml = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="title" content="${mTitle} | Pell &amp; Haskins"><meta name="robots" content="INDEX,FOLLOW">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${mTitle} | Pell &amp; Haskins</title>
<link rel="stylesheet" type="text/css" media="all" href="https://www.pellhaskins.co.uk/static/version1712/frontend/Magento/luma/en_GB/css/styles-m.css">
<script type="text/javascript" src="https://www.pellhaskins.co.uk/static/version1712/frontend/Magento/luma/en_GB/requirejs/require.js"></script>
<script type="text/x-magento-init">{"*":{"Magento_PageCache/js/form-key-provider":{"isPaginationCacheEnabled":0}}}</script></head>
<body data-container="body" data-mage-init='{"loaderAjax": {}, "loader": { "icon": ""}}' id="html-body"
class="cms-en-primeur-2024-loire cms-page-view page-layout-1column">
<div class="cookie-status-message" id="cookie-status" style="display:none">The store will not work correctly when cookies are disabled.</div>
<noscript><div class="message global noscript"><div class="content"><p><strong>JavaScript seems to be disabled in your browser.</strong></p></div></div>
</noscript>
<div role="alertdialog" tabindex="-1" class="message global cookie" id="notice-cookie-block"><div role="document" class="content" tabindex="0"><p>
<strong>We use cookies to make your experience better.</strong><span>To comply with the new e-Privacy directive, we need to ask for your consent to set
the cookies.</span> <a href="/privacy-policy-cookie-restriction-mode">Learn more</a>.</p><div class="actions"><button id="btn-cookie-allow" class="action allow
primary"><span>Allow Cookies</span></button></div></div></div>
<div class="page-wrapper"><header class="page-header"><div class="panel wrapper"><div class="panel header"><a class="action skip contentarea"
href="#contentarea">
<span>Skip to Content</span></a><ul class="header links"><li class="greet welcome" data-bind="scope: 'customer'"><span class="not-logged-in">Free UK delivery on
orders over £150</span></li><li class="authorization-link"><a href="/customer/account/login/">Sign In</a></li><li><a href="/customer/account/create/">Create an
Account</a></li></ul></div></div><div class="header content"><span data-action="toggle-nav" class="action nav-toggle"><span>Toggle Nav</span></span>
<a class="logo" href="/" title="Pell &amp; Haskins" aria-label="store logo"><img src="/static/frontend/Magento/luma/en_GB/images/logo.svg"
alt="Pell &amp; Haskins"></a>
<div data-block="minicart" class="minicart-wrapper"><a class="action showcart" href="/checkout/cart/"><span class="text">My Cart</span>
<span class="counter qty empty">
<span class="counter-number"></span></span></a></div><div class="block block-search"><div class="block block-title"><strong>Search</strong></div>
<div class="block block-content"><form class="form minisearch" id="search_mini_form" action="/catalogsearch/result/" method="get"><div class="field search">
<label class="label" for="search" data-role="minisearch-label"><span>Search</span></label><input id="search" type="text" name="q"
placeholder="Search entire store here..." class="input-text"></div></form></div></div></div></header>
<div class="sections nav-sections"><div class="section-items nav-sections-items" data-mage-init='{"tabs":{"openedState":"active"}}'>
<div class="section-item-content nav-sections-item-content" id="store.menu" data-role="content"><nav class="navigation" data-action="navigation">
<ul data-mage-init='{"menu":{"responsive":true, "expanded":true, "position":{"my":"left top","at":"left bottom"}}}'>
${links(mNav, 'level0 nav-1 level-top ui-menu-item')}</ul></nav></div></div></div>
<div class="breadcrumbs"><ul class="items"><li class="item home"><a href="/" title="Go to Home Page">Home</a></li><li class="item cms_page">
<strong>${mTitle}</strong></li></ul></div>
<main id="maincontent" class="page-main"><a id="contentarea" tabindex="-1"></a><div class="page-title-wrapper"><h1 class="page-title"><span class="base"
data-ui-id="page-title-wrapper">${mTitle}</span></h1></div><div class="page messages"><div data-placeholder="messages"></div></div>
<div class="columns"><div class="column main"><input name="form_key" type="hidden" value="Xk2pQv9mN">
<div data-content-type="row" data-appearance="contained" data-element="main"><div data-enable-parallax="0" data-element="inner"
class="pagebuilder-column-group">
<div data-content-type="text" data-appearance="default" data-element="main">${ps(mBody.slice(0, 2))}</div>
<h2 data-content-type="heading" data-appearance="default" data-element="main">${at(mBody, 2)}</h2>
<div data-content-type="text" data-appearance="default" data-element="main"><ol>${lis(mBody.slice(3, 6))}</ol></div>
<h2 data-content-type="heading" data-appearance="default" data-element="main">${at(mBody, 6)}</h2>
<div data-content-type="html" data-appearance="default" data-element="main"><table class="data table en-primeur"><thead><tr><th>Wine</th><th>Case</th>
<th>Price in bond</th></tr></thead><tbody>${tr(mBody.slice(7, 10))}${tr(mBody.slice(10, 13))}${tr(mBody.slice(13, 16))}</tbody></table></div>
<div data-content-type="text" data-appearance="default" data-element="main"><p><em>${at(mBody, 16)}</em></p></div>
<div data-content-type="buttons" data-appearance="inline" data-element="main"><div data-content-type="button-item" data-appearance="default"
data-element="main" class="pagebuilder-button-primary"><a href="/en-primeur/loire-2024-order-form" class="pagebuilder-button-primary"><span
data-element="link_text">Download the order form</span></a></div></div></div></div></div></div></main>
<footer class="page-footer"><div class="footer content"><div class="block newsletter"><div class="title"><strong>Newsletter</strong></div><div class="content">
<form class="form subscribe" action="/newsletter/subscriber/new/" method="post"><div class="field newsletter"><label class="label" for="newsletter">
<span>Sign Up for
Our Newsletter:</span></label><input name="email" type="email" id="newsletter" placeholder="Enter your email address"></div><div class="actions">
<button class="action
subscribe primary" title="Subscribe" type="submit"><span>Subscribe</span></button></div></form></div></div>
<ul class="footer links">${links(mFoot, 'nav item')}</ul></div></footer>
<small class="copyright"><span>Copyright © 2013-present Pell &amp; Haskins Wine Merchants Ltd. All rights reserved.</span></small></div>
<script type="text/x-magento-init">{"*":{"mage/cookies":{"expires":null,"path":"\\u002F","domain":".www.pellhaskins.co.uk"}}}</script></body></html>`;
const magento: TestPage = {
  name: 'heldout604-magento-en-primeur',
  kind: 'news',
  html: mHtml,
  title: mTitle,
  headings: [at(mBody, 2), at(mBody, 6)],
  body: mBody.filter((_, i) => i !== 2 && i !== 6),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies to make your experience better.',
    'To comply with the new e-Privacy directive, we need to ask for your consent to set the cookies.', 'Learn more', 'Allow Cookies',
    'Skip to Content', 'Free UK delivery on orders over £150', 'Sign In', 'Create an Account', 'Toggle Nav', 'My Cart', 'Search',
    ...mNav.filter((t) => t !== 'En Primeur'), 'Home',
    'Download the order form', 'Newsletter', 'Sign Up for Our Newsletter:', 'Subscribe', ...mFoot,
    'Copyright © 2013-present Pell & Haskins Wine Merchants Ltd. All rights reserved.',
  ],
};

const vTitle = 'Brannock Hill Vineyard';
const vBody = [
  j(
    '<b>Brannock Hill Vineyard</b> is a 14-hectare vineyard on the eastern slope of Brannock Hill, above the village of Low Sefton in',
    'the Orra Valley. It was planted in 1987 by the Marsh family and is known for Pinot Noir and sparkling wine made from',
    'chalk-grown fruit.<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a></sup>',
  ),
  'History',
  j(
    'The hill was used for sheep grazing until 1985, when Edwin and Ruth Marsh bought the lower fields. The first vines, 2,400 Pinot',
    'Noir and Chardonnay cuttings, were planted in April 1987. The first commercial vintage was 1991.',
  ),
  j(
    'A winery was built in 2003 in the former lambing barn. In 2016 the vineyard was extended up the slope to its present size,',
    'and the first traditional-method sparkling wine was released in 2020.<sup id="cite_ref-2" class="reference"><a href="#cite_note-2">[2]</a></sup>',
  ),
  'Site and soils',
  j(
    'The vines grow at between 60 and 110 metres above sea level on thin rendzina soil over chalk. The slope faces east-south-east',
    'and is sheltered from the prevailing wind by the crest of the hill. Average rainfall is 710 mm a year.',
  ),
  'Wines',
  'Brannock Hill Pinot Noir, still red, made every year since 1991',
  'Brannock Hill Blanc de Noirs, traditional method, first vintage 2016',
  'Chalk Slope Chardonnay, made only in warm years',
];
const vInfo = ['Location', 'Low Sefton, Orra Valley', 'Planted', '1987', 'Area', '14 ha', 'Grapes', 'Pinot Noir, Chardonnay, Pinot Meunier'];
const vRefs = ['Orra Valley Growers\u2019 Register (2019), p. 42.', 'Marsh, R. (2021). Forty Harvests on the Hill. Sefton Press.'];
const vCats = ['Vineyards in the Orra Valley', 'Sparkling wine producers', 'Established in 1987'];
const vHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled skin-theme-clientpref-day" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${vTitle} - OrraWineWiki</title>
<script>(function(){var className="client-js";document.documentElement.className=className;}());RLCONF={"wgPageName":"Brannock_Hill_Vineyard",
"wgTitle":"${vTitle}","wgNamespaceNumber":0,"wgAction":"view"};RLPAGEMODULES=["site","mediawiki.page.ready","skins.vector.js"];</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.1"><link rel="edit" title="Edit" href="/index.php?title=Brannock_Hill_Vineyard&amp;action=edit"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr ns-0 ns-subject page-Brannock_Hill_Vineyard rootpage-Brannock_Hill_Vineyard
skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown">
<label class="vector-dropdown-label" aria-label="Main menu"><span class="vector-icon mw-ui-icon-menu"></span>
<span class="vector-dropdown-label-text">Main menu</span>
</label></div></nav><a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container">OrraWineWiki</span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box"><form action="/index.php" id="searchform"
class="cdx-search-input cdx-search-input--has-end-button"><input class="cdx-text-input__input" type="search" name="search" placeholder="Search OrraWineWiki"
aria-label="Search OrraWineWiki" id="searchInput"><button class="cdx-button cdx-search-input__end-button">Search</button></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><ul><li id="pt-createaccount"><a href="/index.php?title=Special:CreateAccount">Create account</a>
</li>
<li id="pt-login"><a href="/index.php?title=Special:UserLogin">Log in</a></li></ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-main-menu-container"><div id="mw-navigation"><nav id="mw-panel"
class="vector-main-menu-landmark">
<div id="p-navigation" class="vector-menu mw-portlet"><div class="vector-menu-heading">Navigation</div><div class="vector-menu-content">
<ul class="vector-menu-content-list">
${links(['Main page', 'Recent changes', 'Random page', 'Help'], 'mw-list-item')}</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading"
class="firstHeading mw-first-heading"><span class="mw-page-title-main">${vTitle}</span></h1></header>
<div class="vector-page-toolbar"><nav aria-label="Namespaces"><ul><li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item">
<a href="/wiki/${vTitle}">Page</a></li>
<li id="ca-talk" class="new vector-tab-noicon mw-list-item">
<a href="/index.php?title=Talk:Brannock_Hill_Vineyard&amp;action=edit&amp;redlink=1">Discussion</a></li></ul></nav>
<nav aria-label="Views"><ul><li id="ca-view" class="selected mw-list-item"><a href="#">Read</a></li><li id="ca-edit" class="mw-list-item"><a href="#">Edit</a>
</li>
<li id="ca-history" class="mw-list-item"><a href="#">View history</a></li></ul></nav></div>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From OrraWineWiki</div><div id="contentSub"><div id="mw-content-subtitle"></div>
</div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox vcard"><tbody><tr><th colspan="2" class="infobox-above fn">${vTitle}</th></tr>
${[0, 2, 4, 6].map((i) => `<tr><th scope="row" class="infobox-label">${at(vInfo, i)}</th><td class="infobox-data">${at(vInfo, i + 1)}</td></tr>`).join('\n')}
</tbody></table>
<p>${at(vBody, 0)}</p>
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><div class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-heading">Contents</h2>
</div>
<ul><li class="toclevel-1 tocsection-1"><a href="#History"><span class="tocnumber">1</span> <span class="toctext">History</span></a></li>
<li class="toclevel-1 tocsection-2"><a href="#Site_and_soils"><span class="tocnumber">2</span> <span class="toctext">Site and soils</span></a></li>
<li class="toclevel-1 tocsection-3"><a href="#Wines"><span class="tocnumber">3</span> <span class="toctext">Wines</span></a></li>
<li class="toclevel-1 tocsection-4"><a href="#References"><span class="tocnumber">4</span> <span class="toctext">References</span></a></li></ul></div>
<h2><span class="mw-headline" id="History">History</span><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="#">edit</a>
<span class="mw-editsection-bracket">]</span></span></h2>
${ps(vBody.slice(2, 4))}
<h2><span class="mw-headline" id="Site_and_soils">Site and soils</span><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>
<a href="#">edit</a>
<span class="mw-editsection-bracket">]</span></span></h2>
<p>${at(vBody, 5)}</p>
<h2><span class="mw-headline" id="Wines">Wines</span><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="#">edit</a>
<span class="mw-editsection-bracket">]</span></span></h2><ul>${lis(vBody.slice(7))}</ul>
<h2><span class="mw-headline" id="References">References</span></h2><div class="mw-references-wrap"><ol class="references">
${vRefs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><a href="#cite_ref-${i + 1}">^</a>
</span> <span class="reference-text">${r}</span></li>`,
  )
  .join('\n')}
</ol></div></div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks">
<a href="/wiki/Special:Categories">Categories</a>:
<ul>${links(vCats)}</ul></div></div></div></main></div></div></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 3 February 2025,
at 19:22.</li><li id="footer-info-copyright">Content is available under <a href="/wiki/Project:Copyrights">CC BY-SA 4.0</a> unless otherwise noted.</li></ul>
<ul id="footer-places">${links(['Privacy policy', 'About OrraWineWiki', 'Disclaimers'])}</ul></footer></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":142});});</script></body></html>`;
const plainRef = (s: string): string => s.replace(/<sup[^>]*>.*?<\/sup>/g, '').replace(/<[^>]+>/g, '');
const mediawiki: TestPage = {
  name: 'heldout604-mediawiki-vineyard',
  kind: 'wiki',
  html: vHtml,
  title: vTitle,
  headings: [at(vBody, 1), at(vBody, 4), at(vBody, 6), 'References'],
  body: [...vBody.filter((_, i) => ![1, 4, 6].includes(i)).map(plainRef), ...vRefs],
  bylines: ['This page was last edited on 3 February 2025, at 19:22.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'OrraWineWiki', 'Search', 'Create account', 'Log in', 'Navigation', 'Main page', 'Recent changes', 'Random page', 'Help',
    'Page', 'Discussion', 'Read', 'Edit', 'View history', 'From OrraWineWiki', ...vInfo.filter((t) => t !== '1987' && t !== 'Planted'), 'Contents', 'edit',
    'Categories', ...vCats,
    'Content is available under CC BY-SA 4.0 unless otherwise noted.', 'Privacy policy', 'About OrraWineWiki', 'Disclaimers',
  ],
};

export const HELDOUT604_C: readonly TestPage[] = [magento, mediawiki];
