import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout444-kit.js';

/**
 * Held-out batch 444, file f2: an insurtech's landing page built in Webflow (data-wf-page / data-wf-site, the w-nav navbar
 * with its w-nav-menu and menu button, a hero with eyebrow, h1, lede and two CTA buttons, a logo strip, a three-card
 * feature grid, a stats strip, a testimonial slider, an FAQ of w-dropdown toggles, a CTA band with a w-form, the footer
 * and the Finsweet cookie consent component). The main text is short; the page builder's markup is the test.
 */
const pTitle = 'Health benefits your team will actually understand';
const pLede = j(
  'Tallyho bundles an ICHRA, a health reimbursement arrangement your employees use to buy their own plans, with a concierge team that',
  'helps every employee pick coverage in plain English.',
);
const pFeat: [string, string][] = [
  [
    'Set a budget, not a plan',
    j(
      "You choose a monthly allowance for each class of employee. Staff pick any individual plan on their state's marketplace, and you",
      'reimburse premiums up to that amount, tax-free.',
    ),
  ],
  [
    'A human for every question',
    j(
      'Our licensed advisers meet each new hire on a 20-minute video call, compare three plans that fit their doctors and prescriptions,',
      'and handle the enrollment paperwork.',
    ),
  ],
  [
    'Payroll and compliance handled',
    j(
      'Tallyho sends the required notices, checks proof of coverage each month and syncs reimbursements with your payroll provider, so',
      'nothing lands on your desk.',
    ),
  ],
];
const pHow = [
  j(
    'Most companies go live in under three weeks. After a kickoff call, we set up your allowance classes, send employees a personalised',
    'invitation, and open a 30-day window for them to choose plans. Coverage can start on the first of any month.',
  ),
];
const pFaq: [string, string][] = [
  ['Is an ICHRA right for a small team?', 'Yes. There is no minimum size, and a third of our customers have fewer than ten employees.'],
  [
    'What happens if an employee already has coverage through a spouse?',
    "They can opt out of the allowance, or use it for their share of the spouse's premium if your plan rules allow it.",
  ],
];
const pNav = ['Product', 'Pricing', 'Customers', 'Resources'];
const pStats = ['2,300+', 'companies covered', '4.9/5', 'adviser rating', '18 days', 'average time to launch'];
const pFoot = ['Careers', 'Security', 'Privacy', 'Terms', 'Licenses'];
const pHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Jan 12 2027 16:02:11 GMT+0000 -->
<html data-wf-domain="www.tallyho.example" data-wf-page="65a1f0c2b3d4e5f6a7b8c9d0" data-wf-site="65a1f0c2b3d4e5f6a7b8c900" lang="en"><head>
<meta charset="utf-8"><title>Tallyho | ICHRA health benefits with human advice</title>
<meta content="Give your team a health budget and a real person to help them choose." name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://cdn.prod.website-files.example/65a1f0/css/tallyho.webflow.shared.4c2e.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",
("ontouchstart"in o)&&(n.className+=t+"touch")}(window,document);
</script></head>
<body><div fs-cc="banner" class="fs-cc-banner_component"><div class="fs-cc-banner_container"><div class="fs-cc-banner_text">We use cookies to
personalise content and measure traffic.</div><div class="fs-cc-banner_buttons-wrapper">
<a fs-cc="allow" href="#" class="fs-cc-banner_button w-button">Accept</a>
<a fs-cc="deny" href="#" class="fs-cc-banner_button fs-cc-button-alt w-button">Deny</a></div></div></div>
<div data-animation="default" data-collapse="medium" data-duration="400" role="banner" class="navbar w-nav"><div class="nav-container w-container">
<a href="/" aria-current="page" class="brand w-nav-brand w--current"><img src="https://cdn.prod.website-files.example/65a1f0/logo.svg" alt="Tallyho"></a>
<nav role="navigation" class="nav-menu w-nav-menu"><ul class="nav-list">${links(pNav, 'nav-item')}</ul>
<a href="/login" class="nav-link-login">Log in</a><a href="/demo" class="button-nav w-button">Book a demo</a></nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<main class="main-wrapper"><section class="section_hero"><div class="padding-global"><div class="container-large"><div class="hero_content">
<div class="text-eyebrow">For employers with 2 to 500 people</div><h1 class="heading-style-h1">${pTitle}</h1>
<p class="text-size-large">${pLede}</p><div class="button-group"><a href="/demo" class="button w-button">Book a demo</a>
<a href="/pricing" class="button is-secondary w-button">See pricing</a></div></div></div></div></section>
<section class="section_logos"><div class="container-large"><div class="logos_heading">Trusted by growing teams at</div><div class="logos_list">
<img src="/l1.svg" alt="Oakwell Bakery"><img src="/l2.svg" alt="Fernline Studio"><img src="/l3.svg" alt="Pelham Freight"></div></div></section>
<section class="section_features"><div class="padding-global"><div class="container-large"><h2 class="heading-style-h2">Why teams switch to Tallyho</h2>
<div class="w-layout-grid features_grid">${pFeat
  .map(
    ([h, t]) => `<div class="features_card"><h3 class="heading-style-h4">${h}</h3>
<p>${t}</p></div>`,
  )
  .join('\n')}</div></div></div></section>
<section class="section_stats"><div class="w-layout-grid stats_grid">${[0, 2, 4]
  .map(
    (i) => `<div class="stats_item"><div class="stats_number">${pStats[i] ?? ''}</div>
<div class="stats_label">${pStats[i + 1] ?? ''}</div></div>`,
  )
  .join('')}</div></section>
<section class="section_how"><div class="container-medium"><h2 class="heading-style-h2">How it works</h2>${ps(pHow)}</div></section>
<section class="section_testimonial"><div data-delay="4000" data-animation="slide" class="testimonial_slider w-slider"><div class="w-slider-mask">
<div class="w-slide"><p class="testimonial_quote">“Our old group plan went up 22% in one year. With Tallyho we set a budget and stopped worrying.”</p>
<div class="testimonial_name">Ines Barthold, COO, Pelham Freight</div></div></div><div class="w-slider-arrow-left"><div class="w-icon-slider-left"></div></div>
<div class="w-slider-nav w-round"></div></div></section>
<section class="section_faq"><div class="container-medium"><h2 class="heading-style-h2">Questions employers ask</h2>
${pFaq
  .map(
    ([qq, a]) => `<div data-hover="false" data-delay="0" class="faq_accordion w-dropdown"><div class="faq_question w-dropdown-toggle"><div>${qq}</div>
</div><nav class="faq_answer w-dropdown-list"><p>${a}</p></nav></div>`,
  )
  .join('\n')}</div></section>
<section class="section_cta"><div class="container-medium"><h2 class="heading-style-h2">See your numbers in 15 minutes</h2><div class="w-form">
<form id="wf-form-Demo" name="wf-form-Demo" data-name="Demo" method="get"><input class="form_input w-input" maxlength="256" name="email"
placeholder="Work email" type="email"><input type="submit" data-wait="Please wait..." class="button w-button" value="Get a demo"></form>
<div class="w-form-done"><div>Thanks! We will be in touch within one business day.</div></div>
<div class="w-form-fail"><div>Oops! Something went wrong while submitting the form.</div></div></div></div></section></main>
<footer class="footer"><div class="padding-global"><div class="footer_top"><ul class="footer_links">${links(pFoot, 'footer_link')}</ul></div>
<div class="footer_bottom"><div class="footer_credit">© 2027 Tallyho Benefits, Inc. Insurance services offered through Tallyho Insurance Agency, LLC.</div>
</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.example/js/jquery-3.5.1.min.dc5e7f18c8.js" type="text/javascript"></script>
<script src="https://cdn.prod.website-files.example/65a1f0/js/webflow.4a1b.js" type="text/javascript"></script></body></html>`;
export const webflowInsurtech: TestPage = {
  name: 'heldout444-webflow-insurtech-landing-docs',
  kind: 'docs',
  html: pHtml,
  title: pTitle,
  headings: ['Why teams switch to Tallyho', ...pFeat.map(([h]) => h), 'How it works', 'Questions employers ask', ...pFaq.map(([qq]) => qq)],
  body: texts([pLede, ...pFeat.map(([, t]) => t), ...pHow, ...pFaq.map(([, a]) => a)]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies to personalise content and measure traffic.', 'Accept', 'Deny', ...pNav, 'Log in', 'Book a demo', 'For employers with 2 to 500 people',
    'See pricing', 'Trusted by growing teams at', ...pStats, '“Our old group plan went up 22% in one year. With Tallyho we set a budget and stopped worrying.”',
    'Ines Barthold, COO, Pelham Freight', 'See your numbers in 15 minutes', 'Thanks! We will be in touch within one business day.',
    'Oops! Something went wrong while submitting the form.', ...pFoot,
    '© 2027 Tallyho Benefits, Inc. Insurance services offered through Tallyho Insurance Agency, LLC.',
  ],
};
