import type { TestPage } from './page-kit.js';
import { Art, anchor } from './pages-heldout126-kit.js';
import { awsPage } from './pages-heldout126-c2.js';

/**
 * Held-out batch 126, file c: a GitHub Docs (docs.github.com) article (the Next.js template as saved: skip link, the header
 * with version picker and "Search or ask Copilot", the header and in-article breadcrumbs, the product sidebar, the intro
 * lead, the "Who can use this feature?" callout, the "In this article" table of contents, a note alert with its octicon,
 * screenshot images, the "Help and support" block with the survey, contribution box and support links, and the legal footer)
 * and, from file c2, an AWS documentation user-guide page.
 */
const title = 'Configuring merge windows for a repository';
const h2 = (t: string): string =>
  `<h2 id="${anchor(t)}" tabindex="-1"><a class="heading-link" href="#${anchor(t)}">${t}<span class="heading-link-symbol" aria-hidden="true"></span></a></h2>`;
const oct = (name: string): string =>
  `<svg version="1.1" width="16" height="16" viewBox="0 0 16 16" class="octicon octicon-${name}" aria-hidden="true"><path d="M8 0a8 8 0 1 1
0 16A8 8 0 0 1 8 0Z"></path></svg>`;
const img = (alt: string, src: string): string => `<p><img src="/assets/cb-28260/images/help/${src}" alt="${alt}"></p>`;
const lead = 'You can restrict the times when pull requests can be merged into a protected branch, so that changes land only when your team is around.';
const permission = 'People with admin access to a repository can configure merge windows.';
const art = new Art()
  .h('About merge windows', h2)
  .p([
    `A merge window is a schedule attached to a branch protection rule. Outside the window, the merge button on a pull request that targets
the branch is disabled and shows when the next window opens. Pull requests can still be opened, reviewed and approved at any time.`,
    `Teams often use merge windows to keep deployments out of weekends and holidays, or to stop changes reaching a release branch while a
release is being prepared. Windows are evaluated in the time zone you choose for the rule, not in each contributor's own time zone.`,
  ])
  .p(
    ['Merge windows are in public preview and subject to change.'],
    (t) => `<div class="ghd-alert ghd-alert-accent" data-container="alert"><p class="ghd-alert-title">${oct('info')}Note</p><p>${t}</p></div>`,
  )
  .h('Creating a merge window', h2)
  .list(
    [
      'On GitHub, navigate to the main page of the repository.',
      `Under your repository name, click ${oct('gear')} <strong>Settings</strong>. If you cannot see the "Settings" tab, select the
${oct('kebab-horizontal')} dropdown menu, then click <strong>Settings</strong>.`,
      `In the "Code and automation" section of the sidebar, click <strong>${oct('git-branch')} Branches</strong>.`,
      'Next to the rule for the branch you want to restrict, click <strong>Edit</strong>.',
      'Select <strong>Restrict merges to a schedule</strong>.',
      `Choose the days of the week and the start and end time of each window. Times use the zone you select under <strong>Time
zone</strong>.`,
      'Click <strong>Save changes</strong>.',
    ],
    '<ol>',
    '</ol>',
    (t) =>
      `<li><p>${t}</p>${
        t.includes('Settings</strong>. If')
          ? img(
              'Screenshot of a repository header showing the tabs. The "Settings" tab is highlighted by a dark orange outline.',
              'repository/repo-actions-settings.png',
            )
          : ''
      }</li>`,
  )
  .h('Allowing merges outside a window', h2)
  .p([
    `Repository administrators can bypass a merge window. When someone bypasses a window, the pull request timeline records who merged it
and the reason they gave.`,
    'To let other people bypass a window, add them, or a team they belong to, to the bypass list for the rule:',
  ])
  .list(
    [
      'On the rule\u2019s edit page, under <strong>Restrict merges to a schedule</strong>, click <strong>Add bypass</strong>.',
      'Search for a user or team, then click the name to add it.',
      'Click <strong>Save changes</strong>. People on the bypass list are asked for a reason each time they merge outside a window.',
    ],
    '<ol>',
    '</ol>',
    (t) => `<li><p>${t}</p></li>`,
  )
  .h('How merge windows interact with merge queues', h2)
  .p([
    `If the branch also uses a merge queue, pull requests can join the queue at any time, but the queue only merges them while a window is
open. Pull requests that are still waiting when a window closes stay in the queue in the same order and are merged when the next window opens.`,
    `Required status checks keep running outside a window, so a pull request that joins the queue on a Friday evening can be fully checked
and ready to merge when the window opens on Monday morning.`,
  ])
  .h('Further reading', h2)
  .list([
    `<a href="/en/repositories/configuring-branches-and-merges-in-your-repository/managing-protected-branches/about-protected-branches">
About protected branches</a>`,
    `<a href="/en/repositories/configuring-branches-and-merges-in-your-repository/configuring-pull-request-merges/managing-a-merge-queue">
Managing a merge queue</a>`,
  ]);
const header = ['Skip to main content', 'GitHub Docs', 'Version:', 'Free, Pro, & Team', 'Search or ask', 'Copilot'];
const crumbs = ['Repositories', 'Configuring branches and merges in your repository', 'Managing protected branches', 'Merge windows'];
const sideNav = [
  'Home',
  'Quickstart for repositories',
  'Creating and managing repositories',
  'Managing your repository\u2019s settings and features',
  'Managing a branch protection rule',
  'Working with files',
  'Releasing projects on GitHub',
  'Viewing activity and data for your repository',
  'Archiving a GitHub repository',
];
const callout = 'Who can use this feature?';
const support = [
  'Help and support',
  'Did you find what you needed?',
  'Yes',
  'No',
  'Privacy policy',
  'Help us make these docs great!',
  'All GitHub docs are open source. See something that\u2019s wrong or unclear? Submit a pull request.',
  'Make a contribution',
  'Learn how to contribute',
  'Still need help?',
  'Ask the GitHub community',
  'Contact support',
];
const legal = ['Legal', '© 2025 GitHub, Inc.', 'Terms', 'Privacy', 'Status', 'Pricing', 'Expert services', 'Blog'];
const crumbNav = (testid: string): string => `<nav data-testid="${testid}" class="f5 breadcrumbs Breadcrumbs_breadcrumbs__xAC4i" aria-label="Breadcrumb"
data-container="breadcrumbs"><ul>${crumbs
  .map(
    (t, i) => `<li class="d-inline-block"><a data-testid="breadcrumb-link" title="${t}" class="Link--primary mr-2 color-fg-default"
href="/en/repositories/${i}">${t}</a>${i < 3 ? '<span class="color-fg-muted pr-2">/</span>' : ''}</li>`,
  )
  .join('')}</ul></nav>`;
const html = `<!DOCTYPE html>
<html lang="en" data-color-mode="auto" data-light-theme="light" data-dark-theme="dark"><head><meta charset="utf-8"><meta name="viewport"
content="width=device-width, initial-scale=1"><title>${title} - GitHub Docs</title><meta name="description" content="${lead}">
<link rel="alternate" hreflang="en"
href="https://docs.github.com/en/repositories/configuring-branches-and-merges-in-your-repository/managing-protected-branches/merge-windows">
<meta name="keywords" content="Repositories,Pull requests"><meta name="path-language" content="en"><meta name="path-version" content="free-pro-team@latest">
<meta name="path-product" content="repositories"><meta name="path-article" content="repositories/managing-protected-branches/merge-windows">
<meta name="page-document-type" content="article"><meta name="status" content="200"><meta property="og:site_name" content="GitHub Docs">
<meta property="og:title" content="${title} - GitHub Docs"><meta property="og:type" content="article"><meta property="og:url"
content="https://docs.github.com/en/repositories/managing-protected-branches/merge-windows"><meta property="og:image"
content="https://github.githubassets.com/images/modules/open_graph/github-logo.png"><link rel="stylesheet" href="/_next/static/css/6a1b0f2c9e3d4a57.css">
<script defer src="/_next/static/chunks/main-app-3c1f.js"></script></head>
<body><div id="__next"><a href="#main-content" class="visually-hidden skip-button color-bg-accent-emphasis color-fg-on-emphasis">${header[0]}</a>
<div data-container="header" class="border-bottom d-unset color-border-muted no-print z-3 color-bg-default Header_header__frpqb"><div
data-testid="header-notification"></div><header class="color-bg-default p-2 position-sticky top-0 z-2 border-bottom" role="banner"><div class="d-flex
flex-justify-between p-2 flex-items-center flex-wrap" data-testid="desktop-header"><div class="Header_logoWithClosedSearch__zhF6Q d-flex" id="github-logo">
<a rel="" class="d-flex flex-items-center color-fg-default no-underline mr-3" href="/en">${oct('mark-github')}<span class="h4 text-semibold
ml-2 mr-3">${header[1]}</span></a>
<div class="hide-sm border-left pl-3 d-flex flex-items-center"><div data-testid="version-picker"><button type="button" aria-label="Select
GitHub product version:
current version is free-pro-team@latest" class="prc-Button-ButtonBase-c50BI"><span class="prc-Button-Label-pTQ3x"><span class="f5 color-fg-muted">${header[2]}
</span><span class="f5">${(header[3] ?? '').replace('&', '&amp;')}</span></span></button></div></div></div><div class="d-flex flex-items-center">
<div class="Search_searchInputContainer__aV8d1"><button data-testid="search" aria-label="Search or ask Copilot" class="Search_searchInputButton__c2k2x">
${oct('search')}<span>${header[4]} <span class="Search_copilotText__cQbYd">${header[5]}</span></span></button></div><button aria-label="Open menu"
class="prc-Button-IconButton-szpyj">${oct('kebab-horizontal')}</button></div></div>
<div class="d-flex flex-items-center d-xxl-none mt-2" data-testid="header-subnav"><div class="mr-2" data-testid="header-subnav-hamburger"><button
aria-label="Open Sidebar" class="prc-Button-IconButton-szpyj">${oct('three-bars')}</button></div><div class="mr-auto width-full" data-search="breadcrumbs">
${crumbNav('breadcrumbs-header')}</div></div></header></div>
<div class="d-lg-flex"><div data-container="nav" class="position-sticky d-none border-right d-xxl-block" style="width:326px;height:calc(100vh - 65px);top:65px">
<nav aria-labelledby="allproducts-menu"><div class="d-none px-4 pb-3 border-bottom d-xxl-block"><div class="mt-3"><a class="f6 pl-2 pr-5 ml-n1 pb-1
Link--primary color-fg-default" href="/en">${oct('arrow-left')}${sideNav[0]}</a></div><div class="mt-3" id="allproducts-menu"><a
data-testid="sidebar-product-xl"
class="d-block pl-1 mb-2 h3 color-fg-default no-underline _product-title" href="/en/repositories">${crumbs[0]}</a></div></div>
<div data-testid="sidebar" style="overflow-y:auto" class="pt-3"><div class="ml-3" data-testid="product-sidebar"><nav aria-label="Product
sidebar"><ul role="list">
${sideNav
  .slice(1)
  .map(
    (t) => `<li class="prc-ActionList-ActionListItem-uq6I7"><a class="prc-ActionList-ActionListContent-sg9-x" href="/en/repositories/${anchor(t)}">
<span class="prc-ActionList-ItemLabel-TmBhn">${t}</span></a></li>`,
  )
  .join('\n')}</ul></nav></div></div></nav></div>
<div class="flex-column flex-1 min-width-0"><main id="main-content" class="Main_main__dzpRw"><div class="container-xl px-3 px-md-6 my-4"><div
class="d-none d-xxl-block mt-3 mr-auto width-full">${crumbNav('breadcrumbs-in-article')}</div><div class="ArticleGridLayout_container__g5ccd">
<div class="ArticleGridLayout_head__Ku0ez"><div class="d-flex flex-items-baseline flex-justify-between"><h1 id="title-h1" class="border-bottom-0">${title}</h1>
<div class="d-none d-lg-block ml-2"><button aria-label="Print this article" class="btn-octicon">${oct('print')}</button></div></div>
<div class="f2 color-fg-muted mb-3" data-search="lead"><div><p>${lead}</p></div></div></div>
<div class="ArticleGridLayout_intro__jXgBa"><div data-testid="permissions-callout" class="ghd-tool rounded-1 color-bg-subtle my-4 p-3"><div class="mb-3
d-inline-block"><h2 class="f4">${callout}</h2></div><div class="permissions-statement d-table"><div class="d-table-cell pr-2">${oct('person')}</div>
<div class="d-table-cell"><p>${permission}</p></div></div></div></div>
<div class="ArticleGridLayout_sidebar__GTxlT" data-container="toc"><h2 id="in-this-article" class="mb-1 ml-3" style="font-size:16px">In this article</h2>
<nav aria-labelledby="in-this-article"><ul class="prc-ActionList-ActionList-X4RiC">${art.headings
  .map((t) => `<li><a class="prc-ActionList-ActionListContent-sg9-x" href="#${anchor(t)}"><span class="prc-ActionList-ItemLabel-TmBhn">${t}</span></a></li>`)
  .join('')}</ul></nav></div>
<div class="ArticleGridLayout_content__QY9vK" data-container="article"><div id="article-contents"><div
class="MarkdownContent_markdownBody__v5MYy markdown-body">
${art.html}
</div></div></div></div></div>
<div class="container-xl mt-4 mb-6 px-3 px-md-6" data-container="support"><section class="d-lg-flex" data-testid="support-section"><div class="flex-1 mr-4">
<h3 class="mb-3 f4">${support[0]}</h3><form class="f5" data-testid="survey-form" aria-labelledby="survey-title"><h3 id="survey-title"
class="f4 mb-3">${support[1]}</h3>
<input class="visually-hidden" type="radio" id="survey-yes" name="survey-vote" value="Y"><label class="btn mr-1" for="survey-yes">${oct('thumbsup')}
<span class="visually-hidden">${support[2]}</span></label><input class="visually-hidden" type="radio" id="survey-no" name="survey-vote" value="N">
<label class="btn" for="survey-no">${oct('thumbsdown')}<span class="visually-hidden">${support[3]}</span></label><p class="f6"><a class="f6 text-underline"
href="/en/site-policy/privacy-policies/github-general-privacy-statement" target="_blank">${support[4]}</a></p></form></div><div class="flex-1 mr-4">
<h3 class="mb-2 f4">${support[5]}</h3><p class="max-w-xs color-fg-muted mb-3">${support[6]}</p><a class="btn"
href="https://github.com/github/docs/blob/main/content/repositories/merge-windows.md">${oct('git-pull-request')}${support[7]}</a>
<p class="color-fg-muted f6 mt-2"><a class="text-underline" href="/contributing" target="_blank" rel="noopener">${support[8]}</a></p></div><div class="flex-1">
<h3 class="mb-3 f4">${support[9]}</h3><div class="mb-2"><a id="ask-community" href="https://github.com/orgs/community/discussions"
class="text-underline">${oct('people')}
${support[10]}</a></div><div><a id="support" href="https://support.github.com" class="text-underline">${oct('comment-discussion')}${support[11]}</a></div></div>
</section></div></main>
<footer data-container="footer"><section class="container-xl mt-6 pb-8 px-3 px-md-6 color-fg-muted"><h2 class="f4 mb-2 col-12">${legal[0]}</h2>
<ul class="d-flex flex-wrap list-style-none"><li class="d-flex mr-xl-3 color-fg-muted"><span>${legal[1]}</span></li>${legal
  .slice(2)
  .map((t) => `<li class="ml-3"><a href="https://docs.github.com/en/site-policy/${anchor(t)}">${t}</a></li>`)
  .join('')}</ul></section></footer><div role="tooltip" class="position-fixed bottom-0 mb-4 right-0 mr-4 z-1 ScrollButton_transition200__rLxBo opacity-0">
<button class="ghd-scroll-to-top" aria-label="Scroll to top">${oct('chevron-up')}</button></div></div></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"mainContext":{"page":{"documentType":"article","title":"${title}",
"fullTitle":"${title} - GitHub Docs","introPlainText":"${lead}"}}}},"page":"/[versionId]/[productId]/[...restPage]","query":{"versionId":"free-pro-team@latest",
"productId":"repositories"},"buildId":"k1Mw2xR","isFallback":false,"gssp":true,"appGip":true,"locale":"en","locales":["en","es","ja","pt",
"zh","ru","fr","ko","de"]}</script>
</body></html>`;
const githubPage: TestPage = {
  name: 'heldout126-github-docs',
  kind: 'docs',
  html,
  // the intro lead and the permissions statement are body (the callout's "Who can use this feature?" label is furniture); the
  // alert label "Note" and the screenshots are in neither list; the sidebar entry and breadcrumb of the current page
  // ("Merge windows" is furniture, it is not the title) and the "In this article" entries (the headings) are handled as usual
  title,
  headings: art.headings,
  body: [lead, permission, ...art.body],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...header, ...crumbs, ...sideNav, callout, 'In this article', ...support, ...legal,
  ],
};
export const HELDOUT126_C: readonly TestPage[] = [githubPage, awsPage];
