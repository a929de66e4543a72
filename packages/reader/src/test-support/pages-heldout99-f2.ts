import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 99, file f2: a Cloudflare developer docs page (Astro Starlight on developers.cloudflare.com) (skip link, the
 * header with the site title, search button, top links and theme select, the product sidebar, the "On this page" toc
 * with its mobile copy, breadcrumbs, the h1 with the "Copy page" button, heading wrappers with hidden "Section titled"
 * anchor texts, a Starlight note aside, tabs for the config formats, the "Was this helpful?" box, the footer meta with "Edit
 * page" and "Last updated", the Previous / Next pagination links and the site footer with its columns).
 */
const cfTitle = 'Cron Triggers';
const cfP1 = [
  'Cron Triggers allow users to map a cron expression to a Worker using a <code dir="auto">scheduled()</code> handler that enables Workers ' +
    'to be executed on a schedule.',
  'Cron Triggers are ideal for running periodic jobs, such as for maintenance or calling third-party APIs to collect up-to-date data. ' +
    'Workers scheduled by Cron Triggers will run on underutilized machines to make the best use of capacity and route traffic efficiently.',
];
const cfH1 = 'Add a Cron Trigger';
const cfP2 = [
  'Define the schedule in the <code dir="auto">triggers</code> section of your Wrangler configuration file. Each entry is a standard ' +
    'five-field cron expression, evaluated in UTC. A Worker can have several schedules, and the same handler runs for all of them.',
];
const cfH2 = 'Handle scheduled events';
const cfP3 = [
  'Add a <code dir="auto">scheduled()</code> handler to your Worker. It receives the event, which includes the <code dir="auto">cron</code> ' +
    'expression that fired and the scheduled time, along with your bindings and an execution context.',
  'When a Worker has several schedules, branch on <code dir="auto">event.cron</code> to run different work for each one. The Pinecrest ' +
    'Weather team, for example, refreshes station readings every ten minutes and rebuilds its daily summary page once a night from the same ' +
    'Worker.',
];
const cfNote =
  'Changes to Cron Triggers can take up to 15 minutes to propagate to the Cloudflare global network. Until then, the previous schedule may ' + 'still run.';
const cfH3 = 'Test Cron Triggers locally';
const cfP4 = [
  'Run <code dir="auto">npx wrangler dev --test-scheduled</code> to expose a special route on your local development server. Requesting ' +
    '<code dir="auto">/__scheduled</code> runs the handler once, and the <code dir="auto">cron</code> query parameter lets you choose which ' +
    'expression the event reports.',
];
const cfH4 = 'Limits';
const cfList = [
  'Each Worker can have up to five Cron Triggers on the Free plan and up to 250 across an account on the Paid plan.',
  'A scheduled run that takes longer than the CPU time limit is stopped, just like an HTTP request would be.',
  'Runs are not retried automatically. If a run fails, the next one happens at the next scheduled time.',
];
const cfP5 = [
  'Past runs, including their outcome and duration, appear in the dashboard under <strong>Workers &amp; Pages</strong> &gt; your Worker &gt; ' +
    '<strong>Settings</strong> &gt; <strong>Trigger Events</strong>.',
];
const cfTop = ['Docs Directory', 'APIs', 'SDKs', 'Help', 'Log in'];
const cfThemes = ['Dark', 'Light', 'Auto'];
const cfSide = [
  'Workers',
  'Overview',
  'Get started',
  'Examples',
  'Framework guides',
  'Configuration',
  'Bindings',
  'Compatibility dates',
  'Compatibility flags',
  'Environment variables',
  'Secrets',
  'Runtime APIs',
  'Wrangler',
  'Observability',
];
const cfCrumbs = ['Directory', 'Workers', 'Configuration'];
const cfTabs = ['wrangler.jsonc', 'wrangler.toml'];
const cfFeedback = ['Was this helpful?', 'Yes', 'No'];
const cfPager = ['Previous', 'Compatibility flags', 'Next', 'Environment variables'];
const cfFoot: [string, string[]][] = [
  ['Resources', ['API', 'New to Cloudflare?', 'Directory', 'Sponsorships', 'Open Source']],
  ['Support', ['Help Center', 'System Status', 'Compliance', 'GDPR']],
  ['Company', ['cloudflare.com', 'Our team', 'Careers']],
  ['Tools', ['Cloudflare Radar', 'Speed Test', 'Is BGP Safe Yet?', 'RPKI Toolkit', 'Certificate Transparency']],
  ['Community', ['X', 'Discord', 'YouTube', 'GitHub']],
];
const cfLegal = ['Privacy Policy', 'Terms of Use', 'Report Security Issues', 'Trademark', 'Cookie Settings'];
const cfPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const cfId = (t: string): string => t.toLowerCase().replace(/ /g, '-');
const cfH = (t: string): string => `<div class="sl-heading-wrapper level-h2"><h2 id="${cfId(t)}">${t}</h2><a class="sl-anchor-link" href="#${cfId(t)}"><span
aria-hidden="true" class="sl-anchor-icon"><svg width="16" height="16" viewBox="0 0 24 24"></svg></span><span
class="sr-only">Section titled “${t}”</span></a></div>`;
const cfCode = (lang: string, code: string): string => `<div class="expressive-code"><figure class="frame not-content"><figcaption class="header"></figcaption>
<pre data-language="${lang}"><code>${code}</code></pre><div class="copy"><button title="Copy to clipboard" data-copied="Copied!"><div></div></button></div>
</figure></div>`;
const cfToc = [['_top', 'Overview'], ...[cfH1, cfH2, cfH3, cfH4].map((h) => [cfId(h), h])]
  .map(([id, t]) => `<li><a href="#${id}"><span>${t}</span></a></li>`)
  .join('\n');
const cfHtml = `<!DOCTYPE html><html lang="en" dir="ltr" data-theme="light" data-has-toc data-has-sidebar><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Cron Triggers · Cloudflare Workers docs</title>
<link rel="canonical" href="https://developers.cloudflare.com/workers/configuration/cron-triggers/">
<meta name="generator" content="Astro v5.7.10"><meta name="generator" content="Starlight v0.34.3">
<meta property="og:title" content="Cron Triggers · Cloudflare Workers docs"><meta property="og:type" content="article">
<meta property="og:url" content="https://developers.cloudflare.com/workers/configuration/cron-triggers/"><meta property="og:locale" content="en">
<meta property="og:description" content="Enable your Worker to be executed on a schedule."><meta property="og:site_name" content="Cloudflare Docs">
<meta name="twitter:site" content="CloudflareDev"><meta name="pcx_content_type" content="how-to"><meta name="pcx_product" content="Workers">
<meta property="article:modified_time" content="2025-03-03T14:21:08.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,
"name":"Workers","item":"https://developers.cloudflare.com/workers/"},{"@type":"ListItem","position":2,"name":"Configuration",
"item":"https://developers.cloudflare.com/workers/configuration/"}]}</script>
<link rel="stylesheet" href="/_astro/print.BQ3rS4.css" media="print"><link rel="stylesheet" href="/_astro/index.Cf9k2L.css">
<script type="module" src="/_astro/page.7RcJ0e.js"></script>
<script src="https://static.cloudflareinsights.example/beacon.min.js" data-cf-beacon='{"token": "a1b2c3"}' defer></script>
</head><body>
<a href="#_top" class="sl-skip-link">Skip to content</a>
<div class="page sl-flex"><header class="header"><div class="header sl-flex"><div class="title-wrapper sl-flex"><a href="/" class="site-title sl-flex">
<img class="light:sl-hidden print:hidden" alt="" src="/_astro/logo.B7JmGV.svg" width="96" height="32"><span class="">Cloudflare Docs</span></a></div>
<div class="sl-flex print:hidden"><site-search class="search"><button data-open-modal disabled aria-label="Search" aria-keyshortcuts="Control+K"
class="sl-flex"><svg aria-hidden="true"></svg><span class="sl-hidden md:sl-block" aria-hidden="true">Search</span><kbd class="sl-hidden md:sl-flex"
style="display: none;"><kbd>Ctrl</kbd><kbd>K</kbd></kbd></button></site-search></div>
<div class="sl-hidden md:sl-flex print:hidden right-group"><ul class="top-links">${links(cfTop)}</ul>
<starlight-theme-select><label style="--sl-label-icon-size: 0.875rem; --sl-caret-size: 1.25rem; --sl-inline-padding: 0.5rem;"><span
class="sr-only">Select theme</span><select autocomplete="off">${cfThemes.map((t) => `<option value="${t.toLowerCase()}">${t}</option>`).join('')}</select>
</label></starlight-theme-select></div></div></header>
<nav class="sidebar print:hidden" aria-label="Main"><div id="starlight__sidebar" class="sidebar-pane"><div class="sidebar-content sl-flex">
<sl-sidebar-state-persist><ul class="top-level">${links(cfSide)}
<li><a href="/workers/configuration/cron-triggers/" aria-current="page" class="large"><span>${cfTitle}</span></a></li></ul></sl-sidebar-state-persist>
</div></div></nav>
<div class="main-frame"><div class="lg:sl-flex"><aside class="right-sidebar-container print:hidden"><div class="right-sidebar"><div class="sl-container">
<starlight-toc data-min-h="2" data-max-h="3"><nav aria-labelledby="starlight__on-this-page"><h2 id="starlight__on-this-page">On this page</h2>
<ul>${cfToc}</ul></nav></starlight-toc></div></div></aside>
<div class="main-pane"><main data-pagefind-body lang="en" dir="ltr"><div class="content-panel"><div class="sl-container">
<mobile-starlight-toc><nav aria-labelledby="starlight__on-this-page--mobile"><details id="starlight__mobile-toc"><summary
id="starlight__on-this-page--mobile" class="sl-flex"><div class="toggle sl-flex">On this page</div><span class="display-current">Overview</span></summary>
<div class="dropdown"><ul>${cfToc}</ul></div></details></nav></mobile-starlight-toc>
<nav aria-label="Breadcrumbs" class="breadcrumbs"><ol>${cfCrumbs.map((t) => `<li><a href="/${t.toLowerCase()}/">${t}</a></li>`).join('')}</ol></nav>
<div class="sl-flex title-row"><h1 id="_top">${cfTitle}</h1><div class="copy-page"><button type="button" aria-haspopup="menu">Copy page</button></div></div>
</div></div>
<div class="content-panel"><div class="sl-container"><div class="sl-markdown-content">
${cfPs(cfP1)}
${cfH(cfH1)}
${cfPs(cfP2)}
<starlight-tabs><div class="tablist-wrapper not-content"><ul role="tablist">${cfTabs
  .map((t, i) => `<li role="presentation" class="tab"><a role="tab" href="#tab-panel-${i}" aria-selected="${i === 0}">${t}</a></li>`)
  .join('')}</ul></div><div id="tab-panel-0" role="tabpanel">${cfCode('jsonc', '{\n  "triggers": {\n    "crons": ["*/10 * * * *", "30 2 * * *"]\n  }\n}')}</div>
<div id="tab-panel-1" role="tabpanel" hidden>${cfCode('toml', '[triggers]\ncrons = [ "*/10 * * * *", "30 2 * * *" ]')}</div></starlight-tabs>
${cfH(cfH2)}
${cfPs(cfP3.slice(0, 1))}
${cfCode(
  'ts',
  `export default {
  async scheduled(event, env, ctx) {
    if (event.cron === "30 2 * * *") {
      ctx.waitUntil(rebuildDailySummary(env));
    } else {
      ctx.waitUntil(refreshStations(env));
    }
  },
};`,
)}
${cfPs(cfP3.slice(1))}
<aside aria-label="Note" class="starlight-aside starlight-aside--note"><p class="starlight-aside__title" aria-hidden="true"><svg viewBox="0 0 24 24"
width="16" height="16" class="starlight-aside__icon"></svg>Note</p><div class="starlight-aside__content"><p>${cfNote}</p></div></aside>
${cfH(cfH3)}
${cfPs(cfP4)}
${cfH(cfH4)}
<ul>
${cfList.map((t) => `<li>${t}</li>`).join('\n')}
</ul>
${cfPs(cfP5)}
</div>
<div class="feedback-prompt not-content"><p>${cfFeedback[0]}</p><div class="feedback-buttons"><button
type="button" data-feedback="yes">${cfFeedback[1]}</button>
<button type="button" data-feedback="no">${cfFeedback[2]}</button></div><p class="feedback-thanks" hidden>Thanks for your feedback!</p></div>
<footer class="sl-flex"><div class="meta sl-flex"><a
href="https://github.com/cloudflare/cloudflare-docs/edit/production/src/content/docs/workers/configuration/cron-triggers.mdx"
class="sl-flex print:hidden"><svg aria-hidden="true" width="16" height="16"></svg>Edit page</a>
<p>Last updated: <time datetime="2025-03-03T14:21:08.000Z">Mar 3, 2025</time></p></div>
<div class="pagination-links print:hidden" dir="ltr"><a href="/workers/configuration/compatibility-flags/" rel="prev"><svg aria-hidden="true"></svg><span>
${cfPager[0]}<br><span class="link-title">${cfPager[1]}</span></span></a><a href="/workers/configuration/environment-variables/" rel="next"><svg
aria-hidden="true"></svg><span>${cfPager[2]}<br><span class="link-title">${cfPager[3]}</span></span></a></div></footer>
</div></div></main></div></div></div></div>
<footer class="site-footer not-content"><div class="footer-columns">
${cfFoot.map(([h, items]) => `<div class="footer-column"><p class="footer-heading">${h}</p><ul>\n${links(items)}\n</ul></div>`).join('\n')}
</div><div class="footer-legal"><p>© 2025 Cloudflare, Inc.</p><ul>${links(cfLegal)}</ul></div></footer>
</body></html>`;
export const cloudflareDocs: TestPage = {
  html: cfHtml,
  name: 'heldout99-cloudflare-workers-docs',
  kind: 'docs',
  // the note aside is body (its "Note" label in neither list); the hidden "Section titled" anchor texts, the config tab
  // labels, the feedback box, "Edit page", pagination and footer are furniture; "Last updated" is a byline; the toc lists,
  // the sidebar entry for this page and the last breadcrumb repeat the title and headings and are left out
  title: cfTitle,
  headings: [cfH1, cfH2, cfH3, cfH4],
  body: texts([...cfP1, ...cfP2, ...cfP3, cfNote, ...cfP4, ...cfList, ...cfP5]),
  bylines: ['Last updated: Mar 3, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...new Set([
    'Skip to content', 'Cloudflare Docs', 'Search', ...cfTop, 'Select theme', ...cfThemes, ...cfSide, 'On this page', ...cfCrumbs, 'Copy page',
    ...[cfH1, cfH2, cfH3, cfH4].map((h) => `Section titled “${h}”`), ...cfTabs, ...cfFeedback, 'Thanks for your feedback!', 'Edit page', ...cfPager,
    ...cfFoot.flatMap(([h, items]) => [h, ...items]), '© 2025 Cloudflare, Inc.', ...cfLegal,
    ]),
  ],
};
