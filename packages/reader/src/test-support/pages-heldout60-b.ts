import { links, type TestPage, texts } from './page-kit.js';
import { digitalOceanTutorial } from './pages-heldout60-b2.js';

/**
 * Held-out batch 60, file b: a Cloudflare developer docs page (developers.cloudflare.com on Astro Starlight: the skip link,
 * the header with search, "Directory", "Help", "Log in" and the theme menu, the Workers sidebar with its expanded group,
 * breadcrumbs, the "Copy page" menu, Expressive Code blocks with titles, config tabs, a Starlight "Note" aside, the right-hand
 * "On this page" list, "Was this helpful?", "Edit page" and "Last updated", prev/next links and the footer grid).
 */
const cfTitle = 'Cron Triggers';
const cfIntro = [
  'Cron Triggers let you run a Worker on a schedule instead of in response to an HTTP request. They suit maintenance jobs such ' +
    'as clearing stale cache keys, sending a daily digest, or checking that an upstream API still answers.',
  'A scheduled run uses the same Worker code and bindings as a request does, but it calls the <code>scheduled()</code> handler ' +
    'and has no incoming request object. Schedules are written in standard cron syntax and always run in UTC.',
];
const cfH1 = 'Add a Cron Trigger';
const cfAdd = [
  'Add a <code>triggers</code> block to your Wrangler configuration file and list one or more cron expressions. The following ' +
    'example runs the Worker every fifteen minutes and once more at 02:30 every Monday.',
  'Deploy the Worker with <code>npx wrangler deploy</code>. A changed schedule can take up to a minute to reach every data ' +
    'center, so a run may still start on the old schedule shortly after you deploy.',
];
const cfH2 = 'Handle the scheduled event';
const cfHandle = [
  'Export a <code>scheduled()</code> handler next to your <code>fetch()</code> handler. The <code>controller</code> argument ' +
    'tells you which cron expression fired, so one Worker can do different work on each schedule.',
  'Wrap long-running work in <code>ctx.waitUntil()</code> so that the runtime does not cancel it when the handler returns.',
];
const cfNote =
  'A scheduled run that throws an exception is not retried. Log the error, or write the job’s progress to a KV namespace or ' +
  'a D1 database, so that the next run can continue where the last one stopped.';
const cfH3 = 'Test Cron Triggers locally';
const cfTest =
  'Run <code>npx wrangler dev --test-scheduled</code>. Wrangler then exposes a <code>/__scheduled</code> route that calls your ' +
  'handler, and you can pass a cron expression in the query string to test one particular schedule:';
const cfH4 = 'Limits';
const cfLimits = [
  'A Worker can have up to five Cron Triggers on the Free plan and up to 250 on paid plans, counted across all of its environments.',
  'A scheduled run has the same CPU time limit as a request on your plan, or up to 15 minutes for schedules that fire less than once an hour.',
  'Cron Triggers do not fire on preview versions of a Worker.',
];
const cfHead = ['Directory', 'Help', 'Log in'];
const cfSide = ['Overview', 'Get started', 'Examples', 'Framework guides', 'Runtime APIs'];
const cfConf = ['Bindings', 'Compatibility dates', 'Environment variables', 'Integrations', 'Previews', 'Routes and domains', 'Secrets'];
const cfSide2 = ['Observability', 'Platform', 'Reference', 'Tutorials', 'Changelog'];
// biome-ignore format: the footer columns are packed a line each
const cfFoot = [
  'Resources', 'API', 'New to Cloudflare?', 'Sponsorships', 'Open Source', 'Support', 'Help Center', 'System Status', 'Compliance', 'GDPR',
  'Company', 'cloudflare.com', 'Our team', 'Careers', 'Tools', 'Cloudflare Radar', 'Speed Test', 'Is BGP Safe Yet?', 'RPKI Toolkit',
  'Certificate Transparency', 'Community', 'X', 'Discord', 'YouTube', 'GitHub',
];
const cfLegal = ['Privacy Policy', 'Terms of Use', 'Report Security Issues', 'Trademark', 'Cookie Settings'];
const ec = (lines: string[]): string => lines.map((l) => `<div class="ec-line"><div class="code">${l}</div></div>`).join('');
const cfJsonc = ec([
  '<span style="--0:#E1E4E8">{</span>',
  '<span style="--0:#79B8FF">  "triggers"</span><span style="--0:#E1E4E8">: {</span>',
  '<span style="--0:#79B8FF">    "crons"</span><span style="--0:#E1E4E8">: [</span><span style="--0:#9ECBFF">"*/15 * * * *"</span>, ' +
    '<span style="--0:#9ECBFF">"30 2 * * 1"</span><span style="--0:#E1E4E8">]</span>',
  '<span style="--0:#E1E4E8">  }</span>',
  '<span style="--0:#E1E4E8">}</span>',
]);
const cfToml = ec(['<span style="--0:#B392F0">[triggers]</span>', 'crons = [ <span style="--0:#9ECBFF">"*/15 * * * *"</span>, "30 2 * * 1" ]']);
const cfJs = ec([
  '<span style="--0:#F97583">export default</span> {',
  '  <span style="--0:#F97583">async</span> <span style="--0:#B392F0">scheduled</span>(controller, env, ctx) {',
  '    <span style="--0:#F97583">if</span> (controller.cron === <span style="--0:#9ECBFF">"30 2 * * 1"</span>) {',
  '      ctx.waitUntil(sendWeeklyDigest(env));',
  '    } <span style="--0:#F97583">else</span> {',
  '      ctx.waitUntil(purgeStaleKeys(env.CACHE));',
  '    }',
  '  },',
  '};',
]);
const cfSh = ec(['curl <span style="--0:#9ECBFF">"http://localhost:8787/__scheduled?cron=*/15+*+*+*+*"</span>']);
const frame = (title: string, lang: string, body: string): string =>
  `<div class="expressive-code"><figure class="frame${title === '' ? '' : ' has-title'}">` +
  (title === '' ? '' : `<figcaption class="header"><span class="title">${title}</span></figcaption>`) +
  `<pre data-language="${lang}"><code>${body}</code></pre><div class="copy"><button title="Copy to clipboard" data-copied="Copied!"><div></div>` +
  '</button></div></figure></div>';
const cfHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr" data-has-toc data-has-sidebar data-theme="dark" class="astro-bguv2lll"><head><meta charset="utf-8">
<title>${cfTitle} · Cloudflare Workers docs</title><meta name="description" content="Run a Worker on a schedule with Cron Triggers.">
<meta property="og:site_name" content="Cloudflare Docs"><meta name="pagefind-weight" content="1.0">
<script>window.StarlightThemeProvider=(()=>{const t=localStorage.getItem("starlight-theme");return{updatePickers(e=t||"auto"){}}})();</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,
"name":"Directory"},{"@type":"ListItem","position":2,"name":"Workers"},{"@type":"ListItem","position":3,"name":"Configuration"}]}</script>
<link rel="stylesheet" href="/_astro/print.BcEyBpx8.css" media="print"></head>
<body><a href="#_top" class="skip-link">Skip to content</a><div class="page sl-flex">
<header class="header"><div class="header sl-flex"><div class="title-wrapper sl-flex"><a href="/" class="site-title sl-flex">
<img alt="" src="/logo.svg" width="32" height="32"><span translate="no">Cloudflare Docs</span></a></div>
<div class="sl-flex print:hidden"><site-search class="search"><button data-open-modal disabled aria-label="Search" aria-keyshortcuts="Control+K">
<span class="sl-hidden md:sl-block" aria-hidden="true">Search</span><kbd class="sl-hidden md:sl-flex"><kbd>Ctrl</kbd><kbd>K</kbd></kbd></button>
<dialog style="padding:0" aria-label="Search"><div class="dialog-frame sl-flex"><button data-close-modal class="sl-flex md:sl-hidden">Cancel</button>
<div class="search-container"><div id="starlight__search"></div></div></div></dialog></site-search></div>
<div class="sl-hidden md:sl-flex print:hidden right-group"><ul class="header-links">${links(cfHead, 'header-link')}</ul>
<starlight-theme-select><label style="--sl-select-width: 6.25em"><span class="sr-only">Select theme</span><select>
<option value="dark">Dark</option><option value="light">Light</option><option value="auto" selected>Auto</option></select></label></starlight-theme-select>
</div></div></header>
<nav class="sidebar print:hidden" aria-label="Main"><div id="starlight__sidebar" class="sidebar-pane"><div class="sidebar-content sl-flex">
<p class="sidebar-product"><a href="/workers/">Workers</a></p><ul class="top-level">${links(cfSide)}
<li><details open><summary><span class="group-label"><span class="large">Configuration</span></span></summary><ul>${links(cfConf.slice(0, 2))}
<li><a href="/workers/configuration/cron-triggers/" aria-current="page"><span>${cfTitle}</span></a></li>${links(cfConf.slice(2))}</ul></details></li>
${links(cfSide2)}</ul></div></div></nav>
<div class="main-frame"><div class="lg:sl-flex"><aside class="right-sidebar-container print:hidden"><div class="right-sidebar">
<div class="lg:sl-hidden"><mobile-starlight-toc><nav aria-labelledby="starlight__on-this-page"><details id="starlight__mobile-toc">
<summary id="starlight__on-this-page" class="sl-flex"><div class="toggle sl-flex">On this page</div></summary></details></nav></mobile-starlight-toc></div>
<div class="right-sidebar-panel sl-hidden lg:sl-block"><starlight-toc data-min-h="2" data-max-h="3"><nav aria-labelledby="starlight__toc">
<h2 id="starlight__toc">On this page</h2><ul><li><a href="#_top"><span>Overview</span></a></li>
<li><a href="#add-a-cron-trigger"><span>${cfH1}</span></a></li><li><a href="#handle-the-scheduled-event"><span>${cfH2}</span></a></li>
<li><a href="#test-cron-triggers-locally"><span>${cfH3}</span></a></li><li><a href="#limits"><span>${cfH4}</span></a></li></ul></nav>
</starlight-toc></div></div></aside>
<div class="main-pane"><main data-pagefind-body lang="en" dir="ltr"><div class="content-panel"><div class="sl-container">
<nav aria-label="Breadcrumbs" class="breadcrumbs"><ol><li><a href="/directory/">Directory</a></li><li><a href="/workers/">Workers</a></li>
<li><a href="/workers/configuration/">Configuration</a></li></ol></nav>
<div class="title-row"><h1 id="_top">${cfTitle}</h1><div class="copy-page"><button type="button" aria-haspopup="menu">Copy page</button>
<ul role="menu" hidden><li role="menuitem"><a href="/workers/configuration/cron-triggers/index.md">View page as Markdown</a></li></ul></div></div>
</div></div>
<div class="content-panel"><div class="sl-container"><div class="sl-markdown-content">
${cfIntro.map((p) => `<p>${p}</p>`).join('\n')}
<div class="sl-heading-wrapper level-h2"><h2 id="add-a-cron-trigger">${cfH1}</h2><a class="sl-anchor-link" href="#add-a-cron-trigger">
<span aria-hidden="true" class="sl-anchor-icon"></span><span class="sr-only">Section titled “${cfH1}”</span></a></div>
<p>${cfAdd[0]}</p>
<starlight-tabs data-sync-key="wrangler"><div class="tablist-wrapper not-content"><ul role="tablist">
<li role="presentation" class="tab"><a role="tab" href="#tab-panel-0" id="tab-0" aria-selected="true" tabindex="0">wrangler.jsonc</a></li>
<li role="presentation" class="tab"><a role="tab" href="#tab-panel-1" id="tab-1" aria-selected="false" tabindex="-1">wrangler.toml</a></li></ul></div>
<div id="tab-panel-0" aria-labelledby="tab-0" role="tabpanel">${frame('', 'jsonc', cfJsonc)}</div>
<div id="tab-panel-1" aria-labelledby="tab-1" role="tabpanel" hidden>${frame('', 'toml', cfToml)}</div></starlight-tabs>
<p>${cfAdd[1]}</p>
<div class="sl-heading-wrapper level-h2"><h2 id="handle-the-scheduled-event">${cfH2}</h2><a class="sl-anchor-link" href="#handle-the-scheduled-event">
<span class="sr-only">Section titled “${cfH2}”</span></a></div>
<p>${cfHandle[0]}</p>${frame('src/index.js', 'js', cfJs)}<p>${cfHandle[1]}</p>
<aside aria-label="Note" class="starlight-aside starlight-aside--note"><p class="starlight-aside__title" aria-hidden="true">
<svg viewBox="0 0 24 24" width="16" height="16" class="starlight-aside__icon"><path d="M12 2a10 10 0 1 0 0 20"/></svg>Note</p>
<div class="starlight-aside__content"><p>${cfNote}</p></div></aside>
<div class="sl-heading-wrapper level-h2"><h2 id="test-cron-triggers-locally">${cfH3}</h2><a class="sl-anchor-link" href="#test-cron-triggers-locally">
<span class="sr-only">Section titled “${cfH3}”</span></a></div>
<p>${cfTest}</p>${frame('', 'sh', cfSh)}
<div class="sl-heading-wrapper level-h2"><h2 id="limits">${cfH4}</h2><a class="sl-anchor-link" href="#limits">
<span class="sr-only">Section titled “${cfH4}”</span></a></div>
<ul>${cfLimits.map((l) => `<li>${l}</li>`).join('\n')}</ul>
</div>
<div class="feedback not-content" data-page="/workers/configuration/cron-triggers/"><p>Was this helpful?</p>
<button type="button" data-feedback="yes">Yes</button><button type="button" data-feedback="no">No</button></div>
<footer class="sl-flex"><div class="meta sl-flex">
<a href="https://github.com/cloudflare/cloudflare-docs/edit/production/src/content/docs/workers/configuration/cron-triggers.mdx"
class="sl-flex print:hidden"><svg aria-hidden="true" width="16" height="16"></svg>Edit page</a>
<p>Last updated: <time datetime="2025-09-30T14:12:06.000Z">Sep 30, 2025</time></p></div>
<div class="pagination-links print:hidden" dir="ltr"><a href="/workers/configuration/compatibility-dates/" rel="prev">
<span>Previous<br><span class="link-title">Compatibility dates</span></span></a>
<a href="/workers/configuration/environment-variables/" rel="next"><span>Next<br><span class="link-title">Environment variables</span></span></a></div>
</footer></div></div></main>
<footer class="site-footer not-content"><div class="footer-links">${links(cfFoot, 'footer-link')}</div>
<div class="footer-legal"><p>© 2025 Cloudflare, Inc.</p><ul>${links(cfLegal)}</ul></div></footer></div></div></div></div>
</body></html>`;
const cloudflareDocs: TestPage = {
  html: cfHtml,
  name: 'heldout60-cloudflare-docs',
  kind: 'docs',
  // the Starlight "Note" aside is body ("Note" in neither); the code frames with their titles and the config tabs
  // ("wrangler.jsonc", "wrangler.toml", the hidden panel's code too) are in neither list; the anchor links' hidden "Section
  // titled" labels repeat the headings (in neither); "Last updated: Sep 30, 2025" is the dateline (byline); "On this page" is
  // furniture, its entries repeat the headings (in neither) and its "Overview" is the sidebar's; the sidebar's current entry is
  // the title (left out); breadcrumbs repeat the sidebar; prev/next titles, "Copy page", feedback, theme menu and the footer grid
  // are furniture
  title: cfTitle,
  headings: [cfH1, cfH2, cfH3, cfH4],
  body: [...texts(cfIntro), ...texts(cfAdd), ...texts(cfHandle), ...texts([cfNote, cfTest]), ...texts(cfLimits)],
  bylines: ['Last updated: Sep 30, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Cloudflare Docs', 'Search', 'Ctrl', 'Cancel', ...cfHead, 'Select theme', 'Dark', 'Light', 'Auto', 'Workers', ...cfSide,
    'Configuration', ...cfConf, ...cfSide2, 'On this page', 'Copy page', 'View page as Markdown', 'Was this helpful?', 'Yes', 'No', 'Edit page',
    'Previous', 'Next', ...cfFoot, '© 2025 Cloudflare, Inc.', ...cfLegal,
  ],
};

export const HELDOUT60_B: readonly TestPage[] = [cloudflareDocs, digitalOceanTutorial];
