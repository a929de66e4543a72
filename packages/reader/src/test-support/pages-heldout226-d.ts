import { links, ps, type TestPage, texts } from './page-kit.js';
import { jetbrainsPlugin } from './pages-heldout226-d2.js';

/**
 * Held-out batch 226, file d: a GitLab release page of a project on gitlab.com (the super sidebar with the project
 * menu, the top bar breadcrumbs, the release block's title, tag, milestone and "Released ... by" line, the Assets
 * section with source archives and packages, "Evidence collection", the rendered release notes and the hidden
 * help-panel texts) and, from file d2, a JetBrains Marketplace plugin page.
 */
const glTitle = 'Loomcraft 3.4 — resumable uploads';
const glIntro = [
  'Loomcraft 3.4 adds resumable uploads to the storage gateway, brings the admin console up to date with the new ' +
    'permission model, and fixes a long-standing bug where expired share links could still be used for up to a minute.',
];
const glH1 = 'Highlights';
const glH1a = 'Resumable uploads';
const glP1 = [
  'Uploads larger than 64 MiB are now split into parts that are acknowledged one at a time. If a client loses its connection ' +
    'it can ask the gateway which parts arrived and send only the rest. The web uploader and the <code>loom</code> CLI use the ' +
    'new protocol automatically; older clients keep working with single-request uploads.',
  'Incomplete uploads are cleaned up after 24 hours. Administrators can change the window with the <code>upload_ttl</code> setting.',
];
const glH1b = 'Role-based admin console';
const glP2 = [
  'The admin console now follows the role model introduced in 3.2. Operators see only the buckets and tenants their role ' +
    'covers, and every change made in the console is written to the audit log with the operator’s name.',
];
const glH2 = 'Bug fixes';
const glFixes = [
  'Expired share links are rejected immediately instead of after the next cache refresh (#1482).',
  'Listing a bucket with more than 10,000 objects no longer times out on PostgreSQL 16 (#1491).',
  'The CLI reports a clear error when the configured endpoint uses a self-signed certificate (#1503).',
  'Thumbnails for HEIC images are generated with the correct orientation (#1510).',
];
const glH3 = 'Upgrade notes';
const glP3 = [
  'This release adds two database migrations. They run automatically on start-up and take a few seconds on most installations; ' +
    'on instances with tens of millions of objects allow several minutes.',
  'The <code>LOOM_LEGACY_UPLOADS</code> environment variable has been removed. It has had no effect since 3.1.',
  'Thanks to Marguerite Oyelaran, Felix Ahlgren and Dmitri Salnikov for their merge requests in this cycle.',
];
const glSidebar = [
  'Project',
  'Pinned',
  'Issues',
  'Merge requests',
  'Manage',
  'Plan',
  'Code',
  'Build',
  'Secure',
  'Deploy',
  'Operate',
  'Monitor',
  'Analyze',
  'Releases',
  'Package registry',
  'Container registry',
  'Help',
  'Sign in',
  'Register',
];
const glCrumbs = ['Nettlefield', 'Loomcraft', 'Releases', 'v3.4.0'];
const glMeta = ['Released Mar 18, 2027 by', 'Hollis Achterberg'];
const glBlock = [
  'v3.4.0',
  'Milestone: 3.4',
  'Assets',
  '6',
  'Source code',
  'Source code (zip)',
  'Source code (tar.gz)',
  'Source code (tar.bz2)',
  'Source code (tar)',
  'Packages',
  'loom-cli linux-amd64',
  'loom-cli darwin-arm64',
  'Evidence collection',
  'v3.4.0-evidence.json',
  'Collected 2 weeks ago',
];
const glHidden = ['Skip to main content', 'Search or go to…', 'Explore', 'What’s new', 'Keyboard shortcuts'];
const glHtml = `<!DOCTYPE html>
<html class="gl-light ui-neutral with-header" lang="en"><head><meta charset="utf-8"><meta content="IE=edge" http-equiv="X-UA-Compatible">
<title>Loomcraft 3.4 — resumable uploads · Nettlefield / Loomcraft · GitLab</title><meta content="GitLab" property="og:site_name">
<meta content="Loomcraft 3.4 — resumable uploads" property="og:title"><meta content="Loomcraft 3.4 adds resumable uploads" property="og:description">
<meta name="csrf-param" content="authenticity_token"><link rel="stylesheet" href="https://gitlab.com/assets/application-3c1f0e9d.css">
<script nonce="x">//<![CDATA[
gon.api_version="v4";gon.relative_url_root="";gon.project_id=48811207;
//]]></script><script src="https://gitlab.com/assets/webpack/runtime.6a77be1c.bundle.js" defer></script>
<script src="https://gitlab.com/assets/webpack/pages.projects.releases.show.0f0a2b73.chunk.js" defer></script></head>
<body class="tab-width-8 gl-browser-firefox page-initialised" data-page="projects:releases:show" data-project="loomcraft"
data-project-full-path="nettlefield/loomcraft">
<div class="layout-page page-with-super-sidebar"><aside class="super-sidebar" id="super-sidebar" aria-label="Primary navigation"><div class="user-bar">
<a class="gl-sr-only gl-accessibility" href="#content-body">${glHidden[0]}</a><button class="btn super-sidebar-search-button" type="button">
<span class="gl-button-text">${glHidden[1]}</span></button><a href="/explore" class="btn">${glHidden[2]}</a></div>
<nav class="contextual-nav" aria-label="Project navigation"><div class="gl-px-4 gl-py-3 gl-font-bold">${glSidebar[0]}</div><ul class="gl-list-none">
${links(glSidebar.slice(1, 16), 'nav-item')}</ul></nav>
<div class="super-sidebar-help-center"><button class="btn" type="button">${glSidebar[16]}</button><div class="gl-disclosure-dropdown gl-hidden"
aria-hidden="true">
<ul>${links(glHidden.slice(3))}</ul></div></div><div class="gl-flex"><a class="btn" href="/users/sign_in">${glSidebar[17]}</a>
<a class="btn btn-confirm" href="/users/sign_up">${glSidebar[18]}</a></div></aside>
<div class="content-wrapper"><div class="top-bar-fixed container-fluid" data-testid="top-bar"><div class="top-bar-container">
<nav aria-label="Breadcrumbs" class="gl-breadcrumbs"><ol class="gl-breadcrumb-list breadcrumb">${links(glCrumbs, 'gl-breadcrumb-item')}</ol></nav></div></div>
<div class="alert-wrapper gl-flex gl-flex-col"></div>
<div class="container-fluid container-limited project-highlight-puc"><main class="content" id="content-body" itemscope
itemtype="http://schema.org/SoftwareSourceCode">
<div id="js-show-release-page" data-project-id="48811207" data-tag-name="v3.4.0"><div class="gl-mt-3">
<div class="card release-block gl-new-card" id="v3.4.0"><div class="card-header gl-new-card-header">
<h2 class="gl-heading-2 !gl-mb-0 gl-break-anywhere" data-testid="release-block-title">${glTitle}</h2>
<div class="gl-display-flex"><a class="btn btn-default btn-md gl-button btn-icon" href="/nettlefield/loomcraft/-/releases/v3.4.0/edit" title="Edit
this release"
aria-label="Edit this release"><svg class="gl-icon s16" data-testid="pencil-icon"></svg></a></div></div>
<div class="card-body gl-new-card-body gl-px-5"><div class="release-block-meta gl-flex gl-flex-wrap gl-gap-5 gl-mb-4">
<div class="gl-flex gl-items-center" title="Tag"><svg class="gl-icon s16" data-testid="tag-icon"></svg><a href="/nettlefield/loomcraft/-/tags/v3.4.0"
class="gl-ml-2">${glBlock[0]}</a></div><div class="gl-flex gl-items-center"><svg class="gl-icon s16" data-testid="milestone-icon"></svg>
<span class="gl-ml-2">${glBlock[1]}</span></div><div class="gl-flex gl-items-center"><svg class="gl-icon s16" data-testid="calendar-icon"></svg>
<span class="gl-ml-2">${glMeta[0]}</span><a class="gl-ml-2 js-user-link" href="/hachterberg"><span
class="gl-avatar-labeled-label">${glMeta[1]}</span></a></div></div>
<div class="gl-mb-3 gl-border-b"><h3 class="gl-heading-5 !gl-mb-3">${glBlock[2]} <span class="badge badge-muted badge-pill gl-badge
sm">${glBlock[3]}</span></h3>
<div><h4 class="gl-text-base gl-font-bold gl-mb-2">${glBlock[4]}</h4><ul class="gl-list-none gl-pl-0">${links(glBlock.slice(5, 9))}</ul></div>
<div><h4 class="gl-text-base gl-font-bold gl-mb-2">${glBlock[9]}</h4><ul class="gl-list-none gl-pl-0">${links(glBlock.slice(10, 12))}</ul></div></div>
<div class="card-text gl-mt-3"><div class="md" data-testid="release-description">
${ps(glIntro, ' data-sourcepos="1:1-1:220" dir="auto"')}
<h2 data-sourcepos="3:1-3:13" dir="auto"><a href="#highlights" aria-hidden="true" class="anchor" id="user-content-highlights"></a>${glH1}</h2>
<h3 dir="auto"><a href="#resumable-uploads" aria-hidden="true" class="anchor" id="user-content-resumable-uploads"></a>${glH1a}</h3>
${ps(glP1, ' dir="auto"')}
<h3 dir="auto"><a href="#role-based-admin-console" aria-hidden="true" class="anchor" id="user-content-role-based-admin-console"></a>${glH1b}</h3>
${ps(glP2, ' dir="auto"')}
<h2 dir="auto"><a href="#bug-fixes" aria-hidden="true" class="anchor" id="user-content-bug-fixes"></a>${glH2}</h2>
<ul dir="auto">${glFixes
  .map((t) => `<li>${t.replace(/\(#(\d+)\)/, '(<a href="/nettlefield/loomcraft/-/issues/$1" class="gfm gfm-issue">#$1</a>)')}</li>`)
  .join('\n')}</ul>
<h2 dir="auto"><a href="#upgrade-notes" aria-hidden="true" class="anchor" id="user-content-upgrade-notes"></a>${glH3}</h2>
${ps(glP3, ' dir="auto"')}
</div></div>
<div class="gl-mt-5 gl-border-t gl-pt-5"><h3 class="gl-heading-5">${glBlock[12]}</h3><div class="gl-flex gl-items-center">
<svg class="gl-icon s16" data-testid="review-list-icon"></svg><a href="/nettlefield/loomcraft/-/releases/v3.4.0/evidences/91822.json">${glBlock[13]}</a>
<span class="gl-ml-3 gl-text-subtle">${glBlock[14]}</span></div></div></div></div></div></div></main></div></div></div>
<script nonce="x">gl.startup_calls = {};</script></body></html>`;
const gitlab: TestPage = {
  html: glHtml,
  name: 'heldout226-gitlab-release',
  kind: 'news',
  // the release name (an h2, the page's only title) is the title; "Released ... by" and the author are bylines; the tag,
  // milestone, assets, evidence and the whole sidebar are furniture; the breadcrumb "v3.4.0" equals the tag link
  title: glTitle,
  headings: [glH1, glH1a, glH1b, glH2, glH3],
  body: texts([...glIntro, ...glP1, ...glP2, ...glFixes, ...glP3]),
  bylines: glMeta,
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...glHidden, ...glSidebar, glCrumbs[0] ?? '', glCrumbs[2] ?? '', ...glBlock.filter((b) => b !== '6'),
  ],
};

export const HELDOUT226_D: readonly TestPage[] = [gitlab, jetbrainsPlugin];
