import { links, ps, type TestPage, texts } from './page-kit.js';
import { realPy } from './pages-heldout390-b2.js';
import { j } from './pages-heldout390-kit.js';

/**
 * Held-out batch 390, file b: a Baeldung-style Java tutorial on WordPress (header menu with the series dropdowns, the
 * "Course" promo box above and below the article, numbered section headings, code blocks, author box, "Partner" sidebar,
 * newsletter sign-up, cookie banner, footer) and, from file b2, a Real Python-style tutorial with a table of contents.
 */
const bTitle = 'Guide to Java Records with Compact Constructors';
const bH = ['1. Overview', '2. A Quick Look at Records', '3. Compact Constructors', '4. Normalizing Values', '5. Records and Inheritance', '6. Conclusion'];
const b1 = [
  j(
    'In this tutorial, we\u2019ll look at <strong>compact constructors</strong>, a shorter form of constructor that only Java records',
    'allow. We\u2019ll see how they validate and normalize the components of a record without repeating the field assignments.',
  ),
];
const b2 = [
  j(
    'A record is a transparent carrier for a fixed set of values. The compiler generates the private final fields, the canonical',
    'constructor, the accessors, and the <em>equals()</em>, <em>hashCode()</em> and <em>toString()</em> methods for us.',
  ),
  'Let\u2019s define a simple record for a parcel that a warehouse ships:',
  j(
    'Out of the box, nothing stops us from creating a parcel with a negative weight or an empty tracking code. That\u2019s where a',
    'constructor of our own comes in.',
  ),
];
const b3 = [
  j(
    'A compact constructor has no parameter list. It sees the same parameters as the canonical constructor, and <strong>the',
    'assignments to the fields happen implicitly at the end of its body</strong>:',
  ),
  'This gives us a natural place for checks. A few rules apply, though:',
];
const b3list = [
  'we can\u2019t assign to the fields with <em>this.weight = ...</em> inside a compact constructor',
  'we can reassign the parameters themselves, and the new values are the ones stored',
  'the constructor must be at least as accessible as the record itself',
];
const b4 = [
  j(
    'Because we can reassign parameters, compact constructors are also useful to normalize input. For example, we may want to store',
    'tracking codes in upper case and without surrounding spaces:',
  ),
  j(
    'Now <em>new Parcel(" kx-4410 ", 2.5)</em> and <em>new Parcel("KX-4410", 2.5)</em> are equal, because both store the same',
    'code. This keeps <em>equals()</em> consistent without overriding it.',
  ),
];
const b5 = [
  j(
    'Records are implicitly final and can\u2019t extend another class, since they already extend <em>java.lang.Record</em>. They can,',
    'however, implement interfaces, and a compact constructor works the same way in that case.',
  ),
];
const b6 = [
  j(
    'In this article, we saw how compact constructors let us validate and normalize record components with very little code.',
    'As always, the full source code of the examples is available over on GitHub.',
  ),
];
const bMenu = ['Start Here', 'Spring Courses', 'Java Courses', 'Learn Spring Boot', 'Persistence', 'Series', 'About'];
const bTags = ['Java', 'Java Records', 'Core Java'];
const bFoot = [
  'Categories',
  'Series',
  'About',
  'The Full Archive',
  'Editors',
  'Jobs',
  'Our Partners',
  'Advertise on Baelfield',
  'Terms of Service',
  'Privacy Policy',
  'Company Info',
  'Contact',
];
const pre = (src: string): string => `<pre><code class="language-java">${src}</code></pre>`;
const promo = (where: string): string => `<div class="short_box short_start ${where}"><h3 class="short_box_title">Course – LJ 25 (cat=Java)</h3>
<p class="short_box_text">Get started with Java 25 and the new language features, in a hands-on course from basic to advanced:</p>
<a class="btn btn-default" href="/course-lj">&gt;&gt; CHECK OUT THE COURSE</a></div>`;
const bHtml = `<!DOCTYPE html><html lang="en-US" class="no-js"><head><meta charset="UTF-8"><title>${bTitle} | Baelfield</title>
<meta name="description" content="Learn how compact constructors validate and normalize the components of a Java record.">
<meta property="og:locale" content="en_US"><meta property="og:type" content="article"><meta property="og:site_name" content="Baelfield">
<meta property="article:published_time" content="2026-01-19T09:11:04+00:00"><meta name="author" content="Orrin Castellane">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${bTitle}",
"author":{"name":"Orrin Castellane"},"datePublished":"2026-01-19T09:11:04+00:00","articleSection":["Java"]}]}</script>
<link rel="stylesheet" id="baelfield-style-css" href="https://www.baelfield.example/wp-content/themes/baelfield/style.css" media="all">
<script>window.dataLayer = window.dataLayer || [];</script></head>
<body class="post-template-default single single-post postid-171442 single-format-standard">
<div id="page" class="site"><header id="masthead" class="site-header"><div class="nav-bar"><a class="custom-logo-link" href="/" rel="home">
<img class="custom-logo" src="/wp-content/uploads/logo.svg" alt="Baelfield"></a>
<nav id="menu" class="menu"><ul id="menu-main-menu" class="menu-main">${links(bMenu, 'menu-item menu-item-type-custom')}</ul></nav></div></header>
<div class="container"><main id="main" class="site-main"><article id="post-171442" class="post-171442 post type-post status-publish category-java">
<header class="entry-header"><h1 class="entry-title">${bTitle}</h1></header>
<div class="post-meta"><p class="post-modified">Last updated: <span class="updated">January 19, 2026</span></p>
<div class="post-author"><span class="author-name">Written by: <a href="/author/orrin-castellane" rel="author">Orrin Castellane</a></span></div>
<div class="post-reviewer">Reviewed by: <a href="/editor/selma-ruiz">Selma Ruiz</a></div>
<ul class="post-categories">${links(bTags.slice(0, 2), 'cat-item')}</ul></div>
<section class="entry-content">
${promo('before-post-widget')}
<h2 id="bd-overview" data-id="overview">${bH[0]}</h2>${ps(b1)}
<h2 id="bd-records" data-id="records">${bH[1]}</h2>${ps(b2.slice(0, 2))}
${pre('public record Parcel(String trackingCode, double weight) {\n}')}
${ps(b2.slice(2))}
<h2 id="bd-compact" data-id="compact">${bH[2]}</h2>${ps(b3.slice(0, 1))}
${pre(
  'public record Parcel(String trackingCode, double weight) {\n    public Parcel {\n        if (weight &lt;= 0) {\n' +
    '            throw new IllegalArgumentException("weight must be positive");\n        }\n    }\n}',
)}
${ps(b3.slice(1))}<ul>${b3list.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2 id="bd-normalize" data-id="normalize">${bH[3]}</h2>${ps(b4.slice(0, 1))}
${pre('public Parcel {\n    trackingCode = trackingCode.strip().toUpperCase();\n}')}
${ps(b4.slice(1))}
<h2 id="bd-inheritance" data-id="inheritance">${bH[4]}</h2>${ps(b5)}
<h2 id="bd-conclusion" data-id="conclusion">${bH[5]}</h2>${ps(b6)}
${promo('after-post-widget')}
</section>
<footer class="entry-footer"><div class="author-box"><img src="/avatars/oc.jpg" alt="">
<p class="author-bio">Orrin is a backend engineer who has spent a decade on payment systems in the JVM world.</p></div></footer></article></main>
<aside id="secondary" class="widget-area"><section class="widget widget_partners">
<h2 class="widget-title">Partner – Tidewell Labs – NPI EA (cat = Java)</h2>
<p>Fast, reproducible builds for JVM teams. Try Tidewell free for 30 days.</p><a href="/partner/tidewell">Start free trial</a></section>
<section class="widget widget_newsletter"><h2 class="widget-title">Get the weekly Java digest</h2>
<form class="newsletter-form"><input type="email" placeholder="Your email"><button type="submit">Subscribe</button></form>
<p class="newsletter-legal">We respect your privacy. Unsubscribe at any time.</p></section></aside></div>
<footer id="colophon" class="site-footer"><ul class="footer-menu">${links(bFoot, 'menu-item')}</ul>
<p class="copyright">© 2026 Baelfield. All rights reserved.</p></footer>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner banner-1 optin"><div class="cmplz-title">Manage Cookie Consent</div>
<div class="cmplz-message"><p>We use cookies to improve your experience with the site. To find out more, read our privacy policy.</p></div>
<button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="https://www.baelfield.example/wp-includes/js/wp-embed.min.js" id="wp-embed-js"></script></body></html>`;
const baeldung: TestPage = {
  name: 'heldout390-baeldung-docs',
  kind: 'docs',
  html: bHtml,
  title: bTitle,
  headings: bH,
  body: texts([...b1, ...b2, ...b3, ...b3list, ...b4, ...b5, ...b6]),
  bylines: ['Last updated:', 'January 19, 2026', 'Written by:', 'Orrin Castellane', 'Reviewed by:', 'Selma Ruiz'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...bMenu, 'Java Records', 'Course – LJ 25 (cat=Java)',
    'Get started with Java 25 and the new language features, in a hands-on course from basic to advanced:',
    '>> CHECK OUT THE COURSE', 'Orrin is a backend engineer who has spent a decade on payment systems in the JVM world.',
    'Partner – Tidewell Labs – NPI EA (cat = Java)', 'Fast, reproducible builds for JVM teams. Try Tidewell free for 30 days.', 'Start free trial',
    'Get the weekly Java digest', 'Subscribe', 'We respect your privacy. Unsubscribe at any time.', ...bFoot.filter((f) => !bMenu.includes(f)),
    '© 2026 Baelfield. All rights reserved.',
    'Manage Cookie Consent', 'We use cookies to improve your experience with the site. To find out more, read our privacy policy.', 'Accept', 'Deny',
    'View preferences',
  ],
};

export const HELDOUT390_B: readonly TestPage[] = [baeldung, realPy];
