import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout416-kit.js';
import { tessaro } from './pages-heldout416-b2.js';

/**
 * Held-out batch 416, file b: a Snyk vulnerability database page built with Nuxt (data-v attributes, the vue--heading
 * title, the "Affecting" subheading, "How to fix?", the prose overview and details, the CVSS / exploit-maturity card,
 * the test-your-applications promo and the Snyk Learn promo, references and the site footer) and, from file b2, a vendor
 * PSIRT advisory in the Cisco Security Advisory template.
 */
const sTitle = 'XML External Entity (XXE) Injection';
const sFix = ['Upgrade <code>org.quernstone:quern-xml</code> to version 3.2.7 or higher.'];
const sOverview = [
  j(
    '<code>org.quernstone:quern-xml</code> is a streaming XML binding library for Java that maps documents onto annotated classes.',
    'Affected versions of this package are vulnerable to XML External Entity (XXE) Injection through the',
    '<code>QuernReader.fromStream()</code> method, which builds its parser with external general entities enabled.',
  ),
  j(
    'An attacker who controls an XML document read by the library can declare an entity that points to a local file or an',
    'internal URL. When the entity is expanded, the contents of the file are placed into the bound object, where they can be',
    'echoed back to the attacker, and a request to the internal URL is made from the server running the application.',
  ),
];
const sDetails = [
  j(
    'XXE Injection is a type of attack against an application that parses XML input. XML is a markup language that defines a set',
    'of rules for encoding documents. By default, many XML processors allow the definition of external entities in a document',
    'type definition, which are fetched and substituted when the document is parsed.',
  ),
  j(
    'Attacks can include disclosing local files, which may contain sensitive data such as passwords or',
    'private user data, using file: schemes or relative paths in the system identifier.',
  ),
  j(
    'Because the attack takes place relative to the application processing the XML document, an attacker may use this trusted',
    'application to pivot to other internal systems, possibly disclosing other internal content through HTTP requests or',
    'launching a denial of service against internal services.',
  ),
  j(
    'The maintainers fixed the issue by disabling DTD processing in the default parser factory and by',
    'adding an explicit opt-in setting for applications that need entity expansion.',
  ),
];
const sExposure = [
  'Reading uploaded configuration files with <code>QuernReader.fromStream()</code>.',
  'Binding SOAP request bodies in services built on the quern-soap adapter.',
  'Importing invoices through the quern-ubl extension before version 1.9.',
];
const sNav = ['Snyk Vulnerability Database', 'Maven', 'org.quernstone:quern-xml'];
const sCard = [
  'Snyk CVSS',
  'Exploit Maturity',
  'Proof of concept',
  'Attack Complexity',
  'Confidentiality',
  'See more',
  'Do your applications use this vulnerable package?',
  'In a few clicks we can analyze your entire application and see what components are vulnerable in your application, and suggest you quick fixes.',
  'Test your applications',
];
const sRefs = ['GitHub Commit', 'GitHub Issue', 'GitHub Release Notes'];
const sFoot = ['Products', 'Snyk Code', 'Snyk Open Source', 'Snyk Container', 'Resources', 'Vulnerability DB', 'Documentation', 'Company', 'About', 'Careers'];
const sHtml = `<!doctype html>
<html lang="en" data-n-head="%7B%22lang%22:%7B%22ssr%22:%22en%22%7D%7D"><head><meta charset="utf-8">
<title>XML External Entity (XXE) Injection in org.quernstone:quern-xml | CVE-2026-28014 | Snyk</title>
<meta data-n-head="ssr" data-hid="description" name="description" content="Medium severity (6.9) XML External Entity (XXE) Injection in quern-xml">
<meta data-n-head="ssr" data-hid="og:title" property="og:title" content="XML External Entity (XXE) Injection in org.quernstone:quern-xml">
<link rel="preload" href="/_nuxt/9f2e1c0.js" as="script"><link rel="stylesheet" href="/_nuxt/css/4a2d8b1.css">
<script data-n-head="ssr" type="application/ld+json">{"@context":"https://schema.org","@type":"TechArticle","headline":"${sTitle}"}</script>
</head><body><div data-server-rendered="true" id="__nuxt"><div id="__layout"><div data-v-6c1e2a3b class="app">
<header data-v-2f3b4c5d class="header"><a data-v-2f3b4c5d href="/" class="logo">Snyk</a><nav data-v-2f3b4c5d class="header__nav"><ul>
${links(['Products', 'Resources', 'Company', 'Pricing'], 'header__item')}</ul></nav><a data-v-2f3b4c5d href="/login" class="vue--button">Log in</a>
<a data-v-2f3b4c5d href="/signup" class="vue--button vue--button--cta">Book a live demo</a></header>
<main data-v-6c1e2a3b class="vuln-page"><div data-v-7a8b9c0d class="vuln-page__breadcrumbs">
<ol class="vue--breadcrumbs">${links(sNav, 'vue--breadcrumbs__item')}</ol></div>
<div data-v-7a8b9c0d class="vuln-page__header"><div data-v-1b2c3d4e class="vuln-severity vuln-severity--medium"><span class="severity-widget">M</span></div>
<h1 data-v-7a8b9c0d class="vue--heading title" data-snyk-test="vuln header title">${sTitle}</h1>
<h2 data-v-7a8b9c0d class="vue--heading subheading">Affecting <a href="/package/maven/org.quernstone:quern-xml">org.quernstone:quern-xml</a> package,
versions <strong>[,3.2.7)</strong></h2></div>
<div data-v-7a8b9c0d class="vuln-page__body"><div data-v-7a8b9c0d class="left">
<div data-v-3d4e5f6a class="vuln-info-block"><span class="vue--badge">Introduced: 2 Mar 2026</span>
<span class="vue--badge"><a href="#">CVE-2026-28014</a></span> <span class="vue--badge">Open this link in a new tab</span>
<span class="vue--badge"><a href="#">CWE-611</a></span></div>
<div data-v-8e9f0a1b class="vue--card vuln-fix"><h2 data-v-8e9f0a1b class="vue--heading heading">How to fix?</h2>
<div class="vue--prose">${ps(sFix)}</div></div>
<div data-v-4f5a6b7c class="vue--prose vuln-description"><h2 id="overview">Overview</h2>
${ps(sOverview)}
<h2 id="details">Details</h2>
${ps(sDetails)}
<h3 id="affected-uses">Affected uses</h3>
<ul>
${lis(sExposure)}
</ul>
<h2 id="references">References</h2>
<ul>${links(sRefs)}</ul></div></div>
<aside data-v-7a8b9c0d class="right"><div data-v-5b6c7d8e class="vue--card cvss-details-card"><h3 class="vue--heading">Snyk CVSS</h3>
<div class="cvss-score">6.9 <span>medium</span></div><ul class="cvss-breakdown">
<li><span>Exploit Maturity</span> <strong>Proof of concept</strong></li><li><span>Attack Complexity</span> <strong>Low</strong></li>
<li><span>Confidentiality</span> <strong>High</strong></li></ul><button class="vue--button vue--button--link">See more</button></div>
<div data-v-5b6c7d8e class="vue--card"><h3 class="vue--heading">Do your applications use this vulnerable package?</h3>
<p>In a few clicks we can analyze your entire application and see what components are vulnerable in your application, and suggest you quick fixes.</p>
<a class="vue--button vue--button--cta" href="/test">Test your applications</a></div>
<div data-v-5b6c7d8e class="vue--card snyk-learn"><h3 class="vue--heading">Snyk Learn</h3><p>Learn about XML External Entity (XXE) Injection
vulnerabilities in an interactive lesson.</p><a href="/learn/xxe" class="vue--button">Start learning</a></div>
<div data-v-5b6c7d8e class="vue--card"><ul class="meta-list"><li><span>Snyk ID</span> <strong>SNYK-JAVA-ORGQUERNSTONE-8812044</strong></li>
<li><span>Published</span> <strong>4 Mar 2026</strong></li><li><span>Disclosed</span> <strong>2 Mar 2026</strong></li>
<li><span>Credit</span> <strong>Odile Farrant</strong></li></ul>
<a href="/report" class="vue--button vue--button--link">Report a new vulnerability</a>
<p class="vue--block-link">Found a mistake?</p></div></aside></div></main>
<footer data-v-0a1b2c3d class="footer"><ul>${links(sFoot, 'footer__item')}</ul>
<p class="footer__legal">© 2026 Snyk Limited. Registered in England and Wales.</p></footer>
<div data-v-9c0d1e2f class="cookie-banner"><p>This site uses cookies to deliver its services and to analyze traffic.</p>
<button class="vue--button">Accept all cookies</button> <button class="vue--button">Cookie settings</button></div>
</div></div></div><script>window.__NUXT__=(function(a){return {layout:"default",data:[{vulnId:"SNYK-JAVA-ORGQUERNSTONE-8812044"}]}}(null));</script>
<script src="/_nuxt/9f2e1c0.js" defer></script></body></html>`;

export const HELDOUT416_B: readonly TestPage[] = [
  {
    name: 'heldout416-snyk-vuln-docs',
    kind: 'docs',
    html: sHtml,
    title: sTitle,
    headings: ['How to fix?', 'Overview', 'Details', 'Affected uses'],
    body: texts([...sFix, ...sOverview, ...sDetails, ...sExposure]),
    bylines: ['Introduced: 2 Mar 2026', 'Published 4 Mar 2026', 'Disclosed 2 Mar 2026', 'Credit Odile Farrant'],
    furniture: [
      'Products',
      'Resources',
      'Company',
      'Pricing',
      'Log in',
      'Book a live demo',
      ...sNav.slice(0, 2),
      'Affecting org.quernstone:quern-xml package, versions [,3.2.7)',
      'CVE-2026-28014',
      'Open this link in a new tab',
      'CWE-611',
      'References',
      ...sRefs,
      ...sCard,
      'Snyk Learn',
      'Learn about XML External Entity (XXE) Injection vulnerabilities in an interactive lesson.',
      'Start learning',
      'Snyk ID',
      'SNYK-JAVA-ORGQUERNSTONE-8812044',
      'Report a new vulnerability',
      'Found a mistake?',
      ...sFoot,
      '© 2026 Snyk Limited. Registered in England and Wales.',
      'This site uses cookies to deliver its services and to analyze traffic.',
      'Accept all cookies',
      'Cookie settings',
    ],
  },
  tessaro,
];
