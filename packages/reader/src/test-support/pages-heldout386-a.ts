import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowTexts, trs } from './pages-heldout386-kit.js';

/**
 * Held-out batch 386, file a: a Webflow-built pricing page with three plan cards, a monthly / annual toggle, a feature
 * table and a short FAQ (Webflow nav, Finsweet cookie banner, logo strip, CTA band and footer), and a Framer-built
 * enterprise plan page whose main text is short (Framer rich-text containers, a logo ticker, a form and the Framer badge).
 */
const wTitle = 'Simple pricing that grows with your forms';
const wIntro = [
  j(
    'Every Pipewick plan includes unlimited forms, the visual workflow builder and our standard integrations.',
    'Pay monthly, or choose annual billing and get two months free.',
  ),
];
const wStarter = ['Free forever for one workspace', 'For solo makers who collect a few hundred responses a month and want clean, accessible forms.'];
const wStarterF = ['Up to 3 editors', '500 submissions per month', 'Conditional logic', 'Email notifications'];
const wTeam = ['$24 per editor per month, billed annually', 'For teams that route responses into the tools they already use and need approvals.'];
const wTeamF = ['Everything in Starter', '10,000 submissions per month', 'Multi-step approval workflows', 'Custom domains and branding removal'];
const wBiz = ['$49 per editor per month, billed annually', 'For organisations with several departments, stricter data rules and audit needs.'];
const wBizF = ['Everything in Team', 'Unlimited submissions', 'Single sign-on with SAML', 'Data residency in the EU or US', 'Audit log with 1-year retention'];
const wRows = [
  ['Editors', 'Up to 3', 'Unlimited', 'Unlimited'],
  ['Submissions per month', '500', '10,000', 'Unlimited'],
  ['File upload storage', '1 GB', '50 GB', '500 GB'],
  ['Workflow runs per month', '100', '5,000', '50,000'],
  ['Partial response saving', 'Not included', 'Included', 'Included'],
  ['Support', 'Public forum', 'Email within one business day', 'Named success manager'],
];
const wFaq = [
  j(
    'Yes. You can upgrade at any time and we charge only the difference for the rest of your billing period.',
    'Downgrades take effect at the start of the next period.',
  ),
  j(
    'An editor is anyone who can build or change forms and workflows. People who only fill in forms or view results in a',
    'shared dashboard are free and unlimited on every plan.',
  ),
  j(
    'We never delete responses when you reach your limit. New submissions are held for 7 days, and you can upgrade',
    'or buy a one-off pack of 5,000 extra submissions to release them.',
  ),
  j(
    'Yes. Registered charities, schools and public libraries get 50% off the Team plan. Send us proof of status from the',
    'billing page of your workspace and the discount is applied to your next invoice, including on annual renewals.',
  ),
];
const wNav = ['Product', 'Templates', 'Integrations', 'Customers', 'Pricing', 'Docs'];
const wFoot = ['Form builder', 'Workflows', 'Security', 'Status', 'About us', 'Careers', 'Press kit', 'Help center', 'API reference', 'Community'];
const wFoot2 = ['Terms', 'Privacy', 'Cookie preferences'];
const card = (
  id: string,
  name: string,
  t: string[],
  f: string[],
  cta: string,
  badge = '',
): string => `<div class="pricing-card${badge === '' ? '' : ' is-featured'}"
id="w-node-${id}">${badge === '' ? '' : `<div class="pricing-badge">${badge}</div>`}
<h3 class="pricing-plan-name">${name}</h3><div class="pricing-price"><div class="price-amount" fs-pricing-element="amount">${t[0]}</div></div>
<p class="pricing-card-text">${t[1]}</p><ul role="list" class="pricing-feature-list w-list-unstyled">${lis(f, 'pricing-feature-item')}</ul>
<a href="https://app.pipewick.example/signup" class="button is-pricing w-button">${cta}</a></div>`;
const wHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><html data-wf-domain="www.pipewick.example"
data-wf-page="65f1c2a09d1e4b0012ab34cd" data-wf-site="65f1c2a09d1e4b0012ab3400"><head><meta charset="utf-8"/>
<title>Pricing | Pipewick</title><meta content="Compare Pipewick plans: Starter, Team and Business." name="description"/>
<meta content="Pricing | Pipewick" property="og:title"/><meta content="width=device-width, initial-scale=1" name="viewport"/>
<meta content="Webflow" name="generator"/><link href="https://cdn.prod.website-files.example/65f1c2/css/pipewick.webflow.css" rel="stylesheet"/>
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o)&&(n.className+=t+"touch")}
(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Pipewick","offers":{"@type":"AggregateOffer",
"lowPrice":"0","highPrice":"49","priceCurrency":"USD"}}</script></head><body>
<div fs-cc="banner" class="fs-cc-banner_component"><div class="fs-cc-banner_container"><div class="fs-cc-banner_text">By clicking “Accept”,
you agree to the storing of cookies on your device to analyse site usage and assist in our marketing efforts.</div>
<div class="fs-cc-banner_buttons-wrapper"><a fs-cc="open-preferences" href="#" class="fs-cc-banner_text-link">Preferences</a>
<a fs-cc="deny" href="#" class="fs-cc-banner_button fs-cc-button-alt w-button">Deny</a>
<a fs-cc="allow" href="#" class="fs-cc-banner_button w-button">Accept</a></div></div></div>
<div data-animation="default" data-collapse="medium" data-duration="400" role="banner" class="navbar w-nav"><div class="container w-container">
<a href="/" aria-current="page" class="brand w-nav-brand"><img src="https://cdn.prod.website-files.example/logo.svg" alt="Pipewick logo"/></a>
<nav role="navigation" class="nav-menu w-nav-menu"><ul role="list" class="nav-list w-list-unstyled">${links(wNav, 'nav-item')}</ul></nav>
<a href="https://app.pipewick.example/login" class="nav-link is-login w-nav-link">Log in</a>
<a href="https://app.pipewick.example/signup" class="button is-nav w-button">Start for free</a>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<main class="main-wrapper"><section class="section_pricing-header"><div class="padding-global"><div class="container-large">
<h1 class="heading-style-h1">${wTitle}</h1>${ps(wIntro, ' class="text-size-medium"')}
<div fs-pricing-element="toggle" class="pricing-toggle"><div class="toggle-label">Monthly</div><div class="toggle-switch"></div>
<div class="toggle-label">Annual</div><div class="toggle-discount">Save 2 months</div></div>
<div class="w-layout-grid pricing-grid">${card('a1', 'Starter', wStarter, wStarterF, 'Start for free')}
${card('a2', 'Team', wTeam, wTeamF, 'Start a 14-day trial', 'Most popular')}
${card('a3', 'Business', wBiz, wBizF, 'Talk to sales')}</div></div></div></section>
<section class="section_logos"><div class="logos-heading">Trusted by 4,000 operations teams</div>
<div class="logos-row"><img src="/l1.svg" alt="Harrowgate Clinics"/><img src="/l2.svg" alt="Oxbeam"/></div></section>
<section class="section_compare"><div class="container-large"><h2 class="heading-style-h2">Compare every feature</h2>
<div class="w-embed"><table class="compare-table"><thead><tr><th></th><th>Starter</th><th>Team</th><th>Business</th></tr></thead>
<tbody>${trs(wRows, 'compare-row')}</tbody></table></div></div></section>
<section class="section_faq"><div class="container-small"><h2 class="heading-style-h2">Pricing questions</h2>
<div class="faq-item"><h3 class="faq-question">Can I change plans later?</h3><div class="faq-answer w-richtext">${ps([wFaq[0] ?? ''])}</div></div>
<div class="faq-item"><h3 class="faq-question">Who counts as an editor?</h3><div class="faq-answer w-richtext">${ps([wFaq[1] ?? ''])}</div></div>
<div class="faq-item"><h3 class="faq-question">What happens if I go over my submission limit?</h3>
<div class="faq-answer w-richtext">${ps([wFaq[2] ?? ''])}</div></div>
<div class="faq-item"><h3 class="faq-question">Do you offer discounts for non-profits?</h3><div class="faq-answer w-richtext">${ps([wFaq[3] ?? ''])}</div></div>
</div></section>
<section class="section_cta"><div class="cta-wrapper"><h2 class="cta-heading">Build your first workflow in ten minutes</h2>
<p class="cta-text">No credit card required. Cancel anytime.</p><a href="/signup" class="button is-large w-button">Get started free</a></div></section></main>
<footer class="footer"><div class="footer-grid"><ul role="list" class="footer-links w-list-unstyled">${links(wFoot, 'footer-link')}</ul></div>
<div class="footer-bottom"><div class="footer-legal">© 2026 Pipewick Labs Inc. All rights reserved.</div>
<ul role="list" class="footer-legal-links w-list-unstyled">${links(wFoot2)}</ul></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.example/js/jquery-3.5.1.min.js" type="text/javascript"></script>
<script src="https://cdn.prod.website-files.example/65f1c2/js/webflow.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout386-webflow-pricing-page',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: [
    'Starter',
    'Team',
    'Business',
    'Compare every feature',
    'Pricing questions',
    'Can I change plans later?',
    'Who counts as an editor?',
    'What happens if I go over my submission limit?',
    'Do you offer discounts for non-profits?',
  ],
  body: texts([...wIntro, ...wStarter, ...wStarterF, ...wTeam, ...wTeamF, ...wBiz, ...wBizF, ...rowTexts(wRows), ...wFaq]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'By clicking “Accept”, you agree to the storing of cookies on your device to analyse site usage and assist in our marketing efforts.',
    'Preferences', 'Deny', 'Accept', ...wNav, 'Log in', 'Start for free', 'Monthly', 'Annual', 'Save 2 months', 'Start a 14-day trial', 'Most popular',
    'Talk to sales', 'Trusted by 4,000 operations teams', 'Build your first workflow in ten minutes', 'No credit card required. Cancel anytime.',
    'Get started free', ...wFoot, '© 2026 Pipewick Labs Inc. All rights reserved.', ...wFoot2,
  ],
};

const fTitle = 'Corvane Enterprise';
const fLead = [
  j(
    'Product analytics for companies with hundreds of teams, strict procurement and data that cannot leave their own cloud.',
    'Enterprise is priced per tracked user, with volume tiers agreed once a year.',
  ),
];
const fBlocks = [
  j(
    'Run Corvane inside your own AWS, Azure or Google Cloud account. Events are processed in your region and never copied to our',
    'infrastructure, and your security team keeps the keys.',
  ),
  j('Give each business unit its own workspace with separate budgets, roles and retention, while leadership sees one combined', 'view across all of them.'),
  j(
    'Every Enterprise contract includes a 99.95% uptime commitment, a named technical account manager and a four-hour response',
    'time for severity-one incidents, around the clock.',
  ),
];
const fIncl = [
  'SAML single sign-on and SCIM provisioning',
  'Custom data retention from 13 months to 7 years',
  'Quarterly architecture reviews with our solutions team',
  'Invoice billing in USD, EUR or GBP with 45-day payment terms',
  'A signed data processing agreement and security questionnaire support',
];
const fQuote = [
  j(
    '“We moved forty product teams onto Corvane in a single quarter. The self-hosted option was the only way our data protection',
    'office would sign off, and the rollout team made it painless.”',
  ),
];
const fStart = [
  j(
    'Enterprise pricing starts at 250,000 tracked users a year. Tell us about your setup and a solutions engineer will send a',
    'quote within two working days.',
  ),
  j(
    'Most customers sign a one-year agreement with a committed volume and a fixed overage rate, so a busy launch month never',
    'turns into a surprise invoice. Multi-year terms lock the per-user rate for the whole contract.',
  ),
];
const fNav = ['Platform', 'Solutions', 'Resources', 'Pricing', 'Sign in'];
const fFoot = ['Event analytics', 'Session replay', 'Experiments', 'Trust center', 'Changelog', 'Careers', 'Contact'];
const ft = (id: string, inner: string, name = 'Text'): string => `<div class="framer-${id}" data-framer-name="${name}"
data-framer-component-type="RichTextContainer" style="outline:none;display:flex;flex-direction:column;justify-content:flex-start;flex-shrink:0">${inner}
</div>`;
const fHtml = `<!doctype html><html lang="en-US"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<meta name="generator" content="Framer 9e4c1b7"><title>Enterprise | Corvane</title>
<meta name="description" content="Corvane Enterprise: self-hosted product analytics with SSO, SCIM and custom retention.">
<meta property="og:title" content="Enterprise | Corvane"><link rel="canonical" href="https://corvane.example/enterprise">
<script type="framer/appear" id="__framer__appearAnimationsContent">{"1x7kq2":{"initial":{"opacity":0.001,"y":24}}}</script>
<script async src="https://events.framer.example/script" data-fid="b1e0c4"></script></head><body>
<div id="main" data-framer-hydrate-v2='{"routeId":"kQ2ZrF","localeId":"default"}' data-framer-ssr-released-at="2026-02-18T10:12:44.102Z">
<div class="framer-Zq8mL framer-1m2k9x7" style="min-height:100vh;width:auto"><nav class="framer-1ol3xv2" data-framer-name="Navigation">
<a class="framer-1b4k0te framer-lux5qc" data-framer-name="Logo" href="./">Corvane</a>
<div class="framer-17lq8qf" data-framer-name="Links">
${fNav.map((t, i) => `<a class="framer-nav${i} framer-text" href="./${t.toLowerCase()}">${t}</a>`).join('\n')}</div>
<a class="framer-1hj0bm5" data-framer-name="Button" href="./demo"><p class="framer-text">Book a demo</p></a></nav>
<header class="framer-1x7kq2" data-framer-name="Hero" data-framer-appear-id="1x7kq2">
${ft('1k3m0p1', '<p class="framer-text framer-styles-preset-eyebrow">For large organisations</p>', 'Eyebrow')}
${ft('8w2hs9', `<h1 class="framer-text framer-styles-preset-1hxn5k0">${fTitle}</h1>`, 'Title')}
${ft('9pq0zz', ps(fLead, ' class="framer-text framer-styles-preset-21ogod"'))}</header>
<div class="framer-ticker" data-framer-name="Logos"><ul class="framer-ticker-list">
<li aria-hidden="false"><img alt="Veltmark Insurance" src="https://framerusercontent.example/images/a.svg"></li>
<li aria-hidden="true"><img alt="Oberlin Freight" src="https://framerusercontent.example/images/b.svg"></li></ul></div>
<section class="framer-pz2f8b" data-framer-name="Features">
${ft('f1', '<h3 class="framer-text framer-styles-preset-ja8t9y">Your cloud, your keys</h3>', 'Heading')}
${ft('f1b', ps([fBlocks[0] ?? ''], ' class="framer-text"'))}
${ft('f2', '<h3 class="framer-text framer-styles-preset-ja8t9y">One contract, many workspaces</h3>', 'Heading')}
${ft('f2b', ps([fBlocks[1] ?? ''], ' class="framer-text"'))}
${ft('f3', '<h3 class="framer-text framer-styles-preset-ja8t9y">Support that is on call</h3>', 'Heading')}
${ft('f3b', ps([fBlocks[2] ?? ''], ' class="framer-text"'))}
</section><section class="framer-1dq3h0s" data-framer-name="Included">
${ft('i1', '<h2 class="framer-text framer-styles-preset-1kdrc7t">Included in every Enterprise plan</h2>', 'Heading')}
${ft('i2', `<ul class="framer-text">${lis(fIncl, 'framer-text')}</ul>`, 'List')}</section>
<section class="framer-quote" data-framer-name="Testimonial">${ft('q1', ps(fQuote, ' class="framer-text framer-styles-preset-quote"'))}
${ft('q2', '<p class="framer-text">Mireille Odunsi, Head of Data Platform, Veltmark Insurance</p>', 'Author')}</section>
<section class="framer-contact" data-framer-name="Contact">${ft('c1', '<h2 class="framer-text">Get a quote</h2>', 'Heading')}
${ft('c2', ps(fStart, ' class="framer-text"'))}<form class="framer-form"><label class="framer-form-text-input"><p class="framer-text">Work email</p>
<input type="email" name="email" placeholder="jane@company.com"></label><label><p class="framer-text">Company size</p>
<select name="size"><option>1,000-5,000</option><option>5,000+</option></select></label>
<button type="submit" class="framer-form-button"><p class="framer-text">Request pricing</p></button></form></section>
<footer class="framer-1u9v4hc" data-framer-name="Footer">
${fFoot.map((t) => `<a class="framer-text" href="./${t.toLowerCase().replace(/ /g, '-')}">${t}</a>`).join('\n')}
<p class="framer-text">© 2026 Corvane Analytics, Inc.</p></footer></div></div>
<div id="__framer-badge-container"><a class="__framer-badge" href="https://www.framer.example/" target="_blank">Made in Framer</a></div>
<script type="module" async src="https://framerusercontent.example/sites/4kQz/script_main.Bz9xQ1.mjs"></script></body></html>`;
const framer: TestPage = {
  name: 'heldout386-framer-enterprise-plan',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: ['Your cloud, your keys', 'One contract, many workspaces', 'Support that is on call', 'Included in every Enterprise plan', 'Get a quote'],
  body: texts([...fLead, ...fBlocks, ...fIncl, ...fQuote, ...fStart]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fNav, 'Book a demo', 'For large organisations', 'Mireille Odunsi, Head of Data Platform, Veltmark Insurance', 'Work email', 'Company size',
    '1,000-5,000', '5,000+', 'Request pricing', ...fFoot, '© 2026 Corvane Analytics, Inc.', 'Made in Framer',
  ],
};

export const HELDOUT386_A: readonly TestPage[] = [webflow, framer];
