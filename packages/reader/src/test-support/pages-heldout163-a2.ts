import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 163, file a2: a TV Tropes trope page (Main namespace) as saved today: the header bar with its nav, the
 * subpage tabs (Main, Laconic, Playing With...), the page image with its caption, the epigraph quote, the description, the
 * "Advertisement:" labels between paragraphs, the example folders with their labels and "open/close all folders", the
 * Previous / Index / Next crosswicks, the sidebar, the consent dialog and the footer.
 */
const tvTitle = 'Stubborn Lighthouse Keeper';
const tvQuote = '"The lamp does not care that the company sold the rock. Neither do I."';
const tvQuoteBy = '— Ezra Callow, The Long Light of Skerrin';
const tvP1 = [
  'A character who keeps a lighthouse, beacon or signal station running long after everyone else has decided it no longer matters. ' +
    'The shipping lane has been moved, the owners have automated it, or the authorities have officially closed it, and yet every night ' +
    'the <a class="twikilink" href="/pmwiki/pmwiki.php/Main/OldMaster">old keeper</a> climbs the stairs and lights the lamp.',
  'The keeper is usually alone, usually old, and usually dismissed by the younger cast as a relic. Their stubbornness is rarely ' +
    'explained at first. Part of the fun is learning why they stay: a promise made to a drowned spouse, a ship that was lost on their ' +
    'one night off, or simple pride in a job done properly for forty years.',
  'More often than not, the story ends with the light proving necessary after all. A storm knocks out the new automatic beacon, a ' +
    'boat full of main characters is drifting toward the rocks, and the one light still burning is the one the keeper refused to let ' +
    'go out. If the work is feeling darker, the keeper dies at the top of the tower with the lamp still lit, and the ending is a ' +
    '<a class="twikilink" href="/pmwiki/pmwiki.php/Main/BittersweetEnding">Bittersweet Ending</a>.',
  'A Sub-Trope of <a class="twikilink" href="/pmwiki/pmwiki.php/Main/DutyBeyondTheGrave">Duty Beyond the Grave</a> when the keeper ' +
    'turns out to be a ghost. Compare <a class="twikilink" href="/pmwiki/pmwiki.php/Main/LastOfHisKind">Last of His Kind</a> and ' +
    'The Last Holdout. Contrast Abandoned Post, where nobody stayed.',
];
const tvH2 = 'Examples:';
const tvFolders: { label: string; items: string[] }[] = [
  {
    label: 'Anime &amp; Manga',
    items: [
      '<em>Tidewatch Girls</em>: Grandmother Sayo keeps the Kuroiwa light burning for three volumes after the port authority switches ' +
        'to radar. In the finale, the radar mast is struck by lightning during the regatta, and her lamp guides the whole fleet home.',
    ],
  },
  {
    label: 'Film — Live-Action',
    items: [
      '<em>The Long Light of Skerrin</em> is built around the trope. Ezra Callow refuses to leave the rock after its sale to a ' +
        'holiday company, and spends the film arguing with its new managers by radio.',
      '<em>Fog Station Nine</em> plays it straight until the twist: <span class="spoiler" title="you can set spoilers visible by default on ' +
        'your profile">the keeper has been dead for a decade, and the light has been lit by nobody at all</span>.',
    ],
  },
  {
    label: 'Literature',
    items: [
      'In Marta Ilves\u2019s novel <em>Salt Ledger</em>, the keeper writes every passing ship into a log that nobody has read since the ' +
        'ministry closed the station. The log later becomes the only proof that a missing freighter passed the headland.',
      'Inverted in the short story "The Dark Tower of Pell": the keeper stubbornly keeps the light <em>off</em>, because wreckers on ' +
        'the coast use it to lure ships onto the reef.',
    ],
  },
  {
    label: 'Video Games',
    items: [
      '<em>Lamplight Reach</em>: The player can choose to help old Brannagh keep the beacon fuelled. If you do, the endgame storm ' +
        'sequence has a safe route; if you sided with the harbour board, it does not.',
    ],
  },
];
const tvNav = ['Tropes', 'Media', 'Browse', 'Forums', 'Videos'];
const tvTabs = ['Main', 'Laconic', 'Playing With', 'Quotes', 'Analysis', 'Create New'];
const tvCaption = 'He has not missed a night since 1974, and he is not starting now.';
const tvCross = ['Previous', 'Index', 'Next'];
const tvCrossLinks = ['Lighthouse of Doom', 'Seafaring Tropes', 'Storm of the Century'];
const tvActions = ['Edit Page', 'Related', 'History', 'Discussion', 'To Do'];
const tvSide = ['Follow TV Tropes', 'Go To', 'Random', 'Login', 'Create New', 'Jump To', 'Report Page'];
const tvConsent = [
  'We value your privacy',
  'We and our partners store and/or access information on a device, such as cookies and process personal data, such as unique ' +
    'identifiers and standard information sent by a device for personalised advertising and content.',
  'MORE OPTIONS',
  'AGREE',
];
const tvFoot = ['About TV Tropes', 'TV Tropes Customs', 'TV Tropes Staff', 'Jobs', 'Press', 'Privacy Policy', 'Terms of Service', 'Contact Us'];
const tvLicence =
  'TVTropes is licensed under a Creative Commons Attribution-NonCommercial-ShareAlike 3.0 Unported License. Permissions beyond the scope ' +
  'of this license may be available from thestaff@tvtropes.org.';
const tvAd = '<div class="proper-ad-unit mobile-ad square"><div class="ad-caption">Advertisement:</div><div id="proper-ad-tvtropes_ad_2"></div></div>';
const tvFolder = (f: (typeof tvFolders)[number], i: number): string =>
  `<div class="folderlabel" onclick="togglefolder('folder${i}');">${f.label}</div>
<div class="folder" id="folder${i}" isfolder="true" style="display:block;"><ul>
${f.items.map((t) => `<li> ${t}</li>`).join('\n')}</ul></div>`;
const tvHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>Stubborn Lighthouse Keeper - TV Tropes</title><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="A character who keeps a lighthouse running long after everyone else has decided it no longer matters.">
<meta property="og:site_name" content="TV Tropes"><meta property="og:title" content="Stubborn Lighthouse Keeper - TV Tropes"><meta property="og:type"
content="website">
<link rel="canonical" href="https://tvtropes.org/pmwiki/pmwiki.php/Main/StubbornLighthouseKeeper">
<link rel="stylesheet" href="/design/assets/bundle.css?rev=9c41d2"><script>var tvtropes_config = {astri_stream_enabled: "", is_logged_in: "",
handle: "", get_astri_stream: "", revnum: "c2a1e5", img_domain: "static.tvtropes.org", adblock: "1", adblock_url: "propermessage.io",
pause_editing: "0", pause_editing_msg: "", pause_site_changes: ""};</script>
<script src="https://cdn.ampproject.org/v0/amp-ad-0.1.js" async></script></head>
<body class=""><i id="user-prefs"></i><div id="fb-root"></div>
<header id="main-header-bar" class="headroom-element"><div id="main-header-bar-inner"><span id="header-spacer-left" class="header-spacer"></span>
<a href="#mobile-menu" id="main-mobile-toggle" class="mobile-menu-toggle-button tablet-on"><span></span><span></span><span></span></a>
<a href="/" id="main-header-logoButton" class="no-dev"></a><span id="header-spacer-right" class="header-spacer"></span>
<nav id="main-header-nav" class="tablet-off">${tvNav.map((t) => `<a href="/pmwiki/pmwiki.php/Main/${t}">${t}</a>`).join('')}</nav>
<div id="main-header-bar-right"><div id="signup-login-box" class="font-xs mobile-off"><a href="/pmwiki/login.php" class="hover-underline bold"
data-modal-target="signup">${tvSide[3]}</a></div><div id="search-box"><form class="search" action="/pmwiki/search_result.php">
<input type="text" name="q" class="search-box" placeholder="Search" value="" required><input type="submit" class="submit-button" value="&#xf002;">
</form></div><div id="random-box"><a href="/pmwiki/randomitem.php?p=1" class="button-random-trope" rel="nofollow">${tvSide[2]}</a></div></div></div></header>
<div id="main-container"><div class="action-bar tablet-off"><div class="action-wrapper">
<a href="#" class="mobile-actionbar-toggle"></a>${tvSide
  .slice(4)
  .map((t) => `<a href="#" class="action-button" data-action="${t.toLowerCase().replace(/ /g, '-')}"><span>${t}</span></a>`)
  .join('')}</div></div>
<div id="main-content" class="page-Article "><article id="main-entry" class="with-sidebar"><input type="hidden" id="groupname-hidden" value="Main">
<input type="hidden" id="title-hidden" value="StubbornLighthouseKeeper"><input type="hidden" id="article_id" value="1847312">
<h1 itemprop="headline" class="entry-title"><strong>Main / </strong>${tvTitle}</h1>
<div class="watch-button-container"><a href="#watch" class="watch-button" data-modal-target="login"><span>${tvSide[0]}</span></a></div>
<nav class="body-options" id="body-options"><ul class="subpage-links">${tvTabs
  .map(
    (t, i) => `<li><a href="/pmwiki/pmwiki.php/${t.replace(/ /g, '')}/StubbornLighthouseKeeper" class="subpage-link${i === 0 ? ' curr-subpage' : ''}">
<span class="wrapper"><span class="spi ${t.toLowerCase().replace(/ /g, '-')}"></span>${t}</span></a></li>`,
  )
  .join('\n')}</ul></nav>
<div id="main-article" class="article-content retro-folders">
<div class="quoteright" style="width:350px;"><a class="twikilink" href="/pmwiki/pmwiki.php/Film/TheLongLightOfSkerrin"><div class="lazy_load_img_box"
style="padding-top:70%"><img src="https://static.tvtropes.org/pmwiki/pub/images/lighthouse_keeper.png" class="embeddedimage" border="0" alt="" width="350"
height="245" loading="lazy"></div></a></div><div class="acaptionright" style="width:350px;">${tvCaption}</div>
<div class="indent"><em>${tvQuote}</em></div><div class="indent">${tvQuoteBy}</div>
${tvP1
  .slice(0, 2)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
${tvAd}
${tvP1
  .slice(2)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
<hr><h2>${tvH2}</h2>
<div class="folderlabel" onclick="toggleAllFolders();">open/close all folders</div>
${tvFolders.slice(0, 2).map(tvFolder).join('\n')}
${tvAd.replace('ad_2', 'ad_3')}
${tvFolders
  .slice(2)
  .map((f, i) => tvFolder(f, i + 2))
  .join('\n')}
</div>
<div class="section-links" itemscope itemtype="https://schema.org/SiteNavigationElement"><div class="titles">${tvCross
  .map((t) => `<div><h3 class="text-center text-uppercase">${t}</h3></div>`)
  .join('')}</div><div class="links">${tvCrossLinks.map((t) => `<ul>${links([t])}</ul>`).join('')}</div></div>
<div class="article-action-bar">${tvActions.map((t) => `<a class="article-action-button" href="#">${t}</a>`).join('')}</div></article>
<div id="main-content-sidebar"><div class="sidebar-item display-options"><ul class="sidebar display-toggles">
<li>Show Spoilers <div id="sidebar-toggle-showspoilers" class="display-toggle show-spoilers"></div></li>
<li>Night Vision <div id="sidebar-toggle-nightvision" class="display-toggle night-vision"></div></li>
<li>Sticky Header <div id="sidebar-toggle-stickyheader" class="display-toggle sticky-header"></div></li>
<li>Wide Load <div id="sidebar-toggle-wideload" class="display-toggle wide-load"></div></li></ul></div>
<div class="sidebar-item sb-ad-unit"><div class="ad-caption">Advertisement:</div><div class="proper-ad-unit"><div
id="proper-ad-tvtropes_ad_1"></div></div></div>
</div></div></div>
<footer id="main-footer"><div id="main-footer-inner"><div class="footer-left"><a href="/" class="img-link"><img data-src="/images/logo-white-big.png"
class="lazy-image" alt="TV Tropes"></a><form action="//tvtropes.us8.list-manage.com/subscribe/post" method="post" id="mc-embedded-subscribe-form">
<label for="subscription-email" class="sr-only">Subscribe</label><input id="subscription-email" type="email" placeholder="Email address">
<button class="btn-submit newsletter-signup-submit-button" type="submit">Get Known</button></form></div>
<div class="footer-right"><ul class="footer-menu">${links(tvFoot)}</ul></div>
<div id="desktop-on-mobile-toggle" class="text-center gutter-top gutter-bottom tablet-on"><a href="/pmwiki/switchDeviceCss.php?mobileVersion=1"
rel="nofollow">Switch to Desktop Version</a></div><div class="legal"><p>${tvLicence}</p></div></div></footer>
<div id="qc-cmp2-container" data-nosnippet=""><div class="qc-cmp2-summary-section" role="dialog" aria-label="${tvConsent[0]}">
<h2 class="qc-cmp2-summary-title">${tvConsent[0]}</h2><p class="qc-cmp2-summary-info">${tvConsent[1]}</p>
<div class="qc-cmp2-summary-buttons"><button mode="secondary" size="large">${tvConsent[2]}</button><button mode="primary" size="large">${tvConsent[3]}</button>
</div></div></div>
<script src="/design/assets/bundle.js?rev=9c41d2"></script></body></html>`;

export const tvTropesPage: TestPage = {
  name: 'heldout163-tvtropes-trope-page',
  kind: 'wiki',
  html: tvHtml,
  // the h1's "Main / " namespace prefix is in neither list; the epigraph quote and its attribution, the description and every
  // example (folder items, spoilers included) are body, and the folder labels are headings after "Examples:"
  title: tvTitle,
  headings: [tvH2, ...texts(tvFolders.map((f) => f.label))],
  body: texts([tvQuote, tvQuoteBy, ...tvP1, ...tvFolders.flatMap((f) => f.items)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...tvNav, 'Login', 'Random', 'Create New', 'Jump To', 'Report Page', 'Follow TV Tropes', ...tvTabs.slice(1, 5), tvCaption, 'Advertisement:',
    'open/close all folders', ...tvCross, ...tvCrossLinks, ...tvActions, 'Show Spoilers', 'Night Vision', 'Sticky Header', 'Wide Load', 'Get Known',
    ...tvFoot, 'Switch to Desktop Version', tvLicence, ...tvConsent,
  ],
};
