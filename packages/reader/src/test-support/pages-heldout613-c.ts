import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, trs } from './pages-heldout613-kit.js';

/**
 * Held-out batch 613, file c: a fishkeeping wiki article on MediaWiki (Vector 2022 skin) with an infobox, a table of contents
 * and category links, and a cattery's "what to bring" page built with Webflow.
 */
const mTitle = 'Bristlenose pleco';
const mLead = [
  j(
    'The <b>bristlenose pleco</b> (<i>Ancistrus</i> sp.) is a small armoured catfish from the rivers of South America and one of',
    'the most widely kept algae eaters in freshwater aquariums. Unlike the common pleco, which can pass 40 cm, it rarely grows',
    'longer than 12 cm, which makes it suitable for community tanks of 80 litres or more.',
  ),
  j(
    'Most fish sold in shops are captive bred. Several colour forms are available, including albino, "calico" and long-finned',
    'strains, all of which need the same care.',
  ),
];
const mHeads = ['Description', 'Care', 'Tank', 'Water', 'Diet', 'Breeding'];
const mDesc = j(
  'The body is flattened, brown to olive with pale spots, and covered in bony plates rather than scales. Mature males grow',
  'branched tentacles, the "bristles", over the snout and along the head; females have only a short row around the edge of the',
  'mouth. The mouth is a sucker used to rasp algae and biofilm from wood and stone.',
);
const mTank = j(
  'Bristlenoses are nocturnal and spend the day under cover. Provide at least one cave per fish and a piece of bogwood, which',
  'they rasp on and which appears to help their digestion. Males defend caves and may squabble if there are too few.',
);
const mRows = [
  ['Temperature', '22–27 °C'],
  ['pH', '6.0–7.8'],
  ['Hardness', '2–20 dGH'],
  ['Nitrate', 'below 40 mg/l'],
];
const mWater = j(
  'The species tolerates a wide range of water, but it needs good oxygen levels and a steady current, and it does poorly in',
  'tanks with high nitrate. Weekly partial water changes of 25 to 30% are recommended.',
);
const mDiet = j(
  'Algae alone is not enough, even in a planted tank. Feed sinking algae wafers after the lights go out, and offer blanched',
  'courgette, cucumber or peas two or three times a week. Small amounts of frozen bloodworm are taken eagerly.',
);
const mBreed = [
  j(
    'Bristlenoses breed readily in aquariums. The male guards a clutch of 40 to 100 orange eggs inside his cave and fans them',
    'with his fins until they hatch after four to six days. He stays with the fry until they have used up their yolk sacs.',
  ),
  'The fry eat the same foods as the adults and should be moved to a grow-out tank once they reach 2 cm.',
];
const mBox = [
  'Scientific name',
  'Family',
  'Loricariidae',
  'Origin',
  'South America',
  'Adult size',
  '10–12 cm',
  'Minimum tank',
  '80 litres',
  'Care level',
  'Easy',
];
const mNav = ['Main page', 'Species index', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const mFoot = ['Privacy policy', 'About FishWiki', 'Disclaimers', 'Mobile view'];
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-toc-available" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${mTitle} - FishWiki</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled vector-toc-available";document.documentElement.className=className;}());
RLCONF={"wgCanonicalNamespace":"","wgPageName":"Bristlenose_pleco","wgTitle":"Bristlenose pleco","wgCurRevisionId":18842,"wgIsArticle":true};</script>
<script>(RLQ=window.RLQ||[]).push(function(){mw.loader.load(["site","mediawiki.page.ready","skins.vector.js"]);});</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.1"><link rel="edit" title="Edit" href="/w/index.php?title=Bristlenose_pleco&amp;action=edit">
<link rel="canonical" href="https://fishwiki.org.uk/wiki/Bristlenose_pleco"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Bristlenose_pleco rootpage-Bristlenose_pleco
skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start">
<nav class="vector-main-menu-landmark" aria-label="Site">
<div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown vector-button-flush-left vector-button-flush-right" title="Main menu">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" role="button" aria-haspopup="true" class="vector-dropdown-checkbox" aria-label="Main menu">
<label id="vector-main-menu-dropdown-label" for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--icon-only"
aria-hidden="true"><span class="vector-icon mw-ui-icon-menu"></span><span class="vector-dropdown-label-text">Main menu</span></label>
<div class="vector-dropdown-content"><div id="vector-main-menu" class="vector-main-menu vector-pinnable-element"><div id="p-navigation"
class="vector-menu mw-portlet mw-portlet-navigation"><div class="vector-menu-heading">Navigation</div><div class="vector-menu-content">
<ul class="vector-menu-content-list">${mNav.map((t) => `<li class="mw-list-item"><a href="/wiki/x"><span>${t}</span></a></li>`).join('')}</ul></div></div>
</div></div></div></nav><a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container">FishWiki</span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-collapses vector-search-box">
<a href="/wiki/Special:Search" class="cdx-button cdx-button--fake-button cdx-button--icon-only search-toggle" title="Search FishWiki [f]" accesskey="f">
<span class="vector-icon mw-ui-icon-search"></span><span>Search</span></a></div>
<nav class="vector-user-links" aria-label="Personal tools"><div id="p-vector-user-menu-overflow" class="vector-menu mw-portlet">
<div class="vector-menu-content">
<ul class="vector-menu-content-list"><li id="pt-createaccount-2" class="user-links-collapsible-item mw-list-item">
<a href="/w/index.php?title=Special:CreateAccount">
<span>Create account</span></a></li><li id="pt-login-2" class="user-links-collapsible-item mw-list-item"><a href="/w/index.php?title=Special:UserLogin">
<span>Log in</span></a></li></ul></div></div></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-sitenotice-container"><div id="siteNotice"></div></div>
<div class="vector-column-start"><div class="vector-sticky-pinned-container"><nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container
vector-toc-landmark"><div id="vector-toc-pinned-container" class="vector-pinned-container"><div id="vector-toc" class="vector-toc vector-pinnable-element">
<div class="vector-pinnable-header vector-toc-pinnable-header vector-pinnable-header-pinned"><h2 class="vector-pinnable-header-label">Contents</h2></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#"
class="vector-toc-link"><div class="vector-toc-text">(Top)</div></a></li>${mHeads
  .map(
    (h) => `<li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${h}"><div class="vector-toc-text">
<span class="vector-toc-numb"></span><span>${h}</span></div></a></li>`,
  )
  .join('')}</ul></div></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><div id="left-navigation"><nav aria-label="Namespaces"><div id="p-associated-pages"
class="vector-menu vector-menu-tabs mw-portlet"><div class="vector-menu-content"><ul class="vector-menu-content-list"><li id="ca-nstab-main" class="selected
vector-tab-noicon mw-list-item"><a href="/wiki/Bristlenose_pleco"><span>Page</span></a></li><li id="ca-talk" class="vector-tab-noicon mw-list-item">
<a href="/wiki/Talk:Bristlenose_pleco" rel="discussion"><span>Discussion</span></a></li></ul></div></div></nav></div><div id="right-navigation">
<nav aria-label="Views"><div id="p-views" class="vector-menu vector-menu-tabs mw-portlet"><div class="vector-menu-content"><ul class="vector-menu-content-list">
<li id="ca-view" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Bristlenose_pleco"><span>Read</span></a></li>
<li id="ca-edit" class="vector-tab-noicon
mw-list-item"><a href="/w/index.php?title=Bristlenose_pleco&amp;action=edit"><span>Edit</span></a></li>
<li id="ca-history" class="vector-tab-noicon mw-list-item">
<a href="/w/index.php?title=Bristlenose_pleco&amp;action=history"><span>View history</span></a></li></ul></div></div></nav></div></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading" data-mw-ve-target-container><div class="vector-body-before-content">
<div id="siteSub" class="noprint">From FishWiki, the aquarium keepers' wiki</div></div><div id="contentSub"><div id="mw-content-subtitle"></div></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox"><tbody><tr><th colspan="2" class="infobox-above">${mTitle}</th></tr><tr><td colspan="2" class="infobox-image">
<span typeof="mw:File"><a href="/wiki/File:Bristlenose_male.jpg" class="mw-file-description">
<img alt="" src="/images/thumb/a/a4/Bristlenose_male.jpg/250px-Bristlenose_male.jpg"
decoding="async" width="250" height="166" class="mw-file-element"></a></span><div class="infobox-caption">A male showing the bristles on his snout</div></td>
</tr>
${[0, 2, 4, 6, 8, 10].map((i) => `<tr><th scope="row" class="infobox-label">${mBox[i]}</th><td class="infobox-data">${mBox[i + 1]}</td></tr>`).join('\n')}
</tbody></table>
${ps(mLead)}
<div class="mw-heading mw-heading2"><h2 id="Description">${mHeads[0]}</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>
<a href="/w/index.php?title=Bristlenose_pleco&amp;action=edit&amp;section=1" title="Edit section: Description"><span>edit</span></a>
<span class="mw-editsection-bracket">]</span></span></div><p>${mDesc}</p>
<div class="mw-heading mw-heading2"><h2 id="Care">${mHeads[1]}</h2></div>
<div class="mw-heading mw-heading3"><h3 id="Tank">${mHeads[2]}</h3></div><p>${mTank}</p>
<div class="mw-heading mw-heading3"><h3 id="Water">${mHeads[3]}</h3></div>
<table class="wikitable"><tbody><tr><th>Parameter</th><th>Range</th></tr>
${trs(mRows)}</tbody></table><p>${mWater}</p>
<div class="mw-heading mw-heading3"><h3 id="Diet">${mHeads[4]}</h3></div><p>${mDiet}</p>
<div class="mw-heading mw-heading2"><h2 id="Breeding">${mHeads[5]}</h2></div>${ps(mBreed)}
<!-- NewPP limit report Parsed by mw1 Cached time: 20260303141205 --></div>
<noscript><img src="https://fishwiki.org.uk/w/index.php?title=Special:CentralAutoLogin/start&amp;type=1x1" alt="" width="1" height="1"></noscript>
<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr"
href="https://fishwiki.org.uk/w/index.php?title=Bristlenose_pleco&amp;oldid=18842"
>https://fishwiki.org.uk/w/index.php?title=Bristlenose_pleco&amp;oldid=18842</a>"</div>
</div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>: <ul><li><a href="/wiki/Category:Catfish">Catfish</a></li><li>
<a href="/wiki/Category:Algae_eaters">Algae eaters</a></li>
<li><a href="/wiki/Category:Beginner_species">Beginner species</a></li></ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 3 March 2026,
at 14:12.</li><li id="footer-info-copyright">Content is available under <a href="/wiki/FishWiki:Copyright">Creative Commons Attribution-ShareAlike</a> unless
otherwise noted.</li></ul><ul id="footer-places">${links(mFoot)}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico">
<a href="https://www.mediawiki.org/">
<img src="/w/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li></ul></footer></div></div>
</div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":118});});</script></body></html>`;
const mediawikiPleco: TestPage = {
  name: 'heldout613-bristlenose-mediawiki',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mHeads,
  body: texts([...mLead, mDesc, mTank, ...rowTexts(mRows), mWater, mDiet, ...mBreed]),
  bylines: ['This page was last edited on 3 March 2026, at 14:12.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'Navigation', ...mNav, 'FishWiki', 'Search', 'Create account', 'Log in', 'Contents', '(Top)', 'Page', 'Discussion',
    'Read', 'Edit', 'View history', "From FishWiki, the aquarium keepers' wiki", 'A male showing the bristles on his snout', 'Scientific name',
    'Family', 'Loricariidae', 'Origin', 'Adult size', '10–12 cm', 'Minimum tank', 'Care level', 'Easy',
    'Retrieved from "https://fishwiki.org.uk/w/index.php?title=Bristlenose_pleco&oldid=18842"', 'Categories', 'Beginner species',
    'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', ...mFoot,
  ],
};

const wTitle = "What to Bring for Your Cat's Stay";
const wIntro = j(
  "A few familiar things make a big difference to how quickly a cat settles in. Here's what we ask you to pack, and what you",
  'can leave at home.',
);
const wHeads = ['Please bring', 'Please leave at home'];
const wBring = [
  'Your vaccination card (we keep it until collection)',
  "Your cat's usual food if they are on a special diet, labelled with their name",
  'Any medication in its original packaging, with written instructions',
  'A blanket or bed that smells of home',
];
const wLeave = [
  'Litter trays and litter, which we provide',
  'Bowls, as every chalet has its own set that we wash daily',
  'Anything you would be upset to lose; we look after toys carefully, but they do get chewed',
];
const wEnd = 'Carriers can be left with us for the stay or taken home, whichever suits you.';
const wNav = ['Home', 'About', 'Prices', 'FAQs', 'Contact'];
const wHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Thu Feb 12 2026 10:41:07 GMT+0000 -->
<html data-wf-domain="www.tillycotecattery.co.uk" data-wf-page="65b3f0a9c1d2e4f5a6b7c8d9" data-wf-site="65b3f0a9c1d2e4f5a6b7c8d0" lang="en"><head>
<meta charset="utf-8"><title>What to Bring | Tillycote Cattery</title><meta content="Pack these few things for a happy stay at Tillycote." name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65b3f0a9c1d2e4f5a6b7c8d0/css/tillycote.webflow.a1b2c3.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof
DocumentTouch)
&&(n.className+=t+"touch")}(window,document);</script>
<script async src="https://cdn.jsdelivr.net/npm/@finsweet/cookie-consent@1/fs-cc.js" fs-cc-mode="opt-in"></script></head>
<body><div fs-cc="banner" class="fs-cc-banner_component"><div class="fs-cc-banner_container"><div class="fs-cc-banner_text">By clicking "Accept", you agree to
the storing of cookies on your device to analyse site usage. View our <a href="/privacy" class="fs-cc-banner_text-link">Privacy Policy</a> for more
information.</div>
<div class="fs-cc-banner_buttons-wrapper"><a fs-cc="open-preferences" href="#" class="fs-cc-banner_text-link">Preferences</a><a fs-cc="deny" href="#"
class="fs-cc-banner_button fs-cc-button-alt w-button">Deny</a><a fs-cc="allow" href="#" class="fs-cc-banner_button w-button">Accept</a></div></div></div>
<div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav">
<div class="container w-container"><a href="/" class="brand w-nav-brand"><img src="https://assets-global.website-files.com/65b3f0a9c1d2e4f5a6b7c8d0/logo.svg"
loading="lazy" alt="Tillycote Cattery" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">${wNav
  .map((t) => `<a href="/${t.toLowerCase()}" class="nav-link w-nav-link">${t}</a>`)
  .join('')}</nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section-hero"><div class="w-layout-blockcontainer container-small w-container"><div class="eyebrow">Before you arrive</div>
<h1 class="heading-1">${wTitle.replace("'", '&#39;')}</h1></div></section>
<section class="section"><div class="w-layout-blockcontainer container-small w-container"><div class="rich-text-block w-richtext">
<p>${wIntro}</p><h2>${wHeads[0]}</h2><ul role="list">${lis(wBring)}</ul><h2>${wHeads[1]}</h2><ul role="list">${lis(wLeave)}</ul><p>${wEnd}</p>
</div></div></section>
<section class="section-cta"><div class="w-layout-blockcontainer container-small w-container"><div class="cta-wrapper"><h2 class="heading-2">Ready to book?</h2>
<p class="cta-text">Spaces for the summer holidays go quickly.</p><a href="/contact" class="button w-button">Get in touch</a></div></div></section>
<footer class="footer"><div class="w-layout-blockcontainer container w-container"><div class="w-layout-grid footer-grid"><div class="footer-col">
<div class="footer-heading">Tillycote Cattery</div><div>Tillycote Farm, Brenstow Road, Oakhampton Parva</div><div>07700 900 312</div></div>
<div class="footer-col">
<div class="footer-heading">Opening hours</div><div>Drop-off and collection: Mon–Sat 9–11am and 4–6pm</div><div>Closed Sundays</div>
</div>
</div><div class="footer-bottom"><div class="copyright">© 2026 Tillycote Cattery</div></div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65b3f0a9c1d2e4f5a6b7c8d0" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/65b3f0a9c1d2e4f5a6b7c8d0/js/webflow.a1b2c3.js" type="text/javascript"></script></body></html>`;
const webflowCattery: TestPage = {
  name: 'heldout613-cattery-bring-webflow',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: wHeads,
  body: [wIntro, ...wBring, ...wLeave, wEnd],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'By clicking "Accept", you agree to the storing of cookies on your device to analyse site usage. View our Privacy Policy for more information.',
    'Preferences', 'Deny', 'Accept', 'About', 'Prices', 'FAQs', 'Contact', 'Before you arrive', 'Ready to book?', 'Spaces for the summer holidays go quickly.',
    'Get in touch', 'Tillycote Cattery', 'Tillycote Farm, Brenstow Road, Oakhampton Parva', '07700 900 312', 'Opening hours',
    'Drop-off and collection: Mon–Sat 9–11am and 4–6pm', 'Closed Sundays', '© 2026 Tillycote Cattery',
  ],
};

export const HELDOUT613_C: readonly TestPage[] = [mediawikiPleco, webflowCattery];
