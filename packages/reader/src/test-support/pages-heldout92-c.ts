import { type TestPage, texts } from './page-kit.js';
import { docusaurusPage } from './pages-heldout92-c2.js';

/**
 * Held-out batch 92, file c: a Notion page published to the web (notion.site) as the browser saves it after the app has
 * rendered it: the top bar with the breadcrumb, search and the "Duplicate" / "Get Notion free" buttons, the cover and
 * emoji icon, the title, a callout block at the top of the text, header, text, bulleted and numbered list blocks, the help
 * button and the cookie notice; and, from file c2, an old-version Docusaurus docs page.
 */
const noTitle = 'Travel and expenses';
const noCallout = ['This policy applies to all trips booked from 1 April 2025. If something here is unclear, ask in #ask-finance before you book, not after.'];
const noIntro = [
  'We want travel to be comfortable and simple, without being extravagant. Use your judgement: if you would be happy to explain a cost to the rest of ' +
    'the studio, it is probably fine.',
];
const noH = ['Before you book', 'Trains and flights', 'Hotels', 'Meals', 'Claiming expenses'];
const noBook = [
  'Get approval from your lead in the trip request form for any journey that needs an overnight stay.',
  'Book through Tripwell using the studio account, so that the invoice comes to us directly.',
  'Check the shared calendar in case someone else is travelling to the same place and you can share a car or a hotel.',
];
const noTrains = [
  'Take the train for any journey under five hours. Standard class is the default; first class is fine for journeys over three hours if you book at ' +
    'least a week ahead and it costs no more than 30 percent extra.',
  'Fly economy. For flights over six hours you may book premium economy. Choose a fare that allows changes while plans are still uncertain.',
];
const noHotels = [
  'Stay within the nightly limits below, including breakfast and taxes. If the conference hotel costs more, book it anyway and mention the conference ' +
    'in the trip request.',
];
const noLimits = ['London and Dublin: £190 a night', 'Other UK and Irish cities: £130 a night', 'Elsewhere in Europe: €170 a night'];
const noMeals = [
  'We cover up to £45 a day for meals when you are away overnight, and up to £15 for lunch on a day trip. Alcohol is not covered unless you are hosting ' +
    'a client.',
];
const noClaim = [
  'Photograph every receipt as soon as you get it.',
  'Submit the claim in Ledgerly within 30 days of coming home, with the trip request linked.',
  'Finance pays approved claims with the next monthly payroll.',
];
const noClaimAfter = [
  'Lost a receipt? Add a short note to the claim explaining what it was for. One missing receipt a quarter is fine; more than that and finance will ask ' +
    'for a quick chat.',
];
const noCrumb = 'Hollin & Rowe handbook';
const noBar = ['Search', 'Duplicate', 'Get Notion free'];
const noCookie = [
  'Notion uses cookies and similar technologies to enhance site navigation, analyze site usage, and assist in our marketing efforts.',
  'Accept all',
  'Reject non-essential',
  'Cookie settings',
];
let blockN = 0;
const bid = (): string => `1c4e8a7f-2b1d-80${String(10 + blockN++).padStart(2, '0')}-9f3a-e2c7d41b${String(blockN).padStart(4, '0')}`;
const leaf = (t: string, tag = 'div', extra = ''): string => `<${tag} spellcheck="true" placeholder=" " data-content-editable-leaf="true"
contenteditable="false"${extra} style="max-width:100%;width:100%;white-space:pre-wrap;word-break:break-word;caret-color:rgb(55, 53, 47);padding:3px
2px">${t}</${tag}>`;
const text = (
  t: string,
): string => `<div data-block-id="${bid()}" class="notion-selectable notion-text-block" style="width:100%;max-width:100%;margin-top:1px;margin-bottom:1px">
<div style="color:inherit;fill:inherit"><div style="display:flex">${leaf(t)}</div></div></div>`;
const header = (t: string): string => `<div data-block-id="${bid()}" class="notion-selectable notion-sub_header-block"
style="width:100%;max-width:100%;margin-top:1.4em;margin-bottom:1px">
<div style="display:flex;width:100%;color:inherit;fill:inherit">${leaf(t, 'h3', ' class="notranslate"')}</div></div>`;
const bullet = (
  t: string,
): string => `<div data-block-id="${bid()}" class="notion-selectable notion-bulleted_list-block" style="width:100%;max-width:100%;margin-top:2px">
<div style="color:inherit;fill:inherit"><div style="display:flex;align-items:flex-start;width:100%;padding-left:2px"><div class="notion-list-item-box-left"
style="user-select:none;margin-right:2px;width:24px;display:flex;align-items:center;justify-content:center;min-height:calc(1.5em + 6px)">
<div class="pseudoBefore"
style="font-size:1.5em;line-height:1;margin-bottom:0;--pseudoBefore--fontFamily:Arial;--pseudoBefore--content:&quot;•&quot;"></div></div>
<div style="flex:1 1 0px;min-width:1px;display:flex;flex-direction:column"><div style="display:flex">${leaf(t)}</div></div></div></div></div>`;
const numbered = (
  t: string,
  n: number,
): string => `<div data-block-id="${bid()}" class="notion-selectable notion-numbered_list-block" style="width:100%;margin-top:2px">
<div style="color:inherit;fill:inherit"><div style="display:flex;align-items:flex-start;width:100%;padding-left:2px"><div class="notion-list-item-box-left"
style="user-select:none;margin-right:2px;width:24px;display:flex;align-items:center;justify-content:center"><span class="pseudoBefore"
style="--pseudoBefore--content:&quot;${n}.&quot;;width:24px;text-align:center;white-space:nowrap"></span></div><div style="flex:1 1 0px;min-width:1px">
<div style="display:flex">${leaf(t)}</div></div></div></div></div>`;
const noHtml = `<!DOCTYPE html>
<html lang="en" class="notion-html"><head><meta charset="utf-8"><meta name="viewport"
content="width=device-width,height=device-height,initial-scale=1,maximum-scale=1">
<title>Travel and expenses</title><meta name="description" content="This policy applies to all trips booked from 1 April 2025.">
<meta property="og:site_name" content="Hollin &amp; Rowe on Notion"><meta property="og:type" content="website"><meta property="og:title"
content="Travel and expenses">
<meta property="og:url" content="https://hollinrowe.notion.site/Travel-and-expenses-1c4e8a7f2b1d8010">
<meta name="twitter:card" content="summary_large_image"><link rel="canonical" href="https://hollinrowe.notion.site/Travel-and-expenses-1c4e8a7f2b1d8010">
<link rel="stylesheet" href="/_assets/app-6a9b1c44.css"><script>window.CONFIG={"env":"production","isAdminMode":false,"isLocalhost":false,
"publicDomainName":"hollinrowe.notion.site","version":"23.13.20250312.1423"};window.__webStartTime=Date.now();</script>
<script defer src="/_assets/vendors~app-5e1f0a9d.js"></script><script defer src="/_assets/app-a14c6e02.js"></script></head>
<body class="notion-body"><div id="notion-app"><div class="notion-app-inner notion-light-theme" style="color:rgb(55, 53, 47);fill:currentcolor;line-height:1.5">
<div class="notion-cursor-listener" style="width:100vw;height:100%;position:relative;display:flex;flex:1 1 0px;background:white;cursor:text">
<div class="notion-frame" style="flex-grow:0;flex-shrink:1;display:flex;flex-direction:column;background:white;z-index:1;height:100vh;width:100%">
<header><div class="notion-topbar" style="width:100%;max-width:100vw;height:45px;opacity:1;z-index:100"><div
style="width:100%;display:flex;justify-content:space-between;
align-items:center;overflow:hidden;height:45px;padding-left:12px;padding-right:10px"><div class="notranslate"
style="display:flex;align-items:center;line-height:1.2;
font-size:14px;height:100%;flex-grow:0;margin-right:8px;min-width:0px"><div role="button" tabindex="0" class="notion-focusable"><a
href="/Hollin-Rowe-handbook-1c4e8a7f2b1d8001"
style="display:flex;align-items:center;white-space:nowrap"><div class="notion-record-icon notranslate">📘</div><div class="notranslate"
style="white-space:nowrap;
overflow:hidden;text-overflow:ellipsis;max-width:160px">Hollin &amp; Rowe handbook</div></a></div><span
style="margin-left:2px;margin-right:2px;color:rgba(55, 53, 47, 0.45)">/</span>
<div role="button" tabindex="0" class="notion-focusable"><div class="notion-record-icon notranslate">🧳</div><div
class="notranslate">${noTitle}</div></div></div>
<div class="notion-topbar-action-buttons" style="display:flex;align-items:center;height:100%;flex-grow:1;justify-content:flex-end">
<div role="button" tabindex="0" class="notion-topbar-search-button notion-focusable" aria-label="Search"><svg role="graphics-symbol" viewBox="0 0 20 20"
class="magnifyingGlass"></svg><span style="margin-left:6px">${noBar[0]}</span></div>
<div role="button" tabindex="0" class="notion-topbar-duplicate-button notion-focusable" aria-label="Duplicate"><svg role="graphics-symbol" viewBox="0 0 20 20"
class="duplicate"></svg><span style="margin-left:6px">${noBar[1]}</span></div>
<a role="button" href="https://www.notion.so/signup?from=public_page" class="notion-topbar-signup-button notion-focusable" style="display:inline-flex;
background:rgb(35, 131, 226);color:white;border-radius:6px;height:28px;padding:0 10px;font-weight:500">${noBar[2]}</a></div></div></div></header>
<main class="notion-frame-main" style="display:flex;flex-direction:column;height:calc(100vh - 45px)"><div class="notion-scroller vertical"
style="z-index:1;display:flex;flex-direction:column;flex-grow:1;position:relative;align-items:center;overflow:hidden auto">
<div style="width:100%;display:flex;flex-direction:column;align-items:center;flex-shrink:0;flex-grow:0"><div class="layout layout-wide"><div
class="layout-full">
<div style="position:relative;width:100%;height:30vh;cursor:default"><div style="height:100%"><img
src="/image/https%3A%2F%2Fprod-files-secure.s3.example%2Fcover.jpg?table=block"
referrerpolicy="same-origin"
style="display:block;object-fit:cover;border-radius:0px;width:100%;height:30vh;opacity:1;object-position:center 40%"></div></div></div>
<div class="layout-content"><div class="notion-record-icon notranslate" style="height:78px;width:78px;margin-top:-42px"><span role="img" aria-label="🧳"
style="font-size:78px;line-height:1.1">🧳</span></div><div data-block-id="1c4e8a7f-2b1d-8010-9f3a-e2c7d41b0000" class="notion-selectable notion-page-block"
style="color:rgb(55, 53, 47);font-weight:700;line-height:1.2;font-size:40px;cursor:text;display:flex;align-items:center">
${leaf(noTitle, 'h1', ' class="notranslate"')}</div>
</div></div></div><div class="layout layout-wide"><div class="layout-content"><div class="notion-page-content" style="flex-shrink:0;flex-grow:1;max-width:100%;
display:flex;align-items:flex-start;flex-direction:column;font-size:16px;line-height:1.5;width:100%;z-index:4;padding-bottom:30vh">
<div data-block-id="${bid()}" class="notion-selectable notion-callout-block" style="width:100%;max-width:100%;margin-top:4px;margin-bottom:4px"><div
style="display:flex"><div role="note"
style="display:flex;width:100%;border-radius:10px;border:1px solid transparent;background:rgb(251, 243, 219);padding:16px 16px 16px 12px">
<div><div class="notion-record-icon notranslate" role="button" aria-label="💡" style="height:24px;width:24px;border-radius:0.25em"><span role="img"
aria-label="💡">💡</span>
</div></div><div style="display:flex;flex-direction:column;min-width:0px;margin-left:8px;width:100%">${leaf(noCallout[0]!)}</div></div></div></div>
${noIntro.map(text).join('\n')}
${header(noH[0]!)}
${noBook.map(bullet).join('\n')}
${header(noH[1]!)}
${noTrains.map(text).join('\n')}
${header(noH[2]!)}
${noHotels.map(text).join('\n')}
${noLimits.map(bullet).join('\n')}
${header(noH[3]!)}
${noMeals.map(text).join('\n')}
${header(noH[4]!)}
${noClaim.map((t, i) => numbered(t, i + 1)).join('\n')}
${noClaimAfter.map(text).join('\n')}
</div></div></div></div></main></div></div></div>
<div class="notion-help-button notion-focusable" role="button" tabindex="0" aria-label="Help"
style="position:fixed;bottom:20px;right:20px;width:36px;height:36px;
border-radius:100%;font-size:20px;box-shadow:rgba(15, 15, 15, 0.1) 0px 0px 0px 1px">?</div>
<div class="notion-overlay-container notion-default-overlay-container"></div>
<div class="notion-cookie-consent" role="dialog" aria-label="Cookie consent" style="position:fixed;bottom:24px;left:24px;max-width:420px;background:white;
border-radius:8px;padding:16px"><p>${noCookie[0]}</p><div style="display:flex;gap:8px">${noCookie
  .slice(1)
  .map((t) => `<div role="button" tabindex="0" class="notion-focusable">${t}</div>`)
  .join('')}</div></div></div></body></html>`;
const notionPage: TestPage = {
  html: noHtml,
  name: 'heldout92-notion-public-page',
  kind: 'docs',
  // the callout block is part of the page text (body); its emoji icon, the page icon and the cover are in neither list
  title: noTitle,
  headings: noH,
  body: texts([...noCallout, ...noIntro, ...noBook, ...noTrains, ...noHotels, ...noLimits, ...noMeals, ...noClaim, ...noClaimAfter]),
  bylines: [],
  furniture: [noCrumb, ...noBar, ...noCookie],
};

export const HELDOUT92_C: readonly TestPage[] = [notionPage, docusaurusPage];
