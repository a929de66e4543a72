import { links, type TestPage, texts } from './page-kit.js';
import { digitaloceanTutorial } from './pages-heldout118-f2.js';

/**
 * Held-out batch 118, file f: a Notion Help Center article (notion.com/help: the global marketing nav with "Request a
 * demo", "Log in" and "Get Notion free", the help sub-header with its search, the category sidebar, the breadcrumb, the
 * article with a callout and an FAQ section of toggles whose answers are collapsed, the "In this article" rail, the
 * "Give Feedback" widget, "Related articles", the "Message support" box, the big footer with the language picker and the
 * cookie notice) and, from files f2 and f3, a DigitalOcean community tutorial.
 */
const noTitle = 'Scheduled page snapshots';
const noP1 = [
  'Snapshots save a read-only copy of a page, and everything inside it, on a schedule you choose. Use them to keep a record of ' +
    'how a roadmap, a wiki page, or a project database looked at the end of each week or month 📸',
  'Snapshots are available on the Business and Enterprise Plans. Workspace owners can turn them off in <code>Settings</code>.',
];
const noH1 = 'Create a snapshot schedule';
const noSteps = [
  'Open the page you want to snapshot and select <code>•••</code> at the top of the page.',
  'Select <code>Snapshots</code> → <code>Schedule snapshots</code>.',
  'Choose how often to take a snapshot (daily, weekly, or monthly) and the time of day.',
  'Select <code>Save</code>. The first snapshot is taken at the next scheduled time.',
];
const noCallout = 'Each page can have one schedule. Sub-pages are included in their parent’s snapshot, so you don’t need separate schedules for them.';
const noH2 = 'View and restore snapshots';
const noP2 = [
  'To see a page’s snapshots, select <code>•••</code> → <code>Snapshots</code>. Snapshots are listed by date, with the name of the ' +
    'person who created the schedule.',
  'Select a snapshot to open it. You can read it, copy text from it, and export it as a PDF, but you can’t edit it. To bring a ' +
    'snapshot back, select <code>Restore as new page</code>. The restored copy is created next to the original page, which is ' +
    'left unchanged.',
  'Snapshots include the page’s content, its sub-pages, and the rows of any databases on it, but not comments or the page’s ' +
    'version history. Linked databases show the rows that were visible to the person who created the schedule.',
];
const noH3 = 'How long snapshots are kept';
const noKeep = [
  'On the Business Plan, snapshots are kept for 90 days.',
  'On the Enterprise Plan, workspace owners can keep snapshots for up to 3 years.',
  'Deleting a page also deletes its snapshots once the page is removed from <code>Trash</code>.',
];
const noH4 = 'FAQs';
const noFaq: [string, string][] = [
  ['Do snapshots count towards my storage limit?', 'No. Snapshots are stored separately and don’t count towards file upload limits.'],
  ['Who can see a page’s snapshots?', 'Anyone with full access to the page. People with edit, comment, or view access can’t open snapshots.'],
  [
    'Can I take a snapshot right now?',
    'Yes. Select <code>•••</code> → <code>Snapshots</code> → <code>Take snapshot now</code>. Manual snapshots are kept for the same ' +
      'time as scheduled ones.',
  ],
];
const noNav = ['Product', 'AI', 'Download', 'Solutions', 'Resources', 'Pricing'];
const noCta = ['Request a demo', 'Log in', 'Get Notion free'];
const noSide = [
  'Get started',
  'Write & edit',
  'Databases',
  'Sharing & collaboration',
  'Workspace & sidebar',
  'Notion AI',
  'Data & integrations',
  'Templates',
  'Billing & payments',
  'Security & privacy',
];
const noCrumbs = ['Notion Help Center', 'Data & integrations'];
const noFeedback = ['Give Feedback', 'Was this resource helpful?', 'Yes', 'No'];
const noRelated = ['Related articles', 'Page history', 'Export your content', 'Duplicate, move, and delete pages'];
const noSupport = ['Still have more questions?', 'Message support'];
const noFoot: [string, string[]][] = [
  ['Company', ['About us', 'Careers', 'Security', 'Status', 'Terms & privacy', 'Your privacy rights']],
  ['Download', ['iOS & Android', 'Mac & Windows', 'Calendar', 'Web Clipper']],
  ['Resources', ['Help center', 'Blog', 'Community', 'Integrations', 'Affiliates']],
  ['Notion for', ['Enterprise', 'Small business', 'Personal']],
];
const noLegal = ['Explore more →', 'English (US)', 'Cookie settings', '© 2025 Notion Labs, Inc.', 'Do Not Sell or Share My Info'];
const noCookie = [
  'Notion uses cookies to run this site, remember your preferences, and understand how you use our products. You can change your ' +
    'choices at any time in Cookie settings.',
  'Accept all',
  'Reject all',
  'Customize',
];
const noId = (t: string): string => t.toLowerCase().replace(/[^a-z0-9]+/g, '-');
const noH = (t: string): string =>
  `<h2 id="${noId(t)}" class="helpArticle_heading__q3Tz1"><a class="helpArticle_anchor__w9HhE" href="#${noId(t)}" aria-hidden="true"></a>${t}</h2>`;
const noHtml = `<!DOCTYPE html>
<html lang="en-US" class="notion-help"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Scheduled page snapshots – Notion Help Center</title><meta name="description" content="Keep read-only copies of a page on a schedule.">
<meta property="og:title" content="${noTitle}"><meta property="og:site_name" content="Notion">
<link rel="canonical" href="https://www.notion.com/help/page-snapshots">
<link rel="stylesheet" href="/front-static/_next/static/css/5b1e0a2c9f3d.css"><script src="/front-static/_next/static/chunks/main-7c1d.js" defer></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[{"@type":"Question",
"name":"${noFaq[0]?.[0]}","acceptedAnswer":{"@type":"Answer","text":"${noFaq[0]?.[1]}"}}]}</script></head>
<body><div id="__next"><a class="skipLink_skipLink__c2XQk" href="#main">Skip to content</a>
<header class="globalNavigation_globalNavigation__b7KdU" data-theme="light"><nav class="globalNavigation_nav__Ar1Nq" aria-label="Main"><a href="/"
class="globalNavigation_logo__M1q4s" aria-label="Notion"><svg viewBox="0 0 24 24" width="24" height="24"></svg></a><ul class="globalNavigation_links__jK8tP">
${noNav.map((t) => `<li><button class="globalNavigation_link__y2V0s" type="button" aria-expanded="false">${t}</button></li>`).join('\n')}</ul>
<div class="globalNavigation_ctas__Fq0cR"><a href="/contact-sales" class="button_secondary__h2Ld8">${noCta[0]}</a><a href="/login"
class="button_ghost__aQ5pL">${noCta[1]}</a><a href="/signup" class="button_primary__mX0lS">${noCta[2]}</a></div></nav></header>
<div class="helpSubheader_subheader__Ge2mR"><a href="/help" class="helpSubheader_title__pD1yH">Notion Help Center</a><form role="search" action="/help/search"
class="helpSubheader_search__nS2cQ"><label for="help-search" class="visuallyHidden">Search for answers</label><input id="help-search" type="search"
placeholder="Search for answers"></form></div>
<div class="helpLayout_layout__vT3cE"><nav class="helpSidebar_sidebar__hZ8uR" aria-label="Help categories"><ul>
${noSide
  .map(
    (t) => `<li class="helpSidebar_item__o4Wm2${t === 'Data & integrations' ? ' helpSidebar_active__L9d0S' : ''}">
<a href="/help/category/${noId(t)}">${t.replace(/&/g, '&amp;')}</a></li>`,
  )
  .join('\n')}
</ul></nav><main id="main" class="helpLayout_main__kT7sA"><nav aria-label="Breadcrumb" class="helpBreadcrumbs_breadcrumbs__u1PqE"><ol>
${noCrumbs.map((t) => `<li><a href="/help/${noId(t)}">${t.replace(/&/g, '&amp;')}</a></li>`).join('\n')}</ol></nav>
<article class="helpArticle_article__f5XyQ"><h1 class="helpArticle_title__Zr0Tn">${noTitle}</h1>
<div class="helpArticle_body__nW7Pe">
${noP1.map((p) => `<p>${p}</p>`).join('\n')}
<figure class="helpArticle_media__Kw1oC"><video autoplay loop muted playsinline src="https://www.notion.example/help/snapshots.mp4"></video></figure>
${noH(noH1)}
<ol>${noSteps.map((t) => `<li>${t}</li>`).join('\n')}</ol>
<div class="callout_callout__e8Jz2" role="note"><span class="callout_icon__tY4bn" aria-hidden="true">💡</span><div class="callout_content__s9VdW">
<p>${noCallout}</p></div></div>
${noH(noH2)}
${noP2.map((p) => `<p>${p}</p>`).join('\n')}
${noH(noH3)}
<ul>${noKeep.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${noH(noH4)}
<div class="helpFaq_faq__Dp3kA">${noFaq
  .map(
    ([q, a]) => `<details class="toggle_toggle__V7hWc"><summary class="toggle_summary__n2Jk0"><span class="toggle_arrow__bQ1rZ" aria-hidden="true"></span>
<span>${q}</span></summary><div class="toggle_content__Wm8dT"><p>${a}</p></div></details>`,
  )
  .join('\n')}</div></div></article>
<section class="helpFeedback_feedback__G5yNw"><h2 class="helpFeedback_title__qP0Ls">${noFeedback[0]}</h2><p>${noFeedback[1]}</p><div
class="helpFeedback_buttons__r3KxT"><button type="button">Yes</button><button type="button">No</button></div></section>
<section class="helpRelated_related__J6sPz"><h2 class="helpRelated_title__xB2mV">${noRelated[0]}</h2><ul class="helpRelated_list__H0nCe">
${noRelated
  .slice(1)
  .map((t) => `<li><a class="helpRelated_card__Zt5Wq" href="/help/${noId(t)}"><span class="helpRelated_cardTitle__eR8nQ">${t}</span></a></li>`)
  .join('\n')}</ul></section>
<section class="helpSupport_support__Ls4Hv"><p class="helpSupport_title__c8VmN">${noSupport[0]}</p><a class="button_secondary__h2Ld8"
href="https://www.notion.com/help?from=help-article#support">${noSupport[1]}</a></section></main>
<aside class="helpToc_toc__Xk1Mf" aria-labelledby="toc-title"><p id="toc-title" class="helpToc_title__pL3sB">In this article</p><ul>
${[noH1, noH2, noH3, noH4].map((t) => `<li><a href="#${noId(t)}">${t}</a></li>`).join('\n')}</ul></aside></div>
<footer class="globalFooter_footer__T9mQ2"><div class="globalFooter_columns__bN4Kd">
${noFoot
  .map(
    ([h, items]) => `<div class="globalFooter_column__pZ2Jw"><h3 class="globalFooter_heading__Ra6Cu">${h}</h3><ul>${links(items)}</ul>
</div>`,
  )
  .join('\n')}
<div class="globalFooter_column__pZ2Jw"><a class="globalFooter_more__Gm8Xv" href="/product">${noLegal[0]}</a></div></div>
<div class="globalFooter_bottom__Hd0Vz"><button class="globalFooter_language__sY1Kp" type="button">${noLegal[1]}</button><button
class="globalFooter_cookies__V0pQe" type="button">${noLegal[2]}</button><p class="globalFooter_copyright__Nq7Tx">${noLegal[3]}</p>
<a href="/privacy-choices">${noLegal[4]}</a>
</div></footer>
<div class="cookieNotice_notice__p8RmW" role="dialog" aria-live="polite" aria-label="Cookie notice"><p>${noCookie[0]}</p>
<div class="cookieNotice_buttons__Zq2Fe">
<button type="button" class="button_primary__mX0lS">${noCookie[1]}</button><button type="button" class="button_secondary__h2Ld8">${noCookie[2]}</button>
<button type="button" class="button_ghost__aQ5pL">${noCookie[3]}</button></div></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"article":{"slug":"page-snapshots","title":"${noTitle}"}}},
"page":"/help/[slug]"}</script>
</body></html>`;

const notion: TestPage = {
  html: noHtml,
  name: 'heldout118-notion-help-docs',
  kind: 'docs',
  // the callout's text is body; the FAQ toggles are body, question and (collapsed) answer alike, and their "FAQs" h2 is a
  // heading; the "In this article" links repeat the headings and are left out; the page shows no author or date; the
  // footer repeats "Download" and "Resources" from the nav, each listed once
  title: noTitle,
  headings: [noH1, noH2, noH3, noH4],
  body: texts([...noP1, ...noSteps, noCallout, ...noP2, ...noKeep, ...noFaq.flat()]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...new Set([
      'Skip to content', ...noNav, ...noCta, 'Notion Help Center', 'Search for answers', ...noSide, ...noFeedback, ...noRelated, ...noSupport,
      'In this article', ...noFoot.flatMap(([h, items]) => [h, ...items]), ...noLegal, ...noCookie,
    ]),
  ],
};

export const HELDOUT118_F: readonly TestPage[] = [notion, digitaloceanTutorial];
