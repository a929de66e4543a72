import { links, type TestPage, texts } from './page-kit.js';
import { at, gold, j } from './pages-heldout707-kit.js';

/**
 * Held-out batch 707, file d: a controller pairing article in a games-hardware maker's help centre, a Salesforce Knowledge
 * article shown on an Experience Cloud site (Aura "Customer Service" template: record layout with field labels, article
 * number, vote widget, related articles), and a public Notion page (notion.site) used as an early-game route guide for a game
 * (page icon, table of contents block, callout, closed toggles, a simple table, captions and sub-page links).
 */
const sTitle = 'Arc Wireless Controller will not pair over Bluetooth';
const sSummary = j(
  'How to fix an Arc Wireless Controller that is not found by your PC, tablet or phone, or that pairs and then disconnects',
  'after a few seconds.',
);
const sApplies = 'Arc Wireless Controller (model PL-AC2); Arc Pro Controller (model PL-AP1)';
const sCause = j(
  'Most pairing problems come from an old pairing record on the device, a controller still connected to a Pelion Dock in the same',
  'room, or firmware older than version 2.4, which had a known problem with some Bluetooth 5.3 adapters.',
);
const sSteps = [
  'Turn the controller off by holding the Pelion button for ten seconds.',
  'On your device, open the Bluetooth settings and remove any entry called Arc Controller or PL-AC2.',
  'Unplug any Pelion Dock within 10 metres, or switch it to standby.',
  'Hold the Pelion button and the Share button together for five seconds, until the light bar flashes blue twice a second.',
  'Select Arc Controller in the list of devices on your PC, tablet or phone. When the light bar stays solid blue, the controller is paired.',
];
const sFirmware = j(
  'If the controller pairs and then drops the connection, update its firmware. Connect it with a USB-C cable to a PC with Pelion',
  'Hub installed, open Devices, and choose Update firmware. The update takes about three minutes. Do not unplug the cable while',
  'the light bar is pulsing white.',
);
const sNote = j(
  'Note: the Arc Wireless Controller can remember one Bluetooth device and one Pelion Dock at a time. Pairing it with a new',
  'Bluetooth device replaces the old one.',
);
const sStill = j(
  'If the controller still does not pair after these steps, reset it by pressing the small button inside the hole on the back',
  'with a straightened paper clip for three seconds, then repeat the pairing steps. If that does not help, contact us and',
  'include the serial number from the label under the rear grip.',
);
const sNav = ['Home', 'Products', 'Downloads', 'Warranty', 'Community'];
const sRelated = [
  'Updating your controller firmware with Pelion Hub',
  'The light bar on my controller is flashing orange',
  'Using the Arc Controller with more than one device',
];
const sTrending = ['Registering a product for warranty', 'Arc Pro back paddles are not responding'];
const sFoot = ['Privacy', 'Terms of Sale', 'Cookie Preferences', 'Accessibility'];
const field = (label: string, value: string, rich = false): string => `<div class="slds-form-element slds-form-element_readonly slds-grow slds-hint-parent
override--slds-form-element"><div class="test-id__field-label-container slds-form-element__label"><span class="test-id__field-label">${label}</span></div>
<div class="slds-form-element__control slds-grid itemBody"><span class="test-id__field-value slds-form-element__static slds-grow word-break-ie11">${
  rich
    ? `<lightning-formatted-rich-text class="slds-rich-text-editor__output"><span>${value}</span></lightning-formatted-rich-text>`
    : `<lightning-formatted-text>${value}</lightning-formatted-text>`
}</span></div></div>`;
const sResolution = `<h3>Why this happens</h3><p>${sCause}</p><h3>Pair the controller again</h3><ol>${sSteps.map((t) => `<li>${t}</li>`).join('')}</ol>
<h3>If it pairs and then disconnects</h3><p>${sFirmware}</p><p><b>${sNote}</b></p><h3>Still not working?</h3><p>${sStill}</p>`;
const sHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Arc Wireless Controller will not pair over Bluetooth</title>
<meta name="description" content="${sSummary}"><meta property="og:title" content="${sTitle}"><meta property="og:type" content="article">
<link rel="canonical" href="https://support.pelion-gaming.example/s/article/Arc-controller-will-not-pair-over-Bluetooth?language=en_US">
<link href="/s/sfsites/c/resource/1712345678000/PelionTheme/styles.css" rel="stylesheet" type="text/css">
<script src="/s/sfsites/l/%7B%22mode%22%3A%22PROD%22%2C%22app%22%3A%22siteforce%3AcommunityApp%22%7D/bootstrap.js"></script>
<script>window.Aura || (window.Aura = {}); window.Aura.bootstrap = {"execBootstrapJs":1712,"execInlineJs":1713};
window.sfdcPage = {"recordId":"ka05g000000XyZAAA0","objectApiName":"Knowledge__kav","pageName":"article__c","language":"en_US"};</script></head>
<body class="comm-body"><div class="siteforceSldsOneCol siteforceThemeLayoutStarter">
<div class="cookie-banner cPelionCookieBanner" role="dialog" aria-label="Cookie consent"><p>We use cookies to make this help centre work and to understand how
it is used.</p><button class="slds-button slds-button_brand">Accept all</button><button class="slds-button slds-button_neutral">Only necessary
cookies</button></div>
<div class="themeHeader"><div class="themeHeaderTopRow"><div class="themeLogo"><a href="/s/" class="comm-navigation__logo">
<img src="/s/sfsites/c/file-asset/pelionlogo" alt="Pelion Support"></a></div>
<div class="themeProfileMenu"><a class="loginLink comm-login-link" href="/s/login/">Log In</a></div></div>
<div class="themeNav"><nav class="forceCommunityThemeNav" aria-label="Navigation"><ul
class="mainNavItems">${links(sNav, 'navItem comm-navigation__item')}</ul></nav>
<div class="search-trigger forceCommunitySearchBox"><div class="uiInput uiAutocomplete uiInput--default"><label class="slds-assistive-text" for="srch">Search
the help
centre</label><input id="srch" class="search-field" type="search" placeholder="Search..."></div></div></div></div>
<div class="cCenterPanel slds-m-top--x-large"><div class="ui-widget"><div class="forceCommunityBreadcrumb"><nav role="navigation" aria-label="Breadcrumbs">
<ol class="slds-breadcrumb slds-list_horizontal"><li class="slds-breadcrumb__item"><a href="/s/">Help Centre</a></li><li class="slds-breadcrumb__item">
<a href="/s/topic/controllers">Controllers</a></li></ol></nav></div></div>
<div class="slds-grid slds-wrap"><div class="slds-col--padded slds-size--12-of-12 slds-medium-size--8-of-12 comm-layout-column">
<div class="forceCommunityArticleView"><div class="article-head selfServiceArticleHeaderDetail"><h1 class="article-head">${sTitle}</h1>
<div class="article-info slds-text-body--small"><span class="uiOutputDateTime">Mar 2, 2027</span><span class="slds-m-horizontal_xx-small">•</span>
<span class="articleType">Troubleshooting</span></div></div>
<div class="selfServiceArticleLayout"><div class="test-id__section slds-section slds-is-open full forcePageBlockSection forcePageBlockSectionView">
<h3 class="test-id__section-header-container slds-section__title"><span class="test-id__section-header-title section-header-title slds-p-horizontal--small
slds-truncate">Information</span></h3><div class="test-id__section-content slds-section__content section__content">
${field('Title', sTitle)}
${field('Summary', sSummary)}
${field('Applies To', sApplies)}
${field('Resolution', sResolution, true)}
${field('Article Number', '000004521')}
${field('Last Published Date', '3/2/2027, 4:18 PM')}
</div></div></div>
<div class="forceCommunityArticleVote"><div class="slds-text-heading--small">Was this article helpful?</div>
<button class="slds-button slds-button--neutral vote-button" aria-pressed="false">Yes</button>
<button class="slds-button slds-button--neutral vote-button" aria-pressed="false">No</button>
<div class="vote-count slds-text-body--small">412 of 530 people found this helpful</div></div></div></div>
<div class="slds-col--padded slds-size--12-of-12 slds-medium-size--4-of-12 comm-layout-column"><div class="forceCommunityRelatedArticles">
<h2 class="slds-text-heading--small">Related Articles</h2><ul>${links(sRelated, 'slds-p-vertical--xx-small')}</ul></div>
<div class="forceCommunityTrendingArticles"><h2 class="slds-text-heading--small">Trending Articles</h2><ul>${links(sTrending)}</ul></div>
<div class="forceCommunityContactSupport cContactCta"><h2>Need more help?</h2><p>Our support team is available every day from 8:00 to 22:00 CET.</p>
<a class="slds-button slds-button_brand" href="/s/contactsupport">Contact Support</a></div></div></div></div>
<div class="cPelionFooter"><ul class="footer-links">${links(sFoot)}</ul><p>© 2027 Pelion Gaming B.V. All rights reserved.</p></div></div>
<script>$A.getCallback(function(){window.__auraReady=true;})();</script></body></html>`;
const salesforce: TestPage = gold({
  name: 'heldout707-salesforce-knowledge-pairing',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: ['Why this happens', 'Pair the controller again', 'If it pairs and then disconnects', 'Still not working?'],
  body: texts([sSummary, sApplies, sCause, ...sSteps, sFirmware, sNote, sStill]),
  bylines: ['Mar 2, 2027', '3/2/2027, 4:18 PM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies to make this help centre work and to understand how it is used.', 'Accept all', 'Only necessary cookies', 'Log In', ...sNav,
    'Search the help centre', 'Help Centre', 'Controllers', 'Troubleshooting', 'Information', 'Title', 'Summary', 'Applies To', 'Resolution',
    'Article Number', '000004521', 'Last Published Date', 'Was this article helpful?', 'Yes', 'No', '412 of 530 people found this helpful',
    'Related Articles', ...sRelated, 'Trending Articles', ...sTrending, 'Need more help?', 'Our support team is available every day from 8:00 to 22:00 CET.',
    'Contact Support', ...sFoot, '© 2027 Pelion Gaming B.V. All rights reserved.',
  ],
});

const nTitle = 'Ashgrove: early-game route (chapters 1 to 3)';
const nIntro = j(
  'This is the route I use on every new save of Ashgrove. It is not the fastest way through the first three chapters, but it',
  'gets you the Lantern Hook, the second satchel upgrade and a full party of four before the Warden fight, which makes the',
  'rest of the game much gentler.',
);
const nCallout = j('Spoiler-light: this guide names places and items but not story events. Boss strategies are on their own pages, linked at', 'the bottom.');
const nSecs: [string, string[], string[]][] = [
  [
    'Chapter 1: the Drowned Mill',
    [
      j(
        'Skip the mill itself at first. Take the footbridge north of the village and talk to the ferryman, Osk, twice. The second',
        'conversation gives you his rope, which you need to reach the chest behind the waterwheel.',
      ),
    ],
    [
      'Open the chest behind the waterwheel for the Lantern Hook.',
      'Buy two Tallow Candles from the village shop before you enter the mill. The lower floor is dark.',
      'Recruit Brannagh in the inn after the mill is cleared. She leaves if you wait until chapter 2.',
    ],
  ],
  [
    'Chapter 2: the Salt Road',
    [
      j(
        'The Salt Road has two routes to Karrow. Take the west road through the marsh: it is longer, but the camps along it sell the',
        'satchel upgrade for 300 crowns, and the east road’s version of the same upgrade costs 750.',
      ),
      j(
        'At the Greywater camp, rest once to trigger the night market. The trader there is the only place to buy Bitter Tonic before',
        'chapter 5, and you will want at least three for the Warden.',
      ),
    ],
    [],
  ],
  [
    'Chapter 3: Karrow and the Warden',
    [
      j(
        'In Karrow, finish the lamplighter’s errands before the cathedral. They take about twenty minutes and the reward, the',
        'Ember Charm, halves the fire damage from the Warden’s second phase.',
      ),
      'What to bring to the Warden fight:',
    ],
    [],
  ],
];
const nTable = [
  ['Item', 'Where', 'Why'],
  ['Bitter Tonic ×3', 'Greywater night market', 'Clears the burn status'],
  ['Ember Charm', 'Lamplighter’s errands, Karrow', 'Halves fire damage'],
  ['Lantern Hook', 'Chest behind the waterwheel', 'Pulls the Warden off its perch'],
];
const nToggles = ['Why not take the east road first?', 'Can I still get Brannagh later?'];
const nEnd = 'Last checked on patch 1.3.2. If something has changed, leave a comment on the guide’s thread on the Ashgrove forums.';
const nCaps = ['The footbridge north of the village. The ferryman stands at the far end.'];
const nSub = ['Boss notes: the Warden', 'Boss notes: the Mire Queen', 'All satchel upgrades'];
const block = (cls: string, inner: string, id = 'x'): string =>
  `<div data-block-id="${id}" class="notion-selectable notion-${cls}-block" style="width: 100%; max-width: 100%; margin-top: 2px; margin-bottom:
1px;">${inner}</div>`;
const leaf = (t: string): string =>
  `<div style="max-width: 100%; width: 100%; white-space: pre-wrap; word-break: break-word; padding: 3px 2px;"><div spellcheck="true" placeholder=" "
data-content-editable-leaf="true" contenteditable="false">${t}</div></div>`;
const text = (t: string): string => block('text', `<div style="color: inherit; fill: inherit;"><div style="display: flex;">${leaf(t)}</div></div>`);
const h = (tag: 'h2' | 'h3', t: string): string =>
  block(
    tag === 'h2' ? 'header' : 'sub_header',
    `<div style="display: flex; width: 100%;"><${tag} spellcheck="true" placeholder="Heading" data-content-editable-leaf="true" contenteditable="false"
class="notranslate" style="max-width: 100%; width: 100%; font-weight: 600; font-size: 1.5em;">${t}</${tag}></div>`,
  );
const bullet = (t: string): string =>
  block(
    'bulleted_list',
    `<div style="display: flex; align-items: flex-start;"><div class="notion-list-item-box-left" style="user-select: none;"><div class="pseudoBefore"
style="font-size: 1.5em; --pseudoBefore--fontFamily: Arial; --pseudoBefore--content: '•';"></div></div><div style="flex: 1 1 0px;">${leaf(t)}</div></div>`,
  );
const toggle = (t: string): string =>
  block(
    'toggle',
    `<div style="display: flex; align-items: flex-start;"><div role="button" tabindex="0" aria-expanded="false" aria-label="Open"
class="notion-toggle-button"><svg role="graphics-symbol" viewBox="0 0 12 12" class="arrowCaretRightFillSmall"></svg></div>
<div style="flex: 1 1 0px;">${leaf(t)}</div></div>`,
  );
const nHtml = `<!DOCTYPE html>
<html lang="en" class="notion-html"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,height=device-height,initial-scale=1,
maximum-scale=1,user-scalable=no,viewport-fit=cover"><title>Ashgrove: early-game route (chapters 1 to 3)</title>
<meta name="description" content="Built with Notion, the all-in-one connected workspace with publishing capabilities.">
<meta property="og:site_name" content="Notion"><meta property="og:type" content="website"><meta property="og:title" content="${nTitle}">
<meta property="og:url" content="https://lantern-guides.notion.site/Ashgrove-early-game-route-5c1e0b2a9d3f4e7a8b6c1d2e3f4a5b6c">
<link rel="stylesheet" href="/_assets/app-6b1f2e3d4c5a.css"><link rel="stylesheet" href="/_assets/ClientFramework-2a9c8d7e.css">
<script>window.CONFIG = {"env":"production","isAdminMode":false,"isPublicSite":true,"publicDomainName":"lantern-guides.notion.site"};</script>
<script defer src="/_assets/app-5f4e3d2c1b0a.js"></script></head>
<body class="notion-body"><div id="notion-app"><div class="notion-app-inner notion-light-theme" style="color: rgb(55, 53, 47); fill: currentcolor;">
<div class="notion-cursor-listener" style="width: 100vw; height: 100vh; position: relative; display: flex; flex: 1 1 0%;">
<main class="notion-frame" style="flex-grow: 0; flex-shrink: 1; display: flex; flex-direction: column;">
<div class="notion-topbar" style="width: 100%; max-width: 100vw; height: 45px;"><div style="display: flex; justify-content: space-between; align-items:
center;">
<div class="notranslate shadow-cursor-breadcrumb" style="display: flex; align-items: center;"><a href="/Lantern-Guides-0b1c2d3e" role="button" tabindex="0"
style="display: inline-flex;"><div class="notion-record-icon notranslate" aria-label="🏮" role="img">🏮</div><div class="notranslate" style="white-space:
nowrap;">Lantern
Guides</div></a><span style="margin: 0px 2px; color: rgba(55, 53, 47, 0.45);">/</span><a href="/Ashgrove-early-game-route-5c1e0b2a" role="button"
tabindex="0"><div class="notion-record-icon notranslate"
aria-label="🗺️" role="img">🗺️</div><div class="notranslate">Ashgrove: early-game route…</div></a></div>
<div class="notion-topbar-action-buttons" style="display: flex; align-items: center;"><div role="button" tabindex="0" class="notion-topbar-search-button"
aria-label="Search"></div><div role="button" tabindex="0" class="notion-topbar-duplicate-button">Duplicate</div><a href="https://www.notion.so/signup"
role="button" class="notion-topbar-signup-button">Get Notion free</a></div></div></div>
<div class="notion-scroller vertical" style="z-index: 1; display: flex; flex-direction: column; flex-grow: 1; position: relative;">
<div class="whenContentEditable" style="caret-color: rgb(55, 53, 47); width: 100%; display: flex; flex-direction: column;">
<div class="layout layout-wide"><div class="layout-content"><div class="pseudoSelection" style="user-select: none; margin-bottom: 8px;">
<div class="notion-record-icon notranslate" aria-label="🗺️" role="img" style="font-size: 78px;">🗺️</div></div>
<div class="notion-page-controls" style="display: flex; opacity: 0;"></div>
<div style="padding-right: calc(96px + env(safe-area-inset-right)); max-width: 100%;"><div data-block-id="5c1e0b2a-9d3f-4e7a-8b6c-1d2e3f4a5b6c"
class="notion-selectable notion-page-block"><h1 spellcheck="true" placeholder="New page" data-content-editable-leaf="true" contenteditable="false"
class="notranslate" style="max-width: 100%; width: 100%; font-weight: 700; font-size: 40px;">${nTitle}</h1></div></div>
<div class="notion-page-content" style="flex-shrink: 0; flex-grow: 1; max-width: 100%; display: flex; flex-direction: column; padding-bottom: 30vh;">
${text(nIntro)}
${block(
  'callout',
  `<div role="note" style="display: flex;"><div style="display: flex; border-radius: 10px; padding: 16px 16px 16px 12px; background: rgb(251, 243, 219);">
<div class="notion-record-icon notranslate" aria-label="💡" role="img">💡</div><div style="display: flex; flex-direction: column; margin-left: 8px;">${leaf(
    nCallout,
  )}</div></div></div>`,
)}
${block(
  'table_of_contents',
  `<div contenteditable="false" style="position: relative; padding: 5px 0;">${nSecs
    .map(
      ([t], i) =>
        `<a href="#b${i}" rel="noopener noreferrer" role="button" style="display: block;"><div style="padding: 6px 2px; margin-left: 0px;">${t}</div></a>`,
    )
    .join('')}</div>`,
)}
${h('h2', nSecs[0]?.[0] ?? '')}
${text(at(nSecs[0]?.[1] ?? [], 0))}
${(nSecs[0]?.[2] ?? []).map(bullet).join('\n')}
${block(
  'image',
  `<div style="display: flex;"><div class="notion-cursor-default" style="position: relative; width: 680px;"><img alt="" src="/image/attachment%3Afootbridge.png"
style="display: block; object-fit: cover; width: 100%;"></div></div><div style="padding: 6px 2px 6px 2px; font-size: 14px;">${leaf(at(nCaps, 0))}</div>`,
)}
${h('h2', nSecs[1]?.[0] ?? '')}
${(nSecs[1]?.[1] ?? []).map(text).join('\n')}
${toggle(at(nToggles, 0))}
${h('h2', nSecs[2]?.[0] ?? '')}
${(nSecs[2]?.[1] ?? []).map(text).join('\n')}
${block(
  'table',
  `<div class="notion-table-view" style="display: flex;"><table style="border-collapse: collapse; table-layout: fixed;"><tbody>${nTable
    .map(
      (r, i) =>
        `<tr>${r
          .map(
            (c) => `<td style="border: 1px solid rgb(233, 233, 231); padding: 0px;${i === 0 ? ' background: rgb(247, 246, 243); font-weight: 500;' : ''}">
<div class="notion-table-cell"><div class="notion-table-cell-text" spellcheck="true" contenteditable="false">${c}</div></div></td>`,
          )
          .join('')}</tr>`,
    )
    .join('\n')}</tbody></table></div>`,
)}
${toggle(at(nToggles, 1))}
${block('divider', '<div style="display: flex; align-items: center; height: 13px;"><div role="separator" style="width: 100%; height: 1px;"></div></div>')}
${nSub
  .map((t) =>
    block(
      'page',
      `<a href="/${t.replace(/[^A-Za-z]+/g, '-')}" rel="noopener noreferrer" role="link" style="display: flex;"><div class="notion-record-icon notranslate"
aria-label="📄" role="img">📄</div><div class="notranslate" style="white-space: nowrap; border-bottom: 1px solid rgba(55, 53, 47, 0.16);">${t}</div></a>`,
    ),
  )
  .join('\n')}
${text(`<span style="color: rgba(120, 119, 116, 1);">${nEnd}</span>`)}
</div></div></div></div></div></main></div></div></div>
<div id="notion-overlay-container" class="notion-overlay-container"></div>
<script>window.__notionHtmlUpdated = true;</script></body></html>`;
const notion: TestPage = gold({
  name: 'heldout707-notion-game-route',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: nSecs.map(([t]) => t),
  body: texts([
    nIntro,
    nCallout,
    ...(nSecs[0]?.[1] ?? []),
    ...(nSecs[0]?.[2] ?? []),
    ...(nSecs[1]?.[1] ?? []),
    at(nToggles, 0),
    ...(nSecs[2]?.[1] ?? []),
    ...nTable.map((r) => r.join(' ')),
    at(nToggles, 1),
    nEnd,
  ]),
  bylines: [],
  furniture: ['Lantern Guides', 'Ashgrove: early-game route…', 'Duplicate', 'Get Notion free', ...nCaps, ...nSub],
});

export const HELDOUT707_D: readonly TestPage[] = [salesforce, notion];
