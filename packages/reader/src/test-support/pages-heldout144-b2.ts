import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 144, file b2: a Netlify documentation page on the Starlight-based docs site (skip link, the announcement
 * banner, the header with the docs search, "Ask Netlify" and the log-in and sign-up buttons, the sidebar with its groups,
 * the mobile and desktop "On this page" lists, the "Copy page" button, the page description under the h1, headings with
 * "Section titled" anchor texts, a numbered procedure, asides, a code frame with its copy button, the "Did you find this
 * doc useful?" box with its hidden thank-you text, "Last updated", the pager, the footer and the cookie banner).
 */
const nfTitle = 'Branch deploys';
const nfDesc = 'Deploy branches other than your production branch to their own URLs for testing and review.';
const nfLead = [
  `A branch deploy is a deploy of a branch other than the production branch. Each branch you choose gets its own URL that
always shows the latest commit on that branch, which makes branch deploys a good fit for long-lived staging or QA branches.`,
  `Branch deploys are different from Deploy Previews. A Deploy Preview is built for a pull request and changes as the pull
request changes; a branch deploy follows a branch, whether or not it has an open pull request.`,
];
const nfH1 = 'Enable branch deploys';
const nfSteps = [
  'In the Netlify UI, go to <strong>Project configuration &gt; Build &amp; deploy &gt; Continuous deployment &gt; Branches and deploy contexts</strong>.',
  'Select <strong>Configure</strong>.',
  'Under <strong>Branch deploys</strong>, choose <strong>All</strong> to deploy every branch, or <strong>Let me add individual branches</strong>.',
  'If you chose individual branches, enter the name of each branch you want to deploy.',
  'Select <strong>Save</strong>.',
];
const nfP1 = [
  `The next push to a selected branch starts a build. Branches that you add do not build until they receive a new commit. To
build a branch right away, trigger a deploy from the <strong>Deploys</strong> page and pick the branch.`,
];
const nfH2 = 'Branch deploy URLs';
const nfP2 = [
  `Every branch deploy is published at a URL made from the branch name and your project name, such as
<code>staging--harbour-tide.netlify.app</code>. Characters that are not allowed in a subdomain, like slashes and dots, are
replaced with hyphens, so <code>release/2.4</code> becomes <code>release-2-4</code>.`,
  `If your project uses a custom domain, you can also turn on branch subdomains to serve branch deploys at addresses like
<code>staging.harbourtide.example</code>. Branch subdomains need Netlify DNS or a wildcard record that points to Netlify.`,
];
const nfNote = `Branch names longer than 37 characters are shortened in the URL. Two branches that shorten to the same name
share a URL, and the most recent deploy wins.`;
const nfH3 = 'Settings for a branch';
const nfP3 = [
  `Branch deploys use the <code>branch-deploy</code> deploy context. Settings in that context apply to every branch deploy, and
you can target a single branch by using its name as the context in <code>netlify.toml</code>:`,
];
const nfP4 = [
  `Environment variables follow the same order. A value set for a specific branch overrides a value for the
<code>branch-deploy</code> context, which overrides the value for all contexts.`,
];
const nfH4 = 'Control build minutes';
const nfP5 = ['Branch deploys count toward your build minutes like any other deploy. To keep usage down:'];
const nfList = [
  'Deploy individual branches instead of all branches.',
  'Use an ignore command so that commits that only change documentation do not start a build.',
  'Stop builds for branches you no longer use by removing them from the list.',
];
const nfTip = `If several people push to a staging branch during the day, lock the branch deploy after testing so that a
late push does not replace the version your reviewers are checking.`;
const nfToml = `[context.branch-deploy]
  command = "npm run build:staging"

[context.staging.environment]
  API_URL = "https://api-staging.harbourtide.example"`;
const nfBanner = 'New: deploy your agent-built sites with one command. Read the announcement.';
const nfTop = ['Docs', 'Ask Netlify', 'Changelog', 'Support forums', 'Log in', 'Sign up'];
const nfSideGroups = ['Welcome', 'Get started', 'Build', 'Deploy', 'Manage', 'Integrations', 'Platform primitives', 'API & CLI', 'Account & billing'];
const nfSideDeploy = ['Deploy overview', 'Create deploys', 'Deploy Previews', 'Manage deploys', 'Lock a deploy', 'Deploy notifications'];
const nfFoot = ['Trust Center', 'Privacy', 'GDPR/CCPA', 'Abuse', 'Terms', 'Cookie Settings'];
const nfFeedback = ['Did you find this doc useful?', 'Your feedback helps us improve our docs.', 'Yes', 'No', 'Thanks for your feedback!'];
const nfCookie = `We use cookies to make the site work and to understand how you use it, so we can make it better. You can accept all
cookies or choose which ones to allow.`;
const nfH = (id: string, t: string): string => `<div class="sl-heading-wrapper level-h2"><h2 id="${id}">${t}</h2><a class="sl-anchor-link" href="#${id}">
<span aria-hidden="true" class="sl-anchor-icon"><svg width="16" height="16" viewBox="0 0 24 24"></svg></span>
<span class="sr-only">Section titled “${t}”</span>
</a></div>`;
const nfAside = (kind: string, title: string, text: string): string => `<aside aria-label="${title}" class="starlight-aside starlight-aside--${kind}">
<p class="starlight-aside__title" aria-hidden="true"><svg class="starlight-aside__icon" viewBox="0 0 24 24" width="16" height="16"></svg>${title}</p>
<div class="starlight-aside__content"><p>${text}</p></div></aside>`;
const nfIds = ['_top', 'enable-branch-deploys', 'branch-deploy-urls', 'settings-for-a-branch', 'control-build-minutes'];
const nfToc = `<ul>${['Overview', nfH1, nfH2, nfH3, nfH4].map((t, i) => `<li><a href="#${nfIds[i]}"><span>${t}</span></a></li>`).join('')}</ul>`;
const nfHtml = `<!doctype html>
<html lang="en" dir="ltr" data-theme="dark" data-has-toc data-has-sidebar><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Branch deploys | Netlify Docs</title><link rel="canonical" href="https://docs.netlify.com/deploy/deploy-types/branch-deploys/">
<meta name="generator" content="Astro v5.12.8"><meta name="generator" content="Starlight v0.34.4"><meta name="description" content="${nfDesc}">
<meta property="og:title" content="Branch deploys"><meta property="og:type" content="article"><meta property="og:site_name" content="Netlify Docs">
<meta property="og:image" content="https://docs.netlify.com/og/deploy/deploy-types/branch-deploys.png"><meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" href="/_astro/index.Cq7dLr2P.css"><script type="module" src="/_astro/hoisted.B1xS3k9w.js"></script>
<script async src="https://www.googletagmanager.com/gtm.js?id=GTM-T7WNZN"></script>
<script>window.dataLayer=window.dataLayer||[];window.dataLayer.push({event:'docs_page_view',docs_section:'deploy'});</script></head>
<body><a href="#_top" class="skip-link">Skip to content</a>
<div class="announcement-banner not-content" role="region" aria-label="Announcement"><p><a href="https://www.netlify.com/blog/">${nfBanner}</a></p>
<button class="announcement-banner__close" aria-label="Dismiss announcement"><svg aria-hidden="true"></svg></button></div>
<div class="page sl-flex"><header class="header"><div class="header sl-flex nf-header"><div class="title-wrapper sl-flex">
<a href="/" class="site-title sl-flex">
<img alt="Netlify" src="/_astro/netlify-logo.D4a8q1Yx.svg" width="96" height="40"><span class="nf-header__docs">Docs</span></a></div>
<div class="sl-flex print:hidden"><site-search><button data-open-modal aria-label="Search docs" aria-keyshortcuts="Control+K"><svg aria-hidden="true"></svg>
<span class="sl-hidden md:sl-block" aria-hidden="true">Search docs</span><kbd class="sl-hidden md:sl-flex"><kbd>Ctrl</kbd><kbd>K</kbd></kbd></button>
</site-search><button class="nf-ask-ai" type="button">${nfTop[1]}</button></div><div class="sl-hidden md:sl-flex right-group nf-header__links">
<a href="https://www.netlify.com/changelog/">${nfTop[2]}</a><a href="https://answers.netlify.com/">${nfTop[3]}</a>
<a class="nf-button nf-button--secondary" href="https://app.netlify.com/login">${nfTop[4]}</a>
<a class="nf-button nf-button--primary" href="https://app.netlify.com/signup">${nfTop[5]}</a></div></div></header>
<nav class="sidebar print:hidden" aria-label="Main"><starlight-menu-button><button aria-expanded="false" aria-label="Menu" aria-controls="starlight__sidebar"
class="sl-flex md:sl-hidden"><svg aria-hidden="true"></svg></button></starlight-menu-button><div id="starlight__sidebar" class="sidebar-pane">
<div class="sidebar-content sl-flex"><sl-sidebar-state-persist><ul class="top-level">
${nfSideGroups
  .map((g) =>
    g === 'Deploy'
      ? `<li><details open><summary><span class="group-label"><span class="large">Deploy</span></span></summary><ul>${links(nfSideDeploy)}
<li><a href="/deploy/deploy-types/branch-deploys/" aria-current="page"><span>${nfTitle}</span></a></li></ul></details></li>`
      : `<li><details><summary><span class="group-label"><span class="large">${g.replace('&', '&amp;')}</span></span></summary><ul></ul></details></li>`,
  )
  .join('\n')}</ul></sl-sidebar-state-persist></div></div></nav>
<div class="main-frame"><div class="lg:sl-flex"><aside class="right-sidebar-container print:hidden"><div class="right-sidebar">
<div class="sl-hidden lg:sl-block"><starlight-toc data-min-h="2" data-max-h="3"><nav aria-labelledby="starlight__on-this-page">
<h2 id="starlight__on-this-page">On this page</h2>${nfToc}</nav></starlight-toc></div></div></aside>
<div class="main-pane"><main data-pagefind-body lang="en" dir="ltr"><div class="content-panel"><div class="sl-container"><div class="nf-title-row">
<h1 id="_top">${nfTitle}</h1><button class="nf-copy-page" type="button">Copy page</button></div><p class="nf-description">${nfDesc}</p></div></div>
<mobile-starlight-toc><nav aria-labelledby="starlight__on-this-page--mobile" class="lg:sl-hidden"><details id="starlight__mobile-toc">
<summary id="starlight__on-this-page--mobile" class="sl-flex"><div class="toggle sl-flex">On this page<svg aria-hidden="true" class="caret"></svg></div>
<span class="display-current">Overview</span></summary><div class="dropdown">${nfToc}</div></details></nav></mobile-starlight-toc>
<div class="content-panel"><div class="sl-container"><div class="sl-markdown-content">
${ps(nfLead)}
${nfH('enable-branch-deploys', nfH1)}
<ol>${nfSteps.map((t) => `<li>${t}</li>`).join('\n')}</ol>
${ps(nfP1)}
${nfH('branch-deploy-urls', nfH2)}
${ps(nfP2)}
${nfAside('note', 'Note', nfNote)}
${nfH('settings-for-a-branch', nfH3)}
${ps(nfP3)}
<div class="expressive-code"><figure class="frame has-title"><figcaption class="header"><span class="title">netlify.toml</span></figcaption>
<pre data-language="toml"><code>${nfToml}</code></pre><div class="copy"><button title="Copy to clipboard" data-copied="Copied!"><div></div></button></div>
</figure></div>
${ps(nfP4)}
${nfH('control-build-minutes', nfH4)}
${ps(nfP5)}
<ul>${nfList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${nfAside('tip', 'Tip', nfTip)}
</div>
<div class="nf-feedback not-content"><p class="nf-feedback__title">${nfFeedback[0]}</p><p class="nf-feedback__text">${nfFeedback[1]}</p>
<div class="nf-feedback__buttons"><button data-value="yes"><svg aria-hidden="true"></svg>${nfFeedback[2]}</button>
<button data-value="no"><svg aria-hidden="true"></svg>${nfFeedback[3]}</button></div><p class="nf-feedback__thanks" hidden>${nfFeedback[4]}</p></div>
<footer class="sl-flex"><div class="meta sl-flex"><p>Last updated: <time datetime="2025-08-19T14:02:11.000Z">Aug 19, 2025</time></p></div>
<div class="pagination-links print:hidden" dir="ltr"><a href="/deploy/deploy-types/deploy-previews/" rel="prev"><svg aria-hidden="true"></svg><span>Previous<br>
<span class="link-title">Deploy Previews</span></span></a><a href="/deploy/manage-deploys/lock-a-deploy/" rel="next"><svg aria-hidden="true"></svg>
<span>Next<br>
<span class="link-title">Lock a deploy</span></span></a></div></footer></div></div></main></div></div></div></div>
<footer class="nf-site-footer not-content"><ul class="nf-site-footer__links">${links(nfFoot)}</ul><p class="nf-site-footer__copy">© 2025 Netlify</p>
</footer>
<div class="nf-cookie-banner" role="dialog" aria-live="polite" aria-label="Cookie consent"><p>${nfCookie}</p><div class="nf-cookie-banner__actions">
<button type="button">Manage cookies</button><button type="button">Reject all</button><button type="button">Accept all</button></div></div>
</body></html>`;
export const netlifyDocs: TestPage = {
  html: nfHtml,
  name: 'heldout144-netlify-docs',
  kind: 'docs',
  // the description under the h1 is body; aside titles and the code frame's file name are in neither list; the sidebar
  // entry repeating the title, the "On this page" links repeating the headings and the sidebar groups "Build" and "Deploy"
  // (words of headings) are left out ("Overview" is furniture)
  title: nfTitle,
  headings: [nfH1, nfH2, nfH3, nfH4],
  body: texts([nfDesc, ...nfLead, ...nfSteps, ...nfP1, ...nfP2, nfNote, ...nfP3, ...nfP4, ...nfP5, ...nfList, nfTip]),
  bylines: ['Last updated: Aug 19, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', nfBanner, ...nfTop, 'Search docs', 'Ctrl', ...nfSideGroups.filter((t) => t !== 'Build' && t !== 'Deploy'), ...nfSideDeploy,
    'On this page',
    'Overview', 'Copy page', ...[nfH1, nfH2, nfH3, nfH4].map((h) => `Section titled “${h}”`), ...nfFeedback, 'Previous', 'Next', ...nfFoot,
    '© 2025 Netlify', nfCookie, 'Manage cookies', 'Reject all', 'Accept all',
  ],
};
