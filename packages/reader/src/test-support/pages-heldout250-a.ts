import { links, ps, type TestPage, texts } from './page-kit.js';
import { unbounce } from './pages-heldout250-a2.js';
import { j } from './pages-heldout250-kit.js';

/**
 * Held-out batch 250, file a: a feature-announcement post on a HubSpot CMS blog (hs_cos_wrapper spans, blog-post__meta,
 * social share list, CTA, subscribe form, comments, recent posts, HubSpot cookie banner) and a webinar registration page built
 * with Unbounce (lp-pom-* blocks, agenda, speakers, form).
 */
const hTitle = 'Introducing Branching Workflows: route every conversation to the right team';
const hIntro = [
  j(
    'Today we are releasing Branching Workflows, the most requested feature in the history of Quillstack. Until now a workflow',
    'could only run in a straight line: a trigger, a few steps, and an assignment at the end. Support leaders told us again and',
    'again that real conversations do not move in straight lines.',
  ),
  j(
    'With branches, a single workflow can ask a question, read the answer and the customer data you already hold, and send the',
    'conversation down a different path for each case. One workflow now does the work that used to take five.',
  ),
];
const hH2 = ['What you can build with branches', 'How it works under the hood', 'Availability and pricing'];
const hWhat = [
  j(
    'We spent the beta with forty teams, and the same three patterns came up in nearly every account. Each of them is now a',
    'template in the workflow library.',
  ),
];
const hWhatList = [
  '<strong>Plan-based routing.</strong> Send customers on the Scale plan straight to a named account manager and everyone else to the shared queue.',
  '<strong>Language detection.</strong> Branch on the detected language and hand the conversation to a team that speaks it, with no manual triage.',
  '<strong>Self-serve first.</strong> Offer an article for simple billing questions and open a ticket only if the customer says it did not help.',
];
const hHow = [
  j(
    'Every branch is a condition built from the same attributes you already use in reports: plan, company size, region, the last',
    'page visited, or any custom attribute synced from your CRM. Conditions are checked from top to bottom and the first one that',
    'matches wins, so there is always exactly one path.',
  ),
  j(
    'If no condition matches, the conversation follows the fallback path, which every workflow must have. We made the fallback',
    'required after beta teams found conversations that had quietly stopped in a branch nobody was watching.',
  ),
  j(
    '"Branching cut our first-response time on enterprise tickets from four hours to under forty minutes, because those tickets',
    'never sit in the general queue any more," said Marguerite Ostby, head of support at Fennick Freight.',
  ),
];
const hAvail = [
  j(
    'Branching Workflows is available today on the Growth and Scale plans at no extra cost. Growth workspaces can use up to five',
    'branches per workflow; Scale workspaces have no limit. Existing workflows keep running exactly as before, and you can add a',
    'branch to any of them from the workflow editor.',
  ),
  j(
    'We will host a live walkthrough on March 19 for admins who want to see the templates in action. Your feedback shaped this',
    'release, so keep it coming through the in-app roadmap board.',
  ),
];
const hNav = ['Product', 'Solutions', 'Customers', 'Pricing', 'Resources'];
const hShare = ['Tweet', 'Share on LinkedIn', 'Share on Facebook', 'Email'];
const hTags = ['Product updates', 'Automation', 'Support teams'];
const hRecent = [
  'How Fennick Freight answers 12,000 tickets a month with six agents',
  'The support metrics that actually predict churn',
  'Quillstack for Slack: reply to customers without leaving the thread',
];
const hFoot = ['About us', 'Careers', 'Security', 'Status', 'Help center', 'Privacy policy', 'Terms of service'];
const hComments = [
  'Finally! We have been chaining three workflows together to fake this. Does the fallback path count as one of the five branches on Growth?',
  'Hi Odile, no, the fallback path does not count towards the limit, so you get five branches plus the fallback.',
];
const hHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>${hTitle} | Quillstack Blog</title><meta name="description" content="Branching Workflows lets one workflow route every conversation by plan,
language or intent.">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:title" content="${hTitle}">
<meta property="og:type" content="article"><meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="https://www.quillstack.example/blog/branching-workflows">
<link rel="stylesheet" href="https://www.quillstack.example/hs-fs/hub/4471920/hub_generated/template_assets/blog.min.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}",
"author":{"@type":"Person","name":"Tobias Renwick"},"datePublished":"2026-03-04T14:00:00Z"}</script>
<script>var hsVars = {render_id: "b3f1a2", ticks: 1772632800000, page_id: 188201774, content_group_id: 51200931, portal_id: 4471920,
app_hs_base_url: "https://app.hubspot.com", cp_hs_base_url: "https://cp.hubspot.com", language: "en", analytics_page_type: "blog-post"};</script>
</head><body><div class="body-wrapper hs-content-id-188201774 hs-blog-post hs-blog-id-51200931">
<div data-global-resource-path="quillstack-theme/templates/partials/header.html"><header class="header">
<a href="#main-content" class="header__skip">Skip to content</a><div class="header__container content-wrapper">
<div class="header__logo header__logo--main"><a href="/" id="hs-link-site_logo"><img src="/hubfs/quillstack-logo.svg" alt="Quillstack"></a></div>
<div class="header__menu header__menu--desktop"><nav class="menu menu--desktop" aria-label="Main menu"><ul class="menu__wrapper no-list">
${links(hNav, 'menu__item menu__item--depth-1 hs-skip-lang-url-rewrite')}</ul></nav></div>
<div class="header__button"><span class="hs-cta-wrapper" id="hs-cta-wrapper-a81e"><a class="cta_button" href="/trial">Start free trial</a></span></div>
</div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<nav class="blog-breadcrumbs" aria-label="Breadcrumb"><ol><li><a href="/blog">Blog</a></li><li><a href="/blog/tag/product-updates">Product updates</a>
</li></ol></nav>
<article class="blog-post"><h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text"
style="" data-hs-cos-general-type="meta_field" data-hs-cos-type="text">${hTitle}</span></h1>
<div class="blog-post__meta"><img class="blog-post__author-image" src="/hubfs/authors/tobias.jpg" alt="Tobias Renwick" width="48">
<a href="https://www.quillstack.example/blog/author/tobias-renwick" rel="author">Tobias Renwick</a>
<time datetime="2026-03-04 14:00:00" class="blog-post__timestamp">March 4, 2026</time><span class="blog-post__read-time">6 min read</span></div>
<div class="hs-blog-social-share"><ul class="hs-blog-social-share-list">
${hShare.map((s) => `<li class="hs-blog-social-share-item"><a class="hs-blog-social-share-link" href="#" rel="noopener">${s}</a></li>`).join('\n')}
</ul></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"
style="" data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">
${ps(hIntro)}
<p><img src="/hs-fs/hubfs/blog/branching-editor.png?width=1200&amp;name=branching-editor.png" alt="The workflow editor with three branches"
width="1200" loading="lazy"></p>
<p style="text-align: center; font-size: 13px;"><em>The new branch step in the workflow editor.</em></p>
<h2>${hH2[0]}</h2>
${ps(hWhat)}
<ul>${hWhatList.map((l) => `<li>${l}</li>`).join('\n')}</ul>
<!--more--><h2>${hH2[1]}</h2>
${ps(hHow.slice(0, 2))}
<blockquote><p>${hHow[2]}</p></blockquote>
<p><span class="hs-cta-wrapper" id="hs-cta-wrapper-7c2d"><span class="hs-cta-node hs-cta-7c2d" id="hs-cta-7c2d">
<a href="https://cta-redirect.hubspot.example/cta/redirect/4471920/7c2d" class="cta_button">Read more: The workflow template library, explained</a>
</span></span></p>
<h2>${hH2[2]}</h2>
${ps(hAvail)}
</span></div>
<div class="blog-post__tags"><svg class="icon" aria-hidden="true"></svg><span>Topics:</span>
${hTags.map((t) => `<a class="blog-post__tag-link" href="/blog/tag/${t.toLowerCase().replace(/ /g, '-')}" rel="tag">${t}</a>`).join(',\n')}
</div></article>
<section class="blog-subscribe"><div class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_form"><h3 class="form-title">Get product updates
in your inbox</h3>
<form class="hs-form stacked" action="https://forms.hsforms.example/submissions/v3/public/submit/formsnext/multipart/4471920/9f0e">
<div class="hs_email hs-email hs-fieldtype-text field hs-form-field"><label for="email-9f0e"><span>Email</span><span class="hs-form-required">*</span>
</label><div class="input"><input id="email-9f0e" name="email" type="email" class="hs-input"></div></div>
<div class="hs_submit hs-submit"><div class="actions"><input type="submit" class="hs-button primary large" value="Subscribe"></div></div></form>
</div></section>
<div class="blog-comments"><div id="comments-listing" class="new-comments"><h3>2 Comments</h3>
<div class="comment"><p class="comment-from"><strong>Odile Parfitt</strong> <span class="comment-date">March 4, 2026</span></p>
<div class="comment-body"><p>${hComments[0]}</p></div></div>
<div class="comment comment-reply"><p class="comment-from"><strong>Tobias Renwick</strong> <span class="comment-date">March 5, 2026</span></p>
<div class="comment-body"><p>${hComments[1]}</p></div></div></div>
<div id="hs_form_target_comments"><h3>Leave a comment</h3><a class="hs-button" href="#">Post comment</a></div></div>
<section class="blog-recent-posts"><h2 class="blog-recent-posts__title">Related articles</h2><ul class="no-list">
${links(hRecent, 'blog-recent-posts__post')}</ul></section>
</div></div></main>
<footer class="footer"><div class="footer__container content-wrapper"><nav class="menu menu--footer" aria-label="Footer menu">
<ul class="menu__wrapper no-list">${links(hFoot, 'menu__item')}</ul></nav>
<p class="footer__copyright">© 2026 Quillstack, Inc. All rights reserved.</p></div></footer></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-eu-policy-wording"><p>This website stores cookies on your computer. These cookies are used
to improve your website experience and provide more personalized services to you.</p></div>
<div id="hs-en-cookie-confirmation-buttons-area"><a id="hs-eu-confirmation-button" role="button" href="#">Accept</a>
<a id="hs-eu-decline-button" role="button" href="#">Decline</a></div></div></div>
<script src="/hs/hsstatic/content-cwv-embed/static-1.1293/embed.js"></script>
<script>var _hsq = _hsq || []; _hsq.push(["setContentType", "blog-post"]); _hsq.push(["setCanonicalUrl", "https://www.quillstack.example/blog"]);</script>
</body></html>`;
const hubspot: TestPage = {
  name: 'heldout250-hubspot-blog-feature-announcement',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hH2,
  body: texts([...hIntro, ...hWhat, ...hWhatList, ...hHow, ...hAvail]),
  bylines: ['Tobias Renwick', 'March 4, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hNav, 'Start free trial', 'Blog', '6 min read', ...hShare, 'The new branch step in the workflow editor.',
    'Read more: The workflow template library, explained', 'Topics:', ...hTags, 'Get product updates in your inbox',
    '2 Comments', 'Odile Parfitt', 'March 5, 2026', ...hComments, 'Leave a comment', 'Post comment', 'Related articles', ...hRecent, ...hFoot,
    '© 2026 Quillstack, Inc. All rights reserved.',
    'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalized services to you.',
    'Accept', 'Decline',
  ],
};

export const HELDOUT250_A: readonly TestPage[] = [hubspot, unbounce];
