import { ps, type TestPage, texts } from './page-kit.js';
import { elementor } from './pages-heldout250-b2.js';
import { j } from './pages-heldout250-kit.js';

/**
 * Held-out batch 250, file b: a customer case study on a Webflow site (w-nav navbar, w-richtext body with figures, a
 * company-facts sidebar, a testimonial block, the "more stories" collection list, a CTA section, Finsweet cookie consent and
 * the footer) and, from file b2, a pricing page built with Elementor on WordPress.
 */
const wTitle = 'How Brackenridge Outdoor closed its books in three days instead of eleven';
const wLead = 'A 240-person retailer replaced spreadsheets and email chains with one close checklist, and its controller got her evenings back.';
const wH2 = ['The challenge', 'The solution', 'The results'];
const wChallenge = [
  j(
    'Brackenridge Outdoor sells tents, packs and climbing gear through eighteen stores and a busy online shop. By 2024 its',
    'finance team of five was running the month-end close from a shared spreadsheet with more than four hundred rows.',
  ),
  j(
    'Every reconciliation lived in a different file, and approvals happened in email threads that nobody could find a week later.',
    '"We closed in eleven working days on a good month," says controller Fenella Okonjo. "On a bad month the auditors found the',
    'gaps before we did."',
  ),
];
const wSolution = [
  j(
    'The team moved to Ledgerline in February 2025. They started by importing the existing checklist and assigning every task an',
    'owner, a reviewer and a due day relative to month end.',
  ),
  j(
    'Ledgerline connects to their ERP and two bank feeds, so balance-sheet reconciliations now start with the numbers already',
    'pulled in. Preparers only have to explain the differences, and reviewers sign off inside the task rather than by email.',
  ),
  j(
    'Just as important, the store managers who submit daily cash counts now do it from a short form on a tablet in the back office,',
    'so the head office no longer spends the first two days of every close chasing eighteen emails.',
  ),
  'The rollout took four weeks, in three steps:',
];
const wSteps = [
  'Week one: import the checklist and connect the ERP.',
  'Weeks two and three: run the January close in parallel with the old spreadsheet.',
  'Week four: switch off the spreadsheet and train the store managers who submit cash counts.',
];
const wResults = [j('Twelve months later the numbers speak for themselves:')];
const wStats = [
  'The close fell from eleven working days to three.',
  'Auditor follow-up requests dropped by 70 percent in the first year-end audit.',
  'Nobody on the team has worked a weekend at month end since April 2025.',
];
const wQuote = j('"The checklist is the same one we always had. The difference is that now everyone can see it, and nothing waits in', 'somebody\'s inbox."');
const wNav = ['Product', 'Integrations', 'Customers', 'Pricing', 'Log in'];
const wFacts = ['Industry', 'Retail', 'Company size', '240 employees', 'Headquarters', 'Boise, Idaho', 'Products used', 'Close, Reconciliations'];
const wMore = ['How Pellmark Labs automated intercompany matching', 'Quarry Hill Foods cut audit prep from weeks to days'];
const wFoot = ['Product', 'Security', 'Careers', 'Blog', 'Privacy', 'Terms'];
const fig = (src: string, cap: string): string => `<figure class="w-richtext-align-fullwidth w-richtext-figure-type-image"
style="max-width:1200px"><div><img src="https://cdn.prod.website-files.example/64f1/${src}" loading="lazy" alt=""></div><figcaption>${cap}</figcaption>
</figure>`;
const wHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Mon Mar 02 2026 --><html
data-wf-domain="www.ledgerline.example" data-wf-page="65a0c2e1f3b7a40012ad9931" data-wf-site="65a0c2e1f3b7a40012ad98f0"
data-wf-collection="65a0c2e1f3b7a40012ad9a12" data-wf-item-slug="brackenridge-outdoor" lang="en"><head><meta charset="utf-8">
<title>Brackenridge Outdoor case study | Ledgerline</title><meta content="${wLead}" name="description">
<meta content="${wTitle}" property="og:title"><meta content="width=device-width, initial-scale=1" name="viewport">
<meta content="Webflow" name="generator"><link href="https://cdn.prod.website-files.example/65a0/css/ledgerline.webflow.shared.css" rel="stylesheet">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof
DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${wTitle}","publisher":{"@type":"Organization",
"name":"Ledgerline"}}</script></head>
<body><div class="fs-cc-banner_component" fs-cc="banner"><div class="fs-cc-banner_container"><div class="fs-cc-banner_text">We use cookies to
understand how visitors use our site. See our <a href="/privacy" class="fs-cc-banner_text-link">Privacy Policy</a>.</div>
<div class="fs-cc-banner_buttons-wrapper"><a fs-cc="open-preferences" href="#" class="fs-cc-banner_text-link">Preferences</a>
<a fs-cc="deny" href="#" class="fs-cc-banner_button fs-cc-button-alt w-button">Deny</a>
<a fs-cc="allow" href="#" class="fs-cc-banner_button w-button">Accept</a></div></div></div>
<div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" role="banner" class="navbar w-nav">
<div class="container w-container"><a href="/" aria-current="page" class="brand w-nav-brand"><img src="https://cdn.prod.website-files.example/65a0/logo.svg"
alt="Ledgerline"></a><nav role="navigation" class="nav-menu w-nav-menu">
${wNav.map((n) => `<a href="/${n.toLowerCase().replace(/ /g, '-')}" class="nav-link w-nav-link">${n}</a>`).join('\n')}
<a href="/demo" class="button-nav w-button">Book a demo</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div>
</div></div>
<main class="main-wrapper"><section class="section_case-hero"><div class="padding-global"><div class="container-large">
<a href="/customers" class="case-hero_back w-inline-block"><div>← All customer stories</div></a>
<div class="case-hero_tag">Customer story</div><h1 class="heading-style-h1">${wTitle}</h1>
<p class="text-size-large">${wLead}</p></div></div></section>
<section class="section_case-body"><div class="padding-global"><div class="container-large"><div class="case-body_layout w-layout-grid">
<aside class="case-body_sidebar"><img src="https://cdn.prod.website-files.example/65a0/brackenridge-logo.svg" loading="lazy" alt="Brackenridge Outdoor"
class="case-body_logo"><div class="case-body_facts w-dyn-list"><div role="list" class="w-dyn-items">
${wFacts.map((f, i) => `<div class="${i % 2 === 0 ? 'case-fact_label' : 'case-fact_value'}">${f}</div>`).join('\n')}</div></div>
<a href="/demo" class="button is-small w-button">See Ledgerline in action</a></aside>
<div class="case-body_content"><div class="text-rich-text w-richtext">
<h2>${wH2[0]}</h2>
${ps(wChallenge)}
${fig('store.jpg', 'Brackenridge Outdoor runs eighteen stores across the Mountain West. Photo: Brackenridge Outdoor')}
<h2>${wH2[1]}</h2>
${ps(wSolution)}
<ol role="list">${wSteps.map((s) => `<li>${s}</li>`).join('\n')}</ol>
<h2>${wH2[2]}</h2>
${ps(wResults)}
<ul role="list">${wStats.map((s) => `<li>${s}</li>`).join('\n')}</ul>
<blockquote>${wQuote}</blockquote>
<p>‍</p></div>
<div class="case-quote_component"><div class="case-quote_name">Fenella Okonjo</div><div class="case-quote_role">Controller, Brackenridge Outdoor</div></div>
</div></div></div></div></section>
<section class="section_more-stories"><div class="padding-global"><div class="container-large"><h2 class="heading-style-h3">More customer stories</h2>
<div class="w-dyn-list"><div role="list" class="more-stories_list w-dyn-items">
${wMore
  .map(
    (m) => `<div role="listitem" class="w-dyn-item"><a href="/customers/x" class="story-card w-inline-block"><div class="story-card_title">${m}</div>
<div class="story-card_link">Read story</div></a></div>`,
  )
  .join('\n')}</div></div></div></div></section>
<section class="section_cta"><div class="padding-global"><div class="container-large"><h2 class="heading-style-h2">Ready for a faster close?</h2>
<p class="text-size-medium">Join 900 finance teams that close with Ledgerline.</p><a href="/demo" class="button w-button">Book a demo</a></div></div></section>
</main>
<footer class="footer_component"><div class="padding-global"><div class="footer_links">${wFoot
  .map((f) => `<a href="/${f.toLowerCase()}" class="footer_link">${f}</a>`)
  .join('\n')}</div>
<div class="footer_credit-text">© 2026 Ledgerline Software, Inc.</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.example/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65a0c2e1f3b7a40012ad98f0" type="text/javascript"></script>
<script src="https://cdn.prod.website-files.example/65a0/js/webflow.schunk.36b8fb49256177c8.js" type="text/javascript"></script>
<script async src="https://cdn.jsdelivr.example/npm/@finsweet/cookie-consent@1/fs-cc.js" fs-cc-mode="opt-in"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout250-webflow-case-study',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: wH2,
  body: texts([wLead, ...wChallenge, ...wSolution, ...wSteps, ...wResults, ...wStats, wQuote]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies to understand how visitors use our site. See our Privacy Policy.', 'Preferences', 'Deny', 'Accept', ...wNav, 'Book a demo',
    '← All customer stories', 'Customer story', ...wFacts, 'See Ledgerline in action',
    'Brackenridge Outdoor runs eighteen stores across the Mountain West. Photo: Brackenridge Outdoor',
    'Controller, Brackenridge Outdoor', 'More customer stories', ...wMore, 'Read story', 'Ready for a faster close?',
    'Join 900 finance teams that close with Ledgerline.', ...wFoot, '© 2026 Ledgerline Software, Inc.',
  ],
};

export const HELDOUT250_B: readonly TestPage[] = [webflow, elementor];
