import { links, type TestPage, texts } from './page-kit.js';
import { hashicorpTutorial } from './pages-heldout60-f2.js';

/**
 * Held-out batch 60, file f: a Vercel docs page (vercel.com/docs on Geist: the marketing header, the docs bar with search and
 * "Ask AI", the sidebar with its open CDN group, breadcrumbs, "Last updated", the "Copy page" menu, the plan availability
 * badge, a code block with file name and copy button, a note with an icon, the feedback widget with emoji buttons, prev/next
 * links, the right-hand "On this page" list, the big footer with the status line and theme switch).
 */
const vcTitle = 'Redirects';
const vcIntro = [
  'A redirect sends a visitor who asks for one URL on to a different URL. Vercel handles redirects at the edge, before the ' +
    'request reaches your functions or static files, so they add almost no latency.',
  'You can define redirects in more than one place, and each suits a different need. Redirects in your project configuration ' +
    'are versioned with your code and deployed with it, while redirects set in the dashboard take effect at once without a new deployment.',
];
const vcH1 = 'Use cases';
const vcUses = [
  'Moving a page to a new path after a site restructure, so that existing links and search results keep working.',
  'Sending visitors from an old domain, or from the <code>www</code> subdomain, to your primary domain.',
  'Routing visitors to a country-specific page based on the <code>x-vercel-ip-country</code> request header.',
  'Sending traffic to a maintenance page for a short time during a migration.',
];
const vcH2 = 'Configuration redirects';
const vcConf = [
  'Add a <code>redirects</code> array to your <code>vercel.json</code> file. Each entry needs a <code>source</code> path pattern ' +
    'and a <code>destination</code>. Set <code>permanent</code> to <code>true</code> to return a 308 status code, or to ' +
    '<code>false</code> for a 307.',
  'Patterns support named parameters such as <code>:slug</code> and wildcards such as <code>:path*</code>, which you can reuse ' + 'in the destination.',
];
const vcNote =
  'Redirects run before your framework’s own routing. If a Next.js app defines the same redirect in <code>next.config.js</code>, ' +
  'the one in <code>vercel.json</code> wins.';
const vcH3 = 'Dashboard redirects';
const vcDash =
  'In your project’s <strong>Settings</strong>, open <strong>Redirects</strong> to add a rule without redeploying. Dashboard ' +
  'redirects apply to every deployment on the project’s production domain and are checked before configuration redirects.';
const vcH4 = 'Choosing a status code';
const vcStatus =
  'Use a permanent redirect (308) only when you are sure that the old URL won’t come back, because browsers and search engines ' +
  'cache it. For short-lived changes, such as a sale page or an outage notice, use a temporary redirect (307).';
const vcH5 = 'Limits';
const vcLimits =
  'A project can define up to 2,048 redirects in its configuration file. If you need more, for example when you migrate a large ' +
  'site, use bulk redirects, which accept a CSV file of up to one million rules on Pro and Enterprise plans.';
const vcTop = ['Products', 'Resources', 'Solutions', 'Enterprise', 'Docs', 'Pricing'];
const vcSide = ['Getting Started', 'Frameworks', 'Incremental Migration', 'Production Checklist', 'Builds', 'Deployments', 'Domains'];
const vcCdn = ['Overview', 'Regions', 'Headers', 'Caching', 'Rewrites', 'Image Optimization'];
const vcSide2 = ['Functions', 'Observability', 'Security', 'Storage'];
// biome-ignore format: the footer columns are packed a line each
const vcFoot = [
  'Get Started', 'Templates', 'Supported frameworks', 'Marketplace', 'Build', 'Next.js', 'Turborepo', 'v0', 'Scale', 'Content delivery network',
  'Fluid compute', 'CI/CD', 'Secure', 'Platform security', 'Web Application Firewall', 'Bot management', 'Customers', 'Startups',
  'Solution partners', 'Learn', 'Blog', 'Changelog', 'Knowledge Base', 'Academy', 'Community', 'Company', 'About', 'Careers', 'Help', 'Press',
  'Legal', 'Privacy Policy', 'GitHub', 'LinkedIn', 'X', 'YouTube',
];
const vcJson = `<span class="line"><span style="color:var(--shiki-token-punctuation)">{</span></span>
<span class="line"><span style="color:var(--shiki-token-keyword)">  "redirects"</span>: [</span>
<span class="line">    { <span style="color:var(--shiki-token-keyword)">"source"</span>: <span
style="color:var(--shiki-token-string)">"/blog/:slug"</span>, "destination": "/news/:slug", "permanent": true },</span>
<span class="line">    { <span
style="color:var(--shiki-token-keyword)">"source"</span>: "/docs/:path*", "destination": "https://docs.example.com/:path*", "permanent": false }</span>
<span class="line">  ]</span>
<span class="line">}</span>`;
const vcHtml = `<!DOCTYPE html>
<html lang="en" class="__variable_f367f3 __variable_dc7d19 light-theme" style="color-scheme:light"><head><meta charset="utf-8">
<title>${vcTitle}</title><meta name="description" content="Learn how to redirect requests on Vercel with configuration and dashboard redirects.">
<link rel="preload" as="font" href="/vc-ap-vercel-docs/_next/static/media/geist.woff2" crossorigin="">
<script>((e,t)=>{try{let r=localStorage.getItem("theme")||"system";document.documentElement.classList.add(r+"-theme")}catch(e){}})()</script>
</head><body><div class="geist-skip"><a href="#main-content">Skip to content</a></div>
<header class="header_header__Qx7wK" data-testid="marketing-header"><a href="/home" aria-label="Vercel home"><svg aria-hidden="true"></svg></a>
<nav aria-label="Main"><ul>${links(vcTop, 'header_item__x8Zt1')}</ul></nav><div class="header_actions__K2o9d"><a href="/login">Log In</a>
<a href="/contact">Contact</a><a class="button_primary__Rk1yD" href="/signup">Sign Up</a></div></header>
<div class="docs-bar_bar__b4Y2q"><button class="docs-search_trigger__uXw3l" type="button"><span>Search documentation...</span><kbd>⌘K</kbd></button>
<button class="docs-ask-ai_button__Ns0oE" type="button">Ask AI</button></div>
<div class="docs-layout_layout__Jm2pQ"><nav class="sidebar_sidebar__Vn1sA" aria-label="Docs navigation"><ul>${links(vcSide, 'sidebar_item__ZnX8k')}
<li class="sidebar_group__8bQdT" data-open="true"><span>CDN</span><ul>${links(vcCdn.slice(0, 4))}
<li class="sidebar_active__S9fLk"><a href="/docs/redirects" aria-current="page">${vcTitle}</a></li>${links(vcCdn.slice(4))}</ul></li>
${links(vcSide2, 'sidebar_item__ZnX8k')}</ul></nav>
<main id="main-content" class="docs-layout_main__aC3Uo"><nav aria-label="Breadcrumb" class="breadcrumbs_root__Ohm3f"><a href="/docs">Docs</a>
<span aria-hidden="true">/</span><a href="/docs/cdn">CDN</a></nav>
<div class="page-header_header__qV3mz"><h1 class="page-header_title__L8oYb">${vcTitle}</h1>
<div class="page-header_meta__Pu2nE"><span class="page-header_updated__kG1Lx">Last updated October 2, 2025</span>
<button type="button" class="copy-page_button__tQ0sd" aria-haspopup="menu">Copy page</button>
<div role="menu" hidden><a role="menuitem" href="/docs/redirects.md">View as Markdown</a><a role="menuitem" href="#">Open in v0</a></div></div>
<div class="plan-badge_badge__N1x8w"><span>Redirects are available on all plans</span></div></div>
<article class="docs-content_prose__Ul9qX">${vcIntro.map((p) => `<p>${p}</p>`).join('\n')}
<h2 id="use-cases"><a href="#use-cases">${vcH1}</a></h2><ul>${vcUses.map((u) => `<li>${u}</li>`).join('\n')}</ul>
<h2 id="configuration-redirects"><a href="#configuration-redirects">${vcH2}</a></h2><p>${vcConf[0]}</p>
<div class="code-block_wrapper__t2CzW"><div class="code-block_header__pSm3v"><span class="code-block_filename__3wTqR">vercel.json</span>
<button type="button" aria-label="Copy code" class="code-block_copy__bE9mA"><svg aria-hidden="true"></svg></button></div>
<pre class="shiki" data-language="json"><code>${vcJson}</code></pre></div><p>${vcConf[1]}</p>
<div role="note" class="note_note__mY3rb note_type-note__Z2gcL"><svg class="note_icon__kV7ja" aria-hidden="true"></svg><span>${vcNote}</span></div>
<h2 id="dashboard-redirects"><a href="#dashboard-redirects">${vcH3}</a></h2><p>${vcDash}</p>
<h2 id="choosing-a-status-code"><a href="#choosing-a-status-code">${vcH4}</a></h2><p>${vcStatus}</p>
<h2 id="limits"><a href="#limits">${vcH5}</a></h2><p>${vcLimits}</p></article>
<div class="feedback_feedback__Gx1mK"><p>Was this helpful?</p><div role="radiogroup">
${['🤩', '🙂', '😕', '😭'].map((e) => `<button type="button" role="radio" aria-checked="false">${e}</button>`).join('')}</div>
<textarea hidden placeholder="Your feedback..."></textarea><button type="button" hidden>Send</button></div>
<nav class="pagination_pagination__W4fYk" aria-label="Pagination"><a href="/docs/headers" rel="prev"><span>Previous</span><span>Headers</span></a>
<a href="/docs/rewrites" rel="next"><span>Next</span><span>Rewrites</span></a></nav></main>
<aside class="toc_toc__vD5pH"><p class="toc_title__b0mZa">On this page</p><ul>
${[vcH1, vcH2, vcH3, vcH4, vcH5].map((t) => `<li><a href="#">${t}</a></li>`).join('')}</ul>
<a class="toc_link__q2VhL" href="#">Ask AI about this page</a><a class="toc_link__q2VhL" href="#">Scroll to top</a></aside></div>
<footer class="footer_footer__T4sYz"><ul class="footer_links__c1YpQ">${links(vcFoot)}</ul>
<div class="footer_bottom__M0zjR"><a href="https://www.vercel-status.com" class="footer_status__qN6kz">All systems normal.</a>
<fieldset class="theme-switcher_root__rE8wF"><legend class="geist-sr-only">Select a display theme:</legend>
<label><input type="radio" name="theme" value="system" checked><span class="geist-sr-only">system</span></label>
<label><input type="radio" name="theme" value="light"><span class="geist-sr-only">light</span></label>
<label><input type="radio" name="theme" value="dark"><span class="geist-sr-only">dark</span></label></fieldset></div></footer></body></html>`;
const vercelDocs: TestPage = {
  html: vcHtml,
  name: 'heldout60-vercel-docs',
  kind: 'docs',
  // the note (icon, no label word) is body; the JSON block with its file name is in neither list; "Last updated October 2,
  // 2025" is the dateline (byline); the plan badge, "Copy page" menu, feedback widget, prev/next links (their titles are the
  // sidebar's), "On this page" with its links (its heading entries repeat the headings: in neither), sidebar, headers and
  // footer are furniture; the sidebar's current entry is the title (left out)
  title: vcTitle,
  headings: [vcH1, vcH2, vcH3, vcH4, vcH5],
  body: [...texts(vcIntro), ...texts(vcUses), ...texts(vcConf), ...texts([vcNote, vcDash, vcStatus, vcLimits])],
  bylines: ['Last updated October 2, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...vcTop, 'Log In', 'Contact', 'Sign Up', 'Search documentation...', '⌘K', 'Ask AI', ...vcSide, 'CDN', ...vcCdn, ...vcSide2,
    'Copy page', 'View as Markdown', 'Open in v0', 'Redirects are available on all plans', 'Was this helpful?', 'Send', 'Previous', 'Next',
    'On this page', 'Ask AI about this page', 'Scroll to top', ...vcFoot, 'All systems normal.', 'Select a display theme:', 'system', 'light', 'dark',
  ],
};

export const HELDOUT60_F: readonly TestPage[] = [vercelDocs, hashicorpTutorial];
