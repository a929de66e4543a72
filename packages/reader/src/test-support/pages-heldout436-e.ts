import { links, ps, type TestPage, texts } from './page-kit.js';
import { lis, paras, rows } from './pages-heldout436-kit.js';
import { clinicNews } from './pages-heldout436-e2.js';

/**
 * Held-out batch 436, file e: an estate-planning firm's landing page built in Webflow (w-nav, hero with a w-form lead form,
 * w-richtext sections, a stats strip, pricing cards, testimonials, an FAQ teaser and a Finsweet cookie banner; its main text
 * is short) and, from file e2, a law school clinic's news post on a university site built with Cascade CMS.
 */
const kTitle = 'Protect the people you love with a plan that fits your life';
const kH = ['What every plan includes', 'How it works', 'Why many families choose a trust'];
const kIntro = paras(`
Cedar and Finch Estate Planning helps families in the Tallow Bay area put their wishes in writing, without jargon and without
surprise invoices. Every plan is drafted by an attorney and signed with one in the room.
`);
const kIncl = rows(`
A will that names guardians for minor children
A durable financial power of attorney
A health care directive and medical power of attorney
A signing meeting with notary and witnesses provided
A free review of your plan within the first year
`);
const kHow = paras(`
It starts with a thirty-minute call to learn about your family, your home and anything that keeps you up at night. We then send
a short questionnaire and a flat-fee quote. Once you approve it, we draft your documents, walk you through them on a video call
and schedule a signing at our office or at your kitchen table.

Most families finish the whole process in three to four weeks.
`);
const kTrust = paras(`
A will has to go through probate before your family can receive anything, and in our county that often takes nine months or more.
A revocable living trust lets your successor trustee manage and distribute assets privately, without a court process, and it can
provide for a child or grandchild over time instead of all at once at eighteen.

A trust is not right for everyone. If your estate is small or most of your assets already pass by beneficiary designation, a
will-based plan may do everything you need, and we will tell you so.
`);
const kNav = ['Services', 'Pricing', 'About', 'Resources'];
const kStats = ['1,200+', 'families served', '4.9', 'average Google rating', '3 weeks', 'typical time to signing'];
const kPricing = ['Will Plan', 'from $1,450', 'Trust Plan', 'from $2,900', 'Plan Update', 'from $650'];
const kTesti = ['They made a hard conversation feel manageable. We left with a plan and a sense of relief.', 'Priya and Sam D., Tallow Bay'];
const kHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Mar 10 2026 18:22:41 GMT+0000 -->
<html data-wf-domain="www.cedarfinch.example" data-wf-page="65f0a1c2e4b0" data-wf-site="65f0a1c2e4a1" lang="en"><head><meta charset="utf-8">
<title>Estate Planning Attorneys in Tallow Bay | Cedar and Finch</title>
<meta content="Wills, trusts and powers of attorney for families, drafted by attorneys at a flat fee." name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.example/65f0a1c2e4a1/css/cedarfinch.webflow.shared.8c1e.min.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";
n.className+=t+"js",("ontouchstart"in o)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"LegalService","name":"Cedar and Finch Estate Planning",
"areaServed":"Tallow Bay"}</script>
</head><body class="body">
<div data-collapse="medium" data-animation="default" data-duration="400" role="banner" class="navbar w-nav"><div class="nav-container w-container">
<a href="/" aria-current="page" class="brand w-nav-brand w--current"><img src="https://assets-global.website-files.example/logo-cf.svg"
alt="Cedar and Finch"></a>
<nav role="navigation" class="nav-menu w-nav-menu">${kNav.map((t) => `<a href="/${t.toLowerCase()}" class="nav-link w-nav-link">${t}</a>`).join('')}
<a href="#consult" class="button-nav w-button">Free 30-Minute Call</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div>
</div></div>
<section class="section-hero"><div class="w-layout-blockcontainer container w-container"><div class="w-layout-grid hero-grid"><div class="hero-copy">
<div class="eyebrow">Estate Planning in Tallow Bay</div><h1 class="heading-hero">${kTitle}</h1>
<div class="rich-text-hero w-richtext">${ps(kIntro)}</div></div>
<div id="consult" class="form-block w-form"><form id="wf-form-Consult" name="wf-form-Consult" data-name="Consult" method="get" class="consult-form">
<div class="form-title">Book your free call</div><label for="name" class="field-label">Your name</label><input class="text-field w-input" maxlength="256"
name="name"
id="name" type="text"><label for="email" class="field-label">Email</label><input class="text-field w-input" name="email" id="email" type="email">
<input type="submit" data-wait="Please wait..." class="submit-button w-button" value="Request a Call"></form>
<div class="success-message w-form-done"><div>Thank you! We will be in touch within one business day.</div></div>
<div class="error-message w-form-fail"><div>Oops! Something went wrong while submitting the form.</div></div></div></div></div></section>
<section class="section-stats"><div class="w-container"><div class="w-layout-grid stats-grid">
${[0, 2, 4]
  .map(
    (i) => `<div class="stat"><div class="stat-number">${kStats[i] ?? ''}</div><div class="stat-label">${kStats[i + 1] ?? ''}</div>
</div>`,
  )
  .join('\n')}
</div></div></section>
<section class="section"><div class="w-container"><div class="w-layout-grid two-col"><div class="rich-text w-richtext"><h2>${kH[0]}</h2>
<ul role="list">${lis(kIncl)}</ul></div>
<div class="rich-text w-richtext"><h2>${kH[1]}</h2>${ps(kHow)}</div></div></div></section>
<section class="section section-tint"><div class="w-container"><div class="rich-text narrow w-richtext"><h2>${kH[2]}</h2>${ps(kTrust)}</div></div></section>
<section class="section-pricing"><div class="w-container"><h2 class="heading-section">Simple, flat-fee pricing</h2><div class="w-layout-grid pricing-grid">
${[0, 2, 4]
  .map(
    (i) => `<div class="pricing-card"><h3 class="pricing-name">${kPricing[i] ?? ''}</h3><div class="pricing-price">${kPricing[i + 1] ?? ''}</div>
<a href="#consult" class="button w-button">Get Started</a></div>`,
  )
  .join('\n')}
</div></div></section>
<section class="section-testimonials"><div class="w-container"><div data-delay="4000" data-animation="slide"
class="testimonial-slider w-slider"><div class="w-slider-mask">
<div class="testimonial-slide w-slide"><p class="testimonial-text">${kTesti[0] ?? ''}</p><div class="testimonial-name">${kTesti[1] ?? ''}</div></div></div>
<div class="w-slider-nav w-round"></div></div></div></section>
<section class="section-faq"><div class="w-container"><h2 class="heading-section">Questions?</h2><a href="/resources/estate-planning-faq"
class="link-arrow">Read our
estate planning FAQ</a></div></section>
<footer class="footer"><div class="w-container"><div class="footer-text">Cedar and Finch Estate Planning, PC · 12 Harbor Row, Tallow Bay</div>
<div class="footer-legal">The information on this website is not legal advice. © 2026 Cedar and Finch</div><div class="footer-links">
<a href="/privacy" class="footer-link">Privacy</a><a href="/terms" class="footer-link">Terms</a></div></div></footer>
<div fs-cc="banner" class="fs-cc-banner_component"><div class="fs-cc-banner_container">
<div class="fs-cc-banner_text">By clicking “Accept”, you agree to the storing
of cookies on your device to analyze site usage.</div><div class="fs-cc-banner_buttons-wrapper"><a fs-cc="open-preferences" href="#"
class="fs-cc-banner_text-link">Preferences</a>
<a fs-cc="deny" href="#" class="fs-cc-banner_button fs-cc-button-alt w-button">Deny</a><a fs-cc="allow" href="#"
class="fs-cc-banner_button w-button">Accept</a></div></div></div>
<script src="https://d3e54v103j8qbb.cloudfront.example/js/jquery-3.5.1.min.dc5e7f18c8.js" type="text/javascript"></script>
<script src="https://assets-global.website-files.example/65f0a1c2e4a1/js/webflow.4e1c.js" type="text/javascript"></script>
</body></html>`;
const webflow: TestPage = {
  name: 'heldout436-webflow-estate-planning-landing-docs',
  kind: 'docs',
  html: kHtml,
  title: kTitle,
  headings: kH,
  body: texts([...kIntro, ...kIncl, ...kHow, ...kTrust]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...kNav, 'Free 30-Minute Call', 'Estate Planning in Tallow Bay', 'Book your free call', 'Your name', 'Email',
    'Thank you! We will be in touch within one business day.', 'Oops! Something went wrong while submitting the form.', ...kStats,
    'Simple, flat-fee pricing', ...kPricing, 'Get Started', ...kTesti, 'Questions?', 'Read our estate planning FAQ',
    'Cedar and Finch Estate Planning, PC · 12 Harbor Row, Tallow Bay', 'The information on this website is not legal advice. © 2026 Cedar and Finch',
    'Privacy', 'Terms', 'By clicking “Accept”, you agree to the storing of cookies on your device to analyze site usage.', 'Preferences', 'Deny', 'Accept',
  ],
};

export const HELDOUT436_E: readonly TestPage[] = [webflow, clinicNews];
