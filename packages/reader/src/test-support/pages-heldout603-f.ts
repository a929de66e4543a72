import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout603-kit.js';

/**
 * Held-out batch 603, file f: a local history wiki's article on a lawn tennis club on MediaWiki (Vector 2022 skin, infobox,
 * sidebar contents, categories), and a padel club's corporate events landing page on HubSpot CMS with a quote form.
 */
const mTitle = 'Harrow Lane Lawn Tennis Club';
const mLead = j(
  "<b>Harrow Lane Lawn Tennis Club</b> is a members' tennis club on Harrow Lane in the north of Marlow Heath. It was founded in",
  '1897 and is the oldest sports club in the town still playing on its original site.',
);
const mSecs: [string, string[]][] = [
  [
    'History',
    [
      j(
        'The club was founded by a group of teachers from the Marlow Heath grammar school, who rented two grass courts from the',
        "Ashby estate for £4 a year. A wooden pavilion was built in 1902 and is still used as the club's tea room.",
      ),
      j(
        'During the Second World War the courts were dug up for allotments, and play did not restart until 1948. In 1974 the',
        'club bought the freehold of the ground from the estate with the help of a loan from its members.',
      ),
    ],
  ],
  [
    'Courts and facilities',
    [
      j(
        'The club has three grass courts, used from May to September, and four all-weather courts laid in 1991 and floodlit',
        'since 2008. A clubhouse was added next to the pavilion in 2012.',
      ),
    ],
  ],
  ['Notable members', ['Edith Carrow-Blake, county champion in 1923 and 1925, was a member for over sixty years and is remembered in the Carrow Cup.']],
];
const mInfo = [
  ['Founded', '1897'],
  ['Location', 'Harrow Lane, Marlow Heath'],
  ['Courts', '3 grass, 4 all-weather'],
];
const mSide = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const mTools = ['Page', 'Discussion', 'Read', 'Edit', 'View history'];
const mCats = ['Sports clubs', 'Founded in 1897', 'Harrow Lane'];
const mFoot = ['Privacy policy', 'About Marlow Heath Wiki', 'Disclaimers'];
const mHead = (h: string): string => {
  const id = h.replace(/ /g, '_');
  return `<h2><span class="mw-headline" id="${id}">${h}</span><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>
<a href="/index.php?title=Harrow_Lane_Lawn_Tennis_Club&amp;action=edit&amp;section=1" title="Edit section: ${h}">edit</a>
<span class="mw-editsection-bracket">]</span></span></h2>`;
};
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-toc-available" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${mTitle} - Marlow Heath Wiki</title>
<script>(function(){var className="client-js";document.documentElement.className=className;}());RLCONF={"wgPageName":"Harrow_Lane_Lawn_Tennis_Club",
"wgTitle":"Harrow Lane Lawn Tennis Club","wgCurRevisionId":4821,"wgCategories":["Sports clubs","Founded in 1897","Harrow Lane"]};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=site.styles%7Cskins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.1"><link rel="edit" title="Edit" href="/index.php?title=Harrow_Lane_Lawn_Tennis_Club&amp;action=edit"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Harrow_Lane_Lawn_Tennis_Club
 rootpage-Harrow_Lane_Lawn_Tennis_Club skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<div class="vector-header-container"><header class="vector-header mw-header"><div class="vector-header-start"><nav class="vector-main-menu-landmark"
 aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown" title="Main menu">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" class="vector-dropdown-checkbox" aria-label="Main menu">
<label id="vector-main-menu-dropdown-label" for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label" aria-hidden="true">
<span class="vector-icon mw-ui-icon-menu"></span><span class="vector-dropdown-label-text">Main menu</span></label><div class="vector-dropdown-content">
<div id="vector-main-menu" class="vector-main-menu vector-pinnable-element"><div class="vector-pinnable-header-label">Main menu</div>
<div id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation"><div class="vector-menu-heading">Navigation</div>
<div class="vector-menu-content"><ul class="vector-menu-content-list">${links(mSide, 'mw-list-item')}</ul></div></div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container"><strong class="mw-logo-wordmark">Marlow Heath Wiki</strong></span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box-show-thumbnail vector-search-box">
<h3>Search</h3><form action="/index.php" id="searchform" class="cdx-search-input cdx-search-input--has-end-button"><input class="cdx-text-input__input"
 type="search" name="search" placeholder="Search Marlow Heath Wiki" aria-label="Search Marlow Heath Wiki" id="searchInput">
<button class="cdx-button cdx-search-input__end-button">Search</button></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><ul>${links(['Create account', 'Log in'], 'mw-list-item')}</ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-column-start"><div class="vector-sticky-pinned-container">
<nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark"><div id="vector-toc"
class="vector-toc vector-pinnable-element">
<div class="vector-pinnable-header vector-toc-pinnable-header vector-pinnable-header-pinned"><h2 class="vector-pinnable-header-label">Contents</h2>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div><ul class="vector-toc-contents"
id="mw-panel-toc-list">
<li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#" class="vector-toc-link"><div
class="vector-toc-text">(Top)</div></a></li>
${mSecs
  .map(
    ([h], i) => `<li id="toc-${h.replace(/ /g, '_')}" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link"
 href="#${h.replace(/ /g, '_')}"><div class="vector-toc-text"><span class="vector-toc-numb">${i + 1}</span>${h}</div></a></li>`,
  )
  .join('\n')}
</ul></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body" role="main"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><div class="vector-page-toolbar-container"><nav
aria-label="Namespaces"><ul>${links(mTools.slice(0, 2), 'vector-tab-noicon')}</ul>
</nav><nav aria-label="Views"><ul>${links(mTools.slice(2), 'vector-tab-noicon')}</ul></nav></div></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading"><div id="siteSub" class="noprint">From Marlow Heath Wiki</div>
<div id="contentSub"><div id="mw-content-subtitle"></div></div><div id="mw-content-text" class="mw-body-content">
<div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr"><table class="infobox vcard"><tbody><tr><th colspan="2"
class="infobox-above fn org">${mTitle}</th></tr>
${mInfo.map(([k, v]) => `<tr><th scope="row" class="infobox-label">${k}</th><td class="infobox-data">${v}</td></tr>`).join('\n')}</tbody></table>
<p>${mLead}</p>
<meta property="mw:PageProp/toc">
${mSecs.map(([h, ps2]) => `${mHead(h)}\n${ps(ps2)}`).join('\n')}
<!-- NewPP limit report Parsed by mw1 Cached time: 20270604140201 --></div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
 title="Special:Categories">Categories</a>: <ul>${links(mCats)}</ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 4 June 2027, at 14:02.</li>
<li id="footer-info-copyright">Content is available under <a class="external"
href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons Attribution-ShareAlike</a>
 unless otherwise noted.</li></ul><ul id="footer-places">${links(mFoot)}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico">
<a href="https://www.mediawiki.org/"><img src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88"
height="31"></a></li></ul></footer></div>
</div></div><script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112});});</script></body></html>`;
const mediawiki: TestPage = {
  name: 'heldout603-mediawiki-club-history',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mSecs.map(([h]) => h),
  body: texts([mLead, ...mSecs.flatMap(([, p]) => p)]),
  bylines: ['This page was last edited on 4 June 2027, at 14:02.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'Navigation', ...mSide, 'Marlow Heath Wiki', 'Search', 'Create account', 'Log in', 'Contents', 'hide', '(Top)', '1', '2',
    '3',
    ...mTools, 'From Marlow Heath Wiki', 'Location', 'Harrow Lane, Marlow Heath', '3 grass, 4 all-weather', 'Categories', 'Sports clubs',
    'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', ...mFoot,
  ],
};

const hTitle = 'Corporate padel days';
const hDek = 'Swap the meeting room for the court. Half-day and full-day events for teams of 8 to 48, with coaching, a tournament and lunch.';
const hH = ['What a day looks like', 'Packages', 'What teams say', 'Get a quote'];
const hP: string[][] = [
  [
    j(
      'Your group arrives to coffee in the lounge. Our coaches split everyone into pairs by level, run a 45-minute taster on the',
      'basics, and then start a round-robin tournament across all eight courts. Nobody needs to have played before.',
    ),
    'Full-day events add lunch on the terrace and an afternoon knockout, with a trophy for the winning pair.',
  ],
  [
    'Half day (3 hours): from £38 per person, including coaching, equipment and refreshments.',
    'Full day (6 hours): from £72 per person, including lunch and the afternoon tournament.',
    'Private hire of the whole centre is available on weekday evenings for groups of up to 60.',
  ],
  [
    j(
      '"Half of our team had never held a racket. By the final everyone was shouting for each other. Best away day we have had."',
      '– Head of People, Calder Freight',
    ),
  ],
  ['Tell us a little about your group and we will reply within one working day with dates and a price.'],
];
const hNav = ['Play', 'Coaching', 'Corporate', 'Membership', 'Contact'];
const hForm = ['First name', 'Last name', 'Work email', 'Company name', 'Group size', 'Preferred date'];
const mod = (id: string, type: string, inner: string): string =>
  j(
    `<div id="hs_cos_wrapper_widget_${id}" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module" style="" data-hs-cos-general-type="widget"`,
    `data-hs-cos-type="module"><span id="hs_cos_wrapper_widget_${id}_" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_${type}" style=""`,
    `data-hs-cos-general-type="widget" data-hs-cos-type="${type}">${inner}</span></div>`,
  );
const row = (n: number, inner: string): string =>
  j(
    `<div class="row-fluid-wrapper row-depth-1 row-number-${n} dnd-section"><div class="row-fluid"><div class="span12 widget-span widget-type-cell dnd-column"`,
    `style="" data-widget-type="cell" data-x="0" data-w="12"><div class="row-fluid-wrapper row-depth-1 row-number-${n + 1} dnd-row"><div class="row-fluid">`,
    `<div class="span12 widget-span widget-type-custom_widget dnd-module" style="" data-widget-type="custom_widget" data-x="0" data-w="12">`,
    `${inner}</div></div></div></div></div></div>`,
  );
const hsHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Corporate Padel Days | Northgate Padel Club</title>
<link rel="shortcut icon" href="https://www.northgatepadel.example/hubfs/favicon.png"><meta name="description" content="${hDek}">
<meta name="viewport" content="width=device-width, initial-scale=1"><script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<link rel="stylesheet" href="/hs-fs/hub/4412087/hub_generated/template_assets/1/65123/main.min.css"><link rel="canonical"
href="https://www.northgatepadel.example/corporate">
<meta property="og:url" content="https://www.northgatepadel.example/corporate"><meta name="generator" content="HubSpot"></head>
<body><div class="body-wrapper hs-content-id-98231774512 hs-site-page page"><div data-global-resource-path="growth-child/templates/partials/header.html">
<header class="header"><a href="#main-content" class="header__skip">Skip to content</a><div class="header__container content-wrapper">
<div class="header__logo header__logo--main"><span id="hs_cos_wrapper_site_logo"
class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-logo"
 data-hs-cos-general-type="widget" data-hs-cos-type="module"><span class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_logo"><a href="/"
 id="hs-link-site_logo" style="border-width:0px;border:0px;"><img src="/hubfs/northgate-logo.svg" class="hs-image-widget"
alt="Northgate Padel Club"></a></span></span>
</div><div class="header__column"><div class="header__row-2"><div class="header--toggle header__navigation--toggle"></div><div
class="header__navigation header--element">
<nav aria-label="Main menu" class="navigation-primary"><ul class="submenu level-1">${links(hNav, 'menu-item hs-skip-lang-url-rewrite')}</ul></nav></div>
<div class="header__button"><a class="button" href="/book">Book a court</a></div></div></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="container-fluid body-container body-container--home"><div class="row-fluid-wrapper">
${row(1, mod('1654', 'rich_text', `<h1>${hTitle}</h1><p>${hDek}</p><p><a class="button" href="#quote">Get a quote</a></p>`))}
${row(3, mod('1655', 'rich_text', `<h2>${hH[0]}</h2>${ps(hP[0] ?? [])}<h2>${hH[1]}</h2><ul>${(hP[1] ?? []).map((t) => `<li>${t}</li>`).join('')}</ul>`))}
${row(5, mod('1656', 'rich_text', `<h2>${hH[2]}</h2><blockquote><p>${hP[2]?.[0]}</p></blockquote>`))}
${row(
  7,
  mod(
    '1657',
    'form',
    `<h2 id="quote">${hH[3]}</h2><p>${hP[3]?.[0]}</p><div id="hs_form_target_widget_1657"><form novalidate accept-charset="UTF-8"
 action="https://forms.hsforms.com/submissions/v3/public/submit/formsnext/multipart/4412087/8f1c"
class="hs-form-private hsForm_8f1c hs-form stacked hs-custom-form">
${hForm
  .map(
    (f) => `<div class="hs_${f.toLowerCase().replace(/ /g, '_')} hs-form-field"><label><span>${f}</span><span class="hs-form-required">*</span></label>
<div class="input"><input class="hs-input" type="text" name="${f.toLowerCase().replace(/ /g, '_')}"></div></div>`,
  )
  .join('\n')}
<div class="hs_submit hs-submit"><div class="actions"><input type="submit" class="hs-button primary large" value="Request a quote"></div></div></form></div>`,
  ),
)}
</div></div></main>
<div data-global-resource-path="growth-child/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<p>Northgate Padel Club, 2 Canal Yard, Northgate NG3 8PD</p><p>Open 7am to 11pm, seven days a week</p>
<p>© 2027 Northgate Padel Club Ltd</p></div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" data-hs-not-pinned><div id="hs-eu-cookie-confirmation-inner">
<div id="hs-eu-policy-wording"><p>This website stores cookies on your computer. These cookies are used to improve your website experience.</p></div>
<div id="hs-eu-cookie-confirmation-button-group"><a id="hs-eu-confirmation-button" role="button" href="#">Accept</a>
<a id="hs-eu-decline-button" role="button" href="#">Decline</a></div></div></div>
<script type="text/javascript" id="hs-script-loader" async defer src="/hs/scriptloader/4412087.js"></script>
<script>var hsVars = hsVars || {}; hsVars['language'] = 'en';</script></body></html>`;
const hubspot: TestPage = {
  name: 'heldout603-hubspot-corporate-padel',
  kind: 'blog',
  html: hsHtml,
  title: hTitle,
  headings: hH,
  body: [hDek, ...hP.flat()],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hNav.filter((t) => !['Coaching', 'Corporate'].includes(t)), 'Book a court', ...hForm,
    'Northgate Padel Club, 2 Canal Yard, Northgate NG3 8PD',
    'Open 7am to 11pm, seven days a week', '© 2027 Northgate Padel Club Ltd',
    'This website stores cookies on your computer. These cookies are used to improve your website experience.', 'Accept', 'Decline',
  ],
};

export const HELDOUT603_F: readonly TestPage[] = [mediawiki, hubspot];
