import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout256-kit.js';

/**
 * Held-out batch 256, file f: a Redocly (Redoc) API reference page for one operation, a data page whose prose is short (menu
 * of tags and operations with HTTP badges, "API docs by Redocly", download button, "Authorizations:", parameter and schema
 * rows, responses, right panel with the endpoint, request and response samples) and a Starlight (Astro) tutorial page (header
 * with search, social icons, theme and language selects, sidebar groups with a "New" badge, "On this page" toc, asides,
 * steps, "Edit page", "Last updated:", pagination, "Built with Starlight").
 */
const oTitle = 'Create a refund';
const oDesc = [
  j(
    'Sends all or part of a captured payment back to the card or account it came from. Several partial refunds can be made against one',
    'payment, as long as their total does not exceed the captured amount.',
  ),
  'A refund cannot be cancelled once created. It moves to succeeded within seconds for card payments, and within two business days for bank debits.',
];
const oParams = [
  ['payment_id', 'The payment to refund.'],
  ['amount', 'Amount to refund in the smallest currency unit. Leave out to refund the whole remaining amount.'],
  ['reason', 'One of duplicate, fraudulent or requested_by_customer. Shown to the customer on their statement where the network allows.'],
  ['metadata', 'Up to 20 key and value pairs for your own use.'],
];
const oResp = ['Refund created.', 'The amount is larger than the amount left to refund.', 'No payment with that ID exists.'];
const oMenu = ['Introduction', 'Authentication', 'Errors', 'Payments', 'Refunds', 'Customers', 'Payouts', 'Webhooks'];
const oOps = ['List refunds', 'Create a refund', 'Retrieve a refund'];
const row = ([n, d]: string[], t: string, req: boolean): string => `<tr><td kind="field" title="${n}" class="sc-kpDqfm sc-dAlyuH iuPEHT"><span
class="sc-jlZhew dIpjKl"></span><span class="property-name">${n}</span>${req ? '<div class="sc-jEACwC sc-kqGoIF kAJPZy">required</div>' : ''}</td><td
class="sc-kpDqfm bSOBpL"><div><div><span class="sc-fqkvVR sc-jdUcAg">${t}</span></div><div><div class="sc-eeDRCY sc-eBMEME gTGgei"><p>${d}</p></div></div>
</div></td></tr>`;
const oHtml = `<!DOCTYPE html><html><head><meta charset="utf8"/><title>Pellucid Payments API</title><meta name="viewport" content="width=device-width,
initial-scale=1"><meta name="description" content="Reference for the Pellucid Payments REST API, version 2026-01."><style>body{margin:0;padding:0}</style>
<script src="https://cdn.redoc.example/redoc/v2.2.0/bundles/redoc.standalone.js"></script><style data-styled="true" data-styled-version="6.1.13">.iuPEHT{
vertical-align:top;line-height:20px;white-space:nowrap;font-size:13px}</style></head>
<body><div id="redoc"><div class="sc-ikkxIA ldMQCL redoc-wrap"><div class="sc-dvEHMn sc-jgPznn gjQXUb hPSVYn menu-content" style="top:0px;height:calc(100vh -
0px)"><div role="search" class="sc-eyvILC bPxGDq"><svg class="search-icon" version="1.1" viewBox="0 0 1000 1000" x="0px" y="0px"></svg><input
placeholder="Search..." aria-label="Search" type="text" class="sc-ggpjZQ search-input" value=""/></div><div class="sc-hmdomO fOWOjm scrollbar-container"><ul
role="menu" class="sc-dtInlm fmovsq">${oMenu
  .map((m) =>
    m === 'Refunds'
      ? `<li tabindex="0" depth="1" data-item-id="tag/Refunds" class="sc-kOHTFB eqQFqX"><label class="sc-dmyCSP fGEPwO -depth1"><span title="Refunds"
class="sc-elDIKY dZAaxy">Refunds</span></label><ul class="sc-dtInlm fmovsq">${oOps
          .map(
            (o) => `<li tabindex="0" depth="2" class="sc-kOHTFB dwKVTj"><label class="sc-dmyCSP bGCPYj -depth2"><span
type="${o.startsWith('Create') ? 'post' : 'get'}"
class="sc-iHGNWf fzLBrK operation-type ${o.startsWith('Create') ? 'post' : 'get'}">${o.startsWith('Create') ? 'post' : 'get'}</span><span tabindex="0"
width="calc(100% - 38px)"
class="sc-elDIKY dZAaxy">${o}</span></label></li>`,
          )
          .join('')}</ul></li>`
      : `<li tabindex="0" depth="1" class="sc-kOHTFB eqQFqX"><label class="sc-dmyCSP fGEPwO -depth1"><span title="${m}"
class="sc-elDIKY dZAaxy">${m}</span></label></li>`,
  )
  .join('\n')}</ul><div class="sc-kbousE ihbDFQ"><a target="_blank" rel="noopener noreferrer" href="https://redocly.com/redoc/">API docs by Redocly</a></div>
</div></div>
<div class="sc-etsjJW kfcgmq api-content"><div class="sc-eDPEul kWPOlI"><div class="sc-dcJsrY dPmTdU"><div class="sc-kAyceB sc-fvtFIe gmxBUD jxmESc
api-info"><div class="sc-jXbUNg sc-dwnOUR cBJZjJ api-info-title">Pellucid Payments API<span>(2026-01)</span></div><p>Download OpenAPI specification:<a
download="openapi.json"
target="_blank" class="sc-cWSHoV iDGZuP">Download</a></p></div></div></div>
<div id="tag/Refunds/operation/createRefund" data-section-id="tag/Refunds/operation/createRefund" class="sc-eDPEul kWPOlI"><div class="sc-dcJsrY dPmTdU">
<div class="sc-kAyceB gmxBUD"><h1 class="sc-jXbUNg jGbQcx"><a class="sc-gFqAkR lkWpOi" href="#tag/Refunds/operation/createRefund"
aria-label="tag/Refunds/operation/createRefund"></a>${oTitle}</h1><div class="sc-iGgWBj sc-gsFSXq bnUVJM bIwbWG">${ps(oDesc)}</div>
<div class="sc-bSstmL bsdJNJ"><div class="sc-fhzFiK gQzHGT"><h5 class="sc-dkmUuB fklaEF">Authorizations:</h5><svg class="sc-fBWQRz"></svg><div
class="sc-edLa-Dd lmEHJZ"><span class="sc-jsJBEP sc-dBmzty">bearerAuth</span></div></div></div>
<h5 class="sc-dkmUuB fklaEF">path Parameters</h5><table class="sc-ePDLzJ jXcfJN"><tbody>${row(oParams[0] ?? [], 'string', true)}</tbody></table>
<h5 class="sc-dkmUuB fklaEF">Request Body schema: <div class="sc-kuWgmH dDtwAx"><span>application/json</span></div></h5><table class="sc-ePDLzJ jXcfJN"><tbody>
${oParams
  .slice(1)
  .map((p, i) => row(p, i === 2 ? 'object' : i === 0 ? 'integer' : 'string', false))
  .join('\n')}</tbody></table>
<div><h3 class="sc-dGXBhE fQFtbF">Responses</h3><div><button class="sc-hgRRfv ckkVEN"><strong class="sc-cSxRuM kmOZdW">201</strong><div
class="sc-iGgWBj sc-gsFSXq bnUVJM sc-kSaXSp bCKnNO"><p>${oResp[0]}</p></div></button></div><div><button class="sc-hgRRfv dEDDyw"><strong
class="sc-cSxRuM kmOZdW">400</strong><div class="sc-iGgWBj bnUVJM"><p>${oResp[1]}</p></div></button></div><div><button class="sc-hgRRfv dEDDyw"><strong
class="sc-cSxRuM kmOZdW">404</strong><div class="sc-iGgWBj bnUVJM"><p>${oResp[2]}</p></div></button></div></div></div>
<div class="sc-jXbUNg sc-gFAWRd hmmKVv"><div class="sc-kWtpeL kcymwg"><button class="sc-eZkCL fBPzdr"><span type="post" class="sc-fTFjTM
http-verb post">post</span><span class="sc-drVZOg">/v2/payments/{payment_id}/refunds</span></button><div aria-hidden="false" class="sc-dCFHLb
jEJfQo"><div class="sc-hrDvkU"><p class="sc-btwKTd">Production server</p><div class="sc-imwsjW"><span>https://api.pellucid.example</span>
/v2/payments/{payment_id}/refunds</div></div></div></div><div><h3 class="sc-kMkxaj">Request samples</h3><div class="sc-cyRcrZ" data-rttabs="true"><ul
class="react-tabs__tab-list" role="tablist"><li class="react-tabs__tab react-tabs__tab--selected" role="tab">Payload</li></ul><div
class="react-tabs__tab-panel" role="tabpanel"><div><div class="sc-bsatvv"><span class="sc-kqLbNg">Content type</span><div
class="sc-iXzffn">application/json</div></div><div class="sc-BQMaI"><div class="sc-fiCwlc"><button>Copy</button></div><div
class="redoc-json"><code>{"amount": 1500, "reason": "requested_by_customer"}</code></div></div></div></div></div></div>
<div><h3 class="sc-kMkxaj">Response samples</h3><ul class="react-tabs__tab-list" role="tablist"><li class="react-tabs__tab tab-success" role="tab">201</li>
<li class="react-tabs__tab tab-error" role="tab">400</li><li class="react-tabs__tab tab-error" role="tab">404</li></ul></div></div></div></div>
<div class="sc-dmctIk gcouO"></div></div></div></div>
<script>const __redoc_state = {"menu":{"activeItemIdx":-1},"spec":{"data":{"openapi":"3.1.0","info":{"title":"Pellucid Payments API","version":"2026-01"}}}};
var container = document.getElementById('redoc');Redoc.hydrate(__redoc_state, container);</script></body></html>`;
const redocly: TestPage = {
  name: 'heldout256-redocly-operation',
  kind: 'docs',
  html: oHtml,
  title: oTitle,
  headings: [],
  body: texts([...oDesc, ...oParams.map((p) => p[1] ?? ''), ...oResp]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...oMenu, 'List refunds', 'Retrieve a refund', 'API docs by Redocly', 'Pellucid Payments API', 'Download OpenAPI specification:', 'Download',
    'Authorizations:', 'bearerAuth', 'path Parameters', 'Request Body schema:', 'required', 'Responses', 'Production server', 'Request samples', 'Payload',
    'Content type', 'Copy', 'Response samples',
  ],
};

const tTitle = 'Build your first plugin';
const tLead = 'In this tutorial you will write a Nimbleleaf plugin that adds reading-time estimates to every page, and publish it for others to use.';
const tIntro = [
  j(
    'Plugins are ordinary packages that export a function. Nimbleleaf calls that function once when the site builds and passes it a',
    'context object with hooks for each stage. You need Node 20 or later and an existing Nimbleleaf site to follow along.',
  ),
];
const tSetup = ['Start with an empty package next to your site so you can test the plugin before publishing it.'];
const tSetupSteps = [
  'Create a folder called nimbleleaf-reading-time and run npm init inside it.',
  'Add nimbleleaf as a peer dependency, so your plugin uses the version the site already has.',
  'Create index.js and export a default function that takes the context argument.',
];
const tHook = [
  j(
    'The <code>page:transform</code> hook receives each page after its Markdown has been turned into HTML. Count the words in the',
    'page’s text, divide by 220, and round up to get minutes. Store the result on <code>page.data.readingTime</code> so that layouts can show it.',
  ),
];
const tCaution = 'Do not change page.html in this hook unless you must. Other plugins may run after yours and expect the HTML they were promised.';
const tTry = [
  j(
    'Link the plugin into your site with npm link, add it to the plugins list in nimbleleaf.config.js, and run the development server. Every',
    'page now carries a readingTime value.',
  ),
];
const tPublish = [
  j(
    'Before publishing, run the site build once with the plugin installed from a packed tarball rather than from the linked folder. A missing',
    'files entry in package.json shows up only this way.',
  ),
  j(
    'Version your plugin with semantic versioning. If a later Nimbleleaf release renames a hook, publish a new major version rather than',
    'changing the behaviour of the old one.',
  ),
  j(
    'Give the package a name that starts with nimbleleaf-plugin- so that it shows up in the plugin directory, add the nimbleleaf-plugin',
    'keyword, and run npm publish. The directory picks up new packages within an hour.',
  ),
];
const tTip = 'Add a short README with one configuration example. Plugins with an example are installed three times as often.';
const tSide1 = ['Introduction', 'Installation'];
const tSide2 = ['Build your first site', 'Build your first plugin', 'Deploy to a static host'];
const tSide3 = ['Configuration', 'Plugin API', 'CLI'];
const tToc = ['Overview', 'Set up the package', 'Write the hook', 'Try it out', 'Publish'];
const tHtml = `<!doctype html><html lang="en" dir="ltr" data-theme="dark" data-has-toc data-has-sidebar class="astro-ue6sbrm4"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Build your first plugin | Nimbleleaf</title><link rel="canonical"
href="https://nimbleleaf.example/tutorials/first-plugin/"><meta name="generator" content="Astro v5.1.1"><meta name="generator" content="Starlight v0.30.3">
<meta property="og:title" content="Build your first plugin"><meta property="og:type" content="article"><meta name="description" content="${tLead}">
<script>window.StarlightThemeProvider=(()=>{const e=typeof localStorage<"u"&&localStorage.getItem("starlight-theme");return{updatePickers(){}}})();</script>
<link rel="stylesheet" href="/_astro/print.BJP3FDn9.css" media="print"><link rel="stylesheet" href="/_astro/index.CfL8Yq0N.css"></head>
<body class="astro-ue6sbrm4"><a href="#_top" class="astro-7q3lir66">Skip to content</a><div class="page sl-flex astro-vrdttmbt"><header class="header
astro-vrdttmbt"><div class="header astro-kmkmnagf"><div class="title-wrapper sl-flex astro-kmkmnagf"><a href="/" class="site-title sl-flex astro-m46x6ez3"><span
class="astro-m46x6ez3">Nimbleleaf</span></a></div><div class="sl-flex print:hidden astro-kmkmnagf"><site-search class="astro-v37mnknz"><button
data-open-modal aria-label="Search" class="astro-v37mnknz"><span class="sl-hidden md:sl-block astro-v37mnknz" aria-hidden="true">Search</span><kbd
class="sl-hidden md:sl-flex astro-v37mnknz"><kbd>Ctrl</kbd><kbd>K</kbd></kbd></button></site-search></div><div class="sl-hidden md:sl-flex print:hidden
right-group astro-kmkmnagf"><div class="sl-flex social-icons astro-kmkmnagf"><a href="https://git.example/nimbleleaf" rel="me" class="sl-flex
astro-wy4te6ga"><span class="sr-only astro-wy4te6ga">GitHub</span></a><a href="https://chat.example/nimbleleaf" rel="me" class="sl-flex astro-wy4te6ga"><span
class="sr-only astro-wy4te6ga">Discord</span></a></div><starlight-theme-select><label style="--sl-select-width: 6.25em" class="astro-4yphtoen"><span
class="sr-only astro-4yphtoen">Select theme</span><select class="astro-4yphtoen"><option value="dark">Dark</option><option value="light">Light</option><option
value="auto" selected>Auto</option></select></label></starlight-theme-select><starlight-lang-select><label class="astro-4yphtoen"><span class="sr-only">Select
language</span><select><option value="/tutorials/first-plugin/" selected>English</option><option value="/fr/tutorials/first-plugin/">Français</option>
</select></label></starlight-lang-select></div></div></header>
<nav class="sidebar print:hidden astro-vrdttmbt" aria-label="Main"><div id="starlight__sidebar" class="sidebar-pane astro-vrdttmbt"><div
class="sidebar-content sl-flex astro-vrdttmbt"><sl-sidebar-state-persist><ul class="top-level astro-3ii7xxms">
<li><details open><summary><div class="group-label"><span class="large">Start here</span></div></summary><ul>${links(tSide1)}</ul></details></li>
<li><details open><summary><div class="group-label"><span class="large">Tutorials</span></div></summary><ul>${tSide2
  .map(
    (s) =>
      `<li><a href="/t/" class="large"${s === tTitle ? ' aria-current="page"' : ''}><span>${s}</span>${
        s === tTitle ? '<span class="sl-badge note small astro-avdet4wd">New</span>' : ''
      }</a></li>`,
  )
  .join('\n')}</ul></details></li>
<li><details open><summary><div class="group-label"><span class="large">Reference</span></div></summary><ul>${links(tSide3)}</ul></details></li></ul>
</sl-sidebar-state-persist></div></div></nav>
<div class="main-frame astro-vrdttmbt"><div class="lg:sl-flex astro-67yu43on"><aside class="right-sidebar-container"><div class="right-sidebar"><div
class="sl-container"><starlight-toc data-min-h="2" data-max-h="3"><nav aria-labelledby="starlight__on-this-page"><h2
id="starlight__on-this-page">On this page</h2><ul class="isMobile:false">${links(tToc)}</ul></nav></starlight-toc></div></div></aside>
<div class="main-pane astro-67yu43on"><main data-pagefind-body lang="en" dir="ltr" class="astro-bguv2lll"><div class="content-panel astro-7nkwcw3z"><div
class="sl-container astro-7nkwcw3z"><h1 id="_top" class="astro-j6tvhyss">${tTitle}</h1></div></div>
<div class="content-panel astro-7nkwcw3z"><div class="sl-container astro-7nkwcw3z"><div class="sl-markdown-content"><p>${tLead}</p>
<div class="sl-heading-wrapper level-h2"><h2 id="overview">Overview</h2><a class="sl-anchor-link" href="#overview"><span aria-hidden="true"
class="sl-anchor-icon"></span><span class="sr-only">Section titled “Overview”</span></a></div>
${ps(tIntro)}
<div class="sl-heading-wrapper level-h2"><h2 id="set-up-the-package">Set up the package</h2><a class="sl-anchor-link" href="#set-up-the-package"><span
class="sr-only">Section titled “Set up the package”</span></a></div>
${ps(tSetup)}
<div class="sl-steps"><ol>${lis(tSetupSteps)}</ol></div>
<div class="sl-heading-wrapper level-h2"><h2 id="write-the-hook">Write the hook</h2><a class="sl-anchor-link" href="#write-the-hook"><span
class="sr-only">Section titled “Write the hook”</span></a></div>
${ps(tHook)}
<aside aria-label="Caution" class="starlight-aside starlight-aside--caution"><p class="starlight-aside__title" aria-hidden="true">Caution</p><div
class="starlight-aside__content"><p>${tCaution}</p></div></aside>
<div class="sl-heading-wrapper level-h2"><h2 id="try-it-out">Try it out</h2><a class="sl-anchor-link" href="#try-it-out"><span class="sr-only">Section titled
“Try it out”</span></a></div>
${ps(tTry)}
<div class="sl-heading-wrapper level-h2"><h2 id="publish">Publish</h2><a class="sl-anchor-link" href="#publish"><span class="sr-only">Section titled
“Publish”</span></a></div>
${ps(tPublish)}
<aside aria-label="Tip" class="starlight-aside starlight-aside--tip"><p class="starlight-aside__title" aria-hidden="true">Tip</p><div
class="starlight-aside__content"><p>${tTip}</p></div></aside></div>
<footer class="sl-flex astro-3yyafb3n"><div class="meta sl-flex astro-3yyafb3n"><a
href="https://git.example/nimbleleaf/docs/edit/main/src/content/docs/tutorials/first-plugin.mdx"
class="sl-flex print:hidden astro-eez2twj6">Edit page</a><p class="astro-ucl6ttba">Last updated: <time datetime="2026-02-09T13:20:00.000Z">Feb 9,
2026</time></p></div><div class="pagination-links print:hidden astro-u2l5gyhi" dir="ltr"><a href="/tutorials/first-site/" rel="prev"
class="astro-u2l5gyhi"><span class="astro-u2l5gyhi">Previous<br class="astro-u2l5gyhi"><span class="link-title astro-u2l5gyhi">Build your first
site</span></span></a><a href="/tutorials/deploy/" rel="next" class="astro-u2l5gyhi"><span class="astro-u2l5gyhi">Next<br class="astro-u2l5gyhi"><span
class="link-title astro-u2l5gyhi">Deploy to a static host</span></span></a></div><a href="https://starlight.astro.build" class="kudos sl-flex
astro-3yyafb3n">Built with Starlight</a></footer></div></div></main></div></div></div></div>
<script type="module" src="/_astro/page.7qqag-5g.js"></script></body></html>`;
const starlight: TestPage = {
  name: 'heldout256-starlight-tutorial',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: tToc,
  body: texts([tLead, ...tIntro, ...tSetup, ...tSetupSteps, ...tHook, tCaution, ...tTry, ...tPublish, tTip]),
  bylines: ['Last updated: Feb 9, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Search', 'GitHub', 'Discord', 'Select theme', 'Dark', 'Light', 'Auto', 'Select language', 'English', 'Français', 'Start here',
    ...tSide1, 'Tutorials', 'Build your first site', 'Deploy to a static host', 'New', 'Reference', ...tSide3, 'On this page', 'Edit page', 'Previous',
    'Next', 'Built with Starlight',
  ],
};

export const HELDOUT256_F: readonly TestPage[] = [redocly, starlight];
