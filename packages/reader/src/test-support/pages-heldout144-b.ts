import { links, ps, type TestPage, texts } from './page-kit.js';
import { netlifyDocs } from './pages-heldout144-b2.js';

/**
 * Held-out batch 144, file b: a Vercel documentation page on the Next.js docs site (the site header with its menus and
 * log-in buttons, the docs bar with the search button and "Ask AI", the left sidebar, breadcrumbs, the h1 with the "Last
 * updated" line, the plan availability box, a code block with its file name and copy button, a table, the right rail with
 * "On this page", "Copy page" and "Ask AI about this page", the emoji feedback box, the pager, the large footer with the
 * status line and theme switcher, and the consent banner) and, from file b2, a Netlify documentation page.
 */
const vcTitle = 'Managing Cron Jobs';
const vcLead = [
  `Once a cron job is deployed, it runs on the schedule in your project configuration until you change or remove it. This page
explains how long each run may take, what happens when a run fails, and how to keep two runs from overlapping.`,
];
const vcH1 = 'Duration of a run';
const vcP1 = [
  `A cron job calls one of your functions with an HTTP GET request, so a run is limited by the maximum duration of that
function. If your job needs more time, raise the function's <code>maxDuration</code> or split the work into smaller jobs that
run more often.`,
];
const vcH2 = 'Failed runs';
const vcP2 = [
  `Vercel does not retry a cron job that fails. A run counts as failed when the function returns a status code of 400 or higher,
times out, or throws before it responds. Failed runs appear in the runtime logs of the deployment, filtered by the
<code>vercel-cron</code> user agent.`,
  `If a job must eventually succeed, make the function record its progress somewhere durable, such as a database row, and
continue from that point on the next scheduled run.`,
];
const vcH3 = 'Avoiding overlapping runs';
const vcP3 = [
  `A run can start while the previous one is still working, for example when a job scheduled every minute sometimes takes
ninety seconds. To prevent this, take a lock at the start of the function and release it when the function ends:`,
];
const vcP4 = [
  `Give the lock an expiry slightly longer than the maximum duration of the function. If a run crashes without releasing the
lock, the next run can still start once the lock has expired.`,
];
const vcH4 = 'Securing cron jobs';
const vcP5 = [
  `The path of a cron job is an ordinary route, and anyone who knows it can call it. Add a <code>CRON_SECRET</code>
environment variable to your project and Vercel will send it in the <code>Authorization</code> header of every cron
request. Reject requests whose header does not match.`,
];
const vcH5 = 'Limits by plan';
const vcTable = [
  ['Hobby', '2', 'Once a day', 'Within the hour'],
  ['Pro', '40', 'Once a minute', 'Within the minute'],
  ['Enterprise', '100', 'Once a minute', 'Within the minute'],
];
const vcTh = ['Plan', 'Cron jobs per project', 'Shortest interval', 'Timing'];
const vcP6 = [
  `Jobs on the Hobby plan may start at any point within the scheduled hour. If your job must start at an exact time, use a Pro
or Enterprise project.`,
];
const vcCode = `import { kv } from '@/lib/kv';

export async function GET() {
  const got = await kv.set('lock:nightly-report', '1', { nx: true, ex: 330 });
  if (!got) return new Response('Already running', { status: 200 });
  try {
    await buildNightlyReport();
  } finally {
    await kv.del('lock:nightly-report');
  }
  return new Response('Done');
}`;
const vcMenu = ['Products', 'Resources', 'Solutions', 'Enterprise', 'Docs', 'Pricing'];
const vcAuth = ['Log In', 'Contact', 'Sign Up'];
const vcSide = ['Getting Started', 'Frameworks', 'Builds', 'Deployments', 'Functions', 'Observability', 'Domains', 'Environment Variables'];
const vcSideCron = ['Cron Jobs', 'Quickstart', 'Usage & Pricing'];
const vcFoot: [string, string[]][] = [
  ['Get Started', ['Templates', 'Supported frameworks', 'Marketplace', 'Domains']],
  ['Build', ['Next.js on Vercel', 'Turborepo', 'v0']],
  ['Scale', ['Content delivery network', 'Fluid compute', 'CI/CD', 'AI Gateway']],
  ['Secure', ['Platform security', 'Web Application Firewall', 'Bot management']],
  ['Resources', ['Customers', 'Enterprise', 'Articles', 'Startups', 'Solution partners']],
  ['Learn', ['Docs', 'Blog', 'Changelog', 'Knowledge Base', 'Academy', 'Community']],
  ['Company', ['About', 'Careers', 'Help', 'Press', 'Legal', 'Privacy Policy']],
];
const vcConsent = `We use cookies to run the site, to measure traffic and to improve your experience. You can change your choices at any
time in the consent settings.`;
const vcH = (id: string, t: string): string => `<h2 id="${id}" class="heading_heading__B7s1x"><a href="#${id}" class="heading_link__qK3pW">${t}</a>
<span class="heading_hash__x9Ftz" aria-hidden="true">#</span></h2>`;
const vcHtml = `<!DOCTYPE html><html lang="en" class="geist_sans__variable geist_mono__variable"><head><meta charSet="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/docs/_next/static/css/6b0e2b1d4a9f.css" data-precedence="next">
<script src="/docs/_next/static/chunks/webpack-3f1c0a9e2d7b.js" async></script><script src="/docs/_next/static/chunks/main-app-9a2e41.js" async></script>
<title>Managing Cron Jobs</title><meta name="description" content="Learn how to handle errors, durations and overlapping runs of cron jobs on Vercel.">
<link rel="canonical" href="https://vercel.com/docs/cron-jobs/manage-cron-jobs"><meta property="og:title" content="Managing Cron Jobs">
<meta property="og:site_name" content="Vercel"><meta property="og:image" content="https://vercel.com/api/docs-og?title=Managing%20Cron%20Jobs">
<meta name="twitter:card" content="summary_large_image"><meta name="twitter:site" content="@vercel">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TechArticle","headline":"Managing Cron Jobs","dateModified":"2025-09-24",
"publisher":{"@type":"Organization","name":"Vercel","logo":"https://vercel.com/favicon.ico"}}</script></head>
<body><div hidden></div><a class="skip-link_skip__Qz1mL" href="#main-content">Skip to content</a>
<header class="site-header_header__u7bNn" data-testid="header"><nav class="site-header_nav__R0oTa" aria-label="Main"><a href="/home" aria-label="Vercel Home">
<svg aria-label="Vercel logomark" height="22" role="img" viewBox="0 0 74 64"><path d="M37.59.25l36.95 64H.64l36.95-64z" fill="currentColor"></path></svg></a>
<ul class="site-header_menu__Ue2vW">${vcMenu
  .map((t) => `<li><button type="button" class="site-header_trigger__yqH3c" aria-expanded="false" data-state="closed">${t}</button></li>`)
  .join('\n')}</ul><div class="site-header_actions__2QpLd">${vcAuth
  .map((t) => `<a class="button_base__IZQUR button_small__BoGMq" href="/${t.toLowerCase().replace(' ', '')}">${t}</a>`)
  .join('\n')}</div></nav></header>
<div class="docs-bar_bar__m3KxP"><button class="docs-bar_menu__pT1zH" aria-label="Open sidebar">Menu</button><button type="button"
class="search_trigger__F2mEw" data-testid="docs-search"><span>Search documentation...</span><kbd class="kbd_kbd__x8Rtq">/</kbd></button>
<button type="button" class="ask-ai_button__Jd0qE">Ask AI</button></div>
<div class="docs-layout_layout__dKsWb"><aside class="sidebar_sidebar__hFcOz" aria-label="Docs navigation"><nav><ul>${links(vcSide, 'sidebar_item__Vd6mQ')}
<li class="sidebar_item__Vd6mQ sidebar_open__Nw0tX"><span class="sidebar_group__Ry4xG">${vcSideCron[0]}</span><ul>
<li><a href="/docs/cron-jobs/quickstart">${vcSideCron[1]}</a></li><li><a href="/docs/cron-jobs/manage-cron-jobs" aria-current="page">${vcTitle}</a></li>
<li><a href="/docs/cron-jobs/usage-and-pricing">Usage &amp; Pricing</a></li></ul></li></ul></nav></aside>
<main id="main-content" class="docs-layout_main__1Yq3m"><article class="markdown_article__cSUvD"><nav aria-label="Breadcrumb" class="breadcrumbs_nav__a7GxW">
<ol><li><a href="/docs">Docs</a></li><li><a href="/docs/cron-jobs">Cron Jobs</a></li></ol></nav>
<h1 class="markdown_h1__Ycm3r">${vcTitle}</h1><p class="last-updated_text__Nc0Yd">Last updated September 24, 2025</p>
<div class="plan-availability_card__oL5bS" data-plans="hobby,pro,enterprise"><svg aria-hidden="true" height="16" width="16"></svg>
<p>Cron jobs are available on <a href="/docs/plans">all plans</a></p></div>
<div class="markdown_content__H1oVt">
${ps(vcLead)}
${vcH('duration-of-a-run', vcH1)}
${ps(vcP1)}
${vcH('failed-runs', vcH2)}
${ps(vcP2)}
${vcH('avoiding-overlapping-runs', vcH3)}
${ps(vcP3)}
<div class="code-block_wrapper__Xo3z1"><div class="code-block_header__vE9kQ"><span class="code-block_filename__J2mW0">app/api/nightly-report/route.ts</span>
<button type="button" class="code-block_copy__Hq7xL" aria-label="Copy code"><svg height="16" width="16"></svg></button></div>
<pre class="code-block_pre__1Sf0k"><code data-language="ts">${vcCode}</code></pre></div>
${ps(vcP4)}
${vcH('securing-cron-jobs', vcH4)}
${ps(vcP5)}
${vcH('limits-by-plan', vcH5)}
<div class="table_wrapper__pE2mN"><table><thead><tr>${vcTh.map((t) => `<th>${t}</th>`).join('')}</tr></thead><tbody>
${vcTable.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table></div>
${ps(vcP6)}
</div>
<div class="feedback_wrapper__w0T4s"><p class="feedback_title__a8VnC">Was this helpful?</p><div class="feedback_emojis__c2ZqK" role="radiogroup">
<button aria-label="Love it" role="radio">🤩</button><button aria-label="It's okay" role="radio">🙂</button>
<button aria-label="Not great" role="radio">😕</button>
<button aria-label="Hate it" role="radio">😭</button></div><textarea placeholder="Your feedback..." hidden></textarea><button hidden>Send</button></div>
<nav class="pager_pager__tZ1sN" aria-label="Pagination"><a href="/docs/cron-jobs/quickstart" class="pager_prev__s4Qfm"><span class="pager_label__m1X2r">Previous
</span><span class="pager_title__GfU3q">Quickstart</span></a><a href="/docs/cron-jobs/usage-and-pricing" class="pager_next__K8aVt">
<span class="pager_label__m1X2r">Next</span><span class="pager_title__GfU3q">Usage &amp; Pricing</span></a></nav></article>
<aside class="toc_toc__p3DqS" aria-label="On this page"><p class="toc_title__yX4aS">On this page</p><ul>
${[vcH1, vcH2, vcH3, vcH4, vcH5].map((t) => `<li><a href="#${t.length}">${t}</a></li>`).join('\n')}</ul>
<div class="toc_actions__V7nHe"><button type="button">Copy page</button><button type="button">Ask AI about this page</button></div></aside></main></div>
<footer class="footer_footer__R2sGq"><div class="footer_columns__m6Cqa">${vcFoot
  .map(([h, items]) => `<div class="footer_column__Ax3lE"><h2 class="footer_heading__Q1zXx">${h}</h2><ul>${links(items)}</ul></div>`)
  .join('\n')}</div><div class="footer_bottom__Fz8Pl"><a href="https://www.vercel-status.com" class="status_link__yS3Hd"><span class="status_dot__u0Ww2">
</span>All systems normal.</a><fieldset class="theme-switcher_switcher__n9Cq1"><legend class="sr-only">Select a display theme:</legend>
<label><input type="radio" name="theme" value="system"><span class="sr-only">system</span></label><label><input type="radio" name="theme" value="light">
<span class="sr-only">light</span></label><label><input type="radio" name="theme" value="dark"><span class="sr-only">dark</span></label></fieldset>
<p class="footer_copyright__L4c7E">© 2025 Vercel, Inc.</p></div></footer>
<div class="consent-banner_banner__T6rXk" role="dialog" aria-label="Cookie consent"><p>${vcConsent}</p><div><button>Consent Settings</button>
<button>Deny</button><button>Accept all</button></div></div>
<script>self.__next_f=self.__next_f||[];self.__next_f.push([0])</script>
<script>self.__next_f.push([1,"1:HL[\\"/docs/_next/static/css/6b0e2b1d4a9f.css\\",\\"style\\"]\\n"])</script>
</body></html>`;
const vercelDocs: TestPage = {
  html: vcHtml,
  name: 'heldout144-vercel-docs',
  kind: 'docs',
  // the plan availability box is furniture; table data cells are body (header cells in neither list); the code block's
  // file name is in neither list; the nav entry repeating the title and the "On this page" links are left out, and so is
  // the "Enterprise" menu and footer entry (also a table cell) and "Cron Jobs" (words of the title)
  title: vcTitle,
  headings: [vcH1, vcH2, vcH3, vcH4, vcH5],
  body: texts([...vcLead, ...vcP1, ...vcP2, ...vcP3, ...vcP4, ...vcP5, ...vcTable.flat(), ...vcP6]),
  bylines: ['Last updated September 24, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...vcMenu.filter((t) => t !== 'Enterprise'), ...vcAuth, 'Menu', 'Search documentation...', 'Ask AI',
    ...vcSide.filter((t) => t !== 'Domains'), ...vcSideCron.slice(1),
    'Cron jobs are available on all plans', 'Was this helpful?', 'Send', 'Previous', 'Next', 'On this page', 'Copy page', 'Ask AI about this page',
    ...vcFoot.flatMap(([h, items]) => [h, ...items.filter((t) => !['Enterprise', 'Docs'].includes(t))]).filter((t) => t !== 'Resources'),
    'All systems normal.', 'Select a display theme:', 'system', 'light', 'dark', '© 2025 Vercel, Inc.', vcConsent, 'Consent Settings',
    'Deny', 'Accept all',
  ],
};

export const HELDOUT144_B: readonly TestPage[] = [vercelDocs, netlifyDocs];
