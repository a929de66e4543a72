/**
 * Held-out batch 128, file e4: the GitHub page chrome shared by the issue and the discussion pages, as a signed-out
 * visitor saves it (skip link, the marketing header with its menus, search button, "Sign in" and "Sign up", the
 * repository header with the sign-in tooltips and counters, the repository tabs, the footer, the empty consent element
 * whose banner lives in a shadow root and so is not saved, and the hidden error flash).
 */
export const ghMenus: [string, [string, string][]][] = [
  [
    'Product',
    [
      ['GitHub Copilot', 'Write better code with AI'],
      ['Actions', 'Automate any workflow'],
      ['Codespaces', 'Instant dev environments'],
    ],
  ],
  [
    'Solutions',
    [
      ['Enterprises', 'By company size'],
      ['DevSecOps', 'By use case'],
    ],
  ],
  [
    'Resources',
    [
      ['Learning Pathways', 'Topics'],
      ['Events & Webinars', 'Explore'],
    ],
  ],
  [
    'Open Source',
    [
      ['GitHub Sponsors', 'Fund open source developers'],
      ['The ReadME Project', 'GitHub community articles'],
    ],
  ],
  ['Enterprise', [['Enterprise platform', 'AI-powered developer platform']]],
];
export const ghHeaderTexts = [
  'Skip to content',
  'Navigation Menu',
  'Toggle navigation',
  'Sign in',
  'Appearance settings',
  'Pricing',
  'Search or jump to...',
  'Sign up',
];
export const ghFooter = [
  'Footer',
  '© 2025 GitHub, Inc.',
  'Footer navigation',
  'Terms',
  'Privacy',
  'Security',
  'Status',
  'Community',
  'Docs',
  'Contact',
  'Manage cookies',
  'Do not share my personal information',
  'You can’t perform that action at this time.',
];
export const ghRepoTexts = (forks: string, stars: string): string[] => [
  'Public',
  'Notifications',
  'You must be signed in to change notification settings',
  'Fork',
  forks,
  'Star',
  stars,
];
const amp = (s: string): string => s.replace(/&/g, '&amp;');
export const ghHeader = (ret: string): string => `<div class="position-relative header-wrapper js-header-wrapper "><a href="#start-of-content"
data-skip-target-assigned="false" class="px-2 py-4 color-bg-accent-emphasis color-fg-on-emphasis show-on-focus js-skip-to-content">Skip to content</a>
<header class="HeaderMktg header-logged-out js-details-container js-header Details f4 py-3" role="banner" data-is-top="true" data-color-mode="light">
<h2 class="sr-only">Navigation Menu</h2><button type="button" class="HeaderMktg-backdrop d-lg-none border-0 position-fixed top-0 left-0 width-full
height-full js-details-target" aria-label="Toggle navigation"><span class="d-none">Toggle navigation</span></button><div class="d-flex flex-column
flex-lg-row flex-items-center px-3 px-md-4 px-lg-5 height-full position-relative z-1"><div class="d-flex flex-justify-between flex-items-center width-full
width-lg-auto"><a class="mr-lg-3 color-fg-inherit flex-order-2" href="/" aria-label="Homepage"><svg height="32" aria-hidden="true" viewBox="0 0 24 24"
width="32" class="octicon octicon-mark-github"></svg></a><div class="flex-1 flex-order-2 text-right"><a href="/login?return_to=${ret}" class="HeaderMenu-link
HeaderMenu-button d-inline-flex d-lg-none f5 no-underline border rounded-2 px-2 py-1">Sign in</a></div></div><div class="HeaderMenu js-header-menu
height-fit position-lg-relative d-lg-flex flex-column flex-auto top-0"><div class="HeaderMenu-wrapper d-flex flex-column flex-self-start flex-lg-row
flex-auto rounded rounded-lg-0"><nav class="HeaderMenu-nav" aria-label="Global"><ul class="d-lg-flex list-style-none">${ghMenus
  .map(
    ([m, items]) => `<li class="HeaderMenu-item position-relative flex-wrap flex-justify-between flex-items-center d-block d-lg-flex js-details-container
js-header-menu-item"><button type="button" class="HeaderMenu-link border-0 width-full width-lg-auto px-0 px-lg-2 py-lg-2 no-wrap d-flex flex-items-center
js-details-target" aria-expanded="false">${m}<svg opacity="0.5" aria-hidden="true" height="16" viewBox="0 0 16 16" width="16" class="octicon
octicon-chevron-down HeaderMenu-icon ml-1"></svg></button><div class="HeaderMenu-dropdown dropdown-menu rounded m-0 p-0 pt-2 pt-lg-4 position-relative
position-lg-absolute left-0 left-lg-n3 pb-2 pb-lg-4 d-lg-flex flex-wrap dropdown-menu-wide"><div class="HeaderMenu-column px-lg-4"><ul class="list-style-none
f5">${items
      .map(
        ([t, d]) => `<li><a class="HeaderMenu-dropdown-link d-block no-underline position-relative py-2 Link--secondary d-flex flex-items-center
Link--has-description pb-lg-3" href="/features/${t.length}"><svg aria-hidden="true" height="24" width="24" class="octicon color-fg-subtle mr-3"></svg><div><div
class="color-fg-default h4">${amp(t)}</div>\n${d}</div></a></li>`,
      )
      .join('\n')}</ul></div></div></li>`,
  )
  .join(
    '\n',
  )}<li class="HeaderMenu-item position-relative flex-wrap flex-justify-between flex-items-center d-block d-lg-flex"><a class="HeaderMenu-link no-underline
px-0 px-lg-2 py-3 py-lg-2 d-block d-lg-inline-block" href="https://github.com/pricing">Pricing</a></li></ul></nav><div class="d-flex flex-column
flex-lg-row width-full flex-justify-end flex-lg-items-center text-center mt-3 mt-lg-0 text-lg-left ml-lg-3"><qbsearch-input class="search-input"
data-scope="repo:${ret.slice(3).replace('%2F', '/')}"><div class="search-input-container search-with-dialog position-relative d-flex flex-row
flex-items-center mr-4 rounded"><button type="button" class="header-search-button placeholder input-button form-control d-flex flex-1 flex-self-stretch
flex-items-center no-wrap width-full py-0 pl-2 pr-0 text-left border-0 box-shadow-none"><div class="mr-2 color-fg-muted"><svg class="octicon
octicon-search"></svg></div><span class="flex-1" data-target="qbsearch-input.inputButtonText">Search or jump to...</span></button></div></qbsearch-input>
<div class="position-relative HeaderMenu-link-wrap d-lg-inline-block"><a href="/login?return_to=${ret}" class="HeaderMenu-link HeaderMenu-link--sign-in
HeaderMenu-button flex-shrink-0 no-underline d-none d-lg-inline-flex border border-lg-0 rounded px-2 py-1">Sign in</a></div><button type="button"
class="Button--secondary Button--small Button" aria-label="Appearance settings"><span class="Button-content"><span class="Button-label">Appearance
settings</span></span></button><a href="/signup?ref_cta=Sign+up&amp;source=header-repo" class="HeaderMenu-link HeaderMenu-link--sign-up HeaderMenu-button
flex-shrink-0 d-flex d-lg-inline-flex no-underline border color-border-default rounded px-2 py-1">Sign up</a></div></div></div></div></header></div>`;
export const ghRepoHeader = (owner: string, repo: string, forks: string, stars: string, tabs: [string, string][], sel: string): string => `<div
id="repository-container-header" class="pt-3 hide-full-screen" data-turbo-replace><div class="d-flex flex-nowrap flex-justify-end mb-3 px-3 px-lg-5"
style="gap: 1rem;"><div class="flex-auto min-width-0 width-fit"><div class=" d-flex flex-wrap flex-items-center wb-break-word f3 text-normal"><svg
class="octicon octicon-repo color-fg-muted mr-2"></svg><span class="author flex-self-stretch" itemprop="author"><a class="url fn" rel="author"
data-hovercard-type="organization" href="/${owner}">${owner}</a></span><span class="mx-1 flex-self-stretch color-fg-muted">/</span><strong itemprop="name"
class="mr-2 flex-self-stretch"><a href="/${owner}/${repo}">${repo}</a></strong><span></span><span class="Label Label--secondary v-align-middle
mr-1">Public</span></div></div><div id="repository-details-container" class="flex-shrink-0" style="max-width: 70%;"><ul class="pagehead-actions
flex-shrink-0 d-none d-md-inline" style="padding: 2px 0;"><li><a href="/login?return_to=%2F${owner}%2F${repo}" rel="nofollow"
id="repository-details-watch-button" aria-label="You must be signed in to change notification settings" class="btn-sm btn"><svg></svg>Notifications</a>
<tool-tip for="repository-details-watch-button" popover="manual" data-direction="s" data-type="description" class="sr-only position-absolute">You must be
signed in to change notification settings</tool-tip></li><li><a icon="repo-forked" id="fork-button" href="/login?return_to=%2F${owner}%2F${repo}"
rel="nofollow" class="btn-sm btn"><svg></svg>Fork <span id="repo-network-counter" title="${forks}" class="Counter">${forks}</span></a></li><li><div
class="BtnGroup d-flex"><a href="/login?return_to=%2F${owner}%2F${repo}" rel="nofollow" aria-label="You must be signed in to star a repository"
class="tooltipped tooltipped-sw btn-sm btn"><svg></svg><span class="d-inline">Star</span> <span id="repo-stars-counter-star" title="${stars}"
class="Counter js-social-count">${stars}</span></a></div></li></ul></div></div>
<nav aria-label="Repository" class="js-repo-nav js-sidenav-container-pjax js-responsive-underlinenav overflow-hidden UnderlineNav px-3 px-md-4 px-lg-5">
<ul class="UnderlineNav-body list-style-none">${tabs
  .map(
    ([t, n]) => `<li class="d-inline-flex"><a id="${t.toLowerCase().replace(/ /g, '-')}-tab" href="/${owner}/${repo}/${t.toLowerCase()}"
${t === sel ? 'aria-current="page" ' : ''}class="UnderlineNav-item no-wrap js-responsive-underlinenav-item js-selected-navigation-item${
      t === sel ? ' selected' : ''
    }"><svg
class="octicon UnderlineNav-octicon d-none d-sm-inline"></svg><span data-content="${t}">${t}</span><span class="Counter${n === '' ? ' d-none' : ''}"
title="${n}">${n}</span></a></li>`,
  )
  .join('\n')}</ul></nav></div>`;
export const ghFooterHtml = `<footer class="footer pt-8 pb-6 f6 color-fg-muted p-responsive" role="contentinfo"><h2 class="sr-only">Footer</h2>
<div class="d-flex
flex-justify-center flex-items-center flex-column-reverse flex-lg-row flex-wrap flex-lg-nowrap"><div class="d-flex flex-items-center flex-shrink-0 mx-2"><a
aria-label="Homepage" title="GitHub" class="footer-octicon mr-2" href="https://github.com"><svg></svg></a><span>© 2025 GitHub,&nbsp;Inc.</span></div><nav
aria-label="Footer"><h3 class="sr-only" id="sr-footer-heading">Footer navigation</h3><ul class="list-style-none d-flex flex-justify-center flex-wrap mb-2
mb-lg-0" aria-labelledby="sr-footer-heading">${ghFooter
  .slice(3, 10)
  .map((t) => `<li class="mx-2"><a href="https://docs.github.com/${t.toLowerCase()}" class="Link--secondary Link">${t}</a></li>`)
  .join('\n')}
${ghFooter
  .slice(10, 12)
  .map(
    (t) => `<li class="mx-2"><cookie-consent-link><button type="button" class="Link--secondary underline-on-hover border-0 p-0 color-bg-transparent"
data-action="click:cookie-consent-link#showConsentManagement">${t}</button></cookie-consent-link></li>`,
  )
  .join('\n')}</ul></nav></div></footer>
<ghcc-consent id="ghcc" class="position-fixed bottom-0 left-0" style="z-index: 999999" data-cookie-consent-required="true"></ghcc-consent>
<div id="ajax-error-message" class="ajax-error-message flash flash-error" hidden><svg class="octicon octicon-alert"></svg><button type="button"
class="flash-close js-ajax-error-dismiss" aria-label="Dismiss error"><svg></svg></button>${ghFooter[12]}</div>`;
export const ghMenuTexts = [...ghMenus.flatMap(([m, items]) => [m, ...items.flat()])];
