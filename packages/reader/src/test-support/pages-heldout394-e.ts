import { links, ps, type TestPage, texts } from './page-kit.js';
import { packagist } from './pages-heldout394-e2.js';
import { j, lisHtml } from './pages-heldout394-kit.js';

/**
 * Held-out batch 394, file e: a NuGet Gallery package page (header with the Packages / Upload / Statistics / Documentation
 * menu, the package title with version, the install-command tabs, the body tabs, the rendered README, the sidebar with
 * download counts, About, owners, authors, tags and copyright, the cookie consent banner and the footer) and, from file e2,
 * a Packagist package page.
 */
const gTitle = 'Corvid.Telemetry 4.1.0';
const gIntro = [
  j(
    'Corvid.Telemetry collects metrics and traces from .NET applications and ships them to any OpenTelemetry-compatible',
    'back end. It wraps the standard instrumentation libraries with sensible defaults, so a typical web service needs only',
    'two lines of configuration.',
  ),
  j(
    'The package grew out of the same few dozen lines that every team at Corvid Labs copied between services. Keeping them in',
    'one place means that a fix to, say, the handling of health-check requests reaches every service with an update rather',
    'than a search through forty repositories.',
  ),
];
const gStart = [
  j(
    'Add the package, then call <code>AddCorvidTelemetry()</code> on the service collection in your start-up code. Without',
    'further options the library reads its endpoint and service name from the standard <code>OTEL_</code> environment',
    'variables.',
  ),
  j(
    'For console applications and worker services, call <code>CorvidTelemetry.Start()</code> at the top of',
    '<code>Main</code> and dispose the returned handle on exit so that buffered spans are flushed.',
  ),
];
const gWhat = [
  'Incoming and outgoing HTTP requests, with route templates rather than raw paths',
  'Entity Framework Core commands, with parameter values removed',
  'Runtime metrics: garbage collection, thread pool queue length, exceptions per second',
  'Custom spans through the familiar <code>ActivitySource</code> API',
];
const gSampling = [
  j(
    'By default every trace is recorded in development and one in ten in production. Errors are always kept: when a request',
    'fails, its trace is recorded even if the sampler had dropped it, because the decision is taken at the end of the span.',
  ),
  j(
    'You can change the production ratio with the <code>SampleRatio</code> option, or replace the sampler entirely. Health checks',
    'and requests for static files are never traced unless you remove them from the default filter list.',
  ),
];
const gBreaking = [
  j(
    'The 4.0 release renamed the configuration section from <code>Telemetry</code> to <code>Corvid:Telemetry</code> and',
    'removed the deprecated Jaeger exporter. The migration guide in the repository lists every renamed option.',
  ),
];
const gNav = ['Packages', 'Upload', 'Statistics', 'Documentation', 'Downloads', 'Blog', 'Sign in'];
const gInstall = ['.NET CLI', 'Package Manager', 'PackageReference', 'Central Package Management', 'Paket CLI', 'Script & Interactive', 'Cake'];
const gTabs = ['README', 'Frameworks', 'Dependencies', 'Used By', 'Versions', 'Release Notes'];
const gAbout = [
  'Project website',
  'Source repository',
  'MIT license',
  'Download package',
  'Download symbols',
  'Open in NuGet Package Explorer',
  'Report package',
];
const gTags = ['opentelemetry', 'tracing', 'metrics', 'observability', 'aspnetcore'];
const gFoot = ['Contact', 'Status', 'Terms of Use', 'Privacy Policy', 'Trademarks'];
const gHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>NuGet Gallery | Corvid.Telemetry 4.1.0</title><link href="/Content/gallery/css/bootstrap.min.css" rel="stylesheet">
<link href="/Content/gallery/css/fabric.min.css" rel="stylesheet"><meta property="og:title" content="Corvid.Telemetry 4.1.0">
<meta property="og:type" content="nugetgallery:package"><meta name="description" content="OpenTelemetry defaults for .NET services">
<script type="text/javascript">var appInsights=window.appInsights||function(config){};window.appInsights=appInsights;</script></head>
<body><div class="container-fluid banner banner-info text-center" role="banner"><div class="row"><div class="col-sm-12">
<i class="ms-Icon ms-Icon--Info"></i><span>The NuGet Gallery will be read-only for maintenance on December 12 from 02:00 to 04:00 UTC.</span>
</div></div></div>
<nav class="navbar navbar-inverse" role="navigation"><div class="container"><div class="row"><div class="col-sm-12 text-center">
<div class="navbar-header"><a href="/" class="navbar-logo" title="NuGet Home"><img src="/Content/gallery/img/logo-header.svg" alt="NuGet home"></a></div>
<div class="navbar-collapse collapse"><ul class="nav navbar-nav" role="tablist">${links(gNav)}</ul></div></div></div></div></nav>
<section role="main" class="container main-container page-package-details"><div class="row"><div class="col-sm-9 package-details-main">
<div class="package-header"><div class="package-title"><h1><span class="pull-left"><span class="title">Corvid.Telemetry</span>
<span class="version-title">4.1.0</span></span></h1></div>
<div class="package-details-info"><span class="prefix-reserve-label"><i class="ms-Icon ms-Icon--CheckMark"></i> Prefix Reserved</span>
<div class="framework-badges"><span class="framework-badge-asset">.NET 8.0</span><span class="framework-badge-asset">.NET Standard 2.0</span></div></div></div>
<div class="install-tabs"><ul class="nav nav-tabs" role="tablist">${links(gInstall)}</ul>
<div class="tab-content"><div class="install-script-row"><pre class="install-command-row"><span>dotnet add package Corvid.Telemetry --version 4.1.0</span></pre>
<button class="btn btn-default copy-button" type="button" aria-label="Copy the .NET CLI command">Copy</button></div>
<div class="icon-text alert alert-brand-info"><i class="ms-Icon ms-Icon--Info"></i> This package contains a
<a href="https://aka.example/nuget-sourcelink">.NET source link</a>.</div></div></div>
<div class="body-tabs"><ul class="nav nav-tabs" role="tablist">${links(gTabs)}</ul>
<div class="tab-content body-tab-content"><div role="tabpanel" class="tab-pane active" id="readme-body-tab"><div id="readme-tab" class="readme-common">
<h1 id="corvid.telemetry">Corvid.Telemetry</h1>
${ps(gIntro)}
<h2 id="getting-started">Getting started</h2>
${ps(gStart)}
<h2 id="what-is-collected">What is collected</h2>
<ul>${lisHtml(gWhat)}</ul>
<h2 id="sampling">Sampling</h2>
${ps(gSampling)}
<h2 id="breaking-changes-in-4.0">Breaking changes in 4.0</h2>
${ps(gBreaking)}
</div></div></div></div></div>
<aside class="col-sm-3 package-details-info" aria-label="Package details info"><div class="sidebar-section"><div class="download-info">
<div class="download-info-row"><span class="download-info-header">Total</span><span class="download-info-content">3.2M</span></div>
<div class="download-info-row"><span class="download-info-header">Current version</span><span class="download-info-content">88.4K</span></div>
<div class="download-info-row"><span class="download-info-header">Per day average</span><span class="download-info-content">1.1K</span></div></div></div>
<div class="sidebar-section"><h2 class="sidebar-headers">About</h2><ul class="list-unstyled ms-Icon-ul sidebar-links">
<li><i class="ms-Icon ms-Icon--History"></i> Last updated <span data-datetime="2026-11-09T16:20:00Z">11/9/2026</span></li>
${links(gAbout)}</ul></div>
<div class="sidebar-section"><h2 class="sidebar-headers">Owners</h2><div class="owner-list"><span><a href="/profiles/corvidlabs" title="corvidlabs">
<img class="owner-image" src="/profiles/corvidlabs/avatar" alt="corvidlabs gravatar"></a><a href="/profiles/corvidlabs">corvidlabs</a></span></div>
<a href="/packages/Corvid.Telemetry/4.1.0/ContactOwners">Contact owners →</a></div>
<div class="sidebar-section"><h2 class="sidebar-headers">Authors</h2><p>Yusra Delacroix, Corvid Labs</p></div>
<div class="sidebar-section"><h2 class="sidebar-headers">Tags</h2><p>${gTags.map((t) => `<a href="/packages?q=${t}">${t}</a>`).join('\n')}</p></div>
<div class="sidebar-section"><h2 class="sidebar-headers">Copyright</h2><p>© 2026 Corvid Labs</p></div></aside></div></section>
<footer class="footer"><div class="container"><div class="row"><div class="col-md-12"><ul class="list-inline">${links(gFoot)}</ul>
<p class="footer-heading">© Microsoft 2026 - About NuGet.org</p></div></div></div></footer>
<div id="cookieConsentContainer" class="banner-consent"><p>This site uses cookies for analytics, personalized content and ads. By continuing to browse
this site, you agree to this use.</p><a href="https://go.example/privacy">Learn more</a></div>
<script src="/Scripts/gallery/page-display-package.min.js"></script></body></html>`;
const nuget: TestPage = {
  name: 'heldout394-nuget-package',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: ['Getting started', 'What is collected', 'Sampling', 'Breaking changes in 4.0'],
  body: texts([...gIntro, ...gStart, ...gWhat, ...gSampling, ...gBreaking]),
  bylines: ['Last updated 11/9/2026', 'corvidlabs', 'Yusra Delacroix, Corvid Labs'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The NuGet Gallery will be read-only for maintenance on December 12 from 02:00 to 04:00 UTC.', ...gNav, 'Prefix Reserved', '.NET 8.0',
    '.NET Standard 2.0', ...gInstall, 'dotnet add package Corvid.Telemetry --version 4.1.0', 'Copy', 'This package contains a .NET source link.',
    ...gTabs, 'Total', '3.2M', 'Current version', '88.4K', 'Per day average', '1.1K', 'About', ...gAbout, 'Owners', 'Contact owners →', 'Authors',
    'Tags', ...gTags.filter((t) => t !== 'metrics'), 'Copyright', '© 2026 Corvid Labs', ...gFoot, '© Microsoft 2026 - About NuGet.org',
    'This site uses cookies for analytics, personalized content and ads. By continuing to browse this site, you agree to this use.', 'Learn more',
  ],
};

export const HELDOUT394_E: readonly TestPage[] = [nuget, packagist];
