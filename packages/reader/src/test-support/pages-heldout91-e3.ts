import { links } from './page-kit.js';

/**
 * Held-out batch 91, file e3: the signed-out GitHub chrome shared by the README and issue pages of files e and e2 (skip
 * link, the marketing header with its Product / Solutions / Resources / Open Source / Enterprise menus and their hidden
 * dropdowns, search, "Sign in" / "Sign up", the hidden stale-session flashes, the repository header with Notifications /
 * Fork / Star and the repository tabs with counters and the hidden overflow menu, and the footer) and their furniture texts.
 */
const product = [
  ['GitHub Copilot', 'Write better code with AI'],
  ['GitHub Spark', 'Build and deploy intelligent apps'],
  ['GitHub Models', 'Manage and compare prompts'],
  ['Actions', 'Automate any workflow'],
  ['Codespaces', 'Instant dev environments'],
  ['Issues', 'Plan and track work'],
  ['Code Review', 'Manage code changes'],
  ['Discussions', 'Collaborate outside of code'],
];
const menus = [
  ['Product', 'View all features'],
  ['Solutions', 'Enterprises', 'Small and medium teams', 'Startups', 'Nonprofits', 'DevSecOps', 'DevOps', 'CI/CD', 'View all solutions'],
  ['Resources', 'AI', 'Software Development', 'Learning Pathways', 'Events & Webinars', 'Ebooks & Whitepapers', 'Customer Stories', 'Partners'],
  ['Open Source', 'GitHub Sponsors', 'Fund open source developers', 'The ReadME Project', 'GitHub community articles', 'Topics', 'Trending', 'Collections'],
  ['Enterprise', 'Enterprise platform', 'AI-powered developer platform', 'Advanced Security', 'Copilot for business', 'Premium Support'],
];
const flashes = [
  'You signed in with another tab or window. Reload to refresh your session.',
  'You signed out in another tab or window. Reload to refresh your session.',
  'You switched accounts on another tab or window. Reload to refresh your session.',
];
const repoTabs: [string, string][] = [
  ['Code', ''],
  ['Issues', '42'],
  ['Pull requests', '7'],
  ['Discussions', ''],
  ['Actions', ''],
  ['Security', ''],
  ['Insights', ''],
];
const foot = [
  '© 2025 GitHub, Inc.',
  'Terms',
  'Privacy',
  'Security',
  'Status',
  'Community',
  'Docs',
  'Contact',
  'Manage cookies',
  'Do not share my personal information',
];
const caret = `<svg opacity="0.5" aria-hidden="true" height="16" viewBox="0 0 16 16" version="1.1" width="16" class="octicon octicon-chevron-down
HeaderMenu-icon ml-1">
<path d="M12.78 5.22a.749.749 0 0 1 0 1.06l-4.25 4.25a.749.749 0 0 1-1.06 0L3.22 6.28a.749.749 0 1 1 1.06-1.06L8 8.939l3.72-3.719a.749.749 0 0 1 1.06 0Z">
</path></svg>`;
const menuHtml = menus
  .map(
    (
      m,
      i,
    ) => `<li class="HeaderMenu-item position-relative flex-wrap flex-justify-between flex-items-center d-block d-lg-flex flex-lg-nowrap flex-lg-items-center
js-details-container js-header-menu-item"><button type="button" class="HeaderMenu-link border-0 width-full width-lg-auto px-0 px-lg-2 py-lg-2 no-wrap d-flex
flex-items-center flex-justify-between js-details-target" aria-expanded="false">${m[0]}${caret}</button><div class="HeaderMenu-dropdown dropdown-menu rounded
m-0 p-0
pt-2 pt-lg-4 position-relative position-lg-absolute left-0 left-lg-n3 pb-2 pb-lg-4 d-lg-flex flex-wrap dropdown-menu-wide"><ul class="list-style-none f5">${
      i === 0
        ? product
            .map(
              ([t, d]) => `<li><a class="HeaderMenu-dropdown-link d-block no-underline position-relative py-2 Link--secondary d-flex flex-items-center
Link--has-description pb-lg-3" href="https://github.com/features/${t!.toLowerCase().replace(/ /g, '-')}"><div><div class="color-fg-default
h4">${t}</div>${d}</div></a></li>`,
            )
            .join('')
        : ''
    }${links(m.slice(1), '')}</ul></div></li>`,
  )
  .join('\n');
export const ghHeader = `<div class="position-relative header-wrapper js-header-wrapper"><a href="#start-of-content" data-skip-target-assigned="false"
class="px-2
py-4 color-bg-accent-emphasis color-fg-on-emphasis show-on-focus js-skip-to-content">Skip to content</a><span data-view-component="true"
class="progress-pjax-loader Progress position-fixed width-full"><span style="width: 0%;" data-view-component="true" class="Progress-item
progress-pjax-loader-bar
left-0 top-0 color-bg-accent-emphasis"></span></span><header class="HeaderMktg header-logged-out js-details-container js-header Details f4 py-3" role="banner"
data-is-top="true" data-color-mode="light" data-light-theme="light" data-dark-theme="dark"><h2 class="sr-only">Navigation Menu</h2><button type="button"
class="HeaderMktg-backdrop d-lg-none border-0 position-fixed top-0 left-0 width-full height-full js-details-target" aria-label="Toggle navigation"><span
class="d-none">Toggle navigation</span></button><div class="d-flex flex-column flex-lg-row flex-items-center px-3 px-md-4 px-lg-5 height-full
position-relative z-1">
<div class="d-flex flex-justify-between flex-items-center width-full width-lg-auto"><div class="flex-1"></div><div class="flex-1 flex-order-2 text-center">
<a class="mr-lg-3 color-fg-inherit flex-order-2 js-prevent-focus-on-mobile-nav" href="/" aria-label="Homepage"><svg height="32" aria-hidden="true" viewBox="0
0 24 24"
version="1.1" width="32" class="octicon octicon-mark-github"><path d="M12 1C5.923 1 1 5.923 1 12c0 4.867 3.149 8.979 7.521 10.436"></path></svg></a></div>
<div class="flex-1 flex-order-2 text-right"><a href="/login" class="d-inline-block d-lg-none flex-order-1 f5 no-underline border color-border-default
rounded-2 px-2
py-1 color-fg-inherit js-prevent-focus-on-mobile-nav">Sign in</a></div></div><div class="HeaderMenu js-header-menu height-fit position-lg-relative d-lg-flex
flex-column flex-auto top-0"><div class="HeaderMenu-wrapper d-flex flex-column flex-self-start flex-lg-row flex-auto rounded rounded-lg-0"><nav
class="HeaderMenu-nav"
aria-label="Global"><ul class="d-lg-flex list-style-none">${menuHtml}<li class="HeaderMenu-item d-block d-lg-flex"><a class="HeaderMenu-link no-underline px-0
px-lg-2 py-3 py-lg-2 d-block d-lg-inline-block" href="https://github.com/pricing">Pricing</a></li></ul></nav><div class="d-flex flex-column flex-lg-row
width-full flex-justify-end flex-lg-items-center text-center mt-3 mt-lg-0 text-lg-left ml-lg-3"><qbsearch-input class="search-input"><div
class="search-input-container
search-with-dialog position-relative d-flex flex-row flex-items-center mr-4 rounded"><button type="button" class="header-search-button placeholder input-button
form-control d-flex flex-1 flex-self-stretch flex-items-center no-wrap width-full py-0 pl-2 pr-0 text-left border-0 box-shadow-none"><div class="mr-2
color-fg-muted"><svg aria-hidden="true" height="16" viewBox="0 0 16 16" width="16" class="octicon octicon-search"></svg></div><span class="flex-1"
data-target="qbsearch-input.inputButtonText">Search or jump to...</span></button></div></qbsearch-input><div class="position-relative HeaderMenu-link-wrap
d-lg-inline-block">
<a href="/login" class="HeaderMenu-link HeaderMenu-link--sign-in HeaderMenu-button flex-shrink-0 no-underline d-none d-lg-inline-flex border border-lg-0
rounded px-2 py-1"
style="margin-left: 12px;">Sign in</a></div><a href="/signup?ref_cta=Sign+up" class="HeaderMenu-link HeaderMenu-link--sign-up HeaderMenu-button flex-shrink-0
d-flex d-lg-inline-flex no-underline border color-border-default rounded px-2 py-1">Sign up</a><div class="AppHeader-appearanceSettings"><button type="button"
class="Button--iconOnly Button--invisible Button--medium Button" aria-label="Appearance settings"><span class="sr-only">Appearance settings</span></button>
</div>
</div></div></div></div></header><div hidden="hidden" data-view-component="true" class="js-stale-session-flash stale-session-flash flash flash-warn flash-full">
<span class="js-stale-session-flash-signed-in" hidden>You signed in with another tab or window. <a class="Link--inTextBlock" href="">Reload</a> to refresh your
session.</span><span class="js-stale-session-flash-signed-out" hidden>You signed out in another tab or window. <a class="Link--inTextBlock" href="">Reload</a>
to
refresh your session.</span><span class="js-stale-session-flash-switched" hidden>You switched accounts on another tab or window. <a class="Link--inTextBlock"
href="">Reload</a> to refresh your session.</span><button class="flash-close js-flash-close" type="button" aria-label="Close"><svg aria-label="Close"
role="img" height="16" viewBox="0 0 16 16" width="16" class="octicon octicon-x"></svg></button></div></div>`;
export const ghRepoHeader = `<div id="repository-container-header" class="pt-3 hide-full-screen" data-turbo-replace><div class="d-flex flex-nowrap
flex-justify-end
mb-3 px-3 px-lg-5" style="gap: 1rem;"><div class="flex-auto min-width-0 width-fit"><div class="d-flex flex-wrap flex-items-center wb-break-word f3 text-normal">
<svg aria-hidden="true" height="16" viewBox="0 0 16 16" width="16" class="octicon octicon-repo color-fg-muted mr-2"></svg><span class="author flex-self-stretch"
itemprop="author"><a class="url fn" rel="author" data-hovercard-type="organization" href="/kestrel-io">kestrel-io</a></span><span class="mx-1 flex-self-stretch
color-fg-muted">/</span><strong itemprop="name" class="mr-2 flex-self-stretch"><a href="/kestrel-io/kestrel">kestrel</a></strong><span></span><span
class="Label Label--secondary v-align-middle mr-1">Public</span></div></div><div id="repository-details-container" class="flex-shrink-0" data-turbo-replace
style="max-width: 70%;"><ul class="pagehead-actions flex-shrink-0 d-none d-md-inline" style="padding: 2px 0;"><li><a
href="/login?return_to=%2Fkestrel-io%2Fkestrel"
rel="nofollow" id="repository-details-watch-button" aria-label="You must be signed in to change notification settings" class="btn-sm btn"><svg
aria-hidden="true"
height="16" viewBox="0 0 16 16" width="16" class="octicon octicon-bell mr-2"></svg>Notifications</a><tool-tip id="tooltip-7c1f"
for="repository-details-watch-button"
popover="manual" data-direction="s" data-type="description" class="sr-only position-absolute">You must be signed in to change notification settings</tool-tip>
</li>
<li><a icon="repo-forked" id="fork-button" href="/login?return_to=%2Fkestrel-io%2Fkestrel" rel="nofollow" class="btn-sm btn"><svg aria-hidden="true" height="16"
viewBox="0 0 16 16" width="16" class="octicon octicon-repo-forked mr-2"></svg>Fork <span id="repo-network-counter" title="214" class="Counter">214</span></a>
</li>
<li><div class="BtnGroup d-flex"><a href="/login?return_to=%2Fkestrel-io%2Fkestrel" rel="nofollow" aria-label="You must be signed in to star a repository"
class="tooltipped tooltipped-sw btn-sm btn"><svg aria-hidden="true" height="16" viewBox="0 0 16 16" width="16" class="octicon octicon-star v-align-text-bottom
d-inline-block mr-2"></svg><span class="d-inline">Star</span> <span id="repo-stars-counter-star" aria-label="3148 users starred this repository" title="3,148"
class="Counter js-social-count">3.1k</span></a></div></li></ul></div></div><nav aria-label="Repository" class="js-repo-nav js-sidenav-container-pjax
js-responsive-underlinenav overflow-hidden UnderlineNav px-3 px-md-4 px-lg-5"><ul class="UnderlineNav-body list-style-none">${repoTabs
  .map(
    ([t, n]) => `<li class="d-inline-flex"><a id="${t.toLowerCase().replace(/ /g, '-')}-tab" href="/kestrel-io/kestrel/${t.toLowerCase().replace(/ /g, '')}"
class="UnderlineNav-item no-wrap js-responsive-underlinenav-item js-selected-navigation-item"><svg aria-hidden="true" height="16" viewBox="0 0 16 16" width="16"
class="octicon UnderlineNav-octicon d-none d-sm-inline"></svg><span data-content="${t}">${t}</span><span id="${t.toLowerCase()}-repo-tab-count" title="${
      n === '' ? 'Not available' : n
    }" class="Counter">${n}</span></a></li>`,
  )
  .join(
    '',
  )}</ul><div style="visibility:hidden;" class="UnderlineNav-actions js-responsive-underlinenav-overflow position-absolute pr-3 pr-md-4 pr-lg-5 right-0">
<action-menu data-select-variant="none"><focus-group direction="vertical" mnemonics retain><button id="action-menu-2a" popovertarget="action-menu-2a-overlay"
aria-controls="action-menu-2a-list" aria-haspopup="true" type="button" class="Button Button--iconOnly Button--secondary Button--medium UnderlineNav-item"><svg
aria-hidden="true" height="16" viewBox="0 0 16 16" width="16" class="octicon octicon-kebab-horizontal Button-visual"></svg></button><tool-tip
for="action-menu-2a"
popover="manual" data-direction="s" data-type="label" class="sr-only position-absolute">Additional navigation options</tool-tip><anchored-position
id="action-menu-2a-overlay" anchor="action-menu-2a" align="start" side="outside-bottom" anchor-offset="normal" popover="auto"><ul id="action-menu-2a-list"
role="menu" class="ActionListWrap--inset ActionListWrap">${repoTabs
  .map(
    ([t]) => `<li data-menu-item="i-${t}" class="ActionListItem"><a tabindex="-1" href="/kestrel-io/kestrel/${t.toLowerCase()}" role="menuitem"
class="ActionListContent
ActionListContent--visual16"><span class="ActionListItem-label">${t}</span></a></li>`,
  )
  .join('')}</ul></anchored-position></focus-group></action-menu></div></nav></div>`;
export const ghFooter = `<footer class="footer pt-8 pb-6 f6 color-fg-muted p-responsive" role="contentinfo"><h2 class="sr-only">Footer</h2><div class="d-flex
flex-justify-center flex-items-center flex-column-reverse flex-lg-row flex-wrap flex-lg-nowrap"><div class="d-flex flex-items-center flex-shrink-0 mx-2"><a
aria-label="GitHub Homepage" class="footer-octicon mr-2" href="https://github.com"><svg aria-hidden="true" height="24" viewBox="0 0 24 24" width="24"
class="octicon octicon-mark-github"></svg></a><span>${foot[0]}</span></div><nav aria-label="Footer"><h3 class="sr-only" id="sr-footer-heading">Footer
navigation</h3>
<ul class="list-style-none d-flex flex-justify-center flex-wrap mb-2 mb-lg-0" aria-labelledby="sr-footer-heading">${links(foot.slice(1), 'mx-2')}</ul></nav>
</div>
</footer><div id="ajax-error-message" class="ajax-error-message flash flash-error" hidden><svg aria-hidden="true" height="16" viewBox="0 0 16 16" width="16"
class="octicon octicon-alert"></svg><button type="button" class="flash-close js-ajax-error-dismiss" aria-label="Dismiss error"></button>You can’t perform
that action
at this time.</div>`;
/** Furniture texts of the chrome above. */
export const ghChromeFurniture: readonly string[] = [
  'Skip to content',
  'Navigation Menu',
  'Toggle navigation',
  'Sign in',
  ...menus.flat(),
  ...product.flat(),
  'Pricing',
  'Search or jump to...',
  'Sign up',
  'Appearance settings',
  ...flashes,
  'kestrel-io',
  'Public',
  'Notifications',
  'You must be signed in to change notification settings',
  'Fork',
  '214',
  'Star',
  '3.1k',
  ...repoTabs.map(([t]) => t),
  '42',
  '7',
  'Additional navigation options',
  'Footer',
  'Footer navigation',
  ...foot,
  'You can’t perform that action at this time.',
];
