import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 226, file a2: a Docker Hub repository page (the MUI app's top bar with Explore / Pricing / Sign In / Sign
 * up, breadcrumbs, the repository header with publisher, update time, pull and star counts, the Overview / Tags tabs, the
 * rendered README as the Overview, the right-hand "Docker Pull Command" and "Recent tags" panels, the OneTrust cookie
 * banner and the footer).
 */
const dhTitle = 'brackenlabs/ferncache';
const dhShort = 'A small, persistent key-value cache with an HTTP API and a Redis-compatible protocol.';
const dhH1 = 'Quick reference';
const dhRef = [
  'Maintained by: the Bracken Labs platform team',
  'Where to get help: the project’s issue tracker and the #ferncache channel on the Bracken community chat',
  'Supported architectures: amd64, arm64v8',
];
const dhH2 = 'What is ferncache?';
const dhWhat = [
  'ferncache is a single-binary cache for teams that want something lighter than a database and more durable than memory. ' +
    'Writes go to an append-only log on disk before they are acknowledged, so a restarted container comes back with its data. ' +
    'Clients can talk to it over plain HTTP or with any Redis client for the common string and hash commands.',
  'It was written for the build farm at Bracken Labs, where hundreds of short-lived runners share artifact metadata and need ' + 'it to survive a node reboot.',
];
const dhH3 = 'How to use this image';
const dhUse = ['Start a container and publish both ports. The data directory is a volume, so mount it if you want the log to outlive the ' + 'container.'];
const dhCode1 = `<pre><code>docker run -d --name cache -p 7480:7480 -p 6379:6379 -v ferncache-data:/var/lib/ferncache brackenlabs/ferncache:2.4</code></pre>`;
const dhH4 = 'Environment variables';
const dhEnv = [
  'FERNCACHE_MAX_MEMORY sets the size of the in-memory index. When it is full, the least recently read keys are dropped from ' + 'memory but stay on disk.',
  'FERNCACHE_COMPACT_INTERVAL sets how often the log is compacted. The default is one hour.',
  'FERNCACHE_AUTH_TOKEN, if set, is required as a bearer token on HTTP requests and as the AUTH password on the Redis port.',
];
const dhH5 = 'Image variants';
const dhVar = [
  'ferncache:2.4 is based on Debian and includes a shell, which is handy for debugging.',
  'ferncache:2.4-distroless contains only the binary and its certificates. Use it in production if you do not need ' + 'to exec into the container.',
];
const dhH6 = 'Health checks';
const dhHealth = [
  'The image defines a health check against the <code>/healthz</code> endpoint every 30 seconds. It reports unhealthy while a ' +
    'compaction is replaying the log after a crash, which can take a minute on large data sets, so give orchestrators a ' +
    'generous start period.',
];
const dhH7 = 'License';
const dhLic = [
  'ferncache is released under the Apache 2.0 license. As with all Docker images, these likely also contain other software ' +
    'which may be under other licenses, along with any direct or indirect dependencies of the primary software.',
];
const dhNav = ['Explore', 'Pricing', 'Sign In', 'Sign up'];
const dhCrumbs = ['Explore', 'brackenlabs/ferncache'];
const dhMeta = ['By brackenlabs', 'Updated 4 days ago'];
const dhFurn = [
  'Image',
  'Databases & storage',
  '500K+',
  '86',
  'Overview',
  'Tags',
  'Docker Pull Command',
  'Copy',
  'Recent tags',
  '2.4.1',
  '2.4.1-distroless',
  '2.4',
  'latest',
  'Content type',
  'Digest',
  'Size',
  '18.2 MB',
  'Last updated',
  '4 days ago',
];
const dhCookie = [
  'We use cookies to personalize content and ads, to provide social media features and to analyze our traffic. You can manage ' +
    'your preferences at any time.',
  'Cookies Settings',
  'Reject All',
  'Accept All Cookies',
];
const dhFooter = [
  'Why Docker',
  'Products',
  'Developers',
  'Pricing',
  'Support',
  'Contact Us',
  'Privacy',
  'Terms of Service',
  'Cookies Settings',
  '© 2025 Docker Inc. All rights reserved',
];
const md = (t: string, h = 'h2'): string => `<${h}>${t}</${h}>`;
const dhHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>brackenlabs/ferncache - Docker Image | Docker Hub</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="description" content="${dhShort}">
<meta property="og:title" content="brackenlabs/ferncache - Docker Image | Docker Hub"><meta property="og:site_name" content="Docker Hub Container
Image Library">
<link rel="canonical" href="https://hub.docker.com/r/brackenlabs/ferncache"><link rel="stylesheet" href="/static/css/main.4c1e7a2b.css">
<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-domain-script="6c2e1f1d-docker" async></script>
<script>window.__reduxState={"config":{"hubBaseUrl":"https://hub.docker.com"}};</script><script src="/static/js/main.8a10f3bc.js" defer></script></head>
<body><div id="app"><div class="MuiBox-root css-1n2mv2k">
<header class="MuiPaper-root MuiAppBar-root MuiAppBar-positionSticky css-8b1z0x" data-testid="navBar"><div class="MuiToolbar-root css-1yz4k3r">
<a href="/" aria-label="Docker Hub home"><svg class="dlogo"></svg></a><div class="MuiAutocomplete-root" role="combobox"><input placeholder="Search Docker Hub"
aria-label="Search Docker Hub" class="MuiInputBase-input"></div>
<nav class="MuiStack-root css-j7qwjs"><a class="MuiButton-root MuiButton-text" href="/search">${dhNav[0]}</a><a class="MuiButton-root MuiButton-text"
href="https://www.docker.com/pricing/">${dhNav[1]}</a><a class="MuiButton-root MuiButton-outlined" href="/login">${dhNav[2]}</a>
<a class="MuiButton-root MuiButton-contained" href="/signup">${dhNav[3]}</a></nav></div></header>
<main class="MuiContainer-root MuiContainer-maxWidthLg css-1qsxih2"><nav class="MuiBreadcrumbs-root" aria-label="breadcrumb"><ol class="MuiBreadcrumbs-ol">
<li class="MuiBreadcrumbs-li"><a href="/search">${dhCrumbs[0]}</a></li><li aria-hidden="true" class="MuiBreadcrumbs-separator">/</li>
<li class="MuiBreadcrumbs-li"><p class="MuiTypography-root MuiTypography-body1">${dhCrumbs[1]}</p></li></ol></nav>
<div class="MuiStack-root css-1ialerq" data-testid="repoHeader"><img class="MuiAvatar-img" alt="brackenlabs" src="https://www.gravatar.com/avatar/b1">
<div><h1 class="MuiTypography-root MuiTypography-h2 css-1xv3t5q" data-testid="repoName">${dhTitle}</h1>
<div class="MuiStack-root css-u4p24i"><a class="MuiTypography-root MuiLink-root" href="/u/brackenlabs" data-testid="publisher">${dhMeta[0]}</a>
<span class="MuiTypography-root MuiTypography-body2" data-testid="lastUpdated">${dhMeta[1]}</span></div>
<p class="MuiTypography-root MuiTypography-body1 css-mmdc7x" data-testid="description">${dhShort}</p>
<div class="MuiStack-root css-1tw1s3"><span class="MuiChip-label">${dhFurn[0]}</span><a class="MuiChip-root" href="/search?categories=databases">
<span class="MuiChip-label">${dhFurn[1]}</span></a><span data-testid="pullCount" title="Pulls"><svg aria-hidden="true"></svg>${dhFurn[2]}</span>
<span data-testid="starCount" title="Stars"><svg aria-hidden="true"></svg>${dhFurn[3]}</span></div></div></div>
<div class="MuiTabs-root css-orq8zk"><div class="MuiTabs-flexContainer" role="tablist"><a role="tab" aria-selected="true" class="MuiTab-root Mui-selected"
href="/r/brackenlabs/ferncache">${dhFurn[4]}</a><a role="tab" aria-selected="false" class="MuiTab-root"
href="/r/brackenlabs/ferncache/tags">${dhFurn[5]}</a></div></div>
<div class="MuiGrid-root MuiGrid-container css-1d3bbye"><div class="MuiGrid-root MuiGrid-item MuiGrid-grid-md-8 css-efwuvd">
<div class="MuiPaper-root MuiCard-root css-s18byi"><div class="MuiCardContent-root"><div data-testid="markdownContent" class="Markdown__markdown css-g2bh7t">
${md(dhH1)}
<ul>${dhRef.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${md(dhH2)}
${ps(dhWhat)}
${md(dhH3)}
${ps(dhUse)}
${dhCode1}
${md(dhH4, 'h3')}
<ul>${dhEnv.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${md(dhH5)}
<ul>${dhVar.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${md(dhH6)}
${ps(dhHealth)}
${md(dhH7)}
${ps(dhLic)}
</div></div></div></div>
<div class="MuiGrid-root MuiGrid-item MuiGrid-grid-md-4 css-1equabv"><div class="MuiPaper-root MuiCard-root css-1fz5n7b" data-testid="pullCommand">
<h6 class="MuiTypography-root MuiTypography-h6">${dhFurn[6]}</h6><div class="MuiInputBase-root"><input readonly value="docker pull brackenlabs/ferncache"
class="MuiInputBase-input"></div><button class="MuiButton-root MuiButton-text" aria-label="copy">${dhFurn[7]}</button></div>
<div class="MuiPaper-root MuiCard-root css-1fz5n7b" data-testid="recentTags"><h6 class="MuiTypography-root MuiTypography-h6">${dhFurn[8]}</h6>
<div class="MuiStack-root">${dhFurn
  .slice(9, 13)
  .map((t) => `<a class="MuiChip-root MuiChip-outlined" href="/r/brackenlabs/ferncache/tags?name=${t}"><span class="MuiChip-label">${t}</span></a>`)
  .join('\n')}</div></div>
<div class="MuiPaper-root MuiCard-root css-1fz5n7b" data-testid="tagSummary"><dl class="css-1k3u2t">
<dt>${dhFurn[13]}</dt><dd>Image</dd><dt>${dhFurn[14]}</dt><dd><code>sha256:4e0c7d9a1b22</code></dd><dt>${dhFurn[15]}</dt><dd>${dhFurn[16]}</dd>
<dt>${dhFurn[17]}</dt><dd>${dhFurn[18]}</dd></dl></div></div></div></main>
<footer class="MuiBox-root css-1v4ccyo" data-testid="footer"><ul class="css-4lhv6n">${links(dhFooter.slice(0, 9))}</ul>
<p class="MuiTypography-root MuiTypography-caption">${dhFooter[9]}</p></footer></div></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner" tabindex="0">
<div id="onetrust-policy"><p id="onetrust-policy-text">${dhCookie[0]}</p></div><div id="onetrust-button-group-parent">
<div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">${dhCookie[1]}</button><button id="onetrust-reject-all-handler">${dhCookie[2]}</button>
<button id="onetrust-accept-btn-handler">${dhCookie[3]}</button></div></div></div></div></body></html>`;
export const dockerHub: TestPage = {
  html: dhHtml,
  name: 'heldout226-dockerhub-image',
  kind: 'docs',
  // the repository's short description under the h1 is body; publisher and "Updated" time are bylines; chips, counts, tabs,
  // the pull-command and tag panels, the cookie banner and the footer are furniture
  title: dhTitle,
  headings: [dhH1, dhH2, dhH3, dhH4, dhH5, dhH6, dhH7],
  body: texts([dhShort, ...dhRef, ...dhWhat, ...dhUse, ...dhEnv, ...dhVar, ...dhHealth, ...dhLic]),
  bylines: dhMeta,
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...dhNav, ...dhFurn.filter((f) => f !== 'Image' && f !== '4 days ago'), ...dhCookie, ...dhFooter,
  ],
};
