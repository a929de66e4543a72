import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, gold, j, lis } from './pages-heldout712-kit.js';

/**
 * Held-out batch 712, file d: the heating schedules page of a smart radiator valve's manual on Docsify (rendered page as
 * saved: app nav with a language dropdown, sidebar with the app name in an h1 and the page's sub-sidebar, search box, tip
 * and warn paragraphs, a table, a Prism code block with the copy-code button, a "Last modified · Edit this page" line added
 * inside the article by a plugin, and the pagination plugin), and the part of a district council's planning guide about
 * single-storey rear extensions on LocalGov Drupal, the GOV.UK-style Drupal distribution (cookie banner, alert banner,
 * breadcrumb, guide contents, inset and warning text, previous / next, last updated line, feedback box, related links).
 */
const dTitle = 'Heating schedules';
const dIntro = j(
  'A schedule tells your Thermle V2 valves what temperature each room should be at different times of the day. Each room has its',
  'own schedule, and every valve in the room follows it. Schedules are stored on the valves themselves, so they keep working if your',
  'Wi-Fi or the Thermle Bridge goes offline.',
);
const dTip = j(
  'If you have just installed your valves, run the calibration in <a href="#/fitting">Fitting the valve</a> first. A schedule will',
  'not start until every valve in the room has been calibrated.',
);
const dSteps = [
  'Open the Thermle app and tap the room you want to schedule.',
  'Tap <strong>Schedule</strong>, then <strong>Create schedule</strong>.',
  'Choose a starting template: <strong>Workday</strong>, <strong>Home all day</strong> or <strong>Blank</strong>.',
  'Drag the blocks on the timeline to set when each period starts and ends, and tap a block to change its temperature.',
  'Tap <strong>Save</strong>. The app sends the schedule to every valve in the room, which can take up to two minutes.',
];
const dAfterSteps = j(
  'You can add up to eight periods a day. Periods without a set temperature use the room’s eco temperature, which is 16°C unless',
  'you change it in <strong>Room settings</strong>.',
);
const dCopy = j(
  'Most homes use the same pattern on weekdays. Once Monday is set up, tap the <strong>⋯</strong> menu on that day, choose',
  '<strong>Copy to</strong> and pick the days to copy it to. Copying replaces any schedule those days already had.',
);
const dLimits = j(
  'Each valve accepts target temperatures between 5°C and 30°C in steps of 0.5°C. Anything lower is treated as <em>Off</em>, which',
  'still opens the valve if the room drops below the frost protection temperature.',
);
const dTable = [
  ['Setting', 'Default', 'Range'],
  ['Comfort temperature', '20°C', '5–30°C'],
  ['Eco temperature', '16°C', '5–30°C'],
  ['Frost protection', '7°C', '5–12°C'],
  ['Boost duration', '30 min', '5–90 min'],
];
const dWarn = j(
  'Do not set frost protection below 7°C in rooms with pipes on outside walls. Damage from frozen pipes is not covered by the',
  'Thermle warranty.',
);
const dApi = j(
  'If you use a home automation system, you can write a room’s schedule with a single request to the bridge. The schedule is a',
  'list of periods for each day, with start times in 24-hour format:',
);
const dCode = [
  'PUT /api/v1/rooms/3/schedule',
  '{',
  '  "mon": [',
  '    { "start": "06:30", "temp": 20.5 },',
  '    { "start": "08:30", "temp": 16 },',
  '    { "start": "17:30", "temp": 21 },',
  '    { "start": "22:30", "temp": 16 }',
  '  ]',
  '}',
];
const dApi2 = j(
  'The bridge answers with <code>200 OK</code> and the stored schedule. Days you leave out keep their current schedule. See',
  '<a href="#/local-api">Local API</a> for authentication and the full list of endpoints.',
);
const dPause = j(
  'Tap <strong>Pause</strong> on the room card to hold the current temperature until you resume the schedule, or use Away mode to',
  'set every room to its eco temperature at once. Open window detection also pauses heating in a room for 15 minutes when it sees',
  'the temperature fall quickly.',
);
const dHeads = [
  'Creating a schedule',
  'Copying a schedule to other days',
  'Temperature limits',
  'Setting schedules through the local API',
  'Pausing a schedule',
];
const dSide: [string, string[]][] = [
  ['Getting started', ['Overview', 'What’s in the box', 'Fitting the valve', 'Pairing with the bridge']],
  ['Using your valves', ['Heating schedules', 'Boost and away mode', 'Open window detection', 'Batteries and maintenance']],
  ['Advanced', ['Local API', 'Home Assistant', 'Troubleshooting', 'Safety and warranty']],
];
const dLangs = ['Deutsch', 'Nederlands', 'Français'];
const slugOf = (t: string): string => t.toLowerCase().replace(/[^a-z0-9]+/g, '-');
const dH = (t: string, level = 2): string =>
  `<h${level} id="${slugOf(t)}"><a href="#/schedules?id=${slugOf(t)}" data-id="${slugOf(t)}" class="anchor"><span>${t}</span></a></h${level}>`;
const tokClass = (m: string, next: string): string =>
  m.startsWith('"') ? (next === ':' ? 'property' : 'string') : /\d/.test(m) ? 'number' : m === ':' ? 'operator' : 'punctuation';
const tok = (line: string, i: number): string =>
  i === 0
    ? line
    : line.replace(
        /"[^"]*"|\d+(?:\.\d+)?|[{}[\],:]/g,
        (m: string, off: number) => `<span class="token ${tokClass(m, line.charAt(off + m.length))}">${m}</span>`,
      );
const dHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><title>Heating schedules - Thermle V2 manual</title>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><meta name="description" content="User manual for the Thermle V2 smart radiator valve">
<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0">
<link rel="stylesheet" href="//cdn.jsdelivr.net/npm/docsify@4/lib/themes/vue.css">
<link rel="stylesheet" href="//cdn.jsdelivr.net/npm/docsify-pagination@2/dist/docsify-pagination.min.css"><link rel="stylesheet" href="assets/thermle.css">
<style>:root { --theme-color: #e0592a; }</style></head>
<body class="ready sticky"><div class="progress" style="opacity: 0; width: 0%;"></div><main><button class="sidebar-toggle" aria-label="Menu"><div
class="sidebar-toggle-button"><span></span><span></span><span></span></div></button>
<aside class="sidebar"><div class="search"><div class="input-wrap"><input type="search" value="" aria-label="Search text" placeholder="Search"><div
class="clear-button"><svg width="26" height="24"><circle cx="12" cy="12" r="11" fill="#ccc"></circle></svg></div></div><div class="results-panel"></div></div>
<h1 class="app-name"><a class="app-name-link" data-nosearch href="#/">Thermle V2 manual</a></h1>
<div class="sidebar-nav"><ul>${dSide
  .map(
    ([g, items]) =>
      `<li><strong>${g}</strong><ul>${items
        .map((t) =>
          t === dTitle
            ? `<li class="active"><a href="#/schedules" title="${t}">${t}</a><ul class="app-sub-sidebar">${dHeads
                .map((h) => `<li><a class="section-link" href="#/schedules?id=${slugOf(h)}" title="${h}">${h}</a></li>`)
                .join('')}</ul></li>`
            : `<li><a href="#/${slugOf(t)}" title="${t}">${t}</a></li>`,
        )
        .join('\n')}</ul></li>`,
  )
  .join('\n')}</ul></div></aside>
<section class="content"><nav class="app-nav no-badge"><ul><li><a href="#/">Manual</a></li><li><a href="https://thermle.example/support"
target="_blank" rel="noopener">Support</a></li><li><p>English</p><ul>${dLangs
  .map((l) => `<li><a href="#/${l.slice(0, 2).toLowerCase()}/" title="${l}">${l}</a></li>`)
  .join('')}</ul></li></ul></nav>
<a href="https://github.com/thermle/v2-manual" class="github-corner" aria-label="View source on Github"><svg viewBox="0 0 250 250" aria-hidden="true"><path
d="M0,0 L115,115 L130,115 L142,142 L250,250 L250,0 Z"></path></svg></a>
<article class="markdown-section" id="main">
<h1 id="heating-schedules"><a href="#/schedules?id=heating-schedules" data-id="heating-schedules" class="anchor"><span>${dTitle}</span></a></h1>
<p>${dIntro}</p>
<p class="tip">${dTip}</p>
${dH(at(dHeads, 0))}
<ol>${lis(dSteps)}</ol>
<p>${dAfterSteps}</p>
${dH(at(dHeads, 1))}
<p>${dCopy}</p>
${dH(at(dHeads, 2))}
<p>${dLimits}</p>
<table><thead><tr>${(dTable[0] ?? []).map((c) => `<th>${c}</th>`).join('')}</tr></thead><tbody>${dTable
  .slice(1)
  .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
  .join('\n')}</tbody></table>
<p class="warn">${dWarn}</p>
${dH(at(dHeads, 3))}
<p>${dApi}</p>
<pre v-pre data-lang="json"><code class="lang-json">${dCode.map(tok).join('\n')}</code><button
class="docsify-copy-code-button"><span class="label">Copy to clipboard</span><span class="error" aria-hidden="true">Copy failed</span><span class="success"
aria-hidden="true">Copied</span></button></pre>
<p>${dApi2}</p>
${dH(at(dHeads, 4))}
<p>${dPause}</p>
<hr>
<p class="page-meta">Last modified 2027-02-14 · <a href="https://github.com/thermle/v2-manual/blob/main/docs/schedules.md" target="_blank" rel="noopener">✏️
Edit this page</a></p>
<div class="docsify-pagination-container"><div class="pagination-item pagination-item--previous"><a href="#/pairing-with-the-bridge"><div
class="pagination-item-label"><svg class="icon" width="10" height="16" viewBox="0 0 10 16"><polyline fill="none" vector-effect="non-scaling-stroke"
points="8,2 2,8 8,14"></polyline></svg><span>Previous</span></div><div class="pagination-item-title">Pairing with the bridge</div></a></div><div
class="pagination-item pagination-item--next"><a href="#/boost-and-away-mode"><div class="pagination-item-label"><span>Next</span><svg width="10" height="16"
viewBox="0 0 10 16" class="icon"><polyline fill="none" vector-effect="non-scaling-stroke" points="2,2 8,8 2,14"></polyline></svg></div><div
class="pagination-item-title">Boost and away mode</div></a></div></div>
</article></section></main>
<script>window.$docsify = { name: 'Thermle V2 manual', repo: 'thermle/v2-manual', loadSidebar: true, loadNavbar: true, subMaxLevel: 2, auto2top: true,
search: { placeholder: 'Search', noData: 'No results' }, pagination: { previousText: 'Previous', nextText: 'Next', crossChapter: true },
formatUpdated: '{YYYY}-{MM}-{DD}', plugins: [function (hook, vm) { hook.beforeEach(function (md) { return md + '\\n\\n----\\n\\n' +
'<p class="page-meta">Last modified {docsify-updated} · [✏️ Edit this page](https://github.com/thermle/v2-manual/blob/main/docs/' + vm.route.file + ')</p>';
}); }] };</script>
<script src="//cdn.jsdelivr.net/npm/docsify@4"></script><script src="//cdn.jsdelivr.net/npm/docsify/lib/plugins/search.min.js"></script>
<script src="//cdn.jsdelivr.net/npm/prismjs@1/components/prism-json.min.js"></script>
<script src="//cdn.jsdelivr.net/npm/docsify-copy-code@3"></script>
<script src="//cdn.jsdelivr.net/npm/docsify-pagination@2/dist/docsify-pagination.min.js"></script>
</body></html>`;
const docsify: TestPage = gold({
  name: 'heldout712-docsify-heating-schedules',
  kind: 'docs',
  html: dHtml,
  title: dTitle,
  headings: dHeads,
  body: texts([dIntro, dTip, ...dSteps, dAfterSteps, dCopy, dLimits, ...dTable.map((r) => r.join(' ')), dWarn, dApi, dCode.join(' '), dApi2, dPause]),
  bylines: ['Last modified 2027-02-14'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Thermle V2 manual', ...dSide.flatMap(([g, items]) => [g, ...items]), 'Manual', 'Support', 'English', ...dLangs, 'Copy to clipboard',
    'Edit this page', 'Previous', 'Pairing with the bridge', 'Next', 'Boost and away mode',
  ],
});

const gGuide = 'Extending your home';
const gPart = 'Single-storey rear extensions';
const gIntro = [
  j(
    'Many single-storey rear extensions can be built without planning permission under permitted development rights. Whether',
    'yours can depends on the type of house, how far the extension projects from the original rear wall, its height and what it is',
    'built from.',
  ),
  j(
    'The “original” house means the house as it was first built, or as it stood on 1 July 1948 if it was built before then.',
    'Extensions added by previous owners count towards the limits.',
  ),
];
const gH3 = ['Size limits', 'The larger home extension scheme', 'When you will need planning permission', 'Check before you build'];
const gSize = 'Under permitted development, a single-storey rear extension must not extend beyond the rear wall of the original house by more than:';
const gTable = [
  ['House type', 'Standard limit', 'With prior approval'],
  ['Detached', '4 metres', '8 metres'],
  ['Semi-detached', '3 metres', '6 metres'],
  ['Terraced', '3 metres', '6 metres'],
];
const gSize2 = j(
  'The extension must be no higher than 4 metres, and no higher than 3 metres at the eaves if it is within 2 metres of a',
  'boundary. Together with any other buildings, it must not cover more than half of the land around the original house.',
);
const gLarger = j(
  'To build an extension between the standard limit and the larger limit, you must tell us before you start by applying for prior',
  'approval. We will write to your neighbours, who then have 21 days to comment. If anyone objects, we will decide whether the',
  'extension’s effect on their homes is acceptable.',
);
const gInset = j(
  'You must not start work until we have told you that prior approval is not required or has been given, or until 42 days have',
  'passed without a decision. Work started early may need a full planning application.',
);
const gNeedIntro = 'You will need to apply for householder planning permission if:';
const gNeed = [
  'your house is a listed building, or is in one of the district’s 14 conservation areas and the extension would be clad in different materials',
  'your property is a flat or maisonette, because permitted development rights do not apply to flats',
  j(
    'permitted development rights have been removed by a condition on an earlier planning permission or by an Article 4 direction,',
    'as they have on the Hollins Park estate',
  ),
  'the extension would be more than 4 metres high or would include a balcony or raised veranda',
];
const gWarn = j(
  'Permitted development rights only cover planning. Almost all extensions need Building Regulations approval, and work on or near',
  'a shared wall may need a party wall agreement.',
);
const gCheck = [
  j(
    'If you are not sure whether your extension needs permission, you can apply for a lawful development certificate. It costs half',
    'the fee of a householder application and gives you legal proof that the work was lawful, which buyers’ solicitors often ask',
    'for when you sell.',
  ),
  'You can apply for a lawful development certificate through the <a href="https://www.planningportal.example/">Planning Portal</a>.',
];
const gParts = [
  'Overview',
  'Permitted development',
  gPart,
  'Two-storey and side extensions',
  'Loft conversions and dormers',
  'Applying for householder planning permission',
];
const gNav = ['Bins and recycling', 'Council tax', 'Housing', 'Planning and building control', 'Parking and roads', 'Jobs and careers'];
const gRelated = ['Apply for planning permission', 'Building control', 'Party wall agreements', 'Planning enforcement'];
const gFoot = ['Accessibility statement', 'Contact us', 'Cookies', 'Privacy notice', 'Sitemap'];
const gHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8">
<meta name="description" content="Find out whether your single-storey rear extension needs planning permission.">
<link rel="canonical" href="https://www.wexcombe.gov.uk/planning/extending-your-home/single-storey-rear-extensions">
<meta property="og:site_name" content="Wexcombe District Council"><meta property="og:title" content="${gPart}">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><meta name="MobileOptimized" content="width"><meta name="HandheldFriendly" content="true">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><title>${gPart} | ${gGuide} | Wexcombe District Council</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_f0pQk3yXWlh7E2mD1nR9sT.css?delta=0&amp;language=en&amp;theme=wexcombe&amp;include=eJxt">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/4127","currentLanguage":"en"},
"eu_cookie_compliance":{"cookie_policy_version":"1.0.0","popup_enabled":true,"method":"opt_in"},"localgov_alert_banner":{"token":"a81c"},
"user":{"uid":0,"permissionsHash":"5b2d"}}</script></head>
<body class="path-node page-node-type-localgov-guides-page">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info eu-cookie-compliance-banner--opt-in" role="banner"><div class="popup-content info
eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message" role="document"><h2>Cookies on wexcombe.gov.uk</h2><p>We use some
essential cookies to make this website work. We’d also like to set analytics cookies to help us improve it.</p><button type="button" class="find-more-button
eu-cookie-compliance-more-button">Read our cookie policy</button></div><div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button"
class="agree-button eu-cookie-compliance-secondary-button">Accept analytics cookies</button><button type="button" class="decline-button
eu-cookie-compliance-default-button">Reject analytics cookies</button></div></div></div>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="page-wrapper">
<header class="lgd-header"><div class="lgd-container padding-horizontal"><div class="lgd-header__inner"><div class="lgd-header__site-logo"><a href="/"
rel="home" class="lgd-header__logo"><img src="/themes/custom/wexcombe/logo.svg" alt="Wexcombe District Council logo" width="180" height="60"><span
class="visually-hidden">Wexcombe District Council home page</span></a></div>
<button class="lgd-header__toggle" aria-controls="lgd-header__nav--primary" aria-expanded="false"><span class="lgd-header__toggle-icon"></span><span
class="lgd-header__toggle-text">Menu</span></button>
<div class="lgd-header__search"><form action="/search" method="get" class="localgov-search-form"><label for="edit-s" class="visually-hidden">Search</label>
<input
type="search" id="edit-s" name="s" placeholder="Search this site"><button type="submit" class="localgov-search-button">Search</button></form></div>
</div><nav class="lgd-header__nav lgd-header__nav--primary" id="lgd-header__nav--primary" aria-label="Main navigation"><ul class="lgd-header__nav-list">${links(
  gNav,
  'lgd-header__nav-item',
)}</ul></nav></div></header>
<div class="localgov-alert-banner localgov-alert-banner--minor" role="region" aria-label="Alert"><div class="lgd-container padding-horizontal"><div
class="localgov-alert-banner__title"><h2>Planning Portal maintenance</h2></div><div class="localgov-alert-banner__content"><p>Online planning applications will
be
unavailable from 6pm on Friday 12 March until 8am on Monday 15 March.</p></div><button class="localgov-alert-banner__hide js-localgov-alert-banner__close"
data-dismiss-alert-token="a81c">Hide</button></div></div>
<div class="lgd-region lgd-region--breadcrumb"><div class="lgd-container padding-horizontal"><nav class="breadcrumb" aria-labelledby="system-breadcrumb"><h2
id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol><li><a href="/">Home</a></li><li><a href="/planning">Planning and building control</a></li>
<li><a
href="/planning/planning-permission">Planning permission</a></li><li><a href="/planning/extending-your-home">${gGuide}</a></li></ol></nav></div></div>
<main class="main" id="main-content" tabindex="-1"><div class="lgd-container padding-horizontal"><div class="lgd-row"><div class="lgd-row__full">
<div class="lgd-region lgd-region--content-top"><div class="lgd-page-title-block"><h1 class="lgd-page-title-block__title">${gGuide}</h1></div></div>
<div class="lgd-row"><div class="lgd-row__two-thirds"><div class="lgd-region lgd-region--content region region-content">
<article class="lgd-guide localgov-guides-page"><nav class="lgd-guide__nav" aria-labelledby="guide-contents-title"><h2 class="lgd-guide__nav-title"
id="guide-contents-title">Contents</h2><ol class="lgd-guide__list">${gParts
  .map((p, i) =>
    p === gPart
      ? `<li class="lgd-guide__list-item lgd-guide__list-item--active"><span aria-current="page">${i + 1}. ${p}</span></li>`
      : `<li class="lgd-guide__list-item"><a href="/planning/extending-your-home/${slugOf(p)}">${i + 1}. ${p}</a></li>`,
  )
  .join('\n')}</ol></nav>
<div class="lgd-guide__content"><h2 class="lgd-guide__title">${gPart}</h2>
<div class="lgd-prose field--name-body">
${ps(gIntro)}
<h3>${at(gH3, 0)}</h3>
<p>${gSize}</p>
<table class="table"><thead><tr>${(gTable[0] ?? []).map((c) => `<th scope="col">${c}</th>`).join('')}</tr></thead><tbody>${gTable
  .slice(1)
  .map(
    (r) =>
      `<tr><th scope="row">${r[0] ?? ''}</th>${r
        .slice(1)
        .map((c) => `<td>${c}</td>`)
        .join('')}</tr>`,
  )
  .join('\n')}</tbody></table>
<p>${gSize2}</p>
<h3>${at(gH3, 1)}</h3>
<p>${gLarger}</p>
<div class="callout callout-primary"><p>${gInset}</p></div>
<h3>${at(gH3, 2)}</h3>
<p>${gNeedIntro}</p>
<ul>${lis(gNeed)}</ul>
<div class="govuk-warning-text"><span class="govuk-warning-text__icon" aria-hidden="true">!</span><strong class="govuk-warning-text__text"><span
class="govuk-warning-text__assistive">Warning</span>${gWarn}</strong></div>
<h3>${at(gH3, 3)}</h3>
${ps(gCheck)}
</div>
<nav class="lgd-guide__pagination" aria-label="Guide pages"><ul><li class="lgd-guide__pagination-item lgd-guide__pagination-item--previous"><a
href="/planning/extending-your-home/permitted-development" rel="prev"><span class="lgd-guide__pagination-label">Previous</span> <span
class="lgd-guide__pagination-title">Permitted development</span></a></li><li class="lgd-guide__pagination-item lgd-guide__pagination-item--next"><a
href="/planning/extending-your-home/two-storey-and-side-extensions" rel="next"><span class="lgd-guide__pagination-label">Next</span> <span
class="lgd-guide__pagination-title">Two-storey and side extensions</span></a></li></ul></nav>
<p class="lgd-guide__print"><a href="/planning/extending-your-home/print">View a printable version of the whole guide</a></p>
</div></article>
<div class="lgd-page-last-updated"><p>Page last updated: 9 February 2027</p></div>
<div class="localgov-page-feedback"><h2 class="localgov-page-feedback__title">Was this page helpful?</h2><div class="localgov-page-feedback__buttons"><button
type="button" value="yes">Yes</button><button type="button" value="no">No</button></div><p><a href="/report-a-problem?page=4127">Report a problem with this
page</a></p></div>
</div></div>
<div class="lgd-row__one-third"><aside class="lgd-region lgd-region--sidebar"><nav class="localgov-related-links" aria-labelledby="related-links-title"><h2
id="related-links-title" class="localgov-related-links__title">Related links</h2><ul>${links(gRelated)}</ul></nav></aside></div></div>
</div></div></div></main>
<footer class="lgd-footer"><div class="lgd-container padding-horizontal"><div class="lgd-footer__address"><p>Wexcombe District Council, Civic Centre, Market
Street, Wexcombe WX1 2DC</p><p>Telephone: 01632 960 420</p></div><nav class="lgd-footer__nav" aria-label="Footer"><ul>${links(gFoot)}</ul></nav>
<p class="lgd-footer__powered">Powered by <a href="https://localgovdrupal.org">LocalGov Drupal</a></p></div></footer></div></div>
<script src="/sites/default/files/js/js_Qz3k1mYyZr0e.js?scope=footer&amp;delta=0&amp;language=en&amp;theme=wexcombe&amp;include=eJxt"></script></body></html>`;
const localgov: TestPage = gold({
  name: 'heldout712-localgov-rear-extensions',
  kind: 'docs',
  html: gHtml,
  title: gGuide,
  headings: [gPart, ...gH3],
  body: texts([...gIntro, gSize, ...gTable.map((r) => r.join(' ')), gSize2, gLarger, gInset, gNeedIntro, ...gNeed, gWarn, ...gCheck]),
  bylines: ['Page last updated: 9 February 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Cookies on wexcombe.gov.uk',
    'We use some essential cookies to make this website work. We’d also like to set analytics cookies to help us improve it.', 'Read our cookie policy',
    'Accept analytics cookies', 'Reject analytics cookies', 'Wexcombe District Council home page', 'Menu', 'Search', ...gNav,
    'Planning Portal maintenance', 'Online planning applications will be unavailable from 6pm on Friday 12 March until 8am on Monday 15 March.', 'Hide',
    'Breadcrumb', 'Home', 'Planning permission', 'Contents', ...gParts.map((p, i) => `${i + 1}. ${p}`), 'Warning', 'Previous', 'Next',
    'View a printable version of the whole guide', 'Was this page helpful?', 'Yes', 'No', 'Report a problem with this page', 'Related links', ...gRelated,
    'Wexcombe District Council, Civic Centre, Market Street, Wexcombe WX1 2DC', 'Telephone: 01632 960 420', ...gFoot, 'Powered by LocalGov Drupal',
  ],
});

export const HELDOUT712_D: readonly TestPage[] = [docsify, localgov];
