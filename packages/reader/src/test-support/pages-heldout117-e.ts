import { links, ps, type TestPage } from './page-kit.js';
import { linkedinArticle } from './pages-heldout117-e2.js';
import {
  caption,
  cookie,
  cta,
  footCols,
  h1,
  h2,
  h3,
  h4,
  h5,
  legal,
  list,
  navTop,
  news,
  p1,
  p2,
  p3,
  p4,
  p5,
  p6,
  p7,
  p8,
  product,
  quote,
  related,
  resources,
  share,
  summary,
  title,
} from './pages-heldout117-e3.js';

/**
 * Held-out batch 117, file e: a Webflow company blog post (a CMS template page) for a restaurant inventory product (the
 * w-nav navbar with two w-dropdown menus, "Log in" and "Book a demo", the blog hero with the category tag, reading time, h1,
 * summary, author with role and date and a hidden w-condition-invisible "Updated" row, the w-richtext body with a figure
 * caption and a blockquote, a sticky sidebar with the Finsweet share links and a Webflow newsletter form with its hidden
 * success and error messages, an empty tags collection list showing "No items found.", the related articles w-dyn-list,
 * the CTA section, the footer columns and the Finsweet cookie consent banner) and, from file e2, a LinkedIn newsletter article.
 */
const dropdown = (label: string, items: readonly string[]): string => `<div data-hover="true" data-delay="0" class="nav-dropdown w-dropdown"><div
class="nav-dropdown-toggle w-dropdown-toggle"><div class="w-icon-dropdown-toggle"></div><div>${label}</div></div><nav class="nav-dropdown-list w-dropdown-list">
${items.map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="nav-dropdown-link w-dropdown-link">${t}</a>`).join('\n')}</nav></div>`;
const html = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Thu Feb 20 2025 10:14:31 GMT+0000 -->
<html data-wf-domain="www.tallyline.example" data-wf-page="65b2f1a0c3d4e5f6a7b8c9d1" data-wf-site="65b2f1a0c3d4e5f6a7b8c9a0" lang="en"
data-wf-collection="65b2f1a0c3d4e5f6a7b8c9e2" data-wf-item-slug="weekly-stock-count-under-an-hour"><head><meta charset="utf-8"><title>${title} |
Tallyline</title>
<meta content="${summary}" name="description"><meta content="${title}" property="og:title"><meta content="${summary}" property="og:description">
<meta content="https://cdn.prod.website-files.example/65b2f1a0c3d4e5f6a7b8c9a0/67b6f0c1_stock-count.jpg" property="og:image"><meta property="og:type"
content="website">
<meta content="summary_large_image" name="twitter:card"><meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow"
name="generator">
<link href="https://cdn.prod.website-files.example/65b2f1a0c3d4e5f6a7b8c9a0/css/tallyline.webflow.shared.3c1f9e2a7.min.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof
DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<link href="https://cdn.prod.website-files.example/65b2f1a0c3d4e5f6a7b8c9a0/favicon.png" rel="shortcut icon" type="image/x-icon">
<script async src="https://cdn.jsdelivr.net/npm/@finsweet/cookie-consent@1/fs-cc.js" fs-cc-mode="opt-in"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${title}","author":{"@type":"Person","name":"Sofia
Marchetti"},
"datePublished":"2025-02-20","publisher":{"@type":"Organization","name":"Tallyline"}}</script></head>
<body><div class="page-wrapper">
<div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav"><div
class="nav-container w-container">
<a href="/" class="nav-brand w-nav-brand"><img src="https://cdn.prod.website-files.example/65b2f1a0c3d4e5f6a7b8c9a0/logo.svg" loading="lazy" alt="Tallyline
logo" class="nav-logo">
</a><nav role="navigation" class="nav-menu w-nav-menu">${dropdown('Product', product)}
${navTop.map((t) => `<a href="/${t.toLowerCase()}" class="nav-link w-nav-link">${t}</a>`).join('\n')}
${dropdown('Resources', resources)}</nav><div class="nav-buttons"><a href="https://app.tallyline.example/login" class="nav-link-login w-nav-link">Log in</a>
<a href="/demo" class="button is-small w-button">Book a demo</a></div><div class="menu-button w-nav-button"><div
class="w-icon-nav-menu"></div></div></div></div>
<main class="main-wrapper"><section class="section-blog-hero"><div class="padding-global"><div class="container-medium"><div class="blog-breadcrumbs">
<a href="/blog" class="breadcrumb-link">Blog</a><div class="breadcrumb-divider">/</div><a href="/blog-categories/operations"
class="breadcrumb-link">Operations</a></div>
<div class="blog-category-wrap"><a href="/blog-categories/operations" class="blog-category-tag">Operations</a><div class="text-size-small">6 min
read</div></div>
<h1 class="heading-style-h1 blog-title">${title}</h1><p class="text-size-medium blog-summary">${summary}</p>
<div class="blog-author-row"><img src="https://cdn.prod.website-files.example/65b2f1a0c3d4e5f6a7b8c9a0/sofia.jpg" loading="lazy" alt=""
class="blog-author-image">
<div class="blog-author-text"><div class="text-weight-semibold">Sofia Marchetti</div><div class="text-size-small">Head of Customer Success</div></div>
<div class="blog-date-wrap"><div class="text-size-small">February 20, 2025</div><div class="blog-updated-wrap w-condition-invisible"><div
class="text-size-small">Updated</div>
<div class="text-size-small w-dyn-bind-empty"></div></div></div></div>
<img src="https://cdn.prod.website-files.example/65b2f1a0c3d4e5f6a7b8c9a0/67b6f0c1_stock-count.jpg" loading="eager" alt="A chef counting tins on a shelf"
sizes="100vw"
class="blog-hero-image"></div></div></section>
<section class="section-blog-content"><div class="padding-global"><div class="container-large"><div class="blog-content-grid">
<div class="blog-rich-text w-richtext">
${ps(p1)}
<h2>${h1}</h2>
${ps(p2)}
<h2>${h2}</h2>
${ps(p3)}
<blockquote>${quote}</blockquote>
${ps(p4)}
<h2>${h3}</h2>
${ps(p5)}
<h2>${h4}</h2>
${ps(p6)}
<ul role="list">${list.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(p7)}
<figure style="max-width:1600pxpx" class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div><img
src="https://cdn.prod.website-files.example/65b2f1a0c3d4e5f6a7b8c9a0/67b6f0d2_count-sheet.png" loading="lazy" alt="Count sheet screenshot"></div>
<figcaption>${caption}</figcaption></figure>
<h2>${h5}</h2>
${ps(p8)}
</div>
<div class="blog-sidebar"><div class="blog-sidebar-sticky"><div class="blog-share"><div class="text-weight-semibold">${share[0]}</div><div
class="blog-share-links">
<a fs-socialshare-element="copy" href="#" class="share-link w-inline-block"><div>${share[1]}</div></a>
${share
  .slice(2)
  .map(
    (t) => `<a fs-socialshare-element="${t === 'X' ? 'twitter' : t.toLowerCase()}" href="#" class="share-link w-inline-block"><div class="share-icon
w-embed"><svg
width="16" height="16" viewBox="0 0 16 16" fill="currentColor"></svg></div><div class="share-label">${t}</div></a>`,
  )
  .join('\n')}</div></div>
<div class="blog-newsletter"><h3 class="heading-style-h5">${news[0]}</h3><p class="text-size-small">${news[1]}</p><div class="newsletter-form-block w-form">
<form id="wf-form-Blog-Newsletter" name="wf-form-Blog-Newsletter" data-name="Blog Newsletter" method="get" class="newsletter-form"
data-wf-page-id="65b2f1a0c3d4e5f6a7b8c9d1"
data-wf-element-id="2f1c0e9d-8b7a-6c5d-4e3f-2a1b0c9d8e7f"><input class="form-input w-input" maxlength="256" name="email" data-name="Email" placeholder="Work
email"
type="email" id="email-2" required=""><input type="submit" data-wait="Please wait..." class="button is-small w-button" value="${news[2]}"></form>
<div class="success-message w-form-done"><div>${news[3]}</div></div><div class="error-message w-form-fail"><div>${news[4]}</div></div></div></div></div></div>
</div>
<div class="blog-tags-list w-dyn-list"><div class="w-dyn-empty"><div>No items found.</div></div></div></div></div></section>
<section class="section-related"><div class="padding-global"><div class="container-large"><h2 class="heading-style-h3">Related articles</h2>
<div class="w-dyn-list"><div role="list" class="blog-related-list w-dyn-items">
${related
  .map(
    ([c, t, r], i) => `<div role="listitem" class="w-dyn-item"><a href="/blog/related-${i}" class="blog-card w-inline-block"><img
src="https://cdn.prod.website-files.example/65b2f1a0c3d4e5f6a7b8c9a0/rel-${i}.jpg" loading="lazy" alt="" class="blog-card-image"><div class="blog-card-content">
<div class="blog-card-meta"><div class="blog-category-tag">${c}</div><div class="text-size-small">${r}</div></div><h3
class="heading-style-h5">${t}</h3></div></a></div>`,
  )
  .join('\n')}</div></div></div></div></section>
<section class="section-cta"><div class="padding-global"><div class="container-medium cta-box"><h2 class="heading-style-h2">${cta[0]}</h2><p>${cta[1]}</p>
<div class="button-group"><a href="/signup" class="button w-button">${cta[2]}</a><a href="/demo" class="button is-secondary
w-button">${cta[3]}</a></div></div></div></section>
</main>
<footer class="footer"><div class="padding-global"><div class="container-large"><div class="footer-top"><a href="/" class="footer-logo-link w-inline-block"><img
src="https://cdn.prod.website-files.example/65b2f1a0c3d4e5f6a7b8c9a0/logo-white.svg" loading="lazy" alt="Tallyline logo"></a><div class="footer-columns">
${footCols
  .map(
    ([h, items]) => `<div class="footer-column"><div class="footer-heading">${h}</div><ul role="list"
class="footer-list">${links(items, 'footer-item')}</ul></div>`,
  )
  .join('\n')}
</div></div><div class="footer-bottom"><div class="text-size-small">${legal[0]}</div><div class="footer-legal-links">
${legal
  .slice(1)
  .map(
    (t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}"
class="footer-legal-link"${t === 'Cookie settings' ? ' fs-cc="open-preferences"' : ''}>${t}</a>`,
  )
  .join('\n')}</div></div></div></div></footer></div>
<div fs-cc="banner" class="fs-cc-banner_component"><div class="fs-cc-banner_container"><div class="fs-cc-banner_text">By clicking
<strong>“Accept”</strong>, you
agree to the
storing of cookies on your device to enhance site navigation, analyse site usage and assist in our marketing efforts. View our <a href="/privacy-policy"
class="fs-cc-banner_text-link">Privacy Policy</a> for more information.</div><div class="fs-cc-banner_buttons-wrapper"><a fs-cc="open-preferences" href="#"
class="fs-cc-banner_text-link">${cookie[1]}</a><a fs-cc="deny" href="#" class="fs-cc-banner_button fs-cc-button-alt w-button">${cookie[2]}</a><a fs-cc="allow"
href="#"
class="fs-cc-banner_button w-button">${cookie[3]}</a><div fs-cc="close" class="fs-cc-banner_close"><div class="fs-cc-banner_close-icon w-embed"><svg
fill="currentColor"
aria-hidden="true" viewBox="0 0 16 16"></svg></div></div></div></div><div fs-cc="interaction" class="fs-cc-banner_trigger"></div></div>
<script src="https://d3e54v103j8qbb.cloudfront.example/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65b2f1a0c3d4e5f6a7b8c9a0" type="text/javascript"
crossorigin="anonymous"></script>
<script src="https://cdn.prod.website-files.example/65b2f1a0c3d4e5f6a7b8c9a0/js/webflow.8a7c2e1f.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  html,
  name: 'heldout117-webflow-company-blog-post',
  kind: 'blog',
  // the summary under the title is body (a dek); the customer quote and the sentence naming its source are part of the
  // post; the author's role, the hidden "Updated" row and the empty list's "No items found." are furniture
  title,
  headings: [h1, h2, h3, h4, h5],
  body: [summary, ...p1, ...p2, ...p3, quote, ...p4, ...p5, ...p6, ...list, ...p7, ...p8],
  bylines: ['Sofia Marchetti', 'February 20, 2025', '6 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Product', ...product, ...navTop, 'Resources', ...resources, 'Log in', 'Book a demo', 'Blog', 'Operations', 'Head of Customer Success', 'Updated', caption,
    ...share, ...news.filter((t) => t !== 'Subscribe'), 'No items found.', 'Related articles', ...related.flat(), ...cta, ...footCols.flatMap(([h,
    items]) => [h, ...items]), ...legal,
    ...cookie,
  ])],
};

export const HELDOUT117_E: readonly TestPage[] = [webflow, linkedinArticle];
